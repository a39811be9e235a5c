## Layout
skip-to-content = Hopp til hovudinnhaldet
language = Språk
language-choose = Byt språk
signout = Logg ut
nav-label = Hovudmeny
footer-accessibility = Tilgjengeerklæring
footer-api = API (OpenAPI)
breadcrumbs = Brødsmulesti
back-home = Til framsida
choose = Vel …
search = Søk
never = Aldri
form-has-errors = Skjemaet har feil som må rettast
pager = Sideval
pager-previous = Førre side
pager-next = Neste side
pager-page = Side { $page }

## Navigation
nav-home = Oversikt
nav-my-profile = Profilen min
nav-organisations = Organisasjonar
nav-networks = Nettverk
nav-import = Import
nav-audit = Endringslogg
nav-admin = Brukarar
nav-account = Kontoen min

## Sign-in
signin-title = Logg inn
signin-intro = Logg inn med brukarnamnet og passordet du har fått frå verksemda di.
signin = Logg inn
signin-missing = Fyll inn både brukarnamn og passord.
signin-failed = Feil brukarnamn eller passord.
field-username = Brukarnamn
field-password = Passord
field-new-password = Nytt passord
field-display-name = Visingsnamn
field-token-name = Namn på nøkkelen
field-role = Rolle
field-organisation = Verksemd
field-unit-code = Einingskode (for leiarar)
field-network = Nettverk

## Home
home-title = Oversikt
home-greeting = Hei, { $name }!
home-intro = Her finn du organisasjonane og einingane du har tilgang til.
home-no-roles = Du har ingen roller enno. Be ein administrator om å gje deg tilgang til verksemda di.
home-your-organisations = Organisasjonane dine
home-your-units = Einingane dine
home-see-profile = Sjå profilen din
people-word = tilsette

## Kinds and roles
org-kind-municipality = Kommune
org-kind-hospital_trust = Helseføretak
org-kind-university_college = Høgskule
org-kind-private_partner = Privat partnar
unit-kind-sector = Sektor
unit-kind-department = Avdeling
unit-kind-unit = Eining
role-employee = Tilsett
role-leader = Leiar
role-hr = HR-rådgjevar
role-coordinator = Nettverkskoordinator
role-admin = Administrator

## Columns
col-name = Namn
col-kind = Type
col-network = Nettverk
col-people = Tilsette
col-units = Einingar
col-unit = Eining
col-title = Stilling
col-percent = Stillingsprosent
col-employee-number = Tilsettnummer
col-email = E-post
col-organisation = Verksemd
col-birth-year = Fødselsår
col-position-code = Stillingskode
col-start = Frå
col-end = Til
col-created = Oppretta
col-last-used = Sist brukt
col-actions = Handlingar
col-roles = Roller
col-when = Tidspunkt
col-who = Kven
col-action = Handling
col-what = Kva
col-detail = Detaljar

## Organisations
orgs-title = Organisasjonar
orgs-empty = Du har ikkje tilgang til nokon organisasjonar enno. Be ein administrator om ei rolle.
org-number = Organisasjonsnummer
org-see-people = Sjå alle tilsette
org-import = Importer frå HR-systemet
org-units = Einingar
org-no-units = Organisasjonen har ingen einingar registrerte enno.
org-no-units-hr = Organisasjonen har ingen einingar enno. Importer einingar, tilsette og stillingar frå HR-systemet for å kome i gang.
networks-title = Nettverk
networks-intro = Organisasjonane i nettverka du koordinerer, med talet på tilsette. Enkeltpersonar blir ikkje viste her.
networks-empty = Du koordinerer ingen nettverk enno.

## Units
unit-code = Einingskode
unit-leader = Leiar
unit-no-leader = Ingen leiar registrert
unit-subunits = Undereiningar
unit-people = Tilsette i eininga
unit-no-people = Ingen har stilling i denne eininga no.
unit-people-hidden = Tilsette i eininga blir viste for leiarar, HR og dei som jobbar her.

## People
people-title = Tilsette
people-count = { $count ->
    [one] 1 person er registrert.
   *[other] { $formatted } personar er registrerte.
}
people-search = Søk etter namn
people-empty = Ingen personar er registrerte enno. Importer frå HR-systemet for å kome i gang.
people-no-match = Ingen personar passar til søket.
person-own-intro = Dette er det som er lagra om deg. Sei frå til leiaren din eller HR om noko er feil.
person-leader-in = Leiar for { $unit }
person-positions = Stillingar
person-past-positions = Tidlegare stillingar
person-no-positions = Ingen noverande stillingar.

## Account
account-title = Kontoen min
account-roles = Rollene dine
account-language = Språk
account-language-help = Vel språk i menyen øvst på sida. Valet blir hugsa neste gong du loggar inn.
tokens-title = API-nøklar
tokens-intro = Med ein personleg API-nøkkel kan andre system hente data på vegner av deg, med dei same rettane som du har.
tokens-created = Nøkkelen er laga. Kopier han no – han blir ikkje vist igjen.
tokens-create = Lag nøkkel
tokens-empty = Du har ingen API-nøklar.
tokens-delete = Slett { $name }
tokens-delete-confirm = Vil du slette nøkkelen? System som brukar han, mistar tilgangen.

