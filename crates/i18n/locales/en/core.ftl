## Layout
skip-to-content = Skip to main content
language = Language
language-choose = Change language
signout = Sign out
nav-label = Main menu
footer-accessibility = Accessibility statement
footer-api = API (OpenAPI)
breadcrumbs = Breadcrumbs
back-home = Back to the front page
choose = Choose …
search = Search
never = Never
form-has-errors = The form has errors to correct
pager = Pages
pager-previous = Previous page
pager-next = Next page
pager-page = Page { $page }

## Navigation
nav-home = Overview
nav-my-profile = My profile
nav-organisations = Organisations
nav-networks = Networks
nav-import = Import
nav-audit = Change log
nav-admin = Users
nav-account = My account

## Sign-in
signin-title = Sign in
signin-intro = Sign in with the username and password your organisation gave you.
signin = Sign in
signin-missing = Enter both username and password.
signin-failed = Wrong username or password.
field-username = Username
field-password = Password
field-new-password = New password
field-display-name = Display name
field-token-name = Name of the token
field-role = Role
field-organisation = Organisation
field-unit-code = Unit code (for leaders)
field-network = Network

## Home
home-title = Overview
home-greeting = Hello, { $name }!
home-intro = Here are the organisations and units you have access to.
home-no-roles = You have no roles yet. Ask an administrator to give you access to your organisation.
home-your-organisations = Your organisations
home-your-units = Your units
home-see-profile = See your profile
people-word = employees

## Kinds and roles
org-kind-municipality = Municipality
org-kind-hospital_trust = Hospital trust
org-kind-university_college = University college
org-kind-private_partner = Private partner
unit-kind-sector = Sector
unit-kind-department = Department
unit-kind-unit = Unit
role-employee = Employee
role-leader = Leader
role-hr = HR adviser
role-coordinator = Network coordinator
role-admin = Administrator

## Columns
col-name = Name
col-kind = Type
col-network = Network
col-people = Employees
col-units = Units
col-unit = Unit
col-title = Position
col-percent = Percent of full time
col-employee-number = Employee number
col-email = E-mail
col-organisation = Organisation
col-birth-year = Birth year
col-position-code = Position code
col-start = From
col-end = To
col-created = Created
col-last-used = Last used
col-actions = Actions
col-roles = Roles
col-when = When
col-who = Who
col-action = Action
col-what = What
col-detail = Details

## Organisations
orgs-title = Organisations
orgs-empty = You do not have access to any organisations yet. Ask an administrator for a role.
org-number = Organisation number
org-see-people = See all employees
org-import = Import from the HR system
org-units = Units
org-no-units = The organisation has no units registered yet.
org-no-units-hr = The organisation has no units yet. Import units, people and positions from the HR system to get started.
networks-title = Networks
networks-intro = The organisations in the networks you coordinate, with their head counts. Individuals are not shown here.
networks-empty = You do not coordinate any networks yet.

## Units
unit-code = Unit code
unit-leader = Leader
unit-no-leader = No leader registered
unit-subunits = Sub-units
unit-people = People in the unit
unit-no-people = Nobody holds a position in this unit now.
unit-people-hidden = The people of a unit are shown to its leaders, HR and those who work there.

## People
people-title = Employees
people-count = { $count ->
    [one] 1 person is registered.
   *[other] { $formatted } people are registered.
}
people-search = Search by name
people-empty = No people are registered yet. Import from the HR system to get started.
people-no-match = Nobody matches the search.
person-own-intro = This is what is stored about you. Tell your leader or HR if anything is wrong.
person-leader-in = Leader of { $unit }
person-positions = Positions
person-past-positions = Earlier positions
person-no-positions = No current positions.

## Account
account-title = My account
account-roles = Your roles
account-language = Language
account-language-help = Choose the language in the menu at the top of the page. Your choice is remembered the next time you sign in.
tokens-title = API tokens
tokens-intro = With a personal API token, other systems can fetch data on your behalf, with the same rights as you.
tokens-created = The token is created. Copy it now – it will not be shown again.
tokens-create = Create token
tokens-empty = You have no API tokens.
tokens-delete = Delete { $name }
tokens-delete-confirm = Delete the token? Systems using it will lose access.

