//! Column mappings for organisation files whose layout Saman does not recognise: the user
//! says once which column is which, and the mapping is kept per organisation under a name
//! that the next upload (when the headers are the same) and the command line reuse.

use super::{Checked, org_draft, plan_org};
use crate::{Actor, App, Error, Result, access};
use saman_domain::OrgId;
use saman_import::{Column, Mapping, Scope};
use saman_store::{MappingProfile, Organisation};

/// Longest name a mapping may have.
pub const MAX_NAME: usize = 80;

/// How many rows of a file the mapping step shows under each column.
pub const SAMPLE_ROWS: usize = 3;

/// The organisation's mappings, by name.
pub async fn list(app: &App, actor: &Actor, org: OrgId) -> Result<Vec<MappingProfile>> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.mappings().list(org.id).await?)
}

/// The organisation's mapping of this name; not found when it has none.
pub async fn named(app: &App, actor: &Actor, org: OrgId, name: &str) -> Result<MappingProfile> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.mappings().named(org.id, name.trim()).await?)
}

/// The organisation's mapping made for exactly this file's headers, if any. A file that
/// cannot be read has none (reading it again says why).
pub async fn fitting(app: &App, actor: &Actor, org: OrgId, filename: &str, bytes: &[u8]) -> Result<Option<MappingProfile>> {
    let profiles = list(app, actor, org).await?;
    if profiles.is_empty() {
        return Ok(None);
    }
    let Ok(table) = saman_import::read_table(bytes, filename) else { return Ok(None) };
    Ok(profiles.into_iter().find(|p| p.mapping.fits(&table.header)))
}

/// Removes one of the organisation's mappings.
pub async fn delete(app: &App, actor: &Actor, org: OrgId, id: i64) -> Result<()> {
    let org = access::managed_org(app, &actor.access, org).await?;
    Ok(app.db.mappings().delete(&actor.audit(), org.id, id).await?)
}

/// One column of an uploaded file: its header, what it is read as now, and its first values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileColumn {
    pub header: String,
    pub column: Option<Column>,
    pub samples: Vec<String>,
}

/// What the mapping step shows of a draft.
#[derive(Debug, Clone)]
pub struct DraftColumns {
    pub org: Organisation,
    pub draft: i64,
    pub filename: String,
    pub scope: Scope,
    pub columns: Vec<FileColumn>,
    /// The organisation's mappings, to start from one.
    pub profiles: Vec<MappingProfile>,
}

/// The columns of the actor's organisation draft, read with `start` (a mapping of the
/// organisation, by id), else with the draft's own mapping, else by the headers' names.
pub async fn draft_columns(app: &App, actor: &Actor, id: i64, start: Option<i64>) -> Result<DraftColumns> {
    let (d, org, scope) = org_draft(app, actor, id).await?;
    let profiles = app.db.mappings().list(org.id).await?;
    let mapping = match start.and_then(|p| profiles.iter().find(|x| x.id == p)) {
        Some(p) => p.mapping.clone(),
        None => d.mapping.clone().unwrap_or_default(),
    };
    let table = saman_import::read_table(&d.content, &d.filename).unwrap_or_default();
    let columns = table
        .header
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.trim().is_empty())
        .map(|(i, h)| FileColumn {
            header: h.clone(),
            column: mapping.column_of(h),
            samples: table.rows.iter().take(SAMPLE_ROWS).map(|(_, f)| f.get(i).cloned().unwrap_or_default()).collect(),
        })
        .collect();
    Ok(DraftColumns { org, draft: d.id, filename: d.filename, scope, columns, profiles })
}

/// Reads the actor's draft with `mapping`. When every line then passes, the draft keeps the
/// mapping and, given a name, the organisation keeps it under that name (replacing one of the
/// same name). A file still refused changes nothing.
pub async fn map_draft(app: &App, actor: &Actor, id: i64, mapping: &Mapping, save_as: Option<&str>) -> Result<Checked<()>> {
    let name = save_as.map(str::trim).filter(|n| !n.is_empty());
    if name.is_some_and(|n| n.chars().count() > MAX_NAME) {
        return Err(Error::invalid("name", "err-too-long"));
    }
    let (d, org, scope) = org_draft(app, actor, id).await?;
    if let Err(errs) = plan_org(app, actor, org.id, &d.filename, &d.content, scope, mapping).await? {
        return Ok(Err(errs));
    }
    app.db.drafts().set_mapping(d.id, mapping).await?;
    if let Some(name) = name {
        app.db.mappings().save(&actor.audit(), org.id, name, mapping).await?;
    }
    Ok(Ok(()))
}