## Administration
admin-users-title = Brukarar
admin-new-user = Ny brukar
admin-create-user = Opprett brukar
admin-no-grants = Brukaren har ingen roller.
admin-add-grant = Gje rolle
admin-remove-grant = Fjern rolla { $role }
admin-set-password = Set nytt passord
admin-password-saved = Passordet er endra, og brukaren er logga ut overalt.

## Audit
audit-title = Endringslogg
audit-intro = Alle endringar i personopplysningar blir logga med kven, kva og når.
audit-empty = Ingen endringar er logga enno.

## Accessibility statement
a11y-title = Tilgjengeerklæring
a11y-standard = Saman skal oppfylle krava i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løysingar krev.
a11y-how-title = Slik testar vi
a11y-how-axe = Kvar side blir testa automatisk med axe-core mot WCAG 2.1 A og AA i ein ekte nettlesar, på bokmål, nynorsk og engelsk.
a11y-how-keyboard = Innlogging og hovudmenyen blir testa med berre tastatur, med hopplenkje og synleg fokus.
a11y-how-nojs = Innlogging, vising av organisasjonen og skjema verkar utan JavaScript.
a11y-how-languages = Sidene er merkte med rett språk, og datoar og tal blir viste på norsk format.
a11y-feedback-title = Tilbakemelding
a11y-feedback = Finn du noko som ikkje verkar for deg, sei frå til administratoren i verksemda di, så rettar vi det.

## Import
yes = Ja
no = Nei
import-title = Importer organisasjonen
import-intro = Last opp ein eksport frå HR-systemet med éi rad per stilling (CSV eller Excel). Du ser kva som blir oppretta, endra og avslutta før noko blir lagra.
import-refused = Fila vart ikkje importert. Ingenting er endra. Rett dette og prøv igjen:
import-at-line = Linje { $line }
import-at-line-column = Linje { $line }, kolonne { $column }
import-choose-organisation = Vel verksemda fila gjeld.
import-choose-file = Vel ei fil å importere.
import-nothing-to-do = Ingen endringar: alt i fila er alt registrert.
import-file = Fil frå HR-systemet
import-file-help = CSV med semikolon eller komma (UTF-8 eller Windows-1252), eller Excel (.xlsx). Datoar som dd.mm.åååå eller åååå-mm-dd.
import-preview = Vis kva som blir endra
import-download-template = Last ned mal (CSV)
import-columns = Kolonnar
import-column = Kolonne
import-required = Påkravd
import-meaning = Innhald
import-aliases = Blir òg godteke som
import-preview-title = Kontroller importen
import-preview-intro = Dette vil skje i { $org } når du importerer
import-summary = Samandrag
import-created = Nye
import-changed = Endra
import-ended = Avslutta
import-leaders = Leiarar
import-new-units = Nye einingar (dei første 20)
import-new-people = Nye tilsette (dei første 20)
import-ended-warning = Stillingar som ikkje står i fila, blir avslutta med dagens dato.
import-apply = Importer no
import-cancel = Avbryt
import-done-title = Importen er fullført
import-done = Organisasjonen { $org } er oppdatert.
import-see-org = Sjå { $org }
import-col-employeenumber = Nummeret til den tilsette i HR-systemet. Kjenner att personen frå import til import.
import-col-givenname = Førenamn.
import-col-familyname = Etternamn.
import-col-email = E-post på jobb. Står feltet tomt, blir adressa som er lagra, halden på.
import-col-birthyear = Fødselsår (1968) eller fødselsdato, der berre året blir lagra. Blir brukt til aldersstatistikk.
import-col-unitcode = Koden til eininga i HR-systemet. Kjenner att eininga frå import til import.
import-col-unitname = Namnet på eininga. Må vere likt på alle linjer med same einingskode.
import-col-parentunitcode = Koden til eininga over. Tom for einingar på toppnivå. Må stå i fila eller finnast i Saman.
import-col-unitkind = sektor, avdeling eller eining. Tom tyder eining.
import-col-title = Stillingstittel, til dømes Sjukepleiar.
import-col-positioncode = Stillingskoden (til dømes den firesifra koden frå KS). Står feltet tomt, blir koden som er lagra, halden på.
import-col-percent = Stillingsprosent, over 0 og høgst 100. 80, 80,5 og 80 % blir godtekne.
import-col-startdate = Første dag i stillinga: dd.mm.åååå eller åååå-mm-dd.
import-col-enddate = Siste dag i stillinga, tom om ho er fast: dd.mm.åååå eller åååå-mm-dd.
import-col-leader = ja om personen leier eininga (høgst éin leiar per eining), elles nei eller tomt.
import-col-positionid = Nøkkelen HR-systemet har for stillinga. Utan han blir stillinga kjend att på tilsettnummer og einingskode.
import-col-leadernumber = Tilsettnummeret til den næraste leiaren for personen. Den flest rader i ei eining oppgjev, vert leiar for eininga; rader som oppgjev ein annan, vert viste i førehandsvisinga.
import-leader-warnings = Nokre rader oppgjev ein annan næraste leiar enn den eininga får. Sjå over dei før du importerer:
import-leader-warning = Linje { $line }: oppgjev { $named } som næraste leiar, men eininga { $unit } får { $chosen } som leiar.
import-more-warnings = … og { $formatted } rader til.
import-scope = Kva dekkjer fila?
import-scope-whole = Heile verksemda: stillingar som ikkje står i fila, vert avslutta
import-scope-file-units = Berre einingane i fila og einingane under dei: resten av verksemda vert som ho er
import-scope-whole-chosen = Fila vert lesen som heile verksemda.
import-scope-file-units-chosen = Fila vert lesen som berre einingane ho nemner og einingane under dei. Stillingar andre stader vert ikkje rørte.
import-ended-where = Her vert stillingar avslutta:
import-ended-count = { $count ->
    [one] éi stilling
   *[other] { $formatted } stillingar
}

