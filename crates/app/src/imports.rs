//! Imports from HR systems: an organisation file (units, people, positions) and a holdings
//! file. HR in the organisation (or an administrator, or the command line) imports; a file
//! is checked whole before anything is written, previewed from a saved draft, checked again
//! when applied (what is stored may have changed), and applied in one transaction.

use crate::{Actor, App, Error, Result, access};
use saman_import::{HoldingRow, ImportError, ImportErrorCode, Mapping, Plan, Scope};
use saman_store::{HoldingsOutcome, ImportOutcome, Organisation};

pub mod jobs;
pub mod mapping;

/// A file's verdict: what it would do, or every line that is wrong and why.
pub type Checked<T> = std::result::Result<T, Vec<ImportError>>;

const ORG: &str = "org";
/// An organisation file covering only its own units (and those below them).
const ORG_PART: &str = "org-part";
const HOLDINGS: &str = "holdings";

/// Reads an organisation file (its headers read as `mapping` says, the rest by their names)
/// and plans it against what is stored, within `scope`.
pub async fn plan_org(
    app: &App,
    actor: &Actor,
    org: saman_domain::OrgId,
    filename: &str,
    bytes: &[u8],
    scope: Scope,
    mapping: &Mapping,
) -> Result<Checked<Plan>> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let today = crate::clock::today();
    let this_year = chrono::Datelike::year(&today);
    let rows = match saman_import::parse_org_file_mapped(bytes, filename, this_year, mapping) {
        Ok(rows) => rows,
        Err(errs) => return Ok(Err(errs)),
    };
    let existing = app.db.imports().existing(org.id).await?;
    Ok(saman_import::plan_scoped(&rows, &existing, today, scope))
}

/// What became of an uploaded organisation file.
pub enum Upload {
    /// The file is refused: every line that is wrong and why.
    Refused(Vec<ImportError>),
    /// Its columns are not all recognised: the file is kept as a draft for the user to say
    /// which column is which.
    NeedsMapping { draft: i64, problems: Vec<ImportError> },
    /// It matches what is stored: nothing to do.
    Nothing,
    /// What it would do, kept as a draft to confirm; with the named mapping it was read by.
    Preview { draft: i64, plan: Box<Plan>, mapping: Option<String> },
}

/// True when every problem is with the header (a column missing or given twice): a mapping
/// can put that right.
pub fn only_header_problems(errs: &[ImportError]) -> bool {
    !errs.is_empty() && errs.iter().all(|e| matches!(e.code, ImportErrorCode::MissingColumn | ImportErrorCode::DuplicateColumn))
}

/// Takes an uploaded organisation file: reads it with the named mapping, or with the
/// organisation's mapping made for exactly these headers, or by the headers' names; plans
/// it; keeps it as a draft when there is something to confirm or columns to map.
pub async fn upload_org(
    app: &App,
    actor: &Actor,
    org: saman_domain::OrgId,
    filename: &str,
    bytes: &[u8],
    scope: Scope,
    mapping_name: Option<&str>,
) -> Result<Upload> {
    let profile = match mapping_name {
        Some(name) => Some(mapping::named(app, actor, org, name).await?),
        None => mapping::fitting(app, actor, org, filename, bytes).await?,
    };
    let chosen = profile.as_ref().map(|p| p.mapping.clone()).unwrap_or_default();
    let plan = match plan_org(app, actor, org, filename, bytes, scope, &chosen).await? {
        Ok(plan) => plan,
        Err(errs) if only_header_problems(&errs) => {
            let draft = save_org_draft(app, actor, org, scope, filename, bytes).await?;
            return Ok(Upload::NeedsMapping { draft, problems: errs });
        }
        Err(errs) => return Ok(Upload::Refused(errs)),
    };
    if plan.is_empty() {
        return Ok(Upload::Nothing);
    }
    let draft = save_org_draft(app, actor, org, scope, filename, bytes).await?;
    if let Some(p) = &profile {
        app.db.drafts().set_mapping(draft, &p.mapping).await?;
    }
    Ok(Upload::Preview { draft, plan: Box::new(plan), mapping: profile.map(|p| p.name) })
}

