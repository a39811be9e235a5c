//! The schema, written once with sea-query and rendered for each database.
//! Every table holding an organisation's data carries `organisation_id`, so a large
//! installation can be distributed by tenant.

use crate::db::Backend;
use sea_query::{
    ColumnDef, ForeignKey, ForeignKeyAction as Fk, Iden, Index, IndexCreateStatement, PostgresQueryBuilder, SchemaStatementBuilder,
    SqliteQueryBuilder, Table, TableCreateStatement,
};

#[derive(Iden, Clone, Copy)]
pub enum Networks {
    Table,
    Id,
    Name,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Organisations {
    Table,
    Id,
    NetworkId,
    Name,
    Kind,
    OrgNumber,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum People {
    Table,
    Id,
    OrganisationId,
    EmployeeNumber,
    GivenName,
    FamilyName,
    Email,
    BirthYear,
    SearchName,
    CreatedAt,
    UpdatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Units {
    Table,
    Id,
    OrganisationId,
    ParentId,
    Code,
    Name,
    Kind,
    LeaderPersonId,
}
#[derive(Iden, Clone, Copy)]
pub enum Positions {
    Table,
    Id,
    OrganisationId,
    PersonId,
    UnitId,
    ExternalKey,
    Title,
    PositionCode,
    PercentH,
    StartDate,
    EndDate,
}
#[derive(Iden, Clone, Copy)]
pub enum Users {
    Table,
    Id,
    Username,
    DisplayName,
    PasswordHash,
    PersonId,
    Lang,
    CreatedAt,
    Disabled,
}
#[derive(Iden, Clone, Copy)]
pub enum RoleGrants {
    Table,
    Id,
    UserId,
    Role,
    OrganisationId,
    NetworkId,
    UnitId,
}
#[derive(Iden, Clone, Copy)]
pub enum Sessions {
    Table,
    Id,
    UserId,
    Csrf,
    CreatedAt,
    ExpiresAt,
}
#[derive(Iden, Clone, Copy)]
pub enum ApiTokens {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    CreatedAt,
    LastUsedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum AuditLog {
    Table,
    Id,
    At,
    ActorUserId,
    ActorName,
    OrganisationId,
    Action,
    Entity,
    EntityId,
    Detail,
}
#[derive(Iden, Clone, Copy)]
pub enum ImportDrafts {
    Table,
    Id,
    OrganisationId,
    UserId,
    Kind,
    Filename,
    Content,
    CreatedAt,
}

pub(crate) fn id<T: Iden + 'static>(c: T) -> ColumnDef {
    ColumnDef::new(c).big_integer().not_null().auto_increment().primary_key().take()
}
pub(crate) fn int<T: Iden + 'static>(c: T) -> ColumnDef {
    ColumnDef::new(c).big_integer().not_null().take()
}
pub(crate) fn int_null<T: Iden + 'static>(c: T) -> ColumnDef {
    ColumnDef::new(c).big_integer().null().take()
}
pub(crate) fn text<T: Iden + 'static>(c: T) -> ColumnDef {
    ColumnDef::new(c).text().not_null().take()
}
pub(crate) fn text_null<T: Iden + 'static>(c: T) -> ColumnDef {
    ColumnDef::new(c).text().null().take()
}

pub(crate) fn render<S: SchemaStatementBuilder>(s: &S, b: Backend) -> String {
    match b {
        Backend::Sqlite => s.to_string(SqliteQueryBuilder),
        Backend::Postgres => s.to_string(PostgresQueryBuilder),
    }
}

pub(crate) fn fk<F: Iden + 'static, FC: Iden + 'static, T: Iden + 'static, TC: Iden + 'static>(
    from: F,
    from_col: FC,
    to: T,
    to_col: TC,
    on_delete: Fk,
) -> sea_query::ForeignKeyCreateStatement {
    ForeignKey::create().from(from, from_col).to(to, to_col).on_delete(on_delete).take()
}

