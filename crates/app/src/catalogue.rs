//! The competence catalogue: HR adds the organisation's own competences, by hand or from a
//! Moodle competency framework, and anyone may take the catalogue to Moodle.

use crate::input::Parsed;
use crate::{Actor, App, Error, Problems, Result, access};
use saman_catalogue::{Catalogue, Competence, Kind, Level, Text, default_catalogue_ref, slugify};
use saman_domain::{Lang, OrgId, parse};
use saman_store::{CompetenceId, NewCompetence, Organisation, StoreError};

/// A competence as HR typed it.
#[derive(Debug, Clone)]
pub struct CompetenceDraft {
    pub name_nb: String,
    pub name_nn: String,
    pub name_en: String,
    pub kind: String,
    pub category: String,
    /// Months a holding stays valid, 1–600; none for competence that does not expire.
    pub validity_months: Parsed<i64>,
}

/// Only HR of the organisation (or an administrator) shapes its catalogue.
pub fn may_shape(actor: &Actor, org: OrgId) -> Result<()> {
    if actor.access.manages_org(org) { Ok(()) } else { Err(Error::Forbidden) }
}

/// Checks the draft: three names, a kind and a category Saman knows, a validity in range.
pub fn check(org: OrgId, d: &CompetenceDraft) -> Result<NewCompetence> {
    let mut p = Problems::default();
    let nb = p.check("name_nb", parse::text(&d.name_nb, 150));
    let nn = p.check("name_nn", parse::text(&d.name_nn, 150));
    let en = p.check("name_en", parse::text(&d.name_en, 150));
    let kind = Kind::parse(&d.kind);
    if kind.is_none() {
        p.add("kind", if d.kind.trim().is_empty() { "err-required" } else { "err-bad-choice" });
    }
    if default_catalogue_ref().category(&d.category).is_none() {
        p.add("category", if d.category.trim().is_empty() { "err-required" } else { "err-bad-choice" });
    }
    let validity = p.within("validity_months", d.validity_months, 1, 600);
    p.done()?;
    let (Some(nb), Some(nn), Some(en), Some(kind)) = (nb, nn, en, kind) else { return Err(Error::Invalid(vec![])) };
    let scale = if matches!(kind, Kind::Skill | Kind::Experience) { "proficiency" } else { "achieved" };
    Ok(NewCompetence {
        key: format!("{}-{}", slugify(&nb), org.0),
        kind: kind.code().into(),
        category: d.category.clone(),
        scale: scale.into(),
        names: [nb, nn, en],
        validity_months: validity,
    })
}

/// HR adds one of the organisation's own competences. A name already in use is refused.
pub async fn add(app: &App, actor: &Actor, org: OrgId, d: &CompetenceDraft) -> Result<CompetenceId> {
    may_shape(actor, org)?;
    let new = check(org, d)?;
    let id = match app.db.competences().create(&actor.audit(), org, &new).await {
        Err(StoreError::Duplicate(_)) => return Err(Error::Conflict { key: "err-duplicate", field: Some("name_nb") }),
        r => r?,
    };
    app.catalogues.invalidate(org);
    Ok(id)
}

/// What a Moodle framework's competence becomes here: a scale Saman knows (or the nearest of
/// its own), a category Saman knows (or the shared one).
fn from_moodle(framework: &Catalogue, c: &Competence) -> NewCompetence {
    let known = default_catalogue_ref();
    let max = framework.scale(&c.scale).map_or(1, |sc| sc.max_value());
    let scale = if known.scale(&c.scale).is_some() {
        c.scale.clone()
    } else if max <= 1 {
        "achieved".into()
    } else {
        "proficiency".into()
    };
    NewCompetence {
        key: c.key.clone(),
        kind: c.kind.code().to_string(),
        category: if known.category(&c.category).is_some() { c.category.clone() } else { "felles".into() },
        scale,
        names: [c.name.get(Lang::Nb).to_string(), c.name.get(Lang::Nn).to_string(), c.name.get(Lang::En).to_string()],
        validity_months: c.validity_months.map(i64::from),
    }
}

/// HR imports a Moodle competency framework into the organisation's catalogue, all at once.
/// Returns how many were added; those whose key the catalogue already holds are left as they are.
pub async fn import_moodle(app: &App, actor: &Actor, org: OrgId, framework: &Catalogue) -> Result<usize> {
    may_shape(actor, org)?;
    let list: Vec<NewCompetence> = framework.competences.iter().map(|c| from_moodle(framework, c)).collect();
    let added = app.db.competences().create_many(&actor.audit(), org, &list).await?;
    app.catalogues.invalidate(org);
    Ok(added)
}

