//! Every message id the code and the templates name literally exists in bokmål, nynorsk and
//! English: a typo in a key fails here instead of showing the raw id to someone.

use regex::Regex;
use saman_domain::Lang;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
            out.push(p);
        }
    }
}

/// The literal message ids in a source text: arguments of the translation helpers, and the
/// message keys use cases give their problems and refusals.
fn keys_in(text: &str) -> Vec<String> {
    let patterns = [
        r#"\.t(?:[12n]|2n)?\(\s*"([a-z0-9][a-z0-9-]*)""#,
        r#"\bt(?:_args)?\(\s*[A-Za-z_.:]+\s*,\s*"([a-z0-9][a-z0-9-]*)""#,
        // A message key as a field; not a competence's key made into a String.
        r#"\bkey:\s*"([a-z0-9][a-z0-9-]*)"\s*[,}]"#,
        r#"\.add\(\s*"[a-z_0-9]+"\s*,\s*"([a-z0-9][a-z0-9-]*)"\s*\)"#,
        r#"\binvalid\(\s*"[a-z_0-9]+"\s*,\s*"([a-z0-9][a-z0-9-]*)"\s*\)"#,
    ];
    let mut out = vec![];
    for p in patterns {
        let re = Regex::new(p).expect("pattern");
        out.extend(re.captures_iter(text).map(|c| c[1].to_string()));
    }
    out
}

#[test]
fn every_literal_message_id_exists_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths = vec![];
    for krate in ["app", "domain", "web", "saman", "import", "catalogue", "store", "mail"] {
        files(&root.join(krate).join("src"), &mut paths);
    }
    assert!(paths.len() > 100, "the sources were found ({} files)", paths.len());
    let mut seen = 0;
    let mut missing = vec![];
    for p in &paths {
        let text = std::fs::read_to_string(p).expect("readable source");
        for key in keys_in(&text) {
            seen += 1;
            for lang in [Lang::Nb, Lang::Nn, Lang::En] {
                if !saman_i18n::has(lang, &key) {
                    missing.push(format!("{} names «{key}», missing in {lang:?}", p.strip_prefix(&root).unwrap_or(p).display()));
                }
            }
        }
    }
    assert!(seen > 500, "message ids were found in the sources ({seen})");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_scanner_finds_each_way_a_key_is_named() {
    let text = r#"ctx.t("nav-home"); ctx.tn("gaps-in-units", &n); t(lang, "err-required"); saman_i18n::t_args(ctx.lang, "outbox-counts", &a);
        Error::Conflict { key: "err-duplicate", field: None }; NewCompetence { key: "hlr".into() }; p.add("kind", "err-bad-choice"); Error::invalid("name", "err-too-long");
        ctx.t(&format!("status-{}", s)); {{ ctx.t1("catalogue-framework-name", "org", name) }}"#;
    assert_eq!(
        keys_in(text),
        [
            "nav-home",
            "gaps-in-units",
            "catalogue-framework-name",
            "err-required",
            "outbox-counts",
            "err-duplicate",
            "err-bad-choice",
            "err-too-long"
        ]
    );
}

#[test]
fn every_message_named_after_a_code_exists_in_every_language() {
    use saman_domain::learning::{ActivityKind, EnrolStatus, HANDLES, Respondent};
    use saman_domain::mentoring::{Across, PairState, ProgrammeKind};
    use saman_domain::mobility::{OpportunityKind, Side, Stage};
    use saman_domain::{OrgKind, Role, UnitKind, experts::Visibility};
    let mut keys: Vec<String> = vec![];
    keys.extend(Role::ALL.iter().map(|x| format!("role-{}", x.code())));
    keys.extend(OrgKind::ALL.iter().map(|x| format!("org-kind-{}", x.code())));
    keys.extend(UnitKind::ALL.iter().map(|x| format!("unit-kind-{}", x.code())));
    keys.extend(Visibility::ALL.iter().flat_map(|x| [format!("visibility-{}", x.code()), format!("visibility-{}-long", x.code())]));
    keys.extend(EnrolStatus::ALL.iter().map(|x| format!("status-{}", x.code())));
    keys.extend(ActivityKind::ALL.iter().map(|x| format!("activity-kind-{}", x.code().replace('_', "-"))));
    keys.extend(HANDLES.iter().flat_map(|h| [format!("handle-{h}"), format!("handle-{h}-text")]));
    keys.extend([Respondent::Participant, Respondent::Leader].iter().map(|x| format!("respondent-{}", x.code())));
    keys.extend(Stage::ALL.iter().map(|x| format!("mobility-stage-{}", x.code())));
    keys.extend(OpportunityKind::ALL.iter().map(|x| x.key().to_string()));
    keys.extend([Side::Participant, Side::Host].iter().map(|x| format!("mobility-side-{}", x.code())));
    keys.extend(PairState::ALL.iter().map(|x| format!("mentoring-pair-{}", x.code())));
    keys.extend(ProgrammeKind::ALL.iter().map(|x| format!("mentoring-kind-{}", x.code().replace('_', "-"))));
    keys.extend(Across::ALL.iter().map(|x| format!("mentoring-across-{}", x.code())));
    let missing: Vec<String> = keys
        .iter()
        .flat_map(|k| [Lang::Nb, Lang::Nn, Lang::En].into_iter().filter(|l| !saman_i18n::has(*l, k)).map(move |l| format!("{k} in {l:?}")))
        .collect();
    assert!(missing.is_empty(), "missing: {}", missing.join(", "));
}
