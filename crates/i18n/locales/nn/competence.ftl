## Competence catalogue
nav-competences = Kompetanse
catalogue-title = Kompetansekatalog
catalogue-intro = Kompetansane { $org } kan kartleggje: den felles katalogen for kommunale tenester og verksemda sine eigne.
catalogue-search = Søk i katalogen
catalogue-all-kinds = Alle typar
catalogue-count = Viser { $count } av { $total } kompetansar.
catalogue-no-match = Ingen kompetansar passar til søket.
catalogue-own = Eigen
catalogue-months = { $count ->
    [one] 1 månad
   *[other] { $formatted } månader
}
catalogue-add = Legg til eigen kompetanse
field-name-nb = Namn på bokmål
field-name-nn = Namn på nynorsk
field-name-en = Namn på engelsk
field-validity = Gyldigheit (månader)
col-category = Kategori
col-competence = Kompetanse
col-source = Kjelde
kind-formal_education = Formell utdanning
kind-authorisation = Autorisasjon og sertifikat
kind-further_education = Vidareutdanning
kind-course = Kurs
kind-skill = Ferdigheit
kind-experience = Erfaring

## Profile
profile-title = Kompetanse
profile-empty = Ingen kompetanse er registrert.
profile-empty-edit = Ingen kompetanse er registrert enno. Legg til utdanning, autorisasjonar, kurs og erfaring nedanfor.
profile-expired = Gått ut
profile-expires-soon = Går snart ut
profile-verify = Stadfest { $name }
profile-delete = Slett { $name }
profile-delete-confirm = Vil du slette denne kompetansen frå profilen?
profile-add = Legg til eller endre kompetanse
profile-save = Lagre
profile-level-help = Nivå 1 er nok for utdanning, autorisasjon og kurs. For ferdigheiter: 1 grunnleggjande – 4 ekspert.
profile-wishes = Ønskjer å utvikle
profile-no-wishes = Ingen ønske er registrerte.
profile-wish-add = Legg til ønske
profile-wish-remove = Fjern ønsket { $name }
field-competence = Kompetanse
field-level = Nivå
field-obtained-on = Oppnådd
field-expires-on = Gyldig til
field-evidence = Dokumentasjon (lenkje eller tekst)
field-wish = Kompetanse du vil utvikle
level-1 = grunnleggjande / oppnådd
level-2 = god
level-3 = svært god
level-4 = ekspert
source-self = Eigenregistrert
source-verified = Stadfesta
source-imported = Importert
source-earned = Opptent i Saman
err-bad-level = Nivået finst ikkje på skalaen til denne kompetansen.
err-expires-before-obtained = Gyldig til-datoen kan ikkje vere før datoen han vart oppnådd.
err-obtained-in-future = Datoen kan ikkje vere fram i tid.
err-bad-count = Skriv eit heilt tal frå 1 og oppover.