## Audit actions and entities
audit-action-signin = Logga inn
audit-action-create = Oppretta
audit-action-update = Endra
audit-action-grant = Gav rolle
audit-action-revoke = Fjerna rolle
audit-action-set-password = Sette passord
audit-action-delete = Sletta
audit-action-import = Importerte
audit-action-demo = Laga demodata
audit-entity-unit = Eining
audit-entity-person = Person
audit-entity-position = Stilling
audit-entity-user = Brukar
audit-entity-api_token = API-nøkkel
audit-entity-organisation = Verksemd
audit-entity-network = Nettverk

## Home shortcuts
home-shortcuts = Snarvegar
home-people-of = Tilsette i { $org }
home-import-into = Importer tilsette og einingar til { $org }
home-manage-users = Administrer brukarar og roller
home-api-tokens = Lag ein API-nøkkel for integrasjonar

## Linking accounts to people
admin-person = Kopling til tilsett
admin-person-linked = Kontoen høyrer til
admin-person-none = Kontoen er ikkje kopla til ein tilsett. Kople han til, så ser brukaren sin eigen profil.
admin-person-link = Kople til
err-unknown-person = Fann ingen tilsett med det nummeret i verksemda.
audit-action-link-person = Kopla til tilsett
admin-person-unlink = Fjern koplinga


# Koplingssteget: kva kolonne i ei fil som inneheld kva.
import-field-employee_number = Tilsettnummer
import-field-given_name = Førenamn
import-field-family_name = Etternamn
import-field-email = E-post
import-field-birth_year = Fødselsår eller fødselsdato
import-field-unit_code = Einingskode
import-field-unit_name = Namnet på eininga
import-field-parent_unit_code = Kode for eininga over
import-field-unit_kind = Einingstype
import-field-title = Stillingstittel
import-field-position_code = Stillingskode
import-field-percent = Stillingsprosent
import-field-start_date = Startdato
import-field-end_date = Sluttdato
import-field-leader = Leiar eininga (ja/nei)
import-field-position_id = Stillingsnummer
import-field-leader_number = Tilsettnummeret til næraste leiar
import-mapping-title = Kva kolonne er kva?
import-mapping-intro = Saman kjende ikkje att alle kolonnane i { $file }. Vel kva kvar kolonne inneheld. Dei første radene i fila blir viste som hjelp.
import-mapping-not-imported = Blir ikkje importert
import-mapping-required = Påkravde felt
import-mapping-required-help = Felt merkte * må veljast for éin kolonne kvar.
import-mapping-file-column = Kolonne i fila
import-mapping-first-rows = Første rader
import-mapping-field = Felt i Saman
import-mapping-found = vald
import-mapping-missing = ikkje vald enno
import-mapping-save-as = Lagre koplinga til neste import som (valfritt)
import-mapping-save-as-help = Neste fil med dei same kolonnane blir då lesen på same måte, i nettlesaren og med saman import org --mapping NAMN.
import-mapping-continue = Gå vidare til førehandsvisinga
import-mapping-start-from = Start frå ei lagra kopling:
import-mapping-refused = Fila kan ikkje lesast slik
import-mapping-used = Kolonnane vart lesne med koplinga di.
import-mapping-used-named = Kolonnane vart lesne med den lagra koplinga «{ $name }».
import-mapping-change = Endre kva kolonne som er kva
import-mapping-saved = Lagra kolonnekoplingar
import-mapping-saved-help = Ei fil med nøyaktig dei same kolonnane som ei lagra kopling blir automatisk lesen med ho.
import-mapping-updated = Endra { $date } av { $who }
import-mapping-delete = Slett
import-mapping-deleted = Koplinga «{ $name }» er sletta.
import-mapping-choose = Kolonnekopling
import-mapping-automatic = Kjenn att kolonnane på namnet
