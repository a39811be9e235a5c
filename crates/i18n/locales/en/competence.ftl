## Competence catalogue
nav-competences = Competence
catalogue-title = Competence catalogue
catalogue-intro = The competences { $org } can map: the shared catalogue for municipal services and the organisation's own.
catalogue-search = Search the catalogue
catalogue-all-kinds = All kinds
catalogue-count = Showing { $count } of { $total } competences.
catalogue-no-match = No competence matches the search.
catalogue-own = Own
catalogue-months = { $count ->
    [one] 1 month
   *[other] { $formatted } months
}
catalogue-add = Add your own competence
field-name-nb = Name in Bokmål
field-name-nn = Name in Nynorsk
field-name-en = Name in English
field-validity = Valid for (months)
col-category = Category
col-competence = Competence
col-source = Source
kind-formal_education = Formal education
kind-authorisation = Authorisation and certificate
kind-further_education = Further education
kind-course = Course
kind-skill = Skill
kind-experience = Experience

## Profile
profile-title = Competence
profile-empty = No competence is registered.
profile-empty-edit = No competence is registered yet. Add education, authorisations, courses and experience below.
profile-expired = Expired
profile-expires-soon = Expires soon
profile-verify = Confirm { $name }
profile-delete = Delete { $name }
profile-delete-confirm = Delete this competence from the profile?
profile-add = Add or change a competence
profile-save = Save
profile-level-help = Level 1 is enough for education, authorisations and courses. For skills: 1 basic – 4 expert.
profile-wishes = Wants to develop
profile-no-wishes = No wishes are registered.
profile-wish-add = Add wish
profile-wish-remove = Remove the wish { $name }
field-competence = Competence
field-level = Level
field-obtained-on = Obtained
field-expires-on = Valid until
field-evidence = Evidence (link or text)
field-wish = Competence you want to develop
level-1 = basic / achieved
level-2 = good
level-3 = very good
level-4 = expert
source-self = Self-declared
source-verified = Confirmed
source-imported = Imported
source-earned = Earned in Saman
err-bad-level = That level is not on this competence's scale.
err-expires-before-obtained = The valid-until date cannot be before the date it was obtained.
err-obtained-in-future = The date cannot be in the future.
err-bad-count = Enter a whole number from 1 up.

## Gap analysis
unit-see-gaps = Competence mapping
gaps-title = Competence mapping
gaps-intro = Requirements against the competence the employees hold, for the unit and everything below it.
gaps-people = { $count ->
    [one] 1 person holds a position here.
   *[other] { $formatted } people hold positions here.
}
gaps-export = Download as CSV
gaps-requirements = Requirements and coverage
gaps-no-requirements = No requirements are set for this unit yet.
gaps-no-requirements-edit = No requirements are set for this unit yet. Add what the unit needs below.
gaps-applies-to = Applies to
gaps-applies-unit = The unit { $unit } (number of people)
gaps-applies-code = Every position with a position code
gaps-position-code = position code { $code }
gaps-covered = Have
gaps-required = Need
gaps-missing = Missing
gaps-coverage = Coverage
gaps-desired = Desired
gaps-desired-only = Only desired, not required
gaps-lacking = Lacking this
gaps-delete = Delete the requirement { $name }
gaps-delete-confirm = Delete the requirement?
gaps-add-requirement = Add requirement
field-min-count = Number of people needed
gaps-ladder = From unskilled to skilled
gaps-ladder-intro = The employees' highest completed education, per unit.
rung-unskilled = Unskilled
rung-skilled = Skilled (trade certificate)
rung-higher_vocational = Higher vocational
rung-bachelor = Bachelor
rung-master_specialist = Master/specialist
gaps-expiring = Expiring soon
gaps-window = Time window
gaps-days = { $count ->
    [one] 1 day
   *[other] { $formatted } days
}
gaps-show = Show
gaps-none-expiring = Nothing expires in this period.
gaps-names-hidden = Names are shown to leaders and HR.
gaps-dilution = Dilution of professional competence
gaps-dilution-intro = Positions where the employee lacks the education the position requires.
gaps-no-dilution = No position lacks its required education.
audit-action-save = Saved
audit-action-verify = Confirmed
audit-entity-holding = Competence
audit-entity-requirement = Requirement
audit-entity-competence = Catalogue competence
catalogue-moodle = Download for Moodle (KS Læring)
catalogue-framework-name = Competency framework for { $org }

