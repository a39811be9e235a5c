//! Migration 7: mentoring and peer-coaching programmes — participants on either side, the
//! coordinator's locked and forbidden pairs, and the pairs proposed by matching with why.

use crate::db::Backend;
use crate::schema::{Organisations, People, fk, id, int, int_null, render, text};
use sea_query::{ForeignKeyAction as Fk, Iden, Index, Table};

#[derive(Iden, Clone, Copy)]
pub enum Programmes {
    Table,
    Id,
    OrganisationId,
    Title,
    Description,
    Kind,
    Reach,
    AcrossUnits,
    AcrossProfessions,
    CreatedAt,
    MatchedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum ProgrammeParticipants {
    Table,
    Id,
    OrganisationId,
    ProgrammeId,
    PersonId,
    PersonOrgId,
    Role,
    Capacity,
    Goals,
    Competences,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum ProgrammePairs {
    Table,
    Id,
    OrganisationId,
    ProgrammeId,
    MentorId,
    MenteeId,
    State,
    Score,
    Reasons,
    MentorAnswer,
    MenteeAnswer,
    CreatedAt,
}
#[derive(Iden, Clone, Copy)]
pub enum ProgrammeRules {
    Table,
    Id,
    OrganisationId,
    ProgrammeId,
    MentorId,
    MenteeId,
    Rule,
}

pub fn v7(b: Backend) -> Vec<String> {
    let tables = [
        Table::create()
            .table(Programmes::Table)
            .col(id(Programmes::Id))
            .col(int(Programmes::OrganisationId))
            .col(text(Programmes::Title))
            .col(text(Programmes::Description))
            .col(text(Programmes::Kind))
            .col(text(Programmes::Reach))
            .col(text(Programmes::AcrossUnits))
            .col(text(Programmes::AcrossProfessions))
            .col(int(Programmes::CreatedAt))
            .col(int_null(Programmes::MatchedAt))
            .foreign_key(&mut fk(Programmes::Table, Programmes::OrganisationId, Organisations::Table, Organisations::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(ProgrammeParticipants::Table)
            .col(id(ProgrammeParticipants::Id))
            .col(int(ProgrammeParticipants::OrganisationId))
            .col(int(ProgrammeParticipants::ProgrammeId))
            .col(int(ProgrammeParticipants::PersonId))
            .col(int(ProgrammeParticipants::PersonOrgId))
            .col(text(ProgrammeParticipants::Role))
            .col(int(ProgrammeParticipants::Capacity))
            .col(text(ProgrammeParticipants::Goals))
            .col(text(ProgrammeParticipants::Competences))
            .col(int(ProgrammeParticipants::CreatedAt))
            .foreign_key(&mut fk(
                ProgrammeParticipants::Table,
                ProgrammeParticipants::ProgrammeId,
                Programmes::Table,
                Programmes::Id,
                Fk::Cascade,
            ))
            .foreign_key(&mut fk(ProgrammeParticipants::Table, ProgrammeParticipants::PersonId, People::Table, People::Id, Fk::Cascade))
            .take(),
        Table::create()
            .table(ProgrammePairs::Table)
            .col(id(ProgrammePairs::Id))
            .col(int(ProgrammePairs::OrganisationId))
            .col(int(ProgrammePairs::ProgrammeId))
            .col(int(ProgrammePairs::MentorId))
            .col(int(ProgrammePairs::MenteeId))
            .col(text(ProgrammePairs::State))
            .col(int(ProgrammePairs::Score))
            .col(text(ProgrammePairs::Reasons))
            .col(text(ProgrammePairs::MentorAnswer))
            .col(text(ProgrammePairs::MenteeAnswer))
            .col(int(ProgrammePairs::CreatedAt))
            .foreign_key(&mut fk(ProgrammePairs::Table, ProgrammePairs::ProgrammeId, Programmes::Table, Programmes::Id, Fk::Cascade))
            .foreign_key(&mut fk(
                ProgrammePairs::Table,
                ProgrammePairs::MentorId,
                ProgrammeParticipants::Table,
                ProgrammeParticipants::Id,
                Fk::Cascade,
            ))
            .foreign_key(&mut fk(
                ProgrammePairs::Table,
                ProgrammePairs::MenteeId,
                ProgrammeParticipants::Table,
                ProgrammeParticipants::Id,
                Fk::Cascade,
            ))
            .take(),
        Table::create()
            .table(ProgrammeRules::Table)
            .col(id(ProgrammeRules::Id))
            .col(int(ProgrammeRules::OrganisationId))
            .col(int(ProgrammeRules::ProgrammeId))
            .col(int(ProgrammeRules::MentorId))
            .col(int(ProgrammeRules::MenteeId))
            .col(text(ProgrammeRules::Rule))
            .foreign_key(&mut fk(ProgrammeRules::Table, ProgrammeRules::ProgrammeId, Programmes::Table, Programmes::Id, Fk::Cascade))
            .foreign_key(&mut fk(
                ProgrammeRules::Table,
                ProgrammeRules::MentorId,
                ProgrammeParticipants::Table,
                ProgrammeParticipants::Id,
                Fk::Cascade,
            ))
            .foreign_key(&mut fk(
                ProgrammeRules::Table,
                ProgrammeRules::MenteeId,
                ProgrammeParticipants::Table,
                ProgrammeParticipants::Id,
                Fk::Cascade,
            ))
            .take(),
    ];
    let indexes = [
        Index::create().name("ix_programmes_org").table(Programmes::Table).col(Programmes::OrganisationId).take(),
        Index::create()
            .name("uq_programme_participants")
            .table(ProgrammeParticipants::Table)
            .col(ProgrammeParticipants::ProgrammeId)
            .col(ProgrammeParticipants::PersonId)
            .unique()
            .take(),
        Index::create().name("ix_programme_pairs_programme").table(ProgrammePairs::Table).col(ProgrammePairs::ProgrammeId).take(),
        Index::create()
            .name("uq_programme_rules")
            .table(ProgrammeRules::Table)
            .col(ProgrammeRules::MentorId)
            .col(ProgrammeRules::MenteeId)
            .unique()
            .take(),
    ];
    let mut out: Vec<String> = tables.iter().map(|t| render(t, b)).collect();
    out.extend(indexes.iter().map(|i| render(i, b)));
    out
}