## Administration
admin-users-title = Users
admin-new-user = New user
admin-create-user = Create user
admin-no-grants = The user has no roles.
admin-add-grant = Give role
admin-remove-grant = Remove the role { $role }
admin-set-password = Set a new password
admin-password-saved = The password is changed, and the user is signed out everywhere.

## Audit
audit-title = Change log
audit-intro = Every change to personal data is logged: who, what and when.
audit-empty = No changes are logged yet.

## Accessibility statement
a11y-title = Accessibility statement
a11y-standard = Saman aims to meet WCAG 2.1 at levels A and AA, as the Norwegian regulation on universal design of ICT requires.
a11y-how-title = How we test
a11y-how-axe = Every page is tested automatically with axe-core against WCAG 2.1 A and AA in a real browser, in Bokmål, Nynorsk and English.
a11y-how-keyboard = Sign-in and the main menu are tested with the keyboard alone, with a skip link and visible focus.
a11y-how-nojs = Signing in, browsing the organisation and forms work without JavaScript.
a11y-how-languages = Pages are marked with the right language, and dates and numbers use Norwegian formats.
a11y-feedback-title = Feedback
a11y-feedback = If something does not work for you, tell the administrator in your organisation and we will fix it.

## Import
yes = Yes
no = No
import-title = Import the organisation
import-intro = Upload an export from the HR system with one row per position (CSV or Excel). You see what will be created, changed and ended before anything is stored.
import-refused = The file was not imported. Nothing has changed. Correct this and try again:
import-at-line = Line { $line }
import-at-line-column = Line { $line }, column { $column }
import-choose-organisation = Choose the organisation the file is for.
import-choose-file = Choose a file to import.
import-nothing-to-do = No changes: everything in the file is already registered.
import-file = File from the HR system
import-file-help = CSV separated by semicolons or commas (UTF-8 or Windows-1252), or Excel (.xlsx). Dates as dd.mm.yyyy or yyyy-mm-dd.
import-preview = Show what will change
import-download-template = Download the template (CSV)
import-columns = Columns
import-column = Column
import-required = Required
import-meaning = Contents
import-aliases = Also accepted as
import-preview-title = Check the import
import-preview-intro = This will happen in { $org } when you import
import-summary = Summary
import-created = New
import-changed = Changed
import-ended = Ended
import-leaders = Leaders
import-new-units = New units (the first 20)
import-new-people = New employees (the first 20)
import-ended-warning = Positions not in the file will be ended with today's date.
import-apply = Import now
import-cancel = Cancel
import-done-title = The import is complete
import-done = The organisation { $org } is updated.
import-see-org = See { $org }
import-col-employeenumber = The person's number in the HR system. Recognises the person from one import to the next.
import-col-givenname = Given name.
import-col-familyname = Family name.
import-col-email = Work e-mail. Left empty, the stored address is kept.
import-col-birthyear = Birth year (1968) or date of birth, of which only the year is kept. Used for age statistics.
import-col-unitcode = The unit's code in the HR system. Recognises the unit from one import to the next.
import-col-unitname = The unit's name. Must be the same on every line with the same unit code.
import-col-parentunitcode = Code of the unit above. Empty for top-level units. Must be in the file or already in Saman.
import-col-unitkind = sektor, avdeling or enhet (sector, department, unit). Empty means unit.
import-col-title = Position title, e.g. Sykepleier (nurse).
import-col-positioncode = The position code (e.g. the four-digit KS code). Left empty, the stored code is kept.
import-col-percent = Percent of full time, over 0 and at most 100. 80, 80,5 and 80 % are accepted.
import-col-startdate = First day in the position: dd.mm.yyyy or yyyy-mm-dd.
import-col-enddate = Last day in the position, empty if permanent: dd.mm.yyyy or yyyy-mm-dd.
import-col-leader = ja if the person leads the unit (at most one leader per unit), otherwise nei or empty.
import-col-positionid = The HR system's key for the position. Without it, a position is recognised by employee number and unit code.
import-col-leadernumber = The employee number of the person's nearest leader. The one most rows of a unit name becomes the unit's leader; rows naming someone else are shown in the preview.
import-leader-warnings = Some rows name a different nearest leader than the one their unit gets. Check them before importing:
import-leader-warning = Line { $line }: names { $named } as nearest leader, but unit { $unit } gets { $chosen } as its leader.
import-more-warnings = … and { $formatted } more rows.
import-scope = What does the file cover?
import-scope-whole = The whole organisation: positions not in the file end
import-scope-file-units = Only the units in the file and those below them: the rest of the organisation stays as it is
import-scope-whole-chosen = The file is read as the whole organisation.
import-scope-file-units-chosen = The file is read as only the units it names and those below them. Positions elsewhere are not touched.
import-ended-where = Where positions end:
import-ended-count = { $count ->
    [one] one position
   *[other] { $formatted } positions
}