## Recruitment forecast
forecast-title = Recruitment needs
forecast-intro = Expected departures over the next 1, 3, 5 and 10 years, from age (retirement) and ordinary turnover, per position code. The numbers are expectations for planning, not predictions about anyone.
forecast-assumptions = Assumptions
forecast-field-turnover = Turnover per year (%)
forecast-field-r62 = Retire at 62 (%)
forecast-field-r67 = Retire at 67 (%)
forecast-field-r70 = Retire at 70 (%)
forecast-recalculate = Recalculate
forecast-bad-param = Invalid value for “{ $field }”. The defaults are used.
forecast-leavers = Expected departures
forecast-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}
forecast-per-code = Expected departures per position code (retirements in brackets)
forecast-missing-now = Lacking requirements today
forecast-need-5 = Recruit or develop within 5 years
forecast-no-code = No position code
forecast-legend = “Recruit or develop within 5 years” is those who lack the position code's required competence today, plus expected departures within 5 years, rounded up.
forecast-ages = Age profile
forecast-band-0 = Under 30
forecast-band-1 = 30–39
forecast-band-2 = 40–49
forecast-band-3 = 50–59
forecast-band-4 = 60–64
forecast-band-5 = 65 and over
forecast-unknown-age = Age unknown

# Holdings import
holdings-import-title = Import competence
holdings-import-intro = Upload a file with one row per employee and competence, for example from a course system or an earlier spreadsheet. Each row adds the competence to the person's profile or replaces what is registered for that competence; nothing else is touched. You see the result before anything is stored.
holdings-import-file = File with competence
holdings-import-rows = Rows
holdings-import-replaced = Replace registered competence
holdings-import-sample = The first rows
holdings-import-done = { $count } added and { $total } updated. The profiles now show the competence as imported.
holdings-import-unchanged = { $count ->
    [one] One row said what Saman already held and changed nothing.
   *[other] { $formatted } rows said what Saman already held and changed nothing.
}
holdings-import-progress-title = Importing competence
holdings-import-progress-intro = A large file takes a little while. You can leave this page: the import goes on, and the result is shown here when you come back.
holdings-import-progress-reload = See how far it has come
holdings-import-progress-checked = Rows checked: { $count } of { $total }
holdings-import-progress-stored = Holdings stored: { $count } of { $total }
holdings-import-progress-waiting = Holdings stored: waiting for the check
holdings-import-link = Import competence from a file
holdings-import-col-employee = The employee number, as in the organisation import. The person must belong to the organisation.
holdings-import-col-competence = The competence's key (e.g. legemiddelhandtering) or its name in bokmål, nynorsk or English.
holdings-import-col-level = The level on the competence's scale. Empty means the highest level (for a certificate: achieved).
holdings-import-col-obtained = The date obtained: dd.mm.yyyy or yyyy-mm-dd.
holdings-import-col-expires = The expiry date. Empty: calculated from the competence's validity period, if it has one.
holdings-import-col-evidence = Documentation: a text or a link, at most 500 characters.

# Expert pool
nav-experts = Ask me about
experts-title = Ask me about – the expert pool
experts-intro = Colleagues who have offered to share what they know. Search by subject or competence, and get in touch directly.
experts-search = Search for a subject
experts-any-competence = Any competence
experts-count = { $count ->
    [one] One person found
   *[other] { $formatted } found
}
experts-none = Nobody you can see has offered to share a competence yet.
experts-no-match = No offers match the search. Try fewer or shorter words.
experts-verified = Confirmed by leader
experts-contact = E-mail { $name }
offers-title = Ask me about
offers-empty-self = You have not offered to share any competence. Colleagues can find you in the expert pool if you do.
offers-empty = No offers to share competence.
offers-withdraw = Withdraw the offer on { $name }
offers-add = Offer to share a competence
offers-intro = Colleagues searching the expert pool will find you under this competence. You choose who sees the offer, and you can withdraw it at any time.
offers-save = Save the offer
field-offer-note = What you can help with (optional)
field-visibility = Who can see the offer
visibility-unit = Unit
visibility-org = Organisation
visibility-network = Network
visibility-unit-long = My unit: colleagues where I work, and my leaders
visibility-org-long = My organisation: everyone where I am employed
visibility-network-long = The network: everyone in the collaborating organisations