## Gap analysis
unit-see-gaps = Kompetansekartlegging
gaps-title = Kompetansekartlegging
gaps-intro = Krav mot kompetansen dei tilsette har, for eininga og alt under henne.
gaps-people = { $count ->
    [one] 1 person har stilling her.
   *[other] { $formatted } personar har stilling her.
}
gaps-export = Last ned som CSV
gaps-requirements = Krav og dekning
gaps-no-requirements = Det er ikkje sett krav for denne eininga enno.
gaps-no-requirements-edit = Det er ikkje sett krav for denne eininga enno. Legg til kva eininga treng nedanfor.
gaps-applies-to = Gjeld
gaps-applies-unit = Eininga { $unit } (tal på personar)
gaps-applies-code = Alle stillingar med ein stillingskode
gaps-position-code = stillingskode { $code }
gaps-covered = Har
gaps-required = Treng
gaps-missing = Manglar
gaps-coverage = Dekning
gaps-desired = Ønskt
gaps-desired-only = Berre ønskt, ikkje krav
gaps-lacking = Manglar dette
gaps-delete = Slett kravet { $name }
gaps-delete-confirm = Vil du slette kravet?
gaps-add-requirement = Legg til krav
field-min-count = Talet på personar som trengst
gaps-ladder = Frå ufaglært til faglært
gaps-ladder-intro = Høgaste fullførte utdanning for dei tilsette, per eining.
rung-unskilled = Ufaglært
rung-skilled = Faglært
rung-higher_vocational = Fagskule
rung-bachelor = Bachelor
rung-master_specialist = Master/spesialist
gaps-expiring = Går snart ut
gaps-window = Tidsvindauge
gaps-days = { $count ->
    [one] 1 dag
   *[other] { $formatted } dagar
}
gaps-show = Vis
gaps-none-expiring = Ingenting går ut i denne perioden.
gaps-names-hidden = Namn blir viste for leiarar og HR.
gaps-dilution = Fagleg utvatning
gaps-dilution-intro = Stillingar der den tilsette manglar utdanninga stillinga krev.
gaps-no-dilution = Ingen stillingar manglar påkravd utdanning.
audit-action-save = Lagra
audit-action-verify = Stadfesta
audit-entity-holding = Kompetanse
audit-entity-requirement = Krav
audit-entity-competence = Kompetanse i katalogen
catalogue-moodle = Last ned for Moodle (KS Læring)
catalogue-framework-name = Kompetanserammeverk for { $org }

## Recruitment forecast
forecast-title = Rekrutteringsbehov
forecast-intro = Forventa avgang dei neste 1, 3, 5 og 10 åra, frå alder (pensjon) og vanleg turnover, per stillingskode. Tala er forventingar til planlegging, ikkje spådomar om enkeltpersonar.
forecast-assumptions = Føresetnader
forecast-field-turnover = Turnover per år (%)
forecast-field-r62 = Går av ved 62 år (%)
forecast-field-r67 = Går av ved 67 år (%)
forecast-field-r70 = Går av ved 70 år (%)
forecast-recalculate = Rekn ut på nytt
forecast-bad-param = Ugyldig verdi for «{ $field }». Standardverdiane er brukte.
forecast-leavers = Forventa avgang
forecast-years = { $count ->
    [one] 1 år
   *[other] { $count } år
}
forecast-per-code = Forventa avgang per stillingskode (av det pensjon i parentes)
forecast-missing-now = Manglar krav i dag
forecast-need-5 = Rekruttere eller utvikle innan 5 år
forecast-no-code = Utan stillingskode
forecast-legend = «Rekruttere eller utvikle innan 5 år» er dei som i dag manglar påkravd kompetanse for stillingskoden, pluss forventa avgang innan 5 år, runda opp.
forecast-ages = Aldersprofil
forecast-band-0 = Under 30
forecast-band-1 = 30–39
forecast-band-2 = 40–49
forecast-band-3 = 50–59
forecast-band-4 = 60–64
forecast-band-5 = 65 og eldre
forecast-unknown-age = Ukjend alder

