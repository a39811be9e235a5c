## Layout
skip-to-content = Hopp til hovedinnholdet
language = Språk
language-choose = Bytt språk
signout = Logg ut
nav-label = Hovedmeny
footer-accessibility = Tilgjengelighetserklæring
footer-api = API (OpenAPI)
breadcrumbs = Brødsmulesti
back-home = Til forsiden
choose = Velg …
search = Søk
never = Aldri
form-has-errors = Skjemaet har feil som må rettes
pager = Sidevelger
pager-previous = Forrige side
pager-next = Neste side
pager-page = Side { $page }

## Navigation
nav-home = Oversikt
nav-my-profile = Min profil
nav-organisations = Organisasjoner
nav-networks = Nettverk
nav-import = Import
nav-audit = Endringslogg
nav-admin = Brukere
nav-account = Min konto

## Sign-in
signin-title = Logg inn
signin-intro = Logg inn med brukernavnet og passordet du har fått fra virksomheten din.
signin = Logg inn
signin-missing = Fyll inn både brukernavn og passord.
signin-failed = Feil brukernavn eller passord.
field-username = Brukernavn
field-password = Passord
field-new-password = Nytt passord
field-display-name = Visningsnavn
field-token-name = Navn på nøkkelen
field-role = Rolle
field-organisation = Virksomhet
field-unit-code = Enhetskode (for ledere)
field-network = Nettverk

## Home
home-title = Oversikt
home-greeting = Hei, { $name }!
home-intro = Her finner du organisasjonene og enhetene du har tilgang til.
home-no-roles = Du har ingen roller ennå. Be en administrator om å gi deg tilgang til virksomheten din.
home-your-organisations = Dine organisasjoner
home-your-units = Dine enheter
home-see-profile = Se profilen din
people-word = ansatte

## Kinds and roles
org-kind-municipality = Kommune
org-kind-hospital_trust = Helseforetak
org-kind-university_college = Høgskole
org-kind-private_partner = Privat partner
unit-kind-sector = Sektor
unit-kind-department = Avdeling
unit-kind-unit = Enhet
role-employee = Ansatt
role-leader = Leder
role-hr = HR-rådgiver
role-coordinator = Nettverkskoordinator
role-admin = Administrator

## Columns
col-name = Navn
col-kind = Type
col-network = Nettverk
col-people = Ansatte
col-units = Enheter
col-unit = Enhet
col-title = Stilling
col-percent = Stillingsprosent
col-employee-number = Ansattnummer
col-email = E-post
col-organisation = Virksomhet
col-birth-year = Fødselsår
col-position-code = Stillingskode
col-start = Fra
col-end = Til
col-created = Opprettet
col-last-used = Sist brukt
col-actions = Handlinger
col-roles = Roller
col-when = Tidspunkt
col-who = Hvem
col-action = Handling
col-what = Hva
col-detail = Detaljer

## Organisations
orgs-title = Organisasjoner
orgs-empty = Du har ikke tilgang til noen organisasjoner ennå. Be en administrator om en rolle.
org-number = Organisasjonsnummer
org-see-people = Se alle ansatte
org-import = Importer fra HR-systemet
org-units = Enheter
org-no-units = Organisasjonen har ingen enheter registrert ennå.
org-no-units-hr = Organisasjonen har ingen enheter ennå. Importer enheter, ansatte og stillinger fra HR-systemet for å komme i gang.
networks-title = Nettverk
networks-intro = Organisasjonene i nettverkene du koordinerer, med antall ansatte. Enkeltpersoner vises ikke her.
networks-empty = Du koordinerer ingen nettverk ennå.

## Units
unit-code = Enhetskode
unit-leader = Leder
unit-no-leader = Ingen leder registrert
unit-subunits = Underenheter
unit-people = Ansatte i enheten
unit-no-people = Ingen har stilling i denne enheten nå.
unit-people-hidden = Ansatte i enheten vises for ledere, HR og de som jobber her.

## People
people-title = Ansatte
people-count = { $count ->
    [one] 1 person er registrert.
   *[other] { $formatted } personer er registrert.
}
people-search = Søk etter navn
people-empty = Ingen personer er registrert ennå. Importer fra HR-systemet for å komme i gang.
people-no-match = Ingen personer passer søket.
person-own-intro = Dette er det som er lagret om deg. Si fra til lederen din eller HR om noe er feil.
person-leader-in = Leder for { $unit }
person-positions = Stillinger
person-past-positions = Tidligere stillinger
person-no-positions = Ingen nåværende stillinger.

## Account
account-title = Min konto
account-roles = Dine roller
account-language = Språk
account-language-help = Velg språk i menyen øverst på siden. Valget huskes neste gang du logger inn.
tokens-title = API-nøkler
tokens-intro = Med en personlig API-nøkkel kan andre systemer hente data på dine vegne, med de samme rettighetene som du har.
tokens-created = Nøkkelen er laget. Kopier den nå – den vises ikke igjen.
tokens-create = Lag nøkkel
tokens-empty = Du har ingen API-nøkler.
tokens-delete = Slett { $name }
tokens-delete-confirm = Vil du slette nøkkelen? Systemer som bruker den, mister tilgang.

