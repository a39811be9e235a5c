#![allow(clippy::unwrap_used, clippy::type_complexity)]
//! HTTP tests: they drive the real router in-process, on the database
//! `saman_store::testing` gives (SQLite, or PostgreSQL with SAMAN_TEST_DATABASE_URL).

mod access;
mod api;
mod auth;
mod competence;
mod experts;
mod facts;
mod holdings_import;
mod import;
mod import_mapping;
mod learning;
mod mentoring;
mod mobility;
mod notes;
mod pages;
mod setup;
mod support;
