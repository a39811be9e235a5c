//! Migration 6: mobility across units and employers. Opportunities (offered or asked for)
//! with their periods and the competences they build; placements taking one person through
//! application, the home leader's approval, the host's agreement, a reflection log and an
//! evaluation from both sides. Dates are `YYYY-MM-DD`.

use crate::db::Backend;
use crate::schema::{Competences, Organisations, People, Units, fk, id, int, int_null, render, text, text_null};
use sea_query::{ForeignKeyAction as Fk, Iden, Index, Table};

#[derive(Iden, Clone, Copy)]
pub enum Opportunities {
    Table,
    Id,
    OrganisationId,
    UnitId,
    PersonId,
    Kind,
    Direction,
    Title,
    Description,
    Reach,
    Places,
    OpenTo,
    Percent,
    Status,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum OpportunityPeriods {
    Table,
    Id,
    OrganisationId,
    OpportunityId,
    StartsOn,
    EndsOn,
}
#[derive(Iden, Clone, Copy)]
pub enum OpportunityCompetences {
    Table,
    Id,
    OrganisationId,
    OpportunityId,
    CompetenceId,
}
#[derive(Iden, Clone, Copy)]
pub enum Placements {
    Table,
    Id,
    OrganisationId,
    PersonId,
    OpportunityId,
    HostOrgId,
    HostUnitId,
    Stage,
    StartsOn,
    EndsOn,
    Motivation,
    ApprovedBy,
    ApprovedAt,
    TermsNote,
    Goals,
    ContactPersonId,
    Tasks,
    Percent,
    DecidedBy,
    DeclineReason,
    CreatedAt,
    UpdatedAt,
    CompletedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum PlacementLogs {
    Table,
    Id,
    OrganisationId,
    PlacementId,
    PersonId,
    Body,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum PlacementEvaluations {
    Table,
    Id,
    OrganisationId,
    PlacementId,
    Side,
    PersonId,
    Rating,
    Learnt,
    Improve,
    AnsweredAt,
}

pub fn v6(b: Backend) -> Vec<String> {
    let tables = [
        Table::create()
            .table(Opportunities::Table)
            .col(id(Opportunities::Id))
            .col(int(Opportunities::OrganisationId))
            .col(int_null(Opportunities::UnitId))
            .col(int_null(Opportunities::PersonId))
            .col(text(Opportunities::Kind))
            .col(text(Opportunities::Direction))
            .col(text(Opportunities::Title))
            .col(text(Opportunities::Description))
            .col(text(Opportunities::Reach))
            .col(int(Opportunities::Places))
            .col(text(Opportunities::OpenTo))
            .col(int(Opportunities::Percent))
            .col(text(Opportunities::Status))
            .col(int(Opportunities::CreatedAt))
            .foreign_key(&mut fk(Opportunities::Table, Opportunities::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Opportunities::Table, Opportunities::UnitId, Units::Table, Units::Id, Fk::SetNull))
            .foreign_key(&mut fk(Opportunities::Table, Opportunities::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(OpportunityPeriods::Table)
            .col(id(OpportunityPeriods::Id))
            .col(int(OpportunityPeriods::OrganisationId))
            .col(int(OpportunityPeriods::OpportunityId))
            .col(text(OpportunityPeriods::StartsOn))
            .col(text(OpportunityPeriods::EndsOn))
            .foreign_key(&mut fk(
                OpportunityPeriods::Table,
                OpportunityPeriods::OpportunityId,
                Opportunities::Table,
                Opportunities::Id,
                Fk::Cascade,
            ))
            .take(),
        Table::create()
            .table(OpportunityCompetences::Table)
            .col(id(OpportunityCompetences::Id))
            .col(int(OpportunityCompetences::OrganisationId))
            .col(int(OpportunityCompetences::OpportunityId))
            .col(int(OpportunityCompetences::CompetenceId))
            .foreign_key(&mut fk(
                OpportunityCompetences::Table,
                OpportunityCompetences::OpportunityId,
                Opportunities::Table,
                Opportunities::Id,
                Fk::Cascade,
            ))
            .foreign_key(&mut fk(
                OpportunityCompetences::Table,
                OpportunityCompetences::CompetenceId,
                Competences::Table,
                Competences::Id,
                Fk::Cascade,
            ))
            .take(),
        Table::create()
            .table(Placements::Table)
            .col(id(Placements::Id))
            .col(int(Placements::OrganisationId))
            .col(int(Placements::PersonId))
            .col(int(Placements::OpportunityId))
            .col(int_null(Placements::HostOrgId))
            .col(int_null(Placements::HostUnitId))
            .col(text(Placements::Stage))
            .col(text_null(Placements::StartsOn))
            .col(text_null(Placements::EndsOn))
            .col(text(Placements::Motivation))
            .col(text_null(Placements::ApprovedBy))
            .col(int_null(Placements::ApprovedAt))
            .col(text_null(Placements::TermsNote))
            .col(text_null(Placements::Goals))
            .col(int_null(Placements::ContactPersonId))
            .col(text_null(Placements::Tasks))
            .col(int(Placements::Percent))
            .col(text_null(Placements::DecidedBy))
            .col(text_null(Placements::DeclineReason))
            .col(int(Placements::CreatedAt))
            .col(int(Placements::UpdatedAt))
            .col(int_null(Placements::CompletedAt))
            .foreign_key(&mut fk(Placements::Table, Placements::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .foreign_key(&mut fk(Placements::Table, Placements::PersonId, People::Table, People::Id, Fk::Cascade))
            // A placement is the home employer's record too: removing the host's side never removes it.
            .foreign_key(&mut fk(Placements::Table, Placements::OpportunityId, Opportunities::Table, Opportunities::Id, Fk::Restrict))
            .foreign_key(&mut fk(Placements::Table, Placements::HostOrgId, Organisations::Table, Organisations::Id, Fk::SetNull))
            .foreign_key(&mut fk(Placements::Table, Placements::HostUnitId, Units::Table, Units::Id, Fk::SetNull))
            .foreign_key(&mut fk(Placements::Table, Placements::ContactPersonId, People::Table, People::Id, Fk::SetNull))
            .take(),
        Table::create()
            .table(PlacementLogs::Table)
            .col(id(PlacementLogs::Id))
            .col(int(PlacementLogs::OrganisationId))
            .col(int(PlacementLogs::PlacementId))
            .col(int(PlacementLogs::PersonId))
            .col(text(PlacementLogs::Body))
            .col(int(PlacementLogs::CreatedAt))
            .foreign_key(&mut fk(PlacementLogs::Table, PlacementLogs::PlacementId, Placements::Table, Placements::Id, Fk::Cascade))
            .foreign_key(&mut fk(PlacementLogs::Table, PlacementLogs::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(PlacementEvaluations::Table)
            .col(id(PlacementEvaluations::Id))
            .col(int(PlacementEvaluations::OrganisationId))
            .col(int(PlacementEvaluations::PlacementId))
            .col(text(PlacementEvaluations::Side))
            .col(int(PlacementEvaluations::PersonId))
            .col(int(PlacementEvaluations::Rating))
            .col(text(PlacementEvaluations::Learnt))
            .col(text_null(PlacementEvaluations::Improve))
            .col(int(PlacementEvaluations::AnsweredAt))
            .foreign_key(&mut fk(
                PlacementEvaluations::Table,
                PlacementEvaluations::PlacementId,
                Placements::Table,
                Placements::Id,
                Fk::Cascade,
            ))
            .take(),
    ];
    let indexes = [
        Index::create().name("ix_opportunities_org").table(Opportunities::Table).col(Opportunities::OrganisationId).take(),
        Index::create().name("ix_opportunity_periods_opp").table(OpportunityPeriods::Table).col(OpportunityPeriods::OpportunityId).take(),
        Index::create()
            .name("uq_opportunity_competences")
            .table(OpportunityCompetences::Table)
            .col(OpportunityCompetences::OpportunityId)
            .col(OpportunityCompetences::CompetenceId)
            .unique()
            .take(),
        Index::create().name("ix_placements_opportunity").table(Placements::Table).col(Placements::OpportunityId).take(),
        Index::create().name("ix_placements_person").table(Placements::Table).col(Placements::PersonId).take(),
        Index::create().name("ix_placements_org").table(Placements::Table).col(Placements::OrganisationId).take(),
        Index::create().name("ix_placements_host_org").table(Placements::Table).col(Placements::HostOrgId).take(),
        Index::create().name("ix_placement_logs_placement").table(PlacementLogs::Table).col(PlacementLogs::PlacementId).take(),
        Index::create()
            .name("uq_placement_evaluations_side")
            .table(PlacementEvaluations::Table)
            .col(PlacementEvaluations::PlacementId)
            .col(PlacementEvaluations::Side)
            .unique()
            .take(),
    ];
    let mut out: Vec<String> = tables.iter().map(|t| render(t, b)).collect();
    out.extend(indexes.iter().map(|i| render(i, b)));
    out
}