/// Applies an organisation plan in one transaction.
pub async fn apply_org(app: &App, actor: &Actor, org: saman_domain::OrgId, plan: &Plan) -> Result<ImportOutcome> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let out = app.db.imports().apply(&actor.audit(), org.id, plan).await?;
    app.orgs.invalidate(org.id);
    Ok(out)
}

/// Reads and checks a holdings file against the organisation's people and catalogue.
pub async fn check_holdings(
    app: &App,
    actor: &Actor,
    org: saman_domain::OrgId,
    filename: &str,
    bytes: &[u8],
) -> Result<Checked<Vec<HoldingRow>>> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let lookup = app.db.holdings().import_lookup(org.id).await?;
    Ok(saman_import::parse_holdings_file(bytes, filename, &lookup))
}

/// What a holdings file would do, kept as a draft for the actor to confirm.
pub struct HoldingsPreview {
    pub draft: i64,
    pub rows: usize,
    /// How many people it touches.
    pub people: usize,
    /// How many rows replace a holding already stored.
    pub replaced: usize,
    /// The first rows: the person's name, the competence, the level.
    pub sample: Vec<(String, Option<saman_store::CompetenceRow>, i64)>,
}

/// Checks a holdings file and keeps it as a draft; says what applying it would do.
pub async fn preview_holdings(
    app: &App,
    actor: &Actor,
    org: saman_domain::OrgId,
    filename: &str,
    bytes: &[u8],
) -> Result<Checked<HoldingsPreview>> {
    let rows = match check_holdings(app, actor, org, filename, bytes).await? {
        Ok(rows) => rows,
        Err(errs) => return Ok(Err(errs)),
    };
    let draft = save_draft(app, actor, org, true, filename, bytes).await?;
    let existing = app.db.holdings().keys(org).await?;
    let replaced = rows.iter().filter(|r| existing.contains(&(r.person, r.competence))).count();
    let people = rows.iter().map(|r| r.person).collect::<std::collections::BTreeSet<i64>>().len();
    let catalogue = app.catalogue(Some(org)).await?;
    let first = &rows[..rows.len().min(10)];
    let ids: Vec<saman_domain::PersonId> = first.iter().map(|r| saman_domain::PersonId(r.person)).collect();
    let names = app.db.people().names(&ids).await?;
    let sample = first
        .iter()
        .map(|r| {
            let name = names.get(&saman_domain::PersonId(r.person)).cloned().unwrap_or_default();
            (name, catalogue.iter().find(|c| c.id.0 == r.competence).cloned(), r.level)
        })
        .collect();
    Ok(Ok(HoldingsPreview { draft, rows: rows.len(), people, replaced, sample }))
}

/// Imports checked holdings rows in one transaction.
pub async fn apply_holdings(app: &App, actor: &Actor, org: saman_domain::OrgId, rows: &[HoldingRow]) -> Result<HoldingsOutcome> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.holdings().import(&actor.audit(), org.id, rows).await?)
}

/// Keeps a checked file as a draft for the actor to confirm. Answers the draft's id.
pub async fn save_draft(app: &App, actor: &Actor, org: saman_domain::OrgId, holdings: bool, filename: &str, bytes: &[u8]) -> Result<i64> {
    let kind = if holdings { HOLDINGS } else { ORG };
    keep(app, actor, org, kind, filename, bytes).await
}

/// Keeps a checked organisation file, with the scope it was previewed in.
pub async fn save_org_draft(app: &App, actor: &Actor, org: saman_domain::OrgId, scope: Scope, filename: &str, bytes: &[u8]) -> Result<i64> {
    let kind = if scope == Scope::FileUnits { ORG_PART } else { ORG };
    keep(app, actor, org, kind, filename, bytes).await
}