## Administration
admin-users-title = Brukere
admin-new-user = Ny bruker
admin-create-user = Opprett bruker
admin-no-grants = Brukeren har ingen roller.
admin-add-grant = Gi rolle
admin-remove-grant = Fjern rollen { $role }
admin-set-password = Sett nytt passord
admin-password-saved = Passordet er endret, og brukeren er logget ut overalt.

## Audit
audit-title = Endringslogg
audit-intro = Alle endringer i personopplysninger logges med hvem, hva og når.
audit-empty = Ingen endringer er logget ennå.

## Accessibility statement
a11y-title = Tilgjengelighetserklæring
a11y-standard = Saman skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løsninger krever.
a11y-how-title = Slik tester vi
a11y-how-axe = Hver side testes automatisk med axe-core mot WCAG 2.1 A og AA i en ekte nettleser, på bokmål, nynorsk og engelsk.
a11y-how-keyboard = Innlogging og hovedmenyen testes med tastatur alene, med hopp-lenke og synlig fokus.
a11y-how-nojs = Innlogging, visning av organisasjonen og skjemaer virker uten JavaScript.
a11y-how-languages = Sidene er merket med riktig språk, og datoer og tall vises på norsk format.
a11y-feedback-title = Tilbakemelding
a11y-feedback = Finner du noe som ikke virker for deg, si fra til administratoren i virksomheten din, så retter vi det.

## Import
yes = Ja
no = Nei
import-title = Importer organisasjonen
import-intro = Last opp en eksport fra HR-systemet med én rad per stilling (CSV eller Excel). Du ser hva som blir opprettet, endret og avsluttet før noe lagres.
import-refused = Filen ble ikke importert. Ingenting er endret. Rett dette og prøv igjen:
import-at-line = Linje { $line }
import-at-line-column = Linje { $line }, kolonne { $column }
import-choose-organisation = Velg virksomheten filen gjelder.
import-choose-file = Velg en fil å importere.
import-nothing-to-do = Ingen endringer: alt i filen er allerede registrert.
import-file = Fil fra HR-systemet
import-file-help = CSV med semikolon eller komma (UTF-8 eller Windows-1252), eller Excel (.xlsx). Datoer som dd.mm.åååå eller åååå-mm-dd.
import-preview = Vis hva som blir endret
import-download-template = Last ned mal (CSV)
import-columns = Kolonner
import-column = Kolonne
import-required = Påkrevd
import-meaning = Innhold
import-aliases = Godtas også som
import-preview-title = Kontroller importen
import-preview-intro = Dette vil skje i { $org } når du importerer
import-summary = Oppsummering
import-created = Nye
import-changed = Endret
import-ended = Avsluttet
import-leaders = Ledere
import-new-units = Nye enheter (de første 20)
import-new-people = Nye ansatte (de første 20)
import-ended-warning = Stillinger som ikke står i filen, blir avsluttet med dagens dato.
import-apply = Importer nå
import-cancel = Avbryt
import-done-title = Importen er fullført
import-done = Organisasjonen { $org } er oppdatert.
import-see-org = Se { $org }
import-col-employeenumber = Den ansattes nummer i HR-systemet. Kjenner igjen personen fra import til import.
import-col-givenname = Fornavn.
import-col-familyname = Etternavn.
import-col-email = E-post på jobb. Står feltet tomt, beholdes adressen som er lagret.
import-col-birthyear = Fødselsår (1968) eller fødselsdato, der bare året lagres. Brukes til alderstatistikk.
import-col-unitcode = Enhetens kode i HR-systemet. Kjenner igjen enheten fra import til import.
import-col-unitname = Enhetens navn. Må være likt på alle linjer med samme enhetskode.
import-col-parentunitcode = Koden til enheten over. Tom for enheter på toppnivå. Må stå i filen eller finnes i Saman.
import-col-unitkind = sektor, avdeling eller enhet. Tom betyr enhet.
import-col-title = Stillingstittel, for eksempel Sykepleier.
import-col-positioncode = Stillingskoden (for eksempel den firesifrede koden fra KS). Står feltet tomt, beholdes koden som er lagret.
import-col-percent = Stillingsprosent, over 0 og høyst 100. 80, 80,5 og 80 % godtas.
import-col-startdate = Første dag i stillingen: dd.mm.åååå eller åååå-mm-dd.
import-col-enddate = Siste dag i stillingen, tom hvis den er fast: dd.mm.åååå eller åååå-mm-dd.
import-col-leader = ja hvis personen leder enheten (høyst én leder per enhet), ellers nei eller tomt.
import-col-positionid = HR-systemets nøkkel for stillingen. Uten den kjennes stillingen igjen på ansattnummer og enhetskode.
import-col-leadernumber = Ansattnummeret til personens nærmeste leder. Den flest rader i en enhet oppgir, blir enhetens leder; rader som oppgir en annen, vises i forhåndsvisningen.
import-leader-warnings = Noen rader oppgir en annen nærmeste leder enn den enheten får. Sjekk dem før du importerer:
import-leader-warning = Linje { $line }: oppgir { $named } som nærmeste leder, men enheten { $unit } får { $chosen } som leder.
import-more-warnings = … og { $formatted } rader til.
import-scope = Hva dekker filen?
import-scope-whole = Hele virksomheten: stillinger som ikke står i filen, avsluttes
import-scope-file-units = Bare enhetene i filen og enhetene under dem: resten av virksomheten blir som den er
import-scope-whole-chosen = Filen leses som hele virksomheten.
import-scope-file-units-chosen = Filen leses som bare enhetene den nevner og enhetene under dem. Stillinger andre steder blir ikke rørt.
import-ended-where = Her avsluttes stillinger:
import-ended-count = { $count ->
    [one] én stilling
   *[other] { $formatted } stillinger
}

