## Competence catalogue
nav-competences = Kompetanse
catalogue-title = Kompetansekatalog
catalogue-intro = Kompetansene { $org } kan kartlegge: den felles katalogen for kommunale tjenester og virksomhetens egne.
catalogue-search = Søk i katalogen
catalogue-all-kinds = Alle typer
catalogue-count = Viser { $count } av { $total } kompetanser.
catalogue-no-match = Ingen kompetanser passer søket.
catalogue-own = Egen
catalogue-months = { $count ->
    [one] 1 måned
   *[other] { $formatted } måneder
}
catalogue-add = Legg til egen kompetanse
field-name-nb = Navn på bokmål
field-name-nn = Navn på nynorsk
field-name-en = Navn på engelsk
field-validity = Gyldighet (måneder)
col-category = Kategori
col-competence = Kompetanse
col-source = Kilde
kind-formal_education = Formell utdanning
kind-authorisation = Autorisasjon og sertifikat
kind-further_education = Videreutdanning
kind-course = Kurs
kind-skill = Ferdighet
kind-experience = Erfaring

## Profile
profile-title = Kompetanse
profile-empty = Ingen kompetanse er registrert.
profile-empty-edit = Ingen kompetanse er registrert ennå. Legg til utdanning, autorisasjoner, kurs og erfaring nedenfor.
profile-expired = Utløpt
profile-expires-soon = Utløper snart
profile-verify = Bekreft { $name }
profile-delete = Slett { $name }
profile-delete-confirm = Vil du slette denne kompetansen fra profilen?
profile-add = Legg til eller endre kompetanse
profile-save = Lagre
profile-level-help = Nivå 1 er nok for utdanning, autorisasjon og kurs. For ferdigheter: 1 grunnleggende – 4 ekspert.
profile-wishes = Ønsker å utvikle
profile-no-wishes = Ingen ønsker er registrert.
profile-wish-add = Legg til ønske
profile-wish-remove = Fjern ønsket { $name }
field-competence = Kompetanse
field-level = Nivå
field-obtained-on = Oppnådd
field-expires-on = Gyldig til
field-evidence = Dokumentasjon (lenke eller tekst)
field-wish = Kompetanse du vil utvikle
level-1 = grunnleggende / oppnådd
level-2 = god
level-3 = svært god
level-4 = ekspert
source-self = Egenregistrert
source-verified = Bekreftet
source-imported = Importert
source-earned = Opptjent i Saman
err-bad-level = Nivået finnes ikke på skalaen til denne kompetansen.
err-expires-before-obtained = Gyldig til-datoen kan ikke være før datoen den ble oppnådd.
err-obtained-in-future = Datoen kan ikke være fram i tid.
err-bad-count = Skriv et helt tall fra 1 og oppover.

## Gap analysis
unit-see-gaps = Kompetansekartlegging
gaps-title = Kompetansekartlegging
gaps-intro = Krav mot kompetansen de ansatte har, for enheten og alt under den.
gaps-people = { $count ->
    [one] 1 person har stilling her.
   *[other] { $formatted } personer har stilling her.
}
gaps-export = Last ned som CSV
gaps-requirements = Krav og dekning
gaps-no-requirements = Det er ikke satt krav for denne enheten ennå.
gaps-no-requirements-edit = Det er ikke satt krav for denne enheten ennå. Legg til hva enheten trenger nedenfor.
gaps-applies-to = Gjelder
gaps-applies-unit = Enheten { $unit } (antall personer)
gaps-applies-code = Alle stillinger med en stillingskode
gaps-position-code = stillingskode { $code }
gaps-covered = Har
gaps-required = Trenger
gaps-missing = Mangler
gaps-coverage = Dekning
gaps-desired = Ønsket
gaps-desired-only = Bare ønsket, ikke krav
gaps-lacking = Mangler dette
gaps-delete = Slett kravet { $name }
gaps-delete-confirm = Vil du slette kravet?
gaps-add-requirement = Legg til krav
field-min-count = Antall personer som trengs
gaps-ladder = Fra ufaglært til faglært
gaps-ladder-intro = Høyeste fullførte utdanning for de ansatte, per enhet.
rung-unskilled = Ufaglært
rung-skilled = Faglært
rung-higher_vocational = Fagskole
rung-bachelor = Bachelor
rung-master_specialist = Master/spesialist
gaps-expiring = Utløper snart
gaps-window = Tidsvindu
gaps-days = { $count ->
    [one] 1 dag
   *[other] { $formatted } dager
}
gaps-show = Vis
gaps-none-expiring = Ingenting utløper i denne perioden.
gaps-names-hidden = Navn vises for ledere og HR.
gaps-dilution = Faglig utvanning
gaps-dilution-intro = Stillinger der den ansatte mangler utdanningen stillingen krever.
gaps-no-dilution = Ingen stillinger mangler påkrevd utdanning.
audit-action-save = Lagret
audit-action-verify = Bekreftet
audit-entity-holding = Kompetanse
audit-entity-requirement = Krav
audit-entity-competence = Kompetanse i katalogen
catalogue-moodle = Last ned for Moodle (KS Læring)
catalogue-framework-name = Kompetanserammeverk for { $org }

