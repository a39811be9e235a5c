# Læring: aktiviteter, kull og samlinger, påmelding og venteliste, oppmøte og fullføring.
nav-learning = Læring
learning-title = Læring
learning-intro = Kurs, e-læring, videreutdanning, interne program og læring i praksis. Meld deg på, sjekk inn på samlinger og følg hvor langt programmene har kommet.
learning-mine = Min læring
learning-mine-none = Du er ikke meldt på noe ennå. Velg en aktivitet nedenfor for å melde deg på.
learning-in-org = Aktiviteter i { $org }
learning-none = Det er ingen læringsaktiviteter her ennå. HR-rådgiveren legger dem inn.
learning-none-manage = Det er ingen læringsaktiviteter ennå. Lag den første – eller start fra et av de tolv grepene.
learning-table-caption = Aktiviteter med neste samling og framdrift
learning-next = Neste samling
learning-enrolled = Påmeldt
learning-completed = Fullført
learning-progress = Framdrift
learning-waiting-short = på venteliste
progress-of-target = { $count } av { $total } fullført
progress-enrolled-of-target = { $count } av { $total } påmeldt
progress-of-enrolled = { $count } av { $total } påmeldte har fullført
progress-by-unit = Påmeldte og fullførte per enhet
activity-new = Ny læringsaktivitet
activity-create = Lagre aktiviteten
activity-grants-help = Når noen fullfører, får de denne kompetansen i profilen sin, med utløpsdato der kompetansen har gyldighetstid.
activity-grants-none = Ingen kompetanse
activity-approval = Godkjenning
activity-approval-yes = Påmelding må godkjennes av nærmeste leder
handles-start-from = Start fra et av de tolv grepene
handles-intro = Læring i praksis: velg et grep, så fylles tittel og beskrivelse ut. Du kan endre teksten før du lagrer.
handle-none = Ikke et grep
field-kind = Type
field-handle = Grep for læringsmiljøet
field-title = Tittel
field-description = Beskrivelse
field-link = Lenke (f.eks. til KS Læring)
field-grants = Gir kompetanse
field-rule = Fullført når
field-min-sessions = Antall samlinger som kreves
field-needs-approval = Leder må godkjenne påmelding
field-target = Målgruppe (antall personer)
field-credits = Studiepoeng
field-cohort-name = Navn på kullet
field-capacity = Antall plasser
field-facilitator = Kursholder
field-starts = Starter
field-ends = Slutter
field-place = Sted
field-unit = Enhet
field-checkin-code = Innsjekkingskode
facilitator-none = Ingen kursholder ennå
rule-all = Deltatt på alle samlingene
rule-min = { $count ->
    [one] Deltatt på minst én samling
   *[other] Deltatt på minst { $count } samlinger
}
rule-min-choice = Deltatt på et visst antall samlinger
rule-passed = Bestått (markert av kursholder)
activity-kind-course = Kurs
activity-kind-elearning = E-læring
activity-kind-further-education = Videreutdanning
activity-kind-in-house = Internt program
activity-kind-joint-training = Felles opplæring på tvers av roller
activity-kind-network-gathering = Nettverkssamling
activity-kind-practice = Læring i praksis
handle-rotate = Bytt jobb, roter, dra på besøk
handle-rotate-text = Hospiter, roter eller besøk en annen enhet eller virksomhet for å se hvordan de løser de samme oppgavene.
handle-colleague = Lær av sidemannen
handle-colleague-text = Sett av tid til å se hvordan en kollega gjør oppgaven, og vis dem hvordan du gjør den selv.
handle-new-hires = Lær av de nyansatte
handle-new-hires-text = Spør nyansatte hva de ser med nye øyne, og hva de tar med seg fra utdanning og tidligere jobber.
handle-mentoring = Bruk mentorordninger
handle-mentoring-text = Par erfarne og nye medarbeidere med faste samtaler og mål for det første året.
handle-coaching = Coach hverandre
handle-coaching-text = Kolleger coacher hverandre i par eller små grupper, med åpne spørsmål om egen praksis.
handle-sparring = Innfør kollegial sparring og tilbakemelding
handle-sparring-text = Faste runder der kolleger gir hverandre konkret tilbakemelding på arbeidet.
handle-meetings = Hold bedre møter
handle-meetings-text = Gjør personalmøtet til et sted for læring: en sak fra praksis, refleksjon og hva vi gjør annerledes.
handle-ideas = Skap idémiljøer
handle-ideas-text = Rom og tid for å dele ideer om forbedringer, og en måte å følge dem opp på.
handle-space = Læring i det fysiske rommet
handle-space-text = Innrett arbeidsplassen slik at det er lett å møtes, se hverandre arbeide og dele.
handle-campus = Campus som læringsmiljø
handle-campus-text = Samarbeid med høyskole, fagskole og sykehus: studenter, praksis og undervisning på arbeidsplassen.
handle-users = Lær og skap sammen med brukerne
handle-users-text = Inviter brukere og pårørende til å gi tilbakemelding og utvikle tjenesten sammen med dere.
handle-transfer = Strategisk effekt og overføring av kurs og etterutdanning
handle-transfer-text = Avtal før kurset hva som skal endres i praksis, og følg opp etterpå om det blir brukt.
cohorts = Kull og samlinger
cohorts-none = Det er ingen kull å melde seg på ennå.
cohorts-none-manage = Legg til et kull med plasser og samlinger, så kan folk melde seg på.
cohort-add = Legg til kull
cohort-places = { $count } av { $total } plasser tatt
cohort-waiting = { $count ->
    [one] Én på venteliste
   *[other] { $formatted } på venteliste
}
cohort-complete = Marker fullført for alle i { $name } som oppfyller kravet
sessions-none = Ingen samlinger er lagt inn ennå.
session-add = Legg til samling
session-calendar = Legg i kalenderen
session-run = Oppmøte og kode
participants = Deltakere
participants-hidden = { $count ->
    [one] Én deltaker til som du ikke ser
   *[other] { $formatted } deltakere til som du ikke ser
}
col-status = Status
col-attended = Oppmøte
status-pending = Venter på godkjenning
status-enrolled = Påmeldt
status-waiting = På venteliste
status-cancelled = Avmeldt
status-completed = Fullført
enrol-me = Meld meg på { $name }
enrol-ask = Be om plass i { $name }
enrol-yours = Du er med: { $status }.
enrol-cancel = Meld meg av
enrol-cancel-for = Meld av { $name }
enrol-cancel-confirm = Vil du melde av? En ledig plass går til den første på ventelisten.
enrol-approve = Godkjenn { $name }
enrol-group = Meld på en hel enhet eller stillingskode
enrol-group-help = Alle med stilling i enheten (og enhetene under), eventuelt bare de med stillingskoden. Ledige plasser fylles først, resten kommer på venteliste.
enrol-group-submit = Meld på
enrol-whole-org = Hele virksomheten
notice-enrolled = { $count ->
    [one] Én påmeldt.
   *[other] { $formatted } påmeldt.
}
notice-waiting = { $count ->
    [0] {""}
    [one] Én på venteliste.
   *[other] { $formatted } på venteliste.
}
notice-pending = { $count ->
    [0] {""}
    [one] Én venter på godkjenning fra leder.
   *[other] { $formatted } venter på godkjenning fra leder.
}
notice-already = { $count ->
    [0] {""}
    [one] Én var allerede med.
   *[other] { $formatted } var allerede med.
}
notice-completed = { $count ->
    [one] Én har fullført og fått kompetansen.
   *[other] { $formatted } har fullført og fått kompetansen.
}
notice-unmet = { $count ->
    [0] {""}
    [one] Én oppfyller ikke kravet ennå.
   *[other] { $formatted } oppfyller ikke kravet ennå.
}
checkin = Sjekk inn
checkin-done = Du er sjekket inn på { $title }.
checkin-code-heading = Kode for innsjekking
checkin-code-help = Vis koden i rommet. Deltakerne skriver den inn under Læring for å sjekke inn.
attendance = Oppmøte
attendance-present = Til stede
attendance-save = Lagre oppmøtet
attendance-nobody = Ingen er påmeldt dette kullet ennå.
attendance-enrol-first = Meld på deltakere
attendance-not-yet = Samlingen har ikke begynt. Oppmøte kan markeres når den har startet.
standing = Krav til fullføring
standing-caption = Hvor hver deltaker står
standing-meets = Oppfyller kravet
unmet-ahead = { $count ->
    [one] Én samling gjenstår
   *[other] { $formatted } samlinger gjenstår
}
unmet-attended = Deltatt på { $count } av { $total } som kreves
unmet-not-passed = Ikke markert som bestått
passed = Bestått
passed-mark = Marker { $name } som bestått
passed-undo = Fjern bestått for { $name }
complete-ready = { $count ->
    [0] Ingen oppfyller kravet ennå
    [one] Marker fullført for én som oppfyller kravet
   *[other] Marker fullført for { $formatted } som oppfyller kravet
}
err-already-enrolled = Du er allerede påmeldt dette kullet.
err-not-pending = Påmeldingen venter ikke på godkjenning.
err-already-cancelled = Påmeldingen er allerede avmeldt.
err-already-completed = Deltakeren har allerede fullført.
err-session-not-held = Samlingen har ikke begynt ennå, så oppmøte kan ikke markeres.
err-not-enrolled = Personen har ikke plass i dette kullet.
err-ends-before-starts = Slutten må være etter starten.
err-nobody-there = Ingen har stilling der med det valget.
err-bad-link = Lenken må begynne med https:// eller http://.
err-checkin-code = Fant ingen samling med den koden blant kullene du er med i.
err-checkin-closed = Innsjekkingen er åpen fra et kvarter før samlingen starter til en time etter at den slutter.
err-rule-not-met = Ikke alle som er nevnt, oppfyller kravet for å fullføre.
participants-count = { $count ->
    [one] Deltakere (1)
   *[other] Deltakere ({ $formatted })
}
progress-over-time = Fullført over tid (samlet per måned)
progress-over-time-table = Fullført over tid som tabell
col-month = Måned
col-completed-month = Fullført i måneden
col-completed-total = Fullført i alt
calendar-feed = Kalender
calendar-feed-help = Abonner på samlingene dine i kalenderen din (Outlook, Google, iPhone). Adressen er hemmelig og bare din.
calendar-feed-exists = Du har en kalenderadresse. Lag en ny hvis den gamle har kommet på avveie – da slutter den gamle å virke.
calendar-feed-make = Lag kalenderadresse
calendar-feed-renew = Lag ny kalenderadresse
calendar-feed-made = Legg inn denne adressen som abonnement i kalenderen din. Den vises bare nå; lag en ny om du mister den.
notes-title = Praksisnotater
notes-intro = Korte notater om hva du har lært – av en kollega, en nyansatt, brukerne eller et kurs – delt med dem du velger. Søk for å finne det andre har lært.
note-add = Skriv et notat
field-note = Hva lærte du, og hva gjør du annerledes nå?
note-help = Noen setninger holder. Ikke skriv personopplysninger om brukere.
field-note-source = Lærte av
field-note-visibility = Hvem som kan se notatet
note-save = Lagre notatet
notes-search = Søk i notatene
notes-none = Ingen notater ennå. Del det første!
notes-no-match = Ingen notater passer søket.
note-delete = Slett notatet
note-delete-confirm = Vil du slette notatet?
note-source-colleague = Kollega
note-source-new-hire = Nyansatt
note-source-users = Brukere og pårørende
note-source-course = Kurs
note-source-other = Annet
notes-count = { $count ->
    [one] Ett notat
   *[other] { $formatted } notater
}
learning-notes-link = Praksisnotater
follow-ups = Oppfølging: blir det brukt?
follow-ups-intro = Noen uker etter fullført kurs spør vi deg og lederen din om det du lærte blir brukt i praksis. Svarene vises bare samlet.
follow-up-goal = Det dere ble enige om
follow-up-used = Brukes det du lærte i praksis?
used-yes = Ja
used-partly = Delvis
used-no = Nei
follow-up-hinders = Hva hindrer at det blir brukt? (valgfritt)
follow-up-send = Send svaret
field-transfer-goal = Hva skal endres i praksis?
transfer-goal-help = Skriv hva du og lederen din er enige om at skal bli annerledes etter kurset. Dere får spørsmål om det senere.
transfer-goal-save = Lagre målet
transfer-results = Brukes det i praksis?
transfer-results-caption = Andelen ja (mørk), delvis (lys) og nei (rød) blant svarene fra deltakere og ledere
transfer-hinders = Hva hindrer
col-respondent = Svarte
respondent-participant = Deltakere
respondent-leader = Ledere
field-follow-up-days = Dager fra fullført til oppfølging
err-follow-up-not-due = Oppfølgingen er ikke aktuell ennå.
err-already-answered = Du har allerede svart på denne oppfølgingen.
mail-signature = Hilsen Saman – kompetanse og samarbeid. Du får denne e-posten fordi den gjelder noe du er med i.
mail-enrolled-subject = Du har fått plass: { $activity }
mail-enrolled-body = Du har fått plass på { $activity } ({ $cohort }). Neste samling: { $next }. Se detaljer og legg samlingene i kalenderen under Læring i Saman.
mail-waiting-subject = Du står på venteliste: { $activity }
mail-waiting-body = Kullet { $cohort } på { $activity } er fullt, så du står på venteliste. Du får e-post straks en plass blir ledig.
mail-pending-subject = Påmeldingen venter på godkjenning: { $activity }
mail-pending-body = Du har bedt om plass på { $activity } ({ $cohort }). Lederen din må godkjenne påmeldingen; du får e-post når det er gjort.
mail-reminder-subject = Påminnelse: { $activity } i morgen
mail-reminder-body = Husk samlingen på { $activity } ({ $cohort }): { $next }. Sjekk inn med koden som vises i rommet.
mail-follow-up-subject = Oppfølging: blir { $activity } brukt i praksis?
mail-follow-up-body = Det er en stund siden du fullførte { $activity }. Svar på to korte spørsmål under Læring i Saman: blir det du lærte brukt, og hva hindrer det?
mail-follow-up-leader-body = { $name } fullførte { $activity } for en stund siden. Svar på to korte spørsmål under Læring i Saman: blir det som ble lært brukt, og hva hindrer det?
outbox-title = E-post
outbox-counts = Venter: { $pending } · sendt: { $sent } · ga opp: { $failed }
outbox-failed = E-post som ikke kunne sendes
col-recipient = Mottaker
col-subject = Emne
col-attempts = Forsøk
col-error = Feil
not-started = Ikke begynt
activity-edit = Endre aktiviteten
session-delete = Slett samlingen { $when }
session-delete-confirm = Vil du slette samlingen? Oppmøtet som er markert for den, slettes også.
unmet-no-sessions = Kullet har ingen samlinger ennå
mail-no-session = ikke fastsatt ennå
cohort-facilitators = Kursholdere
facilitator-add = Legg til kursholder
facilitator-remove = Fjern { $name } som kursholder
mail-open = Åpne i Saman
follow-ups-people = { $count ->
    [one] Oppfølging av én av dine medarbeidere
   *[other] Oppfølging av { $formatted } av dine medarbeidere
}
chart-target = Mål: { $target }