## Audit actions and entities
audit-action-signin = Logget inn
audit-action-create = Opprettet
audit-action-update = Endret
audit-action-grant = Ga rolle
audit-action-revoke = Fjernet rolle
audit-action-set-password = Satte passord
audit-action-delete = Slettet
audit-action-import = Importerte
audit-action-demo = Lagde demodata
audit-entity-unit = Enhet
audit-entity-person = Person
audit-entity-position = Stilling
audit-entity-user = Bruker
audit-entity-api_token = API-nøkkel
audit-entity-organisation = Virksomhet
audit-entity-network = Nettverk

## Home shortcuts
home-shortcuts = Snarveier
home-people-of = Ansatte i { $org }
home-import-into = Importer ansatte og enheter til { $org }
home-manage-users = Administrer brukere og roller
home-api-tokens = Lag en API-nøkkel for integrasjoner

## Linking accounts to people
admin-person = Kobling til ansatt
admin-person-linked = Kontoen hører til
admin-person-none = Kontoen er ikke koblet til en ansatt. Koble den til, så ser brukeren sin egen profil.
admin-person-link = Koble til
err-unknown-person = Fant ingen ansatt med det nummeret i virksomheten.
audit-action-link-person = Koblet til ansatt
admin-person-unlink = Fjern koblingen


# Koblingssteget: hvilken kolonne i en fil som inneholder hva.
import-field-employee_number = Ansattnummer
import-field-given_name = Fornavn
import-field-family_name = Etternavn
import-field-email = E-post
import-field-birth_year = Fødselsår eller fødselsdato
import-field-unit_code = Enhetskode
import-field-unit_name = Enhetens navn
import-field-parent_unit_code = Kode for enheten over
import-field-unit_kind = Enhetstype
import-field-title = Stillingstittel
import-field-position_code = Stillingskode
import-field-percent = Stillingsprosent
import-field-start_date = Startdato
import-field-end_date = Sluttdato
import-field-leader = Leder enheten (ja/nei)
import-field-position_id = Stillingsnummer
import-field-leader_number = Nærmeste leders ansattnummer
import-mapping-title = Hvilken kolonne er hva?
import-mapping-intro = Saman kjente ikke igjen alle kolonnene i { $file }. Velg hva hver kolonne inneholder. De første radene i filen vises som hjelp.
import-mapping-not-imported = Importeres ikke
import-mapping-required = Påkrevde felt
import-mapping-required-help = Felt merket * må velges for én kolonne hver.
import-mapping-file-column = Kolonne i filen
import-mapping-first-rows = Første rader
import-mapping-field = Felt i Saman
import-mapping-found = valgt
import-mapping-missing = ikke valgt ennå
import-mapping-save-as = Lagre koblingen til neste import som (valgfritt)
import-mapping-save-as-help = Neste fil med de samme kolonnene leses da på samme måte, i nettleseren og med saman import org --mapping NAVN.
import-mapping-continue = Gå videre til forhåndsvisningen
import-mapping-start-from = Start fra en lagret kobling:
import-mapping-refused = Filen kan ikke leses slik
import-mapping-used = Kolonnene ble lest med koblingen din.
import-mapping-used-named = Kolonnene ble lest med den lagrede koblingen «{ $name }».
import-mapping-change = Endre hvilken kolonne som er hva
import-mapping-saved = Lagrede kolonnekoblinger
import-mapping-saved-help = En fil med nøyaktig de samme kolonnene som en lagret kobling leses automatisk med den.
import-mapping-updated = Endret { $date } av { $who }
import-mapping-delete = Slett
import-mapping-deleted = Koblingen «{ $name }» er slettet.
import-mapping-choose = Kolonnekobling
import-mapping-automatic = Kjenn igjen kolonnene på navnet
