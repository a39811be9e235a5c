use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const NURSE_EDU: Competence = 1;
const MEDICATION: Competence = 2;
const FIRST_AID: Competence = 3;
const HEALTH_WORKER_EDU: Competence = 4;

/// Sector 1 with care homes 2 and 3.
fn tree() -> Tree {
    Tree::new([(UnitId(1), None), (UnitId(2), Some(UnitId(1))), (UnitId(3), Some(UnitId(1)))])
}

fn pos(unit: i64, person: i64, code: &str) -> Position {
    Position { unit: UnitId(unit), person: PersonId(person), code: Some(code.into()) }
}

fn hold(person: i64, c: Competence, level: i64, expires: Option<&str>) -> Holding {
    Holding { person: PersonId(person), competence: c, level, expires: expires.map(d) }
}

fn run(reqs: &[Requirement], holdings: &[Holding], root: i64) -> Report {
    let t = tree();
    let positions = vec![pos(2, 10, "7174"), pos(2, 11, "7174"), pos(2, 12, "7611"), pos(3, 13, "7174"), pos(3, 14, "7215")];
    let ladder: HashMap<Competence, Rung> = [(NURSE_EDU, Rung::Bachelor), (HEALTH_WORKER_EDU, Rung::Skilled)].into();
    analyse(&Input {
        tree: &t,
        root: Some(UnitId(root)),
        positions: &positions,
        holdings: &HoldingIndex::from_holdings(holdings),
        requirements: reqs,
        ladder: &ladder,
        today: d("2026-11-26"),
        window_days: 90,
    })
}

fn code_req(id: i64, code: &str, c: Competence) -> Requirement {
    Requirement {
        id,
        unit: None,
        position_code: Some(code.into()),
        competence: c,
        min_level: 1,
        mandatory: true,
        min_count: None,
        alternatives: vec![],
    }
}

fn unit_req(id: i64, unit: i64, c: Competence, n: i64, level: i64) -> Requirement {
    Requirement {
        id,
        unit: Some(UnitId(unit)),
        position_code: None,
        competence: c,
        min_level: level,
        mandatory: true,
        min_count: Some(n),
        alternatives: vec![],
    }
}

#[test]
fn position_code_requirements_list_who_lacks_what_and_count_as_dilution() {
    let holdings = [hold(10, NURSE_EDU, 1, None), hold(13, NURSE_EDU, 1, None)];
    let r = run(&[code_req(1, "7174", NURSE_EDU)], &holdings, 1);
    let row = &r.rows[0];
    assert_eq!((row.required, row.covered, row.missing), (3, 2, 1));
    assert_eq!(row.missing_people, vec![PersonId(11)]);
    assert_eq!(r.dilution, vec![Dilution { person: PersonId(11), position_code: "7174".into(), competence: NURSE_EDU }]);
    // Only care home 2 in scope.
    let r = run(&[code_req(1, "7174", NURSE_EDU)], &holdings, 2);
    assert_eq!((r.rows[0].required, r.rows[0].covered), (2, 1));
    assert_eq!(r.people, 3);
    // Care home 3 has no health worker (7611): that requirement does not show there.
    assert!(run(&[code_req(2, "7611", HEALTH_WORKER_EDU)], &holdings, 3).rows.is_empty());
}

#[test]
fn unit_requirements_count_people_at_the_level_and_ignore_expired() {
    let holdings =
        [hold(10, MEDICATION, 2, Some("2027-06-01")), hold(11, MEDICATION, 1, None), hold(12, MEDICATION, 2, Some("2026-01-01"))];
    let r = run(&[unit_req(1, 2, MEDICATION, 2, 2)], &holdings, 1);
    let row = &r.rows[0];
    assert_eq!((row.required, row.covered, row.missing), (2, 1, 1), "level 1 is too low and an expired one does not count");
    // A requirement outside the analysed subtree is not shown.
    assert!(run(&[unit_req(1, 2, MEDICATION, 2, 2)], &holdings, 3).rows.is_empty());
}

