# Læring: aktivitetar, kull og samlingar, påmelding og venteliste, oppmøte og fullføring.
nav-learning = Læring
learning-title = Læring
learning-intro = Kurs, e-læring, vidareutdanning, interne program og læring i praksis. Meld deg på, sjekk inn på samlingar og følg kor langt programma har kome.
learning-mine = Mi læring
learning-mine-none = Du er ikkje meld på noko enno. Vel ein aktivitet nedanfor for å melde deg på.
learning-in-org = Aktivitetar i { $org }
learning-none = Det er ingen læringsaktivitetar her enno. HR-rådgjevaren legg dei inn.
learning-none-manage = Det er ingen læringsaktivitetar enno. Lag den første – eller start frå eitt av dei tolv grepa.
learning-table-caption = Aktivitetar med neste samling og framdrift
learning-next = Neste samling
learning-enrolled = Påmelde
learning-completed = Fullført
learning-progress = Framdrift
learning-waiting-short = på venteliste
progress-of-target = { $count } av { $total } fullført
progress-enrolled-of-target = { $count } av { $total } påmelde
progress-of-enrolled = { $count } av { $total } påmelde har fullført
progress-by-unit = Påmelde og fullførte per eining
activity-new = Ny læringsaktivitet
activity-create = Lagre aktiviteten
activity-grants-help = Når nokon fullfører, får dei denne kompetansen i profilen sin, med utløpsdato der kompetansen har gyldigheitstid.
activity-grants-none = Ingen kompetanse
activity-approval = Godkjenning
activity-approval-yes = Påmelding må godkjennast av næraste leiar
handles-start-from = Start frå eitt av dei tolv grepa
handles-intro = Læring i praksis: vel eit grep, så blir tittel og skildring fylte ut. Du kan endre teksten før du lagrar.
handle-none = Ikkje eit grep
field-kind = Type
field-handle = Grep for læringsmiljøet
field-title = Tittel
field-description = Skildring
field-link = Lenkje (t.d. til KS Læring)
field-grants = Gir kompetanse
field-rule = Fullført når
field-min-sessions = Tal på samlingar som krevst
field-needs-approval = Leiar må godkjenne påmelding
field-target = Målgruppe (tal på personar)
field-credits = Studiepoeng
field-cohort-name = Namn på kullet
field-capacity = Tal på plassar
field-facilitator = Kurshaldar
field-starts = Startar
field-ends = Sluttar
field-place = Stad
field-unit = Eining
field-checkin-code = Innsjekkingskode
facilitator-none = Ingen kurshaldar enno
rule-all = Delteke på alle samlingane
rule-min = { $count ->
    [one] Delteke på minst éi samling
   *[other] Delteke på minst { $count } samlingar
}
rule-min-choice = Delteke på eit visst tal samlingar
rule-passed = Bestått (markert av kurshaldar)
activity-kind-course = Kurs
activity-kind-elearning = E-læring
activity-kind-further-education = Vidareutdanning
activity-kind-in-house = Internt program
activity-kind-joint-training = Felles opplæring på tvers av roller
activity-kind-network-gathering = Nettverkssamling
activity-kind-practice = Læring i praksis
handle-rotate = Byt jobb, roter, dra på besøk
handle-rotate-text = Hospiter, roter eller besøk ei anna eining eller verksemd for å sjå korleis dei løyser dei same oppgåvene.
handle-colleague = Lær av sidemannen
handle-colleague-text = Set av tid til å sjå korleis ein kollega gjer oppgåva, og vis dei korleis du gjer ho sjølv.
handle-new-hires = Lær av dei nytilsette
handle-new-hires-text = Spør nytilsette kva dei ser med nye auge, og kva dei tek med seg frå utdanning og tidlegare jobbar.
handle-mentoring = Bruk mentorordningar
handle-mentoring-text = Par røynde og nye medarbeidarar med faste samtalar og mål for det første året.
handle-coaching = Coach kvarandre
handle-coaching-text = Kollegaer coachar kvarandre i par eller små grupper, med opne spørsmål om eigen praksis.
handle-sparring = Innfør kollegial sparring og tilbakemelding
handle-sparring-text = Faste rundar der kollegaer gir kvarandre konkret tilbakemelding på arbeidet.
handle-meetings = Hald betre møte
handle-meetings-text = Gjer personalmøtet til ein stad for læring: ei sak frå praksis, refleksjon og kva vi gjer annleis.
handle-ideas = Skap idémiljø
handle-ideas-text = Rom og tid for å dele idear om forbetringar, og ein måte å følgje dei opp på.
handle-space = Læring i det fysiske rommet
handle-space-text = Innrett arbeidsplassen slik at det er lett å møtast, sjå kvarandre arbeide og dele.
handle-campus = Campus som læringsmiljø
handle-campus-text = Samarbeid med høgskule, fagskule og sjukehus: studentar, praksis og undervising på arbeidsplassen.
handle-users = Lær og skap saman med brukarane
handle-users-text = Inviter brukarar og pårørande til å gi tilbakemelding og utvikle tenesta saman med dykk.
handle-transfer = Strategisk effekt og overføring av kurs og etterutdanning
handle-transfer-text = Avtal før kurset kva som skal endrast i praksis, og følg opp etterpå om det blir brukt.
cohorts = Kull og samlingar
cohorts-none = Det er ingen kull å melde seg på enno.
cohorts-none-manage = Legg til eit kull med plassar og samlingar, så kan folk melde seg på.
cohort-add = Legg til kull
cohort-places = { $count } av { $total } plassar tekne
cohort-waiting = { $count ->
    [one] Éin på venteliste
   *[other] { $formatted } på venteliste
}
cohort-complete = Marker fullført for alle i { $name } som oppfyller kravet
sessions-none = Ingen samlingar er lagde inn enno.
session-add = Legg til samling
session-calendar = Legg i kalenderen
session-run = Oppmøte og kode
participants = Deltakarar
participants-hidden = { $count ->
    [one] Éin deltakar til som du ikkje ser
   *[other] { $formatted } deltakarar til som du ikkje ser
}
col-status = Status
col-attended = Oppmøte
status-pending = Ventar på godkjenning
status-enrolled = Påmeld
status-waiting = På venteliste
status-cancelled = Avmeld
status-completed = Fullført
enrol-me = Meld meg på { $name }
enrol-ask = Be om plass i { $name }
enrol-yours = Du er med: { $status }.
enrol-cancel = Meld meg av
enrol-cancel-for = Meld av { $name }
enrol-cancel-confirm = Vil du melde av? Ein ledig plass går til den første på ventelista.
enrol-approve = Godkjenn { $name }
enrol-group = Meld på ei heil eining eller stillingskode
enrol-group-help = Alle med stilling i eininga (og einingane under), eventuelt berre dei med stillingskoden. Ledige plassar blir fylte først, resten kjem på venteliste.
enrol-group-submit = Meld på
enrol-whole-org = Heile verksemda
notice-enrolled = { $count ->
    [one] Éin påmeld.
   *[other] { $formatted } påmelde.
}
notice-waiting = { $count ->
    [0] {""}
    [one] Éin på venteliste.
   *[other] { $formatted } på venteliste.
}
notice-pending = { $count ->
    [0] {""}
    [one] Éin ventar på godkjenning frå leiar.
   *[other] { $formatted } ventar på godkjenning frå leiar.
}
notice-already = { $count ->
    [0] {""}
    [one] Éin var alt med.
   *[other] { $formatted } var alt med.
}
notice-completed = { $count ->
    [one] Éin har fullført og fått kompetansen.
   *[other] { $formatted } har fullført og fått kompetansen.
}
notice-unmet = { $count ->
    [0] {""}
    [one] Éin oppfyller ikkje kravet enno.
   *[other] { $formatted } oppfyller ikkje kravet enno.
}
checkin = Sjekk inn
checkin-done = Du er sjekka inn på { $title }.
checkin-code-heading = Kode for innsjekking
checkin-code-help = Vis koden i rommet. Deltakarane skriv han inn under Læring for å sjekke inn.
attendance = Oppmøte
attendance-present = Til stades
attendance-save = Lagre oppmøtet
attendance-nobody = Ingen er melde på dette kullet enno.
attendance-enrol-first = Meld på deltakarar
attendance-not-yet = Samlinga har ikkje byrja. Oppmøte kan markerast når ho har starta.
standing = Krav til fullføring
standing-caption = Kvar kvar deltakar står
standing-meets = Oppfyller kravet
unmet-ahead = { $count ->
    [one] Éi samling står att
   *[other] { $formatted } samlingar står att
}
unmet-attended = Delteke på { $count } av { $total } som krevst
unmet-not-passed = Ikkje markert som bestått
passed = Bestått
passed-mark = Marker { $name } som bestått
passed-undo = Fjern bestått for { $name }
complete-ready = { $count ->
    [0] Ingen oppfyller kravet enno
    [one] Marker fullført for éin som oppfyller kravet
   *[other] Marker fullført for { $formatted } som oppfyller kravet
}
err-already-enrolled = Du er alt meld på dette kullet.
err-not-pending = Påmeldinga ventar ikkje på godkjenning.
err-already-cancelled = Påmeldinga er alt avmeld.
err-already-completed = Deltakaren har alt fullført.
err-session-not-held = Samlinga har ikkje byrja enno, så oppmøte kan ikkje markerast.
err-not-enrolled = Personen har ikkje plass i dette kullet.
err-ends-before-starts = Slutten må vere etter starten.
err-nobody-there = Ingen har stilling der med det valet.
err-bad-link = Lenkja må byrje med https:// eller http://.
err-checkin-code = Fann inga samling med den koden blant kulla du er med i.
err-checkin-closed = Innsjekkinga er open frå eit kvarter før samlinga startar til ein time etter at ho sluttar.
err-rule-not-met = Ikkje alle som er nemnde, oppfyller kravet for å fullføre.
participants-count = { $count ->
    [one] Deltakarar (1)
   *[other] Deltakarar ({ $formatted })
}
progress-over-time = Fullført over tid (samla per månad)
progress-over-time-table = Fullført over tid som tabell
col-month = Månad
col-completed-month = Fullført i månaden
col-completed-total = Fullført i alt
calendar-feed = Kalender
calendar-feed-help = Abonner på samlingane dine i kalenderen din (Outlook, Google, iPhone). Adressa er hemmeleg og berre di.
calendar-feed-exists = Du har ei kalenderadresse. Lag ei ny om den gamle har kome på avvegar – då sluttar den gamle å verke.
calendar-feed-make = Lag kalenderadresse
calendar-feed-renew = Lag ny kalenderadresse
calendar-feed-made = Legg inn denne adressa som abonnement i kalenderen din. Ho blir berre vist no; lag ei ny om du mistar ho.
notes-title = Praksisnotat
notes-intro = Korte notat om kva du har lært – av ein kollega, ein nytilsett, brukarane eller eit kurs – delte med dei du vel. Søk for å finne det andre har lært.
note-add = Skriv eit notat
field-note = Kva lærte du, og kva gjer du annleis no?
note-help = Nokre setningar held. Ikkje skriv personopplysningar om brukarar.
field-note-source = Lærte av
field-note-visibility = Kven som kan sjå notatet
note-save = Lagre notatet
notes-search = Søk i notata
notes-none = Ingen notat enno. Del det første!
notes-no-match = Ingen notat passar søket.
note-delete = Slett notatet
note-delete-confirm = Vil du slette notatet?
note-source-colleague = Kollega
note-source-new-hire = Nytilsett
note-source-users = Brukarar og pårørande
note-source-course = Kurs
note-source-other = Anna
notes-count = { $count ->
    [one] Eitt notat
   *[other] { $formatted } notat
}
learning-notes-link = Praksisnotat
follow-ups = Oppfølging: blir det brukt?
follow-ups-intro = Nokre veker etter fullført kurs spør vi deg og leiaren din om det du lærte blir brukt i praksis. Svara blir berre viste samla.
follow-up-goal = Det de vart samde om
follow-up-used = Blir det du lærte brukt i praksis?
used-yes = Ja
used-partly = Delvis
used-no = Nei
follow-up-hinders = Kva hindrar at det blir brukt? (valfritt)
follow-up-send = Send svaret
field-transfer-goal = Kva skal endrast i praksis?
transfer-goal-help = Skriv kva du og leiaren din er samde om skal bli annleis etter kurset. De får spørsmål om det seinare.
transfer-goal-save = Lagre målet
transfer-results = Blir det brukt i praksis?
transfer-results-caption = Delen ja (mørk), delvis (lys) og nei (raud) blant svara frå deltakarar og leiarar
transfer-hinders = Kva hindrar
col-respondent = Svarte
respondent-participant = Deltakarar
respondent-leader = Leiarar
field-follow-up-days = Dagar frå fullført til oppfølging
err-follow-up-not-due = Oppfølginga er ikkje aktuell enno.
err-already-answered = Du har alt svart på denne oppfølginga.
mail-signature = Helsing Saman – kompetanse og samarbeid. Du får denne e-posten fordi han gjeld noko du er med i.
mail-enrolled-subject = Du har fått plass: { $activity }
mail-enrolled-body = Du har fått plass på { $activity } ({ $cohort }). Neste samling: { $next }. Sjå detaljar og legg samlingane i kalenderen under Læring i Saman.
mail-waiting-subject = Du står på venteliste: { $activity }
mail-waiting-body = Kullet { $cohort } på { $activity } er fullt, så du står på venteliste. Du får e-post straks ein plass blir ledig.
mail-pending-subject = Påmeldinga ventar på godkjenning: { $activity }
mail-pending-body = Du har bede om plass på { $activity } ({ $cohort }). Leiaren din må godkjenne påmeldinga; du får e-post når det er gjort.
mail-reminder-subject = Påminning: { $activity } i morgon
mail-reminder-body = Hugs samlinga på { $activity } ({ $cohort }): { $next }. Sjekk inn med koden som blir vist i rommet.
mail-follow-up-subject = Oppfølging: blir { $activity } brukt i praksis?
mail-follow-up-body = Det er ei stund sidan du fullførte { $activity }. Svar på to korte spørsmål under Læring i Saman: blir det du lærte brukt, og kva hindrar det?
mail-follow-up-leader-body = { $name } fullførte { $activity } for ei stund sidan. Svar på to korte spørsmål under Læring i Saman: blir det som vart lært brukt, og kva hindrar det?
outbox-title = E-post
outbox-counts = Ventar: { $pending } · sendt: { $sent } · gav opp: { $failed }
outbox-failed = E-post som ikkje kunne sendast
col-recipient = Mottakar
col-subject = Emne
col-attempts = Forsøk
col-error = Feil
not-started = Ikkje byrja
activity-edit = Endre aktiviteten
session-delete = Slett samlinga { $when }
session-delete-confirm = Vil du slette samlinga? Oppmøtet som er markert for ho, blir også sletta.
unmet-no-sessions = Kullet har ingen samlingar enno
mail-no-session = ikkje fastsett enno
cohort-facilitators = Kurshaldarar
facilitator-add = Legg til kurshaldar
facilitator-remove = Fjern { $name } som kurshaldar
mail-open = Opne i Saman
follow-ups-people = { $count ->
    [one] Oppfølging av éin av medarbeidarane dine
   *[other] Oppfølging av { $formatted } av medarbeidarane dine
}
chart-target = Mål: { $target }
