//! Imports from HR systems: an organisation file (units, people, positions) and a holdings
//! file. HR in the organisation (or an administrator, or the command line) imports; a file
//! is checked whole before anything is written, previewed from a saved draft, checked again
//! when applied (what is stored may have changed), and applied in one transaction.

use crate::{Actor, App, Error, Result, access};
use saman_import::{HoldingRow, ImportError, Plan, Scope};
use saman_store::{HoldingsOutcome, ImportOutcome, Organisation};

/// A file's verdict: what it would do, or every line that is wrong and why.
pub type Checked<T> = std::result::Result<T, Vec<ImportError>>;

const ORG: &str = "org";
/// An organisation file covering only its own units (and those below them).
const ORG_PART: &str = "org-part";
const HOLDINGS: &str = "holdings";

/// Reads an organisation file and plans it against what is stored, within `scope`.
pub async fn plan_org(
    app: &App,
    actor: &Actor,
    org: saman_domain::OrgId,
    filename: &str,
    bytes: &[u8],
    scope: Scope,
) -> Result<Checked<Plan>> {
    let org = access::managed_org(app, &actor.access, org).await?;
    let today = crate::clock::today();
    let this_year = chrono::Datelike::year(&today);
    let rows = match saman_import::parse_org_file(bytes, filename, this_year) {
        Ok(rows) => rows,
        Err(errs) => return Ok(Err(errs)),
    };
    let existing = app.db.imports().existing(org.id).await?;
    Ok(saman_import::plan_scoped(&rows, &existing, today, scope))
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

/// Applies the actor's organisation draft, planned again against what is stored now.
pub async fn apply_org_draft(app: &App, actor: &Actor, id: i64) -> Result<(Organisation, Checked<ImportOutcome>)> {
    let (d, org) = draft(app, actor, id, &[ORG, ORG_PART]).await?;
    let scope = if d.kind == ORG_PART { Scope::FileUnits } else { Scope::Whole };
    let plan = match plan_org(app, actor, org.id, &d.filename, &d.content, scope).await? {
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
    let rows = match check_holdings(app, actor, org.id, &d.filename, &d.content).await? {
        Ok(rows) => rows,
        Err(errs) => return Ok((org, Err(errs))),
    };
    let out = apply_holdings(app, actor, org.id, &rows).await?;
    app.db.drafts().delete(d.id).await?;
    Ok((org, Ok(out)))
}