async fn keep(app: &App, actor: &Actor, org: saman_domain::OrgId, kind: &str, filename: &str, bytes: &[u8]) -> Result<i64> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.drafts().create(org.id, Some(actor.account()?), kind, filename, bytes).await?)
}

/// The actor's own draft of the kind, in an organisation they still manage; not found otherwise.
async fn draft(app: &App, actor: &Actor, id: i64, kinds: &[&str]) -> Result<(saman_store::Draft, Organisation)> {
    let d = app.db.drafts().get(id).await?;
    if d.user != actor.user || !kinds.contains(&d.kind.as_str()) {
        return Err(Error::NotFound);
    }
    let org = match access::managed_org(app, &actor.access, d.org).await {
        Ok(o) => o,
        Err(Error::Forbidden) => return Err(Error::NotFound),
        Err(e) => return Err(e),
    };
    Ok((d, org))
}

/// The actor's organisation draft and the scope it was uploaded with.
pub(crate) async fn org_draft(app: &App, actor: &Actor, id: i64) -> Result<(saman_store::Draft, Organisation, Scope)> {
    let (d, org) = draft(app, actor, id, &[ORG, ORG_PART]).await?;
    let scope = if d.kind == ORG_PART { Scope::FileUnits } else { Scope::Whole };
    Ok((d, org, scope))
}

/// The actor's organisation draft planned against what is stored now, read with its mapping.
pub async fn preview_org_draft(app: &App, actor: &Actor, id: i64) -> Result<(Organisation, saman_store::Draft, Scope, Checked<Plan>)> {
    let (d, org, scope) = org_draft(app, actor, id).await?;
    let plan = plan_org(app, actor, org.id, &d.filename, &d.content, scope, &d.mapping.clone().unwrap_or_default()).await?;
    Ok((org, d, scope, plan))
}

/// Applies the actor's organisation draft, planned again against what is stored now.
pub async fn apply_org_draft(app: &App, actor: &Actor, id: i64) -> Result<(Organisation, Checked<ImportOutcome>)> {
    let (d, org, scope) = org_draft(app, actor, id).await?;
    let plan = match plan_org(app, actor, org.id, &d.filename, &d.content, scope, &d.mapping.clone().unwrap_or_default()).await? {
        Ok(plan) => plan,
        Err(errs) => return Ok((org, Err(errs))),
    };
    let out = apply_org(app, actor, org.id, &plan).await?;
    app.db.drafts().delete(d.id).await?;
    Ok((org, Ok(out)))
}

/// Applies the actor's holdings draft, checked again against the people and catalogue now.
pub async fn apply_holdings_draft(app: &App, actor: &Actor, id: i64) -> Result<(Organisation, Checked<HoldingsOutcome>)> {
    let (d, org) = draft(app, actor, id, &[HOLDINGS]).await?;
    apply_holdings_checked(app, actor, d, org, std::sync::Arc::default()).await
}

/// Checks a holdings draft again and applies it, counting rows checked and stored in `progress`.
async fn apply_holdings_checked(
    app: &App,
    actor: &Actor,
    d: saman_store::Draft,
    org: Organisation,
    progress: std::sync::Arc<saman_import::Progress>,
) -> Result<(Organisation, Checked<HoldingsOutcome>)> {
    let lookup = app.db.holdings().import_lookup(org.id).await?;
    let (id, counting) = (d.id, progress.clone());
    let checked =
        tokio::task::spawn_blocking(move || saman_import::parse_holdings_file_counting(&d.content, &d.filename, &lookup, &counting))
            .await
            .map_err(|e| Error::Store(saman_store::StoreError::Task(e.to_string())))?;
    let rows = match checked {
        Ok(rows) => rows,
        Err(errs) => return Ok((org, Err(errs))),
    };
    let out = app.db.holdings().import_counting(&actor.audit(), org.id, rows, progress).await?;
    app.db.drafts().delete(id).await?;
    Ok((org, Ok(out)))
}