## Recruitment forecast
forecast-title = Rekrutteringsbehov
forecast-intro = Forventet avgang de neste 1, 3, 5 og 10 årene, fra alder (pensjon) og vanlig turnover, per stillingskode. Tallene er forventninger for planlegging, ikke spådommer om enkeltpersoner.
forecast-assumptions = Forutsetninger
forecast-field-turnover = Turnover per år (%)
forecast-field-r62 = Går av ved 62 år (%)
forecast-field-r67 = Går av ved 67 år (%)
forecast-field-r70 = Går av ved 70 år (%)
forecast-recalculate = Regn ut på nytt
forecast-bad-param = Ugyldig verdi for «{ $field }». Standardverdiene er brukt.
forecast-leavers = Forventet avgang
forecast-years = { $count ->
    [one] 1 år
   *[other] { $count } år
}
forecast-per-code = Forventet avgang per stillingskode (av det pensjon i parentes)
forecast-missing-now = Mangler krav i dag
forecast-need-5 = Rekruttere eller utvikle innen 5 år
forecast-no-code = Uten stillingskode
forecast-legend = «Rekruttere eller utvikle innen 5 år» er de som i dag mangler påkrevd kompetanse for stillingskoden, pluss forventet avgang innen 5 år, rundet opp.
forecast-ages = Aldersprofil
forecast-band-0 = Under 30
forecast-band-1 = 30–39
forecast-band-2 = 40–49
forecast-band-3 = 50–59
forecast-band-4 = 60–64
forecast-band-5 = 65 og eldre
forecast-unknown-age = Ukjent alder

# Holdings import
holdings-import-title = Importer kompetanse
holdings-import-intro = Last opp en fil med én rad per ansatt og kompetanse, for eksempel fra et kurssystem eller et tidligere regneark. Hver rad legger kompetansen til i personens profil, eller erstatter det som er registrert for den kompetansen; ingenting annet endres. Du ser resultatet før noe blir lagret.
holdings-import-file = Fil med kompetanse
holdings-import-rows = Rader
holdings-import-replaced = Erstatter registrert kompetanse
holdings-import-sample = De første radene
holdings-import-done = { $count } lagt til og { $total } oppdatert. Profilene viser nå kompetansen som importert.
holdings-import-unchanged = { $count ->
    [one] Én rad sa det Saman allerede hadde, og endret ingenting.
   *[other] { $formatted } rader sa det Saman allerede hadde, og endret ingenting.
}
holdings-import-progress-title = Importerer kompetanse
holdings-import-progress-intro = En stor fil tar litt tid. Du kan gå fra siden: importen fortsetter, og resultatet vises her når du kommer tilbake.
holdings-import-progress-reload = Se hvor langt den har kommet
holdings-import-progress-checked = Rader kontrollert: { $count } av { $total }
holdings-import-progress-stored = Kompetanser lagret: { $count } av { $total }
holdings-import-progress-waiting = Kompetanser lagret: venter på kontrollen
holdings-import-link = Importer kompetanse fra fil
holdings-import-col-employee = Ansattnummeret, som i organisasjonsimporten. Personen må høre til organisasjonen.
holdings-import-col-competence = Kompetansens nøkkel (f.eks. legemiddelhandtering) eller navnet på bokmål, nynorsk eller engelsk.
holdings-import-col-level = Nivået på kompetansens skala. Tomt betyr høyeste nivå (for et bevis: oppnådd).
holdings-import-col-obtained = Datoen kompetansen ble oppnådd: dd.mm.åååå eller åååå-mm-dd.
holdings-import-col-expires = Utløpsdatoen. Tomt: regnes ut fra kompetansens gyldighetstid, om den har en.
holdings-import-col-evidence = Dokumentasjon: en tekst eller en lenke, høyst 500 tegn.

# Expert pool
nav-experts = Spør meg om
experts-title = Spør meg om – ressursbanken
experts-intro = Kolleger som har tilbudt seg å dele det de kan. Søk etter tema eller kompetanse, og ta kontakt direkte.
experts-search = Søk etter tema
experts-any-competence = Alle kompetanser
experts-count = { $count ->
    [one] Én person funnet
   *[other] { $formatted } funnet
}
experts-none = Ingen du kan se, har tilbudt seg å dele kompetanse ennå.
experts-no-match = Ingen tilbud passer med søket. Prøv færre eller kortere ord.
experts-verified = Bekreftet av leder
experts-contact = Send e-post til { $name }
offers-title = Spør meg om
offers-empty-self = Du har ikke tilbudt deg å dele kompetanse. Gjør du det, kan kolleger finne deg i ressursbanken.
offers-empty = Ingen tilbud om å dele kompetanse.
offers-withdraw = Trekk tilbudet om { $name }
offers-add = Tilby å dele en kompetanse
offers-intro = Kolleger som søker i ressursbanken, finner deg under denne kompetansen. Du velger hvem som ser tilbudet, og kan trekke det når som helst.
offers-save = Lagre tilbudet
field-offer-note = Hva du kan hjelpe med (valgfritt)
field-visibility = Hvem som kan se tilbudet
visibility-unit = Enhet
visibility-org = Organisasjon
visibility-network = Nettverk
visibility-unit-long = Min enhet: kolleger der jeg jobber, og lederne mine
visibility-org-long = Min organisasjon: alle der jeg er ansatt
visibility-network-long = Nettverket: alle i organisasjonene vi samarbeider med

