## Mobility: hospitation, rotation, job swap, trial, visit, mentoring, peer coaching
nav-mobility = Job shadowing
mobility-title = Job shadowing, rotation and mentoring
mobility-intro = Use the competence already there: shadow colleagues in another unit, at the hospital or in the neighbour municipality, try a rotation or a job swap, or find a mentor. Pay and terms stay with your own employer.
mobility-offer = Offer job shadowing or more
mobility-request = Ask for job shadowing or more
mobility-offer-intro = Offer places for job shadowing, rotation, job swap, a trial arrangement, a visit, mentoring or peer coaching. Choose who may see it and apply.
mobility-request-intro = Say what you want to learn and where. Your leader approves first; then a unit willing to take you in can answer.
mobility-request-help = What do you want to learn, and where would you like to be? Your leader and those who could take you in see this.
mobility-description-help = What will the person coming see and learn? Who is it for?
mobility-offer-save = Publish the offer
mobility-request-send = Send the wish to your leader
mobility-kind-hospitation = Job shadowing
mobility-kind-rotation = Job rotation
mobility-kind-job-swap = Job swap
mobility-kind-trial = Trial arrangement
mobility-kind-visit = Visit
mobility-kind-mentoring = Mentoring
mobility-kind-peer-coaching = Peer coaching
mobility-all-kinds = All kinds
mobility-stage-applied = Waiting for the leader
mobility-stage-approved = Waiting for the host
mobility-stage-agreed = Agreed
mobility-stage-completed = Completed
mobility-stage-declined = Declined
mobility-stage-withdrawn = Withdrawn
mobility-stage = Status
mobility-steps = Steps
mobility-side-participant = The participant's evaluation
mobility-side-host = The host's evaluation
mobility-refused-wrong-stage = This cannot be done at the step the application is at now.
mobility-refused-not-started = The evaluation can be given once the period has begun.
mobility-refused-overlaps = The person already has an agreement overlapping these dates.
mobility-refused-full = All places are taken in this period. Choose other dates.
mobility-refused-already-applied = You already have an application on its way for this offer.
mobility-refused-not-open-to-you = This offer is not open to your position.
mobility-refused-own-opportunity = You cannot apply for your own offer.
mobility-refused-closed = The offer is not taking applications now.
mobility-refused-already-evaluated = This side has already evaluated.
mobility-todo = Waiting for you
mobility-todo-approve = approve or decline
mobility-todo-accept = answer and make the agreement
mobility-todo-evaluate = evaluate
mobility-mine = My applications and agreements
mobility-mine-none = You have no applications yet. Find an offer below, or ask for what you want.
mobility-offers = Offers
mobility-requests = Wishes from employees
mobility-requests-intro = Employees who want to shadow or rotate, approved by their leader. Can your unit take one in?
mobility-none = No offers yet. Offer job shadowing from your unit, and colleagues across the network find it here.
mobility-no-match = No offer matches the search.
mobility-closed = Closed
mobility-full = full
mobility-places = { $count ->
    [one] one place
   *[other] { $formatted } places
}
mobility-by-agreement = by agreement
mobility-host-me = Myself (I offer it)
field-mobility-kind = Kind
field-mobility-host = Offered by
field-mobility-reach = Who may see and apply
field-mobility-weeks = Fixed weeks
field-mobility-host-unit = The unit taking the person in
field-places = Places at the same time
field-percent = Percent of full time
field-year = Year
field-starts-on = From
field-ends-on = To
field-open-to = Open to position codes
field-period = Period
field-motivation = Why do you want this?
field-goals = Learning goals
field-tasks = Tasks
field-contact = Contact person
field-terms-note = Note on pay and terms (optional)
field-reflection = New reflection
field-rating = How useful was it?
field-learnt = What did you learn, and what do you take back with you?
field-learnt-host = What did you get out of it, and what did the participant learn?
field-improve = What could have been better?
err-bad-weeks = Write week numbers (1–53) separated by commas, e.g. 12, 22, 45-46.
err-ends-before-start = The end date cannot be before the start date.
mobility-when = When
mobility-when-help = Fixed weeks (such as weeks 12, 22 and 45), one period with dates, or neither when dates are agreed case by case.
mobility-weeks-help = Monday to Friday of each week.
mobility-open-to-help = Leave empty to open it to everyone. Otherwise position codes separated by commas.
mobility-builds = Competence it builds
mobility-offered-by = Offered by
mobility-asked-by = Asked for by
mobility-apply = Apply
mobility-apply-intro = Your application goes to your leader first. Once your leader approves, the host answers and you make an agreement.
mobility-propose-dates = Propose dates (optional) – the final dates are in the agreement.
mobility-motivation-help = What do you want to learn, and how can it benefit your workplace?
mobility-apply-send = Send the application
mobility-applications = Applications
mobility-applications-none = No applications yet.
mobility-close = Close to new applications
mobility-reopen = Open to applications again
mobility-person = Person
mobility-dates = Dates
mobility-home = Employer
mobility-host = Host
mobility-no-host-yet = None yet – waiting for a unit willing to take the person in
mobility-working-days = { $count ->
    [one] one working day
   *[other] { $formatted } working days
}
mobility-approved-by = Approved by the leader
mobility-terms-stay = Pay and terms stay with the employer.
mobility-decline-reason = Reason
mobility-approve-heading = Approve the application
mobility-approve-intro = When you approve, pay and terms stay with you while the person is away. The host answers next.
mobility-approve = Approve
mobility-decline = Decline
mobility-accept-heading = Take the person in and make the agreement
mobility-take-up-heading = Take the person in at your unit
mobility-accept-intro = The agreement sets dates, learning goals, tasks and a contact person with you. The participant and their leader are told.
mobility-tasks-help = The tasks appear on the attestation.
mobility-accept = Accept and make the agreement
mobility-log = Reflection log
mobility-log-intro = Only the participant and the contact person see the log.
mobility-log-none = Nothing written yet.
mobility-log-add = Save in the log
mobility-evaluations = Evaluations
mobility-evaluate = Evaluate
mobility-evaluate-participant = How did it go? Once both sides have evaluated, the placement is completed and the competence goes into your profile.
mobility-evaluate-host = How did it go for you? Once both sides have evaluated, the placement is completed.
mobility-evaluate-later = The evaluation opens when the period begins.
mobility-evaluate-send = Send the evaluation
mobility-rating-1 = Of little use
mobility-rating-2 = Somewhat useful
mobility-rating-3 = Useful
mobility-rating-4 = Very useful
mobility-rating-5 = Very useful – recommended
mobility-rating-of = { $count } of { $total }
mobility-withdraw = Withdraw the application
mobility-withdraw-confirm = Withdraw the application? The leader and the host are told.
mobility-attestation = Attestation
mobility-attestation-text = This confirms that { $name } has completed the arrangement below.
mobility-attestation-not-yet = The attestation can be printed once both sides have evaluated.
mobility-back-to-placement = Back to the agreement
mobility-completed-on = Completed
mobility-signature = Place, date and signature for the host: ______________________________
print = Print
flows-title = Competence lent out and received
flows-intro = Who from your units has been elsewhere, and whom you have taken in – in working days. Sharing goes both ways.
flows-between-orgs = Between the organisations of the network
flows-matrix-help = Rows are the employer, columns the host. Darker cells mean more people.
flows-matrix-caption = People and working days from employer (row) to host (column)
flows-from-to = From ↓ / to →
flows-people = { $count ->
    [one] one person
   *[other] { $formatted } people
}
flows-lent = Lent out
flows-received = Received
flows-lent-days = { $count ->
    [one] one working day lent out
   *[other] { $formatted } working days lent out
}
flows-received-days = { $count ->
    [one] one working day received
   *[other] { $formatted } working days received
}
flows-nobody = Nobody yet.
flows-none = No agreements yet. When someone shadows or rotates, it shows here.
flows-other-side = At / from
flows-days = Working days
mail-placement-applied-subject = Application to approve: { $title }
mail-placement-applied-body = { $person } applies for { $title }. Approve or decline in Saman. Pay and terms stay with you.
mail-placement-approved-subject = Approved by the leader: { $title }
mail-placement-approved-body = The application from { $person } for { $title } is approved by their leader. The host answers next and makes the agreement.
mail-placement-declined-subject = Application declined: { $title }
mail-placement-declined-body = The application for { $title } was declined. See the reason in Saman.
mail-placement-withdrawn-subject = Application withdrawn: { $title }
mail-placement-withdrawn-body = { $person } has withdrawn the application for { $title }.
mail-placement-agreed-subject = Agreed: { $title } { $dates }
mail-placement-agreed-body = { $person } is agreed for { $title } { $dates }. Learning goals, tasks and the contact person are in the agreement in Saman.
mail-placement-completed-subject = Completed: { $title }
mail-placement-completed-body = { $title } is completed and evaluated by both sides. The attestation can be printed from Saman.
field-terms = Pay and terms stay with us while the person is away
mobility-err-terms = Confirm that pay and terms stay with you.
mobility-offer-nowhere = You can offer from units you lead, or as HR in the organisation. You can also offer something yourself when your user is linked to a person.
mobility-week = Week { $week }
mobility-weeks = Weeks { $weeks }
## Mentoring programmes
mentoring-title = Mentoring and peer coaching
mentoring-link = Mentoring and peer coaching
mentoring-intro = Programmes such as "first year as a nurse" or "new leaders": mentors with capacity, mentees with goals, and an optimal pairing – across units and professions. Each pair sees why they were matched.
mentoring-new = New programme
mentoring-new-intro = Name the programme and set its rules. Participants sign up themselves; then you match the pairs.
mentoring-create = Create the programme
mentoring-my-pairs = My pairs
mentoring-programmes = Programmes
mentoring-none = No programmes yet.
mentoring-none-create = No programmes yet. Create one, and employees can sign up as mentor or mentee.
mentoring-mentors = { $count ->
    [one] one mentor
   *[other] { $formatted } mentors
}
mentoring-mentees = { $count ->
    [one] one mentee
   *[other] { $formatted } mentees
}
mentoring-kind-mentoring = Mentoring scheme
mentoring-kind-peer-coaching = Peer coaching
field-mentoring-kind = Kind of programme
field-across-units = Across units
field-across-professions = Across professions
mentoring-across-any = does not matter
mentoring-across-preferred = preferred
mentoring-across-required = required
mentoring-rule-units = Across units: { $rule }
mentoring-rule-professions = across professions: { $rule }
mentoring-never-leader = Nobody gets their own leader as mentor.
mentoring-join = Sign up
mentoring-join-send = Sign me up
mentoring-joined-as = You take part as { $role }.
field-mentoring-role = I want to be
mentoring-as-mentee = mentee – I want a mentor
mentoring-as-mentor = mentor – I want to share what I know
field-mentoring-capacity = How many mentees you can take (mentor)
field-mentoring-goals = Goals
mentoring-goals-help = What do you want to learn or share? Shared goals count when pairs are matched.
mentoring-competences = Competence you want (mentee) or can share (mentor)
mentoring-role-mentor = Mentor
mentoring-role-mentee = Mentee
mentoring-participants = Participants
mentoring-participants-none = Nobody has signed up yet. Share the link to the programme.
mentoring-paired = Pairs
mentoring-match = Match the pairs
mentoring-rematch = Match again
mentoring-match-help = Locked and accepted pairs stay. Declined or forbidden pairs are not proposed again.
mentoring-pairs = Pairs
mentoring-pairs-none = No pairs yet.
mentoring-unmatched = Without a pair yet: { $list }. No allowed mentor has room.
mentoring-fit = How well they fit
mentoring-why = Why you fit together:
mentoring-why-complements = The mentor knows what the mentee wants to learn: { $list }
mentoring-why-goals = Shared goals: { $list }
mentoring-why-units = Across units
mentoring-why-professions = Across professions
mentoring-why-organisations = Across organisations
mentoring-pair-proposed = Proposed
mentoring-pair-accepted = Accepted
mentoring-pair-declined = Declined
mentoring-pair-locked = Locked by the coordinator
mentoring-accept = Accept
mentoring-decline = Decline
mentoring-decline-confirm = Decline the pair? You get a new proposal if there is one.
mentoring-rules-heading = Lock or forbid a pair
mentoring-rules-help = A locked pair stays when pairs are matched again. A forbidden pair is never proposed.
mentoring-rule = Rule
mentoring-rule-lock = Lock the pair
mentoring-rule-forbid = Forbid the pair
mentoring-rule-save = Save the rule
mentoring-refused-full = The mentor has no room for more.
mentoring-refused-not-allowed = The rules do not allow this pair (for instance one's own leader, or the same unit when across is required).
mentoring-refused-joined = You already take part in the programme.
mentoring-refused-answered = The pair has already been answered.
mail-pair-proposed-subject = Proposed mentoring pair: { $title }
mail-pair-proposed-body = You are proposed in a pair in { $title }. See why you fit together, and accept or decline in Saman.
mentoring-refused-settled = The mentee has already accepted a pair.
mobility-any-week = Any of the weeks
mobility-allocate = Share out the weeks
mobility-allocate-help = Gives the approved applicants a week each: as many as the places allow, in the week they asked for where possible. Then you make the agreements as usual.
mobility-allocated = { $count ->
    [one] One applicant got a week.
   *[other] { $formatted } applicants got a week.
}
mobility-left-out = { $count ->
    [0] Everyone got a place.
    [one] One did not get a place in any of the weeks.
   *[other] { $formatted } did not get a place in any of the weeks.
}
mobility-no-week-yet = no week yet
mentoring-as-coachee = coachee – I want a colleague to think with
mentoring-as-coach = peer coach – I want to coach a colleague