fn tables() -> Vec<TableCreateStatement> {
    vec![
        Table::create().table(Networks::Table).col(id(Networks::Id)).col(text(Networks::Name)).col(int(Networks::CreatedAt)).take(),
        Table::create()
            .table(Organisations::Table)
            .col(id(Organisations::Id))
            .col(int_null(Organisations::NetworkId))
            .col(text(Organisations::Name))
            .col(text(Organisations::Kind))
            .col(text_null(Organisations::OrgNumber))
            .col(int(Organisations::CreatedAt))
            .foreign_key(&mut fk(Organisations::Table, Organisations::NetworkId, Networks::Table, Networks::Id, Fk::SetNull))
            .take(),
        Table::create()
            .table(People::Table)
            .col(id(People::Id))
            .col(int(People::OrganisationId))
            .col(text_null(People::EmployeeNumber))
            .col(text(People::GivenName))
            .col(text(People::FamilyName))
            .col(text_null(People::Email))
            .col(int_null(People::BirthYear))
            .col(text(People::SearchName))
            .col(int(People::CreatedAt))
            .col(int(People::UpdatedAt))
            .foreign_key(&mut fk(People::Table, People::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Units::Table)
            .col(id(Units::Id))
            .col(int(Units::OrganisationId))
            .col(int_null(Units::ParentId))
            .col(text_null(Units::Code))
            .col(text(Units::Name))
            .col(text(Units::Kind))
            .col(int_null(Units::LeaderPersonId))
            .foreign_key(&mut fk(Units::Table, Units::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Units::Table, Units::ParentId, Units::Table, Units::Id, Fk::Restrict))
            .foreign_key(&mut fk(Units::Table, Units::LeaderPersonId, People::Table, People::Id, Fk::SetNull))
            .take(),
        Table::create()
            .table(Positions::Table)
            .col(id(Positions::Id))
            .col(int(Positions::OrganisationId))
            .col(int(Positions::PersonId))
            .col(int(Positions::UnitId))
            .col(text_null(Positions::ExternalKey))
            .col(text(Positions::Title))
            .col(text_null(Positions::PositionCode))
            .col(int(Positions::PercentH))
            .col(text(Positions::StartDate))
            .col(text_null(Positions::EndDate))
            .foreign_key(&mut fk(Positions::Table, Positions::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Positions::Table, Positions::PersonId, People::Table, People::Id, Fk::Cascade))
            .foreign_key(&mut fk(Positions::Table, Positions::UnitId, Units::Table, Units::Id, Fk::Restrict))
            .take(),
        Table::create()
            .table(Users::Table)
            .col(id(Users::Id))
            .col(text(Users::Username))
            .col(text(Users::DisplayName))
            .col(text_null(Users::PasswordHash))
            .col(int_null(Users::PersonId))
            .col(text_null(Users::Lang))
            .col(int(Users::CreatedAt))
            .col(ColumnDef::new(Users::Disabled).big_integer().not_null().default(0))
            .foreign_key(&mut fk(Users::Table, Users::PersonId, People::Table, People::Id, Fk::SetNull))
            .take(),
        Table::create()
            .table(RoleGrants::Table)
            .col(id(RoleGrants::Id))
            .col(int(RoleGrants::UserId))
            .col(text(RoleGrants::Role))
            .col(int_null(RoleGrants::OrganisationId))
            .col(int_null(RoleGrants::NetworkId))
            .col(int_null(RoleGrants::UnitId))
            .foreign_key(&mut fk(RoleGrants::Table, RoleGrants::UserId, Users::Table, Users::Id, Fk::Cascade))
            .foreign_key(&mut fk(RoleGrants::Table, RoleGrants::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(RoleGrants::Table, RoleGrants::NetworkId, Networks::Table, Networks::Id, Fk::Cascade))
            .foreign_key(&mut fk(RoleGrants::Table, RoleGrants::UnitId, Units::Table, Units::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Sessions::Table)
            .col(ColumnDef::new(Sessions::Id).text().not_null().primary_key())
            .col(int(Sessions::UserId))
            .col(text(Sessions::Csrf))
            .col(int(Sessions::CreatedAt))
            .col(int(Sessions::ExpiresAt))
            .foreign_key(&mut fk(Sessions::Table, Sessions::UserId, Users::Table, Users::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(ApiTokens::Table)
            .col(id(ApiTokens::Id))
            .col(int(ApiTokens::UserId))
            .col(text(ApiTokens::Name))
            .col(text(ApiTokens::TokenHash))
            .col(int(ApiTokens::CreatedAt))
            .col(int_null(ApiTokens::LastUsedAt))
            .foreign_key(&mut fk(ApiTokens::Table, ApiTokens::UserId, Users::Table, Users::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(AuditLog::Table)
            .col(id(AuditLog::Id))
            .col(int(AuditLog::At))
            .col(int_null(AuditLog::ActorUserId))
            .col(text(AuditLog::ActorName))
            .col(int_null(AuditLog::OrganisationId))
            .col(text(AuditLog::Action))
            .col(text(AuditLog::Entity))
            .col(int_null(AuditLog::EntityId))
            .col(text(AuditLog::Detail))
            .take(),
    ]
}

fn indexes() -> Vec<IndexCreateStatement> {
    vec![
        Index::create().name("uq_organisations_org_number").table(Organisations::Table).col(Organisations::OrgNumber).unique().take(),
        Index::create()
            .name("uq_people_employee_number")
            .table(People::Table)
            .col(People::OrganisationId)
            .col(People::EmployeeNumber)
            .unique()
            .take(),
        Index::create().name("uq_units_code").table(Units::Table).col(Units::OrganisationId).col(Units::Code).unique().take(),
        Index::create().name("ix_units_parent").table(Units::Table).col(Units::ParentId).take(),
        Index::create()
            .name("ix_positions_external_key")
            .table(Positions::Table)
            .col(Positions::OrganisationId)
            .col(Positions::ExternalKey)
            .take(),
        Index::create().name("ix_positions_unit").table(Positions::Table).col(Positions::UnitId).take(),
        Index::create().name("ix_positions_person").table(Positions::Table).col(Positions::PersonId).take(),
        Index::create().name("uq_users_username").table(Users::Table).col(Users::Username).unique().take(),
        Index::create().name("ix_users_person").table(Users::Table).col(Users::PersonId).take(),
        Index::create().name("ix_role_grants_user").table(RoleGrants::Table).col(RoleGrants::UserId).take(),
        Index::create().name("ix_sessions_user").table(Sessions::Table).col(Sessions::UserId).take(),
        Index::create().name("uq_api_tokens_hash").table(ApiTokens::Table).col(ApiTokens::TokenHash).unique().take(),
        Index::create().name("ix_audit_log_org_at").table(AuditLog::Table).col(AuditLog::OrganisationId).col(AuditLog::At).take(),
    ]
}

/// Migration 1: the foundation schema.
pub fn v1(b: Backend) -> Vec<String> {
    let mut out: Vec<String> = tables().iter().map(|t| render(t, b)).collect();
    out.extend(indexes().iter().map(|i| render(i, b)));
    out
}

/// Migration 2: uploaded import files kept between preview and confirmation.
pub fn v2(b: Backend) -> Vec<String> {
    let table = Table::create()
        .table(ImportDrafts::Table)
        .col(id(ImportDrafts::Id))
        .col(int(ImportDrafts::OrganisationId))
        .col(int_null(ImportDrafts::UserId))
        .col(text(ImportDrafts::Kind))
        .col(text(ImportDrafts::Filename))
        .col(ColumnDef::new(ImportDrafts::Content).blob().not_null())
        .col(int(ImportDrafts::CreatedAt))
        .foreign_key(&mut fk(ImportDrafts::Table, ImportDrafts::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
        .foreign_key(&mut fk(ImportDrafts::Table, ImportDrafts::UserId, Users::Table, Users::Id, Fk::SetNull))
        .take();
    let index = Index::create().name("ix_import_drafts_created").table(ImportDrafts::Table).col(ImportDrafts::CreatedAt).take();
    vec![render(&table, b), render(&index, b)]
}

#[derive(Iden, Clone, Copy)]
pub enum Competences {
    Table,
    Id,
    OrganisationId,
    Key,
    Kind,
    Category,
    Scale,
    NameNb,
    NameNn,
    NameEn,
    ValidityMonths,
    Ladder,
    PositionCodes,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Holdings {
    Table,
    Id,
    OrganisationId,
    PersonId,
    CompetenceId,
    Level,
    ObtainedOn,
    ExpiresOn,
    Evidence,
    Source,
    VerifiedBy,
    VerifiedAt,
    UpdatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum HoldingEvents {
    Table,
    Id,
    OrganisationId,
    PersonId,
    CompetenceId,
    Action,
    Level,
    ActorName,
    At,
}
#[derive(Iden, Clone, Copy)]
pub enum Wishes {
    Table,
    Id,
    OrganisationId,
    PersonId,
    CompetenceId,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Requirements {
    Table,
    Id,
    OrganisationId,
    UnitId,
    PositionCode,
    CompetenceId,
    MinLevel,
    Mandatory,
    MinCount,
    CreatedAt,
    Alternatives,
}

/// Migration 3: the competence map — catalogue, holdings with their history, development
/// wishes, and requirements per unit or position code.
pub fn v3(b: Backend) -> Vec<String> {
    let tables = [
        Table::create()
            .table(Competences::Table)
            .col(id(Competences::Id))
            .col(int_null(Competences::OrganisationId))
            .col(text(Competences::Key))
            .col(text(Competences::Kind))
            .col(text(Competences::Category))
            .col(text(Competences::Scale))
            .col(text(Competences::NameNb))
            .col(text(Competences::NameNn))
            .col(text(Competences::NameEn))
            .col(int_null(Competences::ValidityMonths))
            .col(text_null(Competences::Ladder))
            .col(text(Competences::PositionCodes))
            .col(int(Competences::CreatedAt))
            .foreign_key(&mut fk(Competences::Table, Competences::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Holdings::Table)
            .col(id(Holdings::Id))
            .col(int(Holdings::OrganisationId))
            .col(int(Holdings::PersonId))
            .col(int(Holdings::CompetenceId))
            .col(int(Holdings::Level))
            .col(text_null(Holdings::ObtainedOn))
            .col(text_null(Holdings::ExpiresOn))
            .col(text_null(Holdings::Evidence))
            .col(text(Holdings::Source))
            .col(int_null(Holdings::VerifiedBy))
            .col(int_null(Holdings::VerifiedAt))
            .col(int(Holdings::UpdatedAt))
            .foreign_key(&mut fk(Holdings::Table, Holdings::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Holdings::Table, Holdings::PersonId, People::Table, People::Id, Fk::Cascade))
            .foreign_key(&mut fk(Holdings::Table, Holdings::CompetenceId, Competences::Table, Competences::Id, Fk::Restrict))
            .foreign_key(&mut fk(Holdings::Table, Holdings::VerifiedBy, Users::Table, Users::Id, Fk::SetNull))
            .take(),
        Table::create()
            .table(HoldingEvents::Table)
            .col(id(HoldingEvents::Id))
            .col(int(HoldingEvents::OrganisationId))
            .col(int(HoldingEvents::PersonId))
            .col(int(HoldingEvents::CompetenceId))
            .col(text(HoldingEvents::Action))
            .col(int_null(HoldingEvents::Level))
            .col(text(HoldingEvents::ActorName))
            .col(int(HoldingEvents::At))
            .foreign_key(&mut fk(HoldingEvents::Table, HoldingEvents::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Wishes::Table)
            .col(id(Wishes::Id))
            .col(int(Wishes::OrganisationId))
            .col(int(Wishes::PersonId))
            .col(int(Wishes::CompetenceId))
            .col(int(Wishes::CreatedAt))
            .foreign_key(&mut fk(Wishes::Table, Wishes::PersonId, People::Table, People::Id, Fk::Cascade))
            .foreign_key(&mut fk(Wishes::Table, Wishes::CompetenceId, Competences::Table, Competences::Id, Fk::Restrict))
            .take(),
        Table::create()
            .table(Requirements::Table)
            .col(id(Requirements::Id))
            .col(int(Requirements::OrganisationId))
            .col(int_null(Requirements::UnitId))
            .col(text_null(Requirements::PositionCode))
            .col(int(Requirements::CompetenceId))
            .col(int(Requirements::MinLevel))
            .col(int(Requirements::Mandatory))
            .col(int_null(Requirements::MinCount))
            .col(int(Requirements::CreatedAt))
            .foreign_key(&mut fk(Requirements::Table, Requirements::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Requirements::Table, Requirements::UnitId, Units::Table, Units::Id, Fk::Cascade))
            .foreign_key(&mut fk(Requirements::Table, Requirements::CompetenceId, Competences::Table, Competences::Id, Fk::Restrict))
            .take(),
    ];
    let indexes = [
        Index::create()
            .name("ix_competences_org_key")
            .table(Competences::Table)
            .col(Competences::OrganisationId)
            .col(Competences::Key)
            .take(),
        Index::create()
            .name("uq_holdings_person_competence")
            .table(Holdings::Table)
            .col(Holdings::PersonId)
            .col(Holdings::CompetenceId)
            .unique()
            .take(),
        Index::create().name("ix_holdings_org").table(Holdings::Table).col(Holdings::OrganisationId).take(),
        Index::create().name("ix_holding_events_person").table(HoldingEvents::Table).col(HoldingEvents::PersonId).take(),
        Index::create()
            .name("uq_wishes_person_competence")
            .table(Wishes::Table)
            .col(Wishes::PersonId)
            .col(Wishes::CompetenceId)
            .unique()
            .take(),
        Index::create().name("ix_requirements_org").table(Requirements::Table).col(Requirements::OrganisationId).take(),
    ];
    let mut out: Vec<String> = tables.iter().map(|t| render(t, b)).collect();
    out.extend(indexes.iter().map(|i| render(i, b)));
    out
}

#[derive(Iden, Clone, Copy)]
pub enum ExpertOffers {
    Table,
    Id,
    OrganisationId,
    PersonId,
    CompetenceId,
    Note,
    Visibility,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum HoldingFiles {
    Table,
    Id,
    OrganisationId,
    HoldingId,
    Filename,
    ContentType,
    Content,
    Size,
    CreatedAt,
}

/// Migration 4: the expert pool (offers to share a competence, each with who may see it),
/// files attached to holdings as evidence, and the holding history read as a change feed.
pub fn v4(b: Backend) -> Vec<String> {
    let tables = [
        Table::create()
            .table(ExpertOffers::Table)
            .col(id(ExpertOffers::Id))
            .col(int(ExpertOffers::OrganisationId))
            .col(int(ExpertOffers::PersonId))
            .col(int(ExpertOffers::CompetenceId))
            .col(text_null(ExpertOffers::Note))
            .col(text(ExpertOffers::Visibility))
            .col(int(ExpertOffers::CreatedAt))
            .foreign_key(&mut fk(ExpertOffers::Table, ExpertOffers::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(ExpertOffers::Table, ExpertOffers::PersonId, People::Table, People::Id, Fk::Cascade))
            .foreign_key(&mut fk(ExpertOffers::Table, ExpertOffers::CompetenceId, Competences::Table, Competences::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(HoldingFiles::Table)
            .col(id(HoldingFiles::Id))
            .col(int(HoldingFiles::OrganisationId))
            .col(int(HoldingFiles::HoldingId))
            .col(text(HoldingFiles::Filename))
            .col(text(HoldingFiles::ContentType))
            .col(ColumnDef::new(HoldingFiles::Content).blob().not_null())
            .col(int(HoldingFiles::Size))
            .col(int(HoldingFiles::CreatedAt))
            .foreign_key(&mut fk(HoldingFiles::Table, HoldingFiles::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(HoldingFiles::Table, HoldingFiles::HoldingId, Holdings::Table, Holdings::Id, Fk::Cascade))
            .take(),
    ];
    let indexes = [
        Index::create()
            .name("uq_expert_offers_person_competence")
            .table(ExpertOffers::Table)
            .col(ExpertOffers::PersonId)
            .col(ExpertOffers::CompetenceId)
            .unique()
            .take(),
        Index::create().name("ix_expert_offers_org").table(ExpertOffers::Table).col(ExpertOffers::OrganisationId).take(),
        Index::create().name("ix_holding_files_holding").table(HoldingFiles::Table).col(HoldingFiles::HoldingId).take(),
        Index::create()
            .name("ix_holding_events_org_id")
            .table(HoldingEvents::Table)
            .col(HoldingEvents::OrganisationId)
            .col(HoldingEvents::Id)
            .take(),
        Index::create().name("ix_audit_log_org_id").table(AuditLog::Table).col(AuditLog::OrganisationId).col(AuditLog::Id).take(),
        // Reading an organisation's holdings grouped by person walks this index in order
        // instead of sorting; it also serves everything the index on the organisation alone did.
        Index::create().name("ix_holdings_org_person").table(Holdings::Table).col(Holdings::OrganisationId).col(Holdings::PersonId).take(),
    ];
    let mut out: Vec<String> = tables.iter().map(|t| render(t, b)).collect();
    out.extend(indexes.iter().map(|i| render(i, b)));
    let mut drop = Index::drop();
    drop.name("ix_holdings_org").table(Holdings::Table);
    out.push(render(&drop, b));
    // Competences that meet a requirement as well as its own, as comma-separated ids.
    let alter = Table::alter()
        .table(Requirements::Table)
        .add_column(ColumnDef::new(Requirements::Alternatives).text().not_null().default(""))
        .take();
    out.push(render(&alter, b));
    out
}

#[derive(Iden, Clone, Copy)]
pub enum Activities {
    Table,
    Id,
    OrganisationId,
    Kind,
    Handle,
    Title,
    Description,
    Link,
    CompetenceId,
    Level,
    CompletionRule,
    NeedsApproval,
    Target,
    Credits,
    FollowUpDays,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Cohorts {
    Table,
    Id,
    OrganisationId,
    ActivityId,
    Name,
    Capacity,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum CohortFacilitators {
    Table,
    Id,
    OrganisationId,
    CohortId,
    PersonId,
}
#[derive(Iden, Clone, Copy)]
pub enum LearningSessions {
    Table,
    Id,
    OrganisationId,
    CohortId,
    StartsAt,
    EndsAt,
    Place,
    CheckinCode,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Enrolments {
    Table,
    Id,
    OrganisationId,
    CohortId,
    PersonId,
    Status,
    Passed,
    QueuedAt,
    EnrolledBy,
    CreatedAt,
    CompletedAt,
    TransferGoal,
}
#[derive(Iden, Clone, Copy)]
pub enum Attendance {
    Table,
    Id,
    OrganisationId,
    SessionId,
    PersonId,
    How,
    At,
}
#[derive(Iden, Clone, Copy)]
pub enum CalendarFeeds {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum PracticeNotes {
    Table,
    Id,
    OrganisationId,
    PersonId,
    Body,
    Source,
    Handle,
    CompetenceId,
    Visibility,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum Outbox {
    Table,
    Id,
    OrganisationId,
    Recipient,
    Subject,
    Body,
    Status,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    LastError,
    DedupeKey,
    CreatedAt,
    SentAt,
}
#[derive(Iden, Clone, Copy)]
pub enum FollowUps {
    Table,
    Id,
    OrganisationId,
    EnrolmentId,
    Respondent,
    PersonId,
    Used,
    Hinders,
    AnsweredAt,
}

/// Migration 5: learning activities, their cohorts and sessions, enrolments with a waiting
/// list, attendance, transfer follow-up, personal calendar feeds, practice notes, and the
/// outbox of e-mail waiting to be sent. Session times are Europe/Oslo wall-clock times (`YYYY-MM-DDTHH:MM`).
pub fn v5(b: Backend) -> Vec<String> {
    let tables = [
        Table::create()
            .table(Activities::Table)
            .col(id(Activities::Id))
            .col(int(Activities::OrganisationId))
            .col(text(Activities::Kind))
            .col(text_null(Activities::Handle))
            .col(text(Activities::Title))
            .col(text(Activities::Description))
            .col(text_null(Activities::Link))
            .col(int_null(Activities::CompetenceId))
            .col(int_null(Activities::Level))
            .col(text(Activities::CompletionRule))
            .col(int(Activities::NeedsApproval))
            .col(int_null(Activities::Target))
            .col(int_null(Activities::Credits))
            .col(ColumnDef::new(Activities::FollowUpDays).big_integer().not_null().default(90))
            .col(int(Activities::CreatedAt))
            .foreign_key(&mut fk(Activities::Table, Activities::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Activities::Table, Activities::CompetenceId, Competences::Table, Competences::Id, Fk::SetNull))
            .take(),
        Table::create()
            .table(Cohorts::Table)
            .col(id(Cohorts::Id))
            .col(int(Cohorts::OrganisationId))
            .col(int(Cohorts::ActivityId))
            .col(text(Cohorts::Name))
            .col(int(Cohorts::Capacity))
            .col(int(Cohorts::CreatedAt))
            .foreign_key(&mut fk(Cohorts::Table, Cohorts::ActivityId, Activities::Table, Activities::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(CohortFacilitators::Table)
            .col(id(CohortFacilitators::Id))
            .col(int(CohortFacilitators::OrganisationId))
            .col(int(CohortFacilitators::CohortId))
            .col(int(CohortFacilitators::PersonId))
            .foreign_key(&mut fk(CohortFacilitators::Table, CohortFacilitators::CohortId, Cohorts::Table, Cohorts::Id, Fk::Cascade))
            .foreign_key(&mut fk(CohortFacilitators::Table, CohortFacilitators::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(LearningSessions::Table)
            .col(id(LearningSessions::Id))
            .col(int(LearningSessions::OrganisationId))
            .col(int(LearningSessions::CohortId))
            .col(text(LearningSessions::StartsAt))
            .col(text(LearningSessions::EndsAt))
            .col(text(LearningSessions::Place))
            .col(text(LearningSessions::CheckinCode))
            .col(int(LearningSessions::CreatedAt))
            .foreign_key(&mut fk(LearningSessions::Table, LearningSessions::CohortId, Cohorts::Table, Cohorts::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Enrolments::Table)
            .col(id(Enrolments::Id))
            .col(int(Enrolments::OrganisationId))
            .col(int(Enrolments::CohortId))
            .col(int(Enrolments::PersonId))
            .col(text(Enrolments::Status))
            .col(int(Enrolments::Passed))
            .col(int(Enrolments::QueuedAt))
            .col(text(Enrolments::EnrolledBy))
            .col(int(Enrolments::CreatedAt))
            .col(int_null(Enrolments::CompletedAt))
            .col(text_null(Enrolments::TransferGoal))
            .foreign_key(&mut fk(Enrolments::Table, Enrolments::CohortId, Cohorts::Table, Cohorts::Id, Fk::Cascade))
            .foreign_key(&mut fk(Enrolments::Table, Enrolments::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Attendance::Table)
            .col(id(Attendance::Id))
            .col(int(Attendance::OrganisationId))
            .col(int(Attendance::SessionId))
            .col(int(Attendance::PersonId))
            .col(text(Attendance::How))
            .col(int(Attendance::At))
            .foreign_key(&mut fk(Attendance::Table, Attendance::SessionId, LearningSessions::Table, LearningSessions::Id, Fk::Cascade))
            .foreign_key(&mut fk(Attendance::Table, Attendance::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(CalendarFeeds::Table)
            .col(id(CalendarFeeds::Id))
            .col(int(CalendarFeeds::UserId))
            .col(text(CalendarFeeds::TokenHash))
            .col(int(CalendarFeeds::CreatedAt))
            .foreign_key(&mut fk(CalendarFeeds::Table, CalendarFeeds::UserId, Users::Table, Users::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(Outbox::Table)
            .col(id(Outbox::Id))
            .col(int_null(Outbox::OrganisationId))
            .col(text(Outbox::Recipient))
            .col(text(Outbox::Subject))
            .col(text(Outbox::Body))
            .col(text(Outbox::Status))
            .col(int(Outbox::Attempts))
            .col(int(Outbox::NextAttemptAt))
            .col(int(Outbox::LockedUntil))
            .col(text_null(Outbox::LastError))
            .col(text(Outbox::DedupeKey))
            .col(int(Outbox::CreatedAt))
            .col(int_null(Outbox::SentAt))
            .take(),
        Table::create()
            .table(FollowUps::Table)
            .col(id(FollowUps::Id))
            .col(int(FollowUps::OrganisationId))
            .col(int(FollowUps::EnrolmentId))
            .col(text(FollowUps::Respondent))
            .col(int(FollowUps::PersonId))
            .col(text(FollowUps::Used))
            .col(text_null(FollowUps::Hinders))
            .col(int(FollowUps::AnsweredAt))
            .foreign_key(&mut fk(FollowUps::Table, FollowUps::EnrolmentId, Enrolments::Table, Enrolments::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(PracticeNotes::Table)
            .col(id(PracticeNotes::Id))
            .col(int(PracticeNotes::OrganisationId))
            .col(int(PracticeNotes::PersonId))
            .col(text(PracticeNotes::Body))
            .col(text(PracticeNotes::Source))
            .col(text_null(PracticeNotes::Handle))
            .col(int_null(PracticeNotes::CompetenceId))
            .col(text(PracticeNotes::Visibility))
            .col(int(PracticeNotes::CreatedAt))
            .foreign_key(&mut fk(PracticeNotes::Table, PracticeNotes::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(PracticeNotes::Table, PracticeNotes::PersonId, People::Table, People::Id, Fk::Cascade))
            .foreign_key(&mut fk(PracticeNotes::Table, PracticeNotes::CompetenceId, Competences::Table, Competences::Id, Fk::SetNull))
            .take(),
    ];
    let indexes = [
        Index::create().name("ix_activities_org").table(Activities::Table).col(Activities::OrganisationId).take(),
        Index::create().name("ix_cohorts_activity").table(Cohorts::Table).col(Cohorts::ActivityId).take(),
        Index::create()
            .name("uq_cohort_facilitators")
            .table(CohortFacilitators::Table)
            .col(CohortFacilitators::CohortId)
            .col(CohortFacilitators::PersonId)
            .unique()
            .take(),
        Index::create().name("ix_learning_sessions_cohort").table(LearningSessions::Table).col(LearningSessions::CohortId).take(),
        Index::create().name("ix_learning_sessions_code").table(LearningSessions::Table).col(LearningSessions::CheckinCode).take(),
        Index::create()
            .name("uq_enrolments_cohort_person")
            .table(Enrolments::Table)
            .col(Enrolments::CohortId)
            .col(Enrolments::PersonId)
            .unique()
            .take(),
        Index::create().name("ix_enrolments_person").table(Enrolments::Table).col(Enrolments::PersonId).take(),
        Index::create().name("ix_enrolments_org").table(Enrolments::Table).col(Enrolments::OrganisationId).take(),
        Index::create().name("uq_outbox_dedupe").table(Outbox::Table).col(Outbox::DedupeKey).unique().take(),
        Index::create().name("ix_outbox_due").table(Outbox::Table).col(Outbox::Status).col(Outbox::NextAttemptAt).take(),
        Index::create()
            .name("uq_follow_ups_enrolment_respondent")
            .table(FollowUps::Table)
            .col(FollowUps::EnrolmentId)
            .col(FollowUps::Respondent)
            .unique()
            .take(),
        Index::create().name("ix_practice_notes_org").table(PracticeNotes::Table).col(PracticeNotes::OrganisationId).take(),
        Index::create().name("uq_calendar_feeds_user").table(CalendarFeeds::Table).col(CalendarFeeds::UserId).unique().take(),
        Index::create().name("uq_calendar_feeds_token").table(CalendarFeeds::Table).col(CalendarFeeds::TokenHash).unique().take(),
        Index::create()
            .name("uq_attendance_session_person")
            .table(Attendance::Table)
            .col(Attendance::SessionId)
            .col(Attendance::PersonId)
            .unique()
            .take(),
    ];
    let mut out: Vec<String> = tables.iter().map(|t| render(t, b)).collect();
    out.extend(indexes.iter().map(|i| render(i, b)));
    out
}
