# Learning: activities, cohorts and sessions, enrolment and the waiting list, attendance and completion.
nav-learning = Learning
learning-title = Learning
learning-intro = Courses, e-learning, further education, in-house programmes and learning in practice. Enrol, check in at sessions and follow how far the programmes have come.
learning-mine = My learning
learning-mine-none = You are not enrolled in anything yet. Choose an activity below to enrol.
learning-in-org = Activities in { $org }
learning-none = There are no learning activities here yet. The HR adviser adds them.
learning-none-manage = There are no learning activities yet. Create the first one – or start from one of the twelve handles.
learning-table-caption = Activities with their next session and progress
learning-next = Next session
learning-enrolled = Enrolled
learning-completed = Completed
learning-progress = Progress
learning-waiting-short = waiting
progress-of-target = { $count } of { $total } completed
progress-enrolled-of-target = { $count } of { $total } enrolled
progress-of-enrolled = { $count } of { $total } enrolled have completed
progress-by-unit = Enrolled and completed per unit
activity-new = New learning activity
activity-create = Save the activity
activity-grants-help = When someone completes, this competence is added to their profile, with an expiry date where the competence has a validity period.
activity-grants-none = No competence
activity-approval = Approval
activity-approval-yes = Enrolment must be approved by the line manager
handles-start-from = Start from one of the twelve handles
handles-intro = Learning in practice: choose a handle and the title and description are filled in. You can change the text before saving.
handle-none = Not a handle
field-kind = Kind
field-handle = Handle on the learning environment
field-title = Title
field-description = Description
field-link = Link (e.g. to KS Læring)
field-grants = Grants competence
field-rule = Completed when
field-min-sessions = Sessions required
field-needs-approval = The leader must approve enrolment
field-target = Target group (number of people)
field-credits = Credits
field-cohort-name = Name of the cohort
field-capacity = Places
field-facilitator = Facilitator
field-starts = Starts
field-ends = Ends
field-place = Place
field-unit = Unit
field-checkin-code = Check-in code
facilitator-none = No facilitator yet
rule-all = Attended every session
rule-min = { $count ->
    [one] Attended at least one session
   *[other] Attended at least { $count } sessions
}
rule-min-choice = Attended a number of sessions
rule-passed = Passed (marked by the facilitator)
activity-kind-course = Course
activity-kind-elearning = E-learning
activity-kind-further-education = Further education
activity-kind-in-house = In-house programme
activity-kind-joint-training = Joint training across roles
activity-kind-network-gathering = Network gathering
activity-kind-practice = Learning in practice
handle-rotate = Swap jobs, rotate, visit
handle-rotate-text = Shadow, rotate or visit another unit or employer to see how they solve the same tasks.
handle-colleague = Learn from the colleague beside you
handle-colleague-text = Set aside time to watch how a colleague does the task, and show them how you do it.
handle-new-hires = Learn from new hires
handle-new-hires-text = Ask new hires what they see with fresh eyes, and what they bring from their education and earlier jobs.
handle-mentoring = Use mentoring
handle-mentoring-text = Pair experienced and new staff with regular conversations and goals for the first year.
handle-coaching = Coach each other
handle-coaching-text = Colleagues coach each other in pairs or small groups, with open questions about their own practice.
handle-sparring = Introduce collegial sparring and feedback
handle-sparring-text = Regular rounds where colleagues give each other concrete feedback on their work.
handle-meetings = Hold better meetings
handle-meetings-text = Make the staff meeting a place for learning: a case from practice, reflection, and what we will do differently.
handle-ideas = Create idea environments
handle-ideas-text = Room and time to share ideas for improvement, and a way to follow them up.
handle-space = Learning in the physical space
handle-space-text = Arrange the workplace so it is easy to meet, see each other work, and share.
handle-campus = Campus as a learning environment
handle-campus-text = Work with universities, vocational colleges and hospitals: students, placements and teaching at the workplace.
handle-users = Learn and create with users
handle-users-text = Invite users and relatives to give feedback and develop the service together with you.
handle-transfer = Strategic effect and transfer of courses
handle-transfer-text = Agree before the course what should change in practice, and follow up afterwards whether it is used.
cohorts = Cohorts and sessions
cohorts-none = There are no cohorts to enrol in yet.
cohorts-none-manage = Add a cohort with places and sessions, and people can enrol.
cohort-add = Add a cohort
cohort-places = { $count } of { $total } places taken
cohort-waiting = { $count ->
    [one] One on the waiting list
   *[other] { $formatted } on the waiting list
}
cohort-complete = Mark completed everyone in { $name } who meets the rule
sessions-none = No sessions have been added yet.
session-add = Add a session
session-calendar = Add to calendar
session-run = Attendance and code
participants = Participants
participants-hidden = { $count ->
    [one] One more participant you do not see
   *[other] { $formatted } more participants you do not see
}
col-status = Status
col-attended = Attended
status-pending = Awaiting approval
status-enrolled = Enrolled
status-waiting = On the waiting list
status-cancelled = Cancelled
status-completed = Completed
enrol-me = Enrol me in { $name }
enrol-ask = Ask for a place in { $name }
enrol-yours = You are in: { $status }.
enrol-cancel = Cancel my place
enrol-cancel-for = Cancel { $name }
enrol-cancel-confirm = Cancel this place? A free place goes to the first on the waiting list.
enrol-approve = Approve { $name }
enrol-group = Enrol a whole unit or position code
enrol-group-help = Everyone with a position in the unit (and the units below it), or only those with the position code. Free places are filled first; the rest go on the waiting list.
enrol-group-submit = Enrol
enrol-whole-org = The whole organisation
notice-enrolled = { $count ->
    [one] One enrolled.
   *[other] { $formatted } enrolled.
}
notice-waiting = { $count ->
    [0] {""}
    [one] One on the waiting list.
   *[other] { $formatted } on the waiting list.
}
notice-pending = { $count ->
    [0] {""}
    [one] One awaits the leader's approval.
   *[other] { $formatted } await the leader's approval.
}
notice-already = { $count ->
    [0] {""}
    [one] One was already in.
   *[other] { $formatted } were already in.
}
notice-completed = { $count ->
    [one] One has completed and been given the competence.
   *[other] { $formatted } have completed and been given the competence.
}
notice-unmet = { $count ->
    [0] {""}
    [one] One does not meet the rule yet.
   *[other] { $formatted } do not meet the rule yet.
}
checkin = Check in
checkin-done = You are checked in to { $title }.
checkin-code-heading = Check-in code
checkin-code-help = Show the code in the room. Participants type it under Learning to check in.
attendance = Attendance
attendance-present = Present
attendance-save = Save attendance
attendance-nobody = Nobody is enrolled in this cohort yet.
attendance-enrol-first = Enrol participants
attendance-not-yet = The session has not started. Attendance can be marked once it has begun.
standing = Completion rule
standing-caption = Where each participant stands
standing-meets = Meets the rule
unmet-ahead = { $count ->
    [one] One session to go
   *[other] { $formatted } sessions to go
}
unmet-attended = Attended { $count } of the { $total } required
unmet-not-passed = Not marked as passed
passed = Passed
passed-mark = Mark { $name } as passed
passed-undo = Remove passed for { $name }
complete-ready = { $count ->
    [0] Nobody meets the rule yet
    [one] Mark completed for one who meets the rule
   *[other] Mark completed for { $formatted } who meet the rule
}
err-already-enrolled = You are already enrolled in this cohort.
err-not-pending = The enrolment is not awaiting approval.
err-already-cancelled = The enrolment is already cancelled.
err-already-completed = The participant has already completed.
err-session-not-held = The session has not started yet, so attendance cannot be marked.
err-not-enrolled = The person has no place in this cohort.
err-ends-before-starts = The end must be after the start.
err-nobody-there = Nobody holds a position there with that choice.
err-bad-link = The link must begin with https:// or http://.
err-checkin-code = No session with that code among the cohorts you are in.
err-checkin-closed = Check-in is open from a quarter of an hour before the session starts until an hour after it ends.
err-rule-not-met = Not everyone named meets the rule for completion.
participants-count = { $count ->
    [one] Participants (1)
   *[other] Participants ({ $formatted })
}
progress-over-time = Completed over time (running total per month)
progress-over-time-table = Completed over time as a table
col-month = Month
col-completed-month = Completed that month
col-completed-total = Completed in all
calendar-feed = Calendar
calendar-feed-help = Subscribe to your sessions in your own calendar (Outlook, Google, iPhone). The address is secret and yours alone.
calendar-feed-exists = You have a calendar address. Make a new one if the old one has gone astray – the old one then stops working.
calendar-feed-make = Make a calendar address
calendar-feed-renew = Make a new calendar address
calendar-feed-made = Add this address as a subscription in your calendar. It is shown only now; make a new one if you lose it.
notes-title = Practice notes
notes-intro = Short notes of what you learnt – from a colleague, a new hire, users or a course – shared with those you choose. Search to find what others have learnt.
note-add = Write a note
field-note = What did you learn, and what do you do differently now?
note-help = A few sentences will do. Do not write personal details about service users.
field-note-source = Learnt from
field-note-visibility = Who can see the note
note-save = Save the note
notes-search = Search the notes
notes-none = No notes yet. Share the first!
notes-no-match = No notes match the search.
note-delete = Delete the note
note-delete-confirm = Delete this note?
note-source-colleague = A colleague
note-source-new-hire = A new hire
note-source-users = Users and relatives
note-source-course = A course
note-source-other = Other
notes-count = { $count ->
    [one] One note
   *[other] { $formatted } notes
}
learning-notes-link = Practice notes
follow-ups = Follow-up: is it used?
follow-ups-intro = Some weeks after completing, you and your leader are asked whether what you learnt is used in practice. Answers are only shown together.
follow-up-goal = What you agreed
follow-up-used = Is what you learnt used in practice?
used-yes = Yes
used-partly = Partly
used-no = No
follow-up-hinders = What hinders its use? (optional)
follow-up-send = Send the answer
field-transfer-goal = What should change in practice?
transfer-goal-help = Write what you and your leader agree should be different after the course. You will both be asked about it later.
transfer-goal-save = Save the goal
transfer-results = Is it used in practice?
transfer-results-caption = Share of yes (dark), partly (light) and no (red) in the answers from participants and leaders
transfer-hinders = What hinders
col-respondent = Answered by
respondent-participant = Participants
respondent-leader = Leaders
field-follow-up-days = Days from completion to follow-up
err-follow-up-not-due = The follow-up is not due yet.
err-already-answered = You have already answered this follow-up.
mail-signature = Regards, Saman – competence and collaboration. You receive this e-mail because it concerns something you take part in.
mail-enrolled-subject = You have a place: { $activity }
mail-enrolled-body = You have a place in { $activity } ({ $cohort }). Next session: { $next }. See the details and add the sessions to your calendar under Learning in Saman.
mail-waiting-subject = You are on the waiting list: { $activity }
mail-waiting-body = The cohort { $cohort } of { $activity } is full, so you are on the waiting list. You will get an e-mail as soon as a place is free.
mail-pending-subject = Your enrolment awaits approval: { $activity }
mail-pending-body = You asked for a place in { $activity } ({ $cohort }). Your leader must approve it; you will get an e-mail when that is done.
mail-reminder-subject = Reminder: { $activity } tomorrow
mail-reminder-body = Remember the session of { $activity } ({ $cohort }): { $next }. Check in with the code shown in the room.
mail-follow-up-subject = Follow-up: is { $activity } used in practice?
mail-follow-up-body = It is a while since you completed { $activity }. Answer two short questions under Learning in Saman: is what you learnt used, and what hinders it?
mail-follow-up-leader-body = { $name } completed { $activity } a while ago. Answer two short questions under Learning in Saman: is what was learnt used, and what hinders it?
outbox-title = E-mail
outbox-counts = Waiting: { $pending } · sent: { $sent } · given up: { $failed }
outbox-failed = E-mail that could not be sent
col-recipient = Recipient
col-subject = Subject
col-attempts = Attempts
col-error = Error
not-started = Not started
activity-edit = Edit the activity
session-delete = Delete the session { $when }
session-delete-confirm = Delete this session? Attendance marked for it is deleted too.
unmet-no-sessions = The cohort has no sessions yet
mail-no-session = not set yet
cohort-facilitators = Facilitators
facilitator-add = Add a facilitator
facilitator-remove = Remove { $name } as facilitator
mail-open = Open in Saman
follow-ups-people = { $count ->
    [one] Follow-up for one of your people
   *[other] Follow-ups for { $formatted } of your people
}
chart-target = Target: { $target }