# Holdings import
holdings-import-title = Importer kompetanse
holdings-import-intro = Last opp ei fil med éi rad per tilsett og kompetanse, til dømes frå eit kurssystem eller eit tidlegare rekneark. Kvar rad legg kompetansen til i profilen til personen, eller erstattar det som er registrert for den kompetansen; ingenting anna blir endra. Du ser resultatet før noko blir lagra.
holdings-import-file = Fil med kompetanse
holdings-import-rows = Rader
holdings-import-replaced = Erstattar registrert kompetanse
holdings-import-sample = Dei første radene
holdings-import-done = { $count } lagde til og { $total } oppdaterte. Profilane viser no kompetansen som importert.
holdings-import-unchanged = { $count ->
    [one] Éi rad sa det Saman alt hadde, og endra ingenting.
   *[other] { $formatted } rader sa det Saman alt hadde, og endra ingenting.
}
holdings-import-progress-title = Importerer kompetanse
holdings-import-progress-intro = Ei stor fil tek litt tid. Du kan gå frå sida: importen held fram, og resultatet blir vist her når du kjem tilbake.
holdings-import-progress-reload = Sjå kor langt han har kome
holdings-import-progress-checked = Rader kontrollerte: { $count } av { $total }
holdings-import-progress-stored = Kompetansar lagra: { $count } av { $total }
holdings-import-progress-waiting = Kompetansar lagra: ventar på kontrollen
holdings-import-link = Importer kompetanse frå fil
holdings-import-col-employee = Tilsettnummeret, som i organisasjonsimporten. Personen må høyre til organisasjonen.
holdings-import-col-competence = Nøkkelen til kompetansen (t.d. legemiddelhandtering) eller namnet på bokmål, nynorsk eller engelsk.
holdings-import-col-level = Nivået på skalaen til kompetansen. Tomt tyder høgaste nivå (for eit bevis: oppnådd).
holdings-import-col-obtained = Datoen kompetansen vart oppnådd: dd.mm.åååå eller åååå-mm-dd.
holdings-import-col-expires = Utløpsdatoen. Tomt: blir rekna ut frå gyldigheitstida til kompetansen, om ho har ei.
holdings-import-col-evidence = Dokumentasjon: ein tekst eller ei lenkje, høgst 500 teikn.

# Expert pool
nav-experts = Spør meg om
experts-title = Spør meg om – ressursbanken
experts-intro = Kollegaer som har tilbode seg å dele det dei kan. Søk etter tema eller kompetanse, og ta kontakt direkte.
experts-search = Søk etter tema
experts-any-competence = Alle kompetansar
experts-count = { $count ->
    [one] Éin person funnen
   *[other] { $formatted } funne
}
experts-none = Ingen du kan sjå, har tilbode seg å dele kompetanse enno.
experts-no-match = Ingen tilbod passar med søket. Prøv færre eller kortare ord.
experts-verified = Stadfesta av leiar
experts-contact = Send e-post til { $name }
offers-title = Spør meg om
offers-empty-self = Du har ikkje tilbode deg å dele kompetanse. Gjer du det, kan kollegaer finne deg i ressursbanken.
offers-empty = Ingen tilbod om å dele kompetanse.
offers-withdraw = Trekk tilbodet om { $name }
offers-add = Tilby å dele ein kompetanse
offers-intro = Kollegaer som søkjer i ressursbanken, finn deg under denne kompetansen. Du vel kven som ser tilbodet, og kan trekkje det når som helst.
offers-save = Lagre tilbodet
field-offer-note = Kva du kan hjelpe med (valfritt)
field-visibility = Kven som kan sjå tilbodet
visibility-unit = Eining
visibility-org = Organisasjon
visibility-network = Nettverk
visibility-unit-long = Eininga mi: kollegaer der eg jobbar, og leiarane mine
visibility-org-long = Organisasjonen min: alle der eg er tilsett
visibility-network-long = Nettverket: alle i organisasjonane vi samarbeider med

# Evidence files
file-attach = Legg ved dokumentasjon
field-file = Fil
file-help = Kursbevis, vitnemål eller liknande, høgst 10 MB. PDF eller bilete er best.
file-upload = Legg ved fila
file-delete = Slett { $name }
err-file-too-big = Fila er større enn 10 MB.

# Holding history
history-title = Endringshistorikk
history-add = Lagd til
history-update = Endra
history-delete = Sletta
history-verify = Stadfesta
history-import = Importert
gaps-export-xlsx = Last ned som Excel
gaps-kind = Krav eller ønske
gaps-mandatory = Krav
gaps-sheet-requirements = Krav
gaps-sheet-missing = Kven manglar kva
gaps-sheet-expiring = Går ut
gaps-sheet-ladder = Kompetansetrapp
forecast-per-unit = Per eining under (avgangar, av dei pensjoneringar)
forecast-export = Last ned prognosen (CSV)
forecast-group = Stillingskode eller eining
forecast-csv-leavers = Avgangar innan { $years } år
forecast-csv-retirements = Pensjoneringar innan { $years } år