/// The catalogue an organisation uses (the shipped one and its own), as a framework to export;
/// with no organisation given, the first the actor sees.
pub async fn framework(app: &App, actor: &Actor, org: Option<OrgId>) -> Result<(Option<Organisation>, Catalogue)> {
    let orgs = access::visible_orgs(app, &actor.access).await?;
    let org = org.and_then(|id| orgs.iter().find(|o| o.id == id)).or(orgs.first()).cloned();
    let rows = app.catalogue(org.as_ref().map(|o| o.id)).await?;
    let shipped = default_catalogue_ref();
    let mut cat = Catalogue { scales: shipped.scales.clone(), categories: shipped.categories.clone(), competences: vec![] };
    for r in rows.iter() {
        let c = match shipped.competence(&r.key) {
            Some(c) if r.org.is_none() => c.clone(),
            _ => Competence {
                key: r.key.clone(),
                kind: Kind::parse(&r.kind).unwrap_or(Kind::Skill),
                category: r.category.clone(),
                name: Text::new(r.name_nb.clone(), r.name_nn.clone(), r.name_en.clone()),
                description: None,
                scale: r.scale.clone(),
                validity_months: r.validity_months.and_then(|m| u32::try_from(m).ok()),
                ladder: r.ladder.as_deref().and_then(Level::parse),
                position_codes: r.position_codes.clone(),
                styrk08: None,
                esco_uri: None,
            },
        };
        cat.competences.push(c);
    }
    Ok((org, cat))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> CompetenceDraft {
        CompetenceDraft {
            name_nb: "Velferdsteknologi".into(),
            name_nn: "Velferdsteknologi".into(),
            name_en: "Welfare technology".into(),
            kind: "skill".into(),
            category: "helse-omsorg".into(),
            validity_months: Ok(None),
        }
    }

    fn fields(r: Result<NewCompetence>) -> Vec<(&'static str, &'static str)> {
        match r {
            Err(Error::Invalid(p)) => p.iter().map(|p| (p.field, p.key)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    use crate::App;
    use saman_catalogue::{Scale, ScaleLevel};
    use saman_domain::{Access, Grant, OrgKind, UserId};

    fn hr_of(org: OrgId) -> Actor {
        Actor::user(UserId(1), "hr", Access { grants: vec![Grant::Hr { org }], person: None })
    }

    /// A Moodle framework with one competence on a two-step scale Saman does not know, and one
    /// on a one-step scale it does not know either.
    fn framework_of_two() -> Catalogue {
        let level = |v: u8| ScaleLevel { value: v, name: Text::new("n", "n", "n") };
        let scale = |key: &str, levels: Vec<ScaleLevel>| Scale { key: key.into(), name: Text::new(key, key, key), levels };
        let shipped = default_catalogue_ref().competence("autorisasjon-sykepleier").expect("shipped").clone();
        let one =
            |key: &str, scale: &str| Competence { key: key.into(), scale: scale.into(), category: "ukjent".into(), ..shipped.clone() };
        Catalogue {
            scales: vec![scale("trinn", vec![level(1), level(2)]), scale("bestatt", vec![level(1)])],
            categories: vec![],
            competences: vec![one("eget-kurs-a", "trinn"), one("eget-kurs-b", "bestatt")],
        }
    }

    #[tokio::test]
    async fn only_the_organisations_hr_shapes_its_catalogue() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let ours = app.db.orgs().create_organisation(None, "Fjordvik kommune", OrgKind::Municipality, None).await.unwrap();
        let theirs = app.db.orgs().create_organisation(None, "Lindøy kommune", OrgKind::Municipality, None).await.unwrap();
        assert!(matches!(add(&app, &hr_of(theirs), ours, &draft()).await, Err(Error::Forbidden)));
        assert!(matches!(import_moodle(&app, &hr_of(theirs), ours, &framework_of_two()).await, Err(Error::Forbidden)));
        assert!(app.catalogue(Some(ours)).await.unwrap().iter().all(|c| c.org.is_none()), "nothing was added");
        add(&app, &hr_of(ours), ours, &draft()).await.unwrap();
        let Err(Error::Conflict { key, field }) = add(&app, &hr_of(ours), ours, &draft()).await else { panic!("a duplicate is refused") };
        assert_eq!((key, field), ("err-duplicate", Some("name_nb")));
    }

    #[tokio::test]
    async fn a_moodle_framework_comes_in_once_on_scales_saman_knows() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let org = app.db.orgs().create_organisation(None, "Fjordvik kommune", OrgKind::Municipality, None).await.unwrap();
        assert_eq!(import_moodle(&app, &hr_of(org), org, &framework_of_two()).await.unwrap(), 2);
        assert_eq!(import_moodle(&app, &hr_of(org), org, &framework_of_two()).await.unwrap(), 0, "the same file again adds nothing");
        let cat = app.catalogue(Some(org)).await.unwrap();
        let own = |key: &str| cat.iter().find(|c| c.key == key).cloned().expect("imported");
        assert_eq!(own("eget-kurs-a").scale, "proficiency", "more than one step is a proficiency");
        assert_eq!(own("eget-kurs-b").scale, "achieved", "one step is achieved or not");
        assert_eq!(own("eget-kurs-a").category, "felles", "an unknown category becomes the shared one");
    }

    #[tokio::test]
    async fn the_framework_to_export_is_the_chosen_organisations_with_shipped_competences_whole() {
        let app = App::new(saman_store::testing::fresh_db().await);
        let first = app.db.orgs().create_organisation(None, "Askøy kommune", OrgKind::Municipality, None).await.unwrap();
        let second = app.db.orgs().create_organisation(None, "Bømlo kommune", OrgKind::Municipality, None).await.unwrap();
        add(&app, &hr_of(second), second, &draft()).await.unwrap();
        // An own competence whose key a later release came to ship goes out as the organisation made it.
        let sql = format!(
            "INSERT INTO competences (organisation_id, key, kind, category, scale, name_nb, name_nn, name_en, position_codes, created_at) \
             VALUES ({}, 'autorisasjon-lege', 'course', 'felles', 'achieved', 'Eget legekurs', 'Eige legekurs', 'Own course', '', 0)",
            second.0
        );
        saman_store::testing::run_sql(&app.db, &sql).await.unwrap();
        app.catalogues.invalidate(second);
        let root = Actor::system("test");
        let (org, cat) = framework(&app, &root, Some(second)).await.unwrap();
        assert_eq!(org.map(|o| o.id), Some(second));
        assert_eq!(cat.competences.len(), app.catalogue(Some(second)).await.unwrap().len());
        let shipped = default_catalogue_ref().competence("autorisasjon-sykepleier").unwrap();
        assert_eq!(cat.competence("autorisasjon-sykepleier"), Some(shipped), "a shipped competence goes out as shipped");
        let own = cat.competences.iter().find(|c| c.key == format!("velferdsteknologi-{}", second.0)).expect("the organisation's own");
        assert_eq!(own.name.get(Lang::En), "Welfare technology");
        let named = |n: &str| cat.competences.iter().filter(|c| c.key == "autorisasjon-lege").any(|c| c.name.get(Lang::Nb) == n);
        assert!(named("Eget legekurs") && named(default_catalogue_ref().competence("autorisasjon-lege").unwrap().name.get(Lang::Nb)));
        let (org, _) = framework(&app, &root, None).await.unwrap();
        assert_eq!(org.map(|o| o.id), Some(first), "without a choice, the first the actor sees");
    }

    #[test]
    fn a_skill_is_rated_on_the_proficiency_scale_and_keyed_by_name_and_organisation() {
        let c = check(OrgId(7), &draft()).unwrap();
        assert_eq!(c.key, "velferdsteknologi-7");
        assert_eq!(c.scale, "proficiency");
        assert_eq!(c.validity_months, None);
        let c = check(OrgId(7), &CompetenceDraft { kind: "authorisation".into(), validity_months: Ok(Some(24)), ..draft() }).unwrap();
        assert_eq!(c.scale, "achieved");
        assert_eq!(c.validity_months, Some(24));
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let d = CompetenceDraft {
            name_en: " ".into(),
            kind: "wizardry".into(),
            category: String::new(),
            validity_months: Ok(Some(601)),
            ..draft()
        };
        assert_eq!(
            fields(check(OrgId(1), &d)),
            vec![
                ("name_en", "err-required"),
                ("kind", "err-bad-choice"),
                ("category", "err-required"),
                ("validity_months", "err-bad-number")
            ]
        );
        assert_eq!(
            fields(check(OrgId(1), &CompetenceDraft { validity_months: Ok(Some(0)), ..draft() })),
            vec![("validity_months", "err-bad-number")]
        );
        assert!(check(OrgId(1), &CompetenceDraft { validity_months: Ok(Some(600)), ..draft() }).is_ok());
        assert!(check(OrgId(1), &CompetenceDraft { validity_months: Ok(Some(1)), ..draft() }).is_ok());
    }
}
