//! View pieces the learning pages share: labels, the follow-ups waiting for the user and the
//! chart of follow-up answers.

use crate::ctx::{Ctx, SignedIn};
use crate::error::AppError;
use crate::state::AppState;
use saman_app::learning;
use saman_app::records::{DueFollowUp, FollowUpResults};
use saman_domain::OrgId;
use saman_domain::learning::{ActivityKind, CompletionRule, Respondent, Used};

/// The activity kind in the user's language.
pub fn kind_label(ctx: &Ctx, k: ActivityKind) -> String {
    ctx.t(&format!("activity-kind-{}", k.code().replace('_', "-")))
}

/// The completion rule in the user's language.
pub fn rule_text(ctx: &Ctx, r: CompletionRule) -> String {
    match r {
        CompletionRule::AllSessions => ctx.t("rule-all"),
        CompletionRule::AtLeast(n) => ctx.tn("rule-min", &i64::from(n)),
        CompletionRule::Passed => ctx.t("rule-passed"),
    }
}

/// A follow-up as the list shows it.
pub struct DueView {
    pub enrolment: i64,
    pub activity: i64,
    pub title: String,
    pub person_name: String,
    pub goal: Option<String>,
}

impl From<DueFollowUp> for DueView {
    fn from(d: DueFollowUp) -> DueView {
        DueView { enrolment: d.enrolment, activity: d.activity, title: d.title, person_name: d.person_name, goal: d.goal }
    }
}

/// Follow-ups waiting for the user: their own, and as a leader those of their people.
pub async fn due_for(state: &AppState, s: &SignedIn, org: OrgId) -> Result<(Vec<DueView>, Vec<DueView>), AppError> {
    let (mine, theirs) = learning::due_for(state, &s.actor(), org).await?;
    Ok((mine.into_iter().map(Into::into).collect(), theirs.into_iter().map(Into::into).collect()))
}

/// One row of the results chart: a respondent's answers as shares of a 300-pixel bar.
pub struct ResultRow {
    pub who: String,
    pub yes: i64,
    pub partly: i64,
    pub no: i64,
    pub w_yes: i64,
    pub w_partly: i64,
    pub w_no: i64,
}

pub fn result_rows(ctx: &Ctx, r: &FollowUpResults) -> Vec<ResultRow> {
    [Respondent::Participant, Respondent::Leader]
        .into_iter()
        .filter_map(|who| {
            let n = |u: Used| r.counts.iter().filter(|(w, x, _)| *w == who && *x == u).map(|(_, _, c)| *c).sum::<i64>();
            let (yes, partly, no) = (n(Used::Yes), n(Used::Partly), n(Used::No));
            let total = yes + partly + no;
            (total > 0).then(|| ResultRow {
                who: ctx.t(&format!("respondent-{}", who.code())),
                yes,
                partly,
                no,
                w_yes: yes * 300 / total,
                w_partly: partly * 300 / total,
                w_no: 300 - yes * 300 / total - partly * 300 / total,
            })
        })
        .collect()
}