# Evidence files
file-attach = Legg ved dokumentasjon
field-file = Fil
file-help = Kursbevis, vitnemål eller lignende, høyst 10 MB. PDF eller bilde er best.
file-upload = Legg ved filen
file-delete = Slett { $name }
err-file-too-big = Filen er større enn 10 MB.

# Holding history
history-title = Endringshistorikk
history-add = Lagt til
history-update = Endret
history-delete = Slettet
history-verify = Bekreftet
history-import = Importert
gaps-export-xlsx = Last ned som Excel
gaps-kind = Krav eller ønske
gaps-mandatory = Krav
gaps-sheet-requirements = Krav
gaps-sheet-missing = Hvem mangler hva
gaps-sheet-expiring = Utløper
gaps-sheet-ladder = Kompetansetrapp
forecast-per-unit = Per enhet under (avganger, herav pensjoneringer)
forecast-export = Last ned prognosen (CSV)
forecast-group = Stillingskode eller enhet
forecast-csv-leavers = Avganger innen { $years } år
forecast-csv-retirements = Pensjoneringer innen { $years } år

# Moodle competency framework import. Variables: $column, $value.
moodle-import-title = Importer et kompetanserammeverk fra Moodle
moodle-import-help = Et kompetanserammeverk eksportert fra Moodle eller KS Læring (CSV). Nye kompetanser legges til i organisasjonens katalog; de som allerede finnes, blir som de er.
moodle-import-file = Fil med rammeverket (CSV)
moodle-import-submit = Importer rammeverket
moodle-import-done = { $count } kompetanser lagt til; { $total } fantes allerede i katalogen.
moodle-err-encoding = Filen er ikke UTF-8. Eksporter den på nytt fra Moodle.
moodle-err-empty-file = Filen har ingen kompetanser.
moodle-err-csv = Filen kunne ikke leses som CSV ({ $value }).
moodle-err-missing-column = Kolonnen «{ $column }» mangler. Eksporter rammeverket på nytt fra Moodle.
moodle-err-field-count = Raden har et annet antall felt enn overskriftsraden.
moodle-err-no-framework = Filen har ingen rammeverksrad (en rad uten overordnet ID-nummer).
moodle-err-duplicate-framework = Filen har mer enn én rammeverksrad.
moodle-err-empty-id-number = ID-nummeret er tomt.
moodle-err-invalid-id-number = ID-nummeret «{ $value }» kan ikke brukes.
moodle-err-duplicate-id-number = ID-nummeret «{ $value }» står mer enn én gang.
moodle-err-empty-short-name = Kortnavnet er tomt.
moodle-err-unknown-parent = Ingen kompetanse har det overordnede ID-nummeret «{ $value }».
moodle-err-parent-cycle = Kompetansen havner under seg selv (via «{ $value }»).
gaps-or = eller
field-alternative = Eller i stedet (valgfritt)
gaps-alternative-help = En annen kompetanse som oppfyller kravet like godt, for eksempel den ene eller den andre lærerutdanningen.
gaps-no-alternative = Ingen alternativ
org-see-gaps = Kompetansegap for hele organisasjonen
gaps-and-more = { $count ->
    [one] og én til
   *[other] og { $formatted } til
}
gaps-list-more = { $count ->
    [one] Én til vises ikke. Last ned Excel-filen for hele listen.
   *[other] { $formatted } til vises ikke. Last ned Excel-filen for hele listen.
}
experts-showing = { $count ->
    [one] Det beste treffet vises; søk for å snevre inn.
   *[other] De { $formatted } beste treffene vises; søk for å snevre inn.
}
gaps-in-units = { $count ->
    [one] én enhet (antallet der)
   *[other] { $formatted } enheter (antallene lagt sammen)
}
gaps-intro-org = Krav mot kompetansen de ansatte har, for hele organisasjonen. Krav satt på enheter er lagt sammen per kompetanse; åpne en enhet for å se den alene.
forecast-age-under = Under { $age }
forecast-age-over = { $age } og eldre
forecast-other-units = Resten av enheten
forecast-other-codes = Andre stillingskoder
forecast-too-few = Enheten har for få personer til at prognosen kan vises.
forecast-hidden = Enheten har for få personer til at prognosen kan vises uten å avsløre alderen til enkeltpersoner. Tall vises for grupper på minst { $count } personer.
forecast-back-to-unit = Tilbake til enheten
forecast-anonymity = Aldersgrupper, stillingskoder og enheter med færre enn { $count } personer er slått sammen, slik at ingen enkeltpersons alder kan leses ut.
gaps-sheet-dilution = Faglig utvanning
gaps-dilution-lacks = Mangler