#[test]
fn expiring_within_the_window_and_already_expired_are_listed_in_date_order() {
    let holdings = [
        hold(10, FIRST_AID, 1, Some("2027-01-10")),
        hold(11, FIRST_AID, 1, Some("2026-10-01")),
        hold(12, FIRST_AID, 1, Some("2027-12-01")),
        hold(99, FIRST_AID, 1, Some("2026-12-01")),
    ];
    let r = run(&[], &holdings, 1);
    let got: Vec<(i64, bool)> = r.expiring.iter().map(|e| (e.person.0, e.expired)).collect();
    assert_eq!(got, vec![(11, true), (10, false)], "person 99 is outside the scope; 12 is beyond the window");
}

#[test]
fn the_ladder_counts_each_persons_highest_valid_rung() {
    let holdings = [hold(10, NURSE_EDU, 1, None), hold(10, HEALTH_WORKER_EDU, 1, None), hold(12, HEALTH_WORKER_EDU, 1, None)];
    let r = run(&[], &holdings, 1);
    assert_eq!(r.ladder[0].unit, Some(UnitId(1)));
    assert_eq!(r.ladder[0].counts, [3, 1, 0, 1, 0]);
    assert_eq!(r.ladder[1].counts, [1, 1, 0, 1, 0], "care home 2: 11 unskilled, 12 skilled, 10 bachelor");
    assert_eq!(r.ladder[2].counts, [2, 0, 0, 0, 0]);
}

#[test]
fn an_alternative_competence_meets_the_requirement() {
    const OTHER_EDU: Competence = 9;
    let holdings = [hold(10, NURSE_EDU, 1, None), hold(11, OTHER_EDU, 1, None)];
    let plain = run(&[code_req(1, "7174", NURSE_EDU)], &holdings, 1);
    assert_eq!(plain.rows[0].missing_people, vec![PersonId(11), PersonId(13)]);
    let mut either = code_req(1, "7174", NURSE_EDU);
    either.alternatives = vec![OTHER_EDU];
    let r = run(&[either], &holdings, 1);
    assert_eq!(r.rows[0].missing_people, vec![PersonId(13)], "person 11 has the alternative");
    assert_eq!(r.dilution.len(), 1);
    let mut unit = unit_req(2, 2, NURSE_EDU, 2, 1);
    unit.alternatives = vec![OTHER_EDU];
    assert_eq!(run(&[unit], &holdings, 1).rows[0].covered, 2);
}

#[test]
fn the_whole_organisation_covers_every_top_level_unit() {
    // Two top-level units: sector 1 (with care homes 2 and 3) and a separate unit 4.
    let t = Tree::new([(UnitId(1), None), (UnitId(2), Some(UnitId(1))), (UnitId(3), Some(UnitId(1))), (UnitId(4), None)]);
    let positions = vec![pos(2, 10, "7174"), pos(3, 13, "7174"), pos(4, 20, "7174"), pos(4, 10, "7174")];
    let ladder: HashMap<Competence, Rung> = [(NURSE_EDU, Rung::Bachelor)].into();
    let holdings = HoldingIndex::from_holdings(&[hold(10, NURSE_EDU, 1, None)]);
    let reqs = [code_req(1, "7174", NURSE_EDU), unit_req(2, 4, NURSE_EDU, 1, 1)];
    let r = analyse(&Input {
        tree: &t,
        root: None,
        positions: &positions,
        holdings: &holdings,
        requirements: &reqs,
        ladder: &ladder,
        today: d("2026-11-26"),
        window_days: 90,
    });
    assert_eq!(r.people, 3, "person 10 in two units counts once");
    assert_eq!((r.rows[0].required, r.rows[0].covered), (3, 1));
    assert_eq!(r.rows[1].covered, 1, "unit 4's requirement is in scope");
    assert_eq!(r.ladder[0], LadderRow { unit: None, counts: [2, 0, 0, 1, 0] });
    assert_eq!(r.ladder.iter().skip(1).map(|l| l.unit).collect::<Vec<_>>(), [Some(UnitId(1)), Some(UnitId(4))]);
}