## Audit actions and entities
audit-action-signin = Signed in
audit-action-create = Created
audit-action-update = Changed
audit-action-grant = Gave role
audit-action-revoke = Removed role
audit-action-set-password = Set password
audit-action-delete = Deleted
audit-action-import = Imported
audit-action-demo = Made demo data
audit-entity-unit = Unit
audit-entity-person = Person
audit-entity-position = Position
audit-entity-user = User
audit-entity-api_token = API token
audit-entity-organisation = Organisation
audit-entity-network = Network

## Home shortcuts
home-shortcuts = Shortcuts
home-people-of = Employees of { $org }
home-import-into = Import people and units into { $org }
home-manage-users = Manage users and roles
home-api-tokens = Create an API token for integrations

## Linking accounts to people
admin-person = Link to an employee
admin-person-linked = The account belongs to
admin-person-none = The account is not linked to an employee. Link it, and the user sees their own profile.
admin-person-link = Link
err-unknown-person = No employee has that number in the organisation.
audit-action-link-person = Linked to employee
admin-person-unlink = Remove the link


# The mapping step: which column of a file holds what.
import-field-employee_number = Employee number
import-field-given_name = Given name
import-field-family_name = Family name
import-field-email = E-mail
import-field-birth_year = Birth year or date of birth
import-field-unit_code = Unit code
import-field-unit_name = Unit name
import-field-parent_unit_code = Parent unit code
import-field-unit_kind = Unit kind
import-field-title = Job title
import-field-position_code = Position code
import-field-percent = Position percentage
import-field-start_date = Start date
import-field-end_date = End date
import-field-leader = Leads the unit (yes/no)
import-field-position_id = Position number
import-field-leader_number = Nearest leader's employee number
import-mapping-title = Which column is which?
import-mapping-intro = Saman did not recognise every column in { $file }. Choose what each column holds. The first rows of the file are shown to help you.
import-mapping-not-imported = Not imported
import-mapping-required = Required fields
import-mapping-required-help = Fields marked * must be chosen for one column each.
import-mapping-file-column = Column in the file
import-mapping-first-rows = First rows
import-mapping-field = Saman field
import-mapping-found = chosen
import-mapping-missing = not chosen yet
import-mapping-save-as = Save the mapping for the next import as (optional)
import-mapping-save-as-help = The next file with the same columns is then read the same way, in the web interface and with saman import org --mapping NAME.
import-mapping-continue = Continue to the preview
import-mapping-start-from = Start from a saved mapping:
import-mapping-refused = The file cannot be read this way
import-mapping-used = The columns were read with your mapping.
import-mapping-used-named = The columns were read with the saved mapping “{ $name }”.
import-mapping-change = Change which column is which
import-mapping-saved = Saved column mappings
import-mapping-saved-help = A file with exactly the same columns as a saved mapping is read with it automatically.
import-mapping-updated = Changed { $date } by { $who }
import-mapping-delete = Delete
import-mapping-deleted = The mapping “{ $name }” was deleted.
import-mapping-choose = Column mapping
import-mapping-automatic = Recognise the columns by their names