# Moodle competency framework import. Variables: $column, $value.
moodle-import-title = Importer eit kompetanserammeverk frå Moodle
moodle-import-help = Eit kompetanserammeverk eksportert frå Moodle eller KS Læring (CSV). Nye kompetansar blir lagde til i katalogen til organisasjonen; dei som alt finst, blir som dei er.
moodle-import-file = Fil med rammeverket (CSV)
moodle-import-submit = Importer rammeverket
moodle-import-done = { $count } kompetansar lagde til; { $total } fanst alt i katalogen.
moodle-err-encoding = Fila er ikkje UTF-8. Eksporter ho på nytt frå Moodle.
moodle-err-empty-file = Fila har ingen kompetansar.
moodle-err-csv = Fila kunne ikkje lesast som CSV ({ $value }).
moodle-err-missing-column = Kolonnen «{ $column }» manglar. Eksporter rammeverket på nytt frå Moodle.
moodle-err-field-count = Rada har eit anna tal felt enn overskriftsrada.
moodle-err-no-framework = Fila har inga rammeverksrad (ei rad utan overordna ID-nummer).
moodle-err-duplicate-framework = Fila har meir enn éi rammeverksrad.
moodle-err-empty-id-number = ID-nummeret er tomt.
moodle-err-invalid-id-number = ID-nummeret «{ $value }» kan ikkje brukast.
moodle-err-duplicate-id-number = ID-nummeret «{ $value }» står meir enn éin gong.
moodle-err-empty-short-name = Kortnamnet er tomt.
moodle-err-unknown-parent = Ingen kompetanse har det overordna ID-nummeret «{ $value }».
moodle-err-parent-cycle = Kompetansen hamnar under seg sjølv (via «{ $value }»).
gaps-or = eller
field-alternative = Eller i staden (valfritt)
gaps-alternative-help = Ein annan kompetanse som oppfyller kravet like godt, til dømes den eine eller den andre lærarutdanninga.
gaps-no-alternative = Ikkje noko alternativ
org-see-gaps = Kompetansegap for heile organisasjonen
gaps-and-more = { $count ->
    [one] og éin til
   *[other] og { $formatted } til
}
gaps-list-more = { $count ->
    [one] Éin til blir ikkje vist. Last ned Excel-fila for heile lista.
   *[other] { $formatted } til blir ikkje viste. Last ned Excel-fila for heile lista.
}
experts-showing = { $count ->
    [one] Det beste treffet blir vist; søk for å snevre inn.
   *[other] Dei { $formatted } beste treffa blir viste; søk for å snevre inn.
}
gaps-in-units = { $count ->
    [one] éi eining (talet der)
   *[other] { $formatted } einingar (tala lagde saman)
}
gaps-intro-org = Krav mot kompetansen dei tilsette har, for heile organisasjonen. Krav sette på einingar er lagde saman per kompetanse; opne ei eining for å sjå ho åleine.
forecast-age-under = Under { $age }
forecast-age-over = { $age } og eldre
forecast-other-units = Resten av eininga
forecast-other-codes = Andre stillingskodar
forecast-too-few = Eininga har for få personar til at prognosen kan visast.
forecast-hidden = Eininga har for få personar til at prognosen kan visast utan å avsløre alderen til enkeltpersonar. Tal blir viste for grupper på minst { $count } personar.
forecast-back-to-unit = Tilbake til eininga
forecast-anonymity = Aldersgrupper, stillingskodar og einingar med færre enn { $count } personar er slegne saman, slik at ingen kan lese ut alderen til einskildpersonar.
gaps-sheet-dilution = Fagleg utvatning
gaps-dilution-lacks = Manglar
