//! Importing an organisation (units, people, positions) from the files HR systems export.
//!
//! A file is a full snapshot with one row per position. Reading ([`read_table`]) turns CSV or
//! XLSX bytes into text; [`parse_org_file`] checks every cell and the rows against each other;
//! [`plan`] compares the rows with what is stored and says what to create, change and end.
//! Any error refuses the whole file, naming line, column and reason.

pub mod columns;
pub mod error;
pub mod holdings;
pub mod holdings_diff;
pub mod leaders;
pub mod mapping;
pub mod model;
pub mod plan;
pub mod read;
pub mod rows;
pub mod template;

pub use columns::{Column, ColumnDoc};
pub use error::{ImportError, ImportErrorCode, MAX_ERRORS};
pub use holdings::{
    CatalogueEntry, HOLDING_COLUMNS, HOLDINGS_TEMPLATE_CSV, HoldingRow, HoldingsLookup, MAX_HOLDING_ROWS, Progress, parse_holdings,
    parse_holdings_file, parse_holdings_file_counting,
};
pub use holdings_diff::{HoldingChange, HoldingsDiff, PersonChanges, StoredHolding, diff_holdings};
pub use leaders::LeaderWarning;
pub use mapping::Mapping;
pub use plan::{
    Counts, Existing, ExistingPerson, ExistingPosition, ExistingUnit, LeaderChange, NewPerson, NewPosition, NewUnit, PersonChange,
    PersonRef, Plan, PlanCounts, PositionChange, Scope, UnitChange, UnitRef, plan, plan_scoped,
};
pub use read::{MAX_ROWS, Table, read_table, read_table_max};
pub use rows::{OrgRow, parse_org_file, parse_org_file_mapped, parse_table_mapped};
pub use template::{TEMPLATE_CSV, columns};