# Evidence files
file-attach = Attach documentation
field-file = File
file-help = A course certificate, diploma or similar, at most 10 MB. PDF or image is best.
file-upload = Attach the file
file-delete = Delete { $name }
err-file-too-big = The file is larger than 10 MB.

# Holding history
history-title = Change history
history-add = Added
history-update = Changed
history-delete = Deleted
history-verify = Confirmed
history-import = Imported
gaps-export-xlsx = Download as Excel
gaps-kind = Required or desired
gaps-mandatory = Required
gaps-sheet-requirements = Requirements
gaps-sheet-missing = Who lacks what
gaps-sheet-expiring = Expiring
gaps-sheet-ladder = Skill mix
forecast-per-unit = Per unit below (departures, of which retirements)
forecast-export = Download the forecast (CSV)
forecast-group = Position code or unit
forecast-csv-leavers = Departures within { $years } years
forecast-csv-retirements = Retirements within { $years } years

# Moodle competency framework import. Variables: $column, $value.
moodle-import-title = Import a competency framework from Moodle
moodle-import-help = A competency framework exported from Moodle or KS Læring (CSV). New competences are added to the organisation's catalogue; those already in it are left as they are.
moodle-import-file = Framework file (CSV)
moodle-import-submit = Import the framework
moodle-import-done = { $count } competences added; { $total } were already in the catalogue.
moodle-err-encoding = The file is not UTF-8. Export it again from Moodle.
moodle-err-empty-file = The file has no competences.
moodle-err-csv = The file could not be read as CSV ({ $value }).
moodle-err-missing-column = The column “{ $column }” is missing. Export the framework again from Moodle.
moodle-err-field-count = The row has a different number of fields than the header row.
moodle-err-no-framework = The file has no framework row (a row without a parent ID number).
moodle-err-duplicate-framework = The file has more than one framework row.
moodle-err-empty-id-number = The ID number is empty.
moodle-err-invalid-id-number = The ID number “{ $value }” cannot be used.
moodle-err-duplicate-id-number = The ID number “{ $value }” appears more than once.
moodle-err-empty-short-name = The short name is empty.
moodle-err-unknown-parent = No competency has the parent ID number “{ $value }”.
moodle-err-parent-cycle = The competency ends up under itself (via “{ $value }”).
gaps-or = or
field-alternative = Or instead (optional)
gaps-alternative-help = Another competence that meets the requirement just as well, e.g. either teacher education.
gaps-no-alternative = No alternative
org-see-gaps = Competence gaps for the whole organisation
gaps-and-more = { $count ->
    [one] and one more
   *[other] and { $formatted } more
}
gaps-list-more = { $count ->
    [one] One more is not shown. Download the Excel file for the whole list.
   *[other] { $formatted } more are not shown. Download the Excel file for the whole list.
}
experts-showing = { $count ->
    [one] The best match is shown; search to narrow down.
   *[other] The { $formatted } best matches are shown; search to narrow down.
}
gaps-in-units = { $count ->
    [one] one unit (its count)
   *[other] { $formatted } units (their counts summed)
}
gaps-intro-org = Requirements against the competence the employees hold, for the whole organisation. Requirements set on units are summed per competence; open a unit to see it alone.
forecast-age-under = Under { $age }
forecast-age-over = { $age } and over
forecast-other-units = The rest of the unit
forecast-other-codes = Other position codes
forecast-too-few = The unit has too few people for its forecast to be shown.
forecast-hidden = The unit has too few people for its forecast to be shown without revealing individual ages. Figures are shown for groups of at least { $count } people.
forecast-back-to-unit = Back to the unit
forecast-anonymity = Age groups, position codes and units with fewer than { $count } people are merged, so nobody’s age can be read from them.
gaps-sheet-dilution = Dilution
gaps-dilution-lacks = Lacks
