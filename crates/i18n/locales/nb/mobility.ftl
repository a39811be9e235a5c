## Mobility: hospitation, rotation, job swap, trial, visit, mentoring, peer coaching
nav-mobility = Hospitering
mobility-title = Hospitering, rotasjon og mentor
mobility-intro = Bruk kompetansen som allerede finnes: hospiter på en annen enhet, hos sykehuset eller nabokommunen, prøv en rotasjon eller et jobbytte, eller få en mentor. Lønn og vilkår blir hos din egen arbeidsgiver.
mobility-offer = Tilby hospitering eller annet
mobility-request = Be om hospitering eller annet
mobility-offer-intro = Tilby plass for hospitering, rotasjon, jobbytte, prøveordning, besøk, mentor eller kollegaveiledning. Velg hvem som kan se og søke.
mobility-request-intro = Fortell hva du vil lære og hvor. Lederen din godkjenner først, så kan en enhet som vil ta imot deg, svare.
mobility-request-help = Hva vil du lære, og hvor kunne du tenke deg å være? Lederen din og de som kan ta imot deg, ser dette.
mobility-description-help = Hva får den som kommer, se og lære? Hvem passer det for?
mobility-offer-save = Publiser tilbudet
mobility-request-send = Send ønsket til lederen din
mobility-kind-hospitation = Hospitering
mobility-kind-rotation = Jobbrotasjon
mobility-kind-job-swap = Jobbytte
mobility-kind-trial = Prøveordning
mobility-kind-visit = Besøk
mobility-kind-mentoring = Mentor
mobility-kind-peer-coaching = Kollegaveiledning
mobility-all-kinds = Alle typer
mobility-stage-applied = Venter på leder
mobility-stage-approved = Venter på vertskap
mobility-stage-agreed = Avtalt
mobility-stage-completed = Gjennomført
mobility-stage-declined = Avslått
mobility-stage-withdrawn = Trukket
mobility-stage = Status
mobility-steps = Steg
mobility-side-participant = Deltakerens evaluering
mobility-side-host = Vertskapets evaluering
mobility-refused-wrong-stage = Dette kan ikke gjøres i det steget søknaden er i nå.
mobility-refused-not-started = Evalueringen kan gis når perioden har begynt.
mobility-refused-overlaps = Personen har allerede en avtale som overlapper disse datoene.
mobility-refused-full = Alle plassene er tatt i denne perioden. Velg andre datoer.
mobility-refused-already-applied = Du har allerede en søknad på vei for dette tilbudet.
mobility-refused-not-open-to-you = Dette tilbudet er ikke åpent for stillingen din.
mobility-refused-own-opportunity = Du kan ikke søke på ditt eget tilbud.
mobility-refused-closed = Tilbudet tar ikke imot søknader nå.
mobility-refused-already-evaluated = Denne siden har allerede evaluert.
mobility-todo = Venter på deg
mobility-todo-approve = godkjenn eller avslå
mobility-todo-accept = svar og lag avtale
mobility-todo-evaluate = evaluer
mobility-mine = Mine søknader og avtaler
mobility-mine-none = Du har ingen søknader ennå. Finn et tilbud nedenfor, eller be om det du ønsker.
mobility-offers = Tilbud
mobility-requests = Ønsker fra ansatte
mobility-requests-intro = Ansatte som vil hospitere eller rotere, og som lederen deres har godkjent. Kan din enhet ta imot?
mobility-none = Ingen tilbud ennå. Tilby hospitering fra din enhet, så finner kollegaer i nettverket det her.
mobility-no-match = Ingen tilbud passer søket.
mobility-closed = Stengt
mobility-full = fullt
mobility-places = { $count ->
    [one] én plass
   *[other] { $formatted } plasser
}
mobility-by-agreement = etter avtale
mobility-host-me = Meg selv (jeg tilbyr)
field-mobility-kind = Type
field-mobility-host = Hvem tilbyr
field-mobility-reach = Hvem kan se og søke
field-mobility-weeks = Faste uker
field-mobility-host-unit = Enheten som tar imot
field-places = Plasser samtidig
field-percent = Stillingsprosent
field-year = År
field-starts-on = Fra dato
field-ends-on = Til dato
field-open-to = Åpent for stillingskoder
field-period = Periode
field-motivation = Hvorfor vil du dette?
field-goals = Læringsmål
field-tasks = Oppgaver
field-contact = Kontaktperson
field-terms-note = Merknad om lønn og vilkår (valgfritt)
field-reflection = Ny refleksjon
field-rating = Hvor nyttig var det?
field-learnt = Hva lærte du, og hva tar du med deg tilbake?
field-learnt-host = Hva fikk dere ut av det, og hva lærte deltakeren?
field-improve = Hva kunne vært bedre?
err-bad-weeks = Skriv ukenumre (1–53) skilt med komma, for eksempel 12, 22, 45-46.
err-ends-before-start = Sluttdatoen kan ikke være før startdatoen.
mobility-when = Når
mobility-when-help = Faste uker (som uke 12, 22 og 45), én periode med datoer, eller ingen av delene hvis datoene avtales for hver enkelt.
mobility-weeks-help = Mandag til fredag i hver uke.
mobility-open-to-help = La stå tom for å åpne for alle. Ellers stillingskoder skilt med komma.
mobility-builds = Kompetanse det bygger
mobility-offered-by = Tilbys av
mobility-asked-by = Ønsket av
mobility-apply = Søk
mobility-apply-intro = Søknaden går først til lederen din. Når lederen har godkjent, svarer vertskapet og dere lager en avtale.
mobility-propose-dates = Foreslå datoer (valgfritt) – de endelige datoene står i avtalen.
mobility-motivation-help = Hva vil du lære, og hvordan kan det komme arbeidsplassen din til gode?
mobility-apply-send = Send søknaden
mobility-applications = Søknader
mobility-applications-none = Ingen søknader ennå.
mobility-close = Steng for nye søknader
mobility-reopen = Åpne for søknader igjen
mobility-person = Person
mobility-dates = Datoer
mobility-home = Arbeidsgiver
mobility-host = Vertskap
mobility-no-host-yet = Ingen ennå – venter på en enhet som vil ta imot
mobility-working-days = { $count ->
    [one] én arbeidsdag
   *[other] { $formatted } arbeidsdager
}
mobility-approved-by = Godkjent av leder
mobility-terms-stay = Lønn og vilkår blir hos arbeidsgiveren.
mobility-decline-reason = Begrunnelse
mobility-approve-heading = Godkjenn søknaden
mobility-approve-intro = Når du godkjenner, blir lønn og vilkår hos dere mens personen er borte. Vertskapet svarer deretter.
mobility-approve = Godkjenn
mobility-decline = Avslå
mobility-accept-heading = Ta imot og lag avtale
mobility-take-up-heading = Ta imot på din enhet
mobility-accept-intro = Avtalen gir datoer, læringsmål, oppgaver og en kontaktperson hos dere. Deltakeren og lederen får beskjed.
mobility-tasks-help = Oppgavene står på attesten.
mobility-accept = Godta og lag avtale
mobility-log = Refleksjonslogg
mobility-log-intro = Bare deltakeren og kontaktpersonen ser loggen.
mobility-log-none = Ingenting skrevet ennå.
mobility-log-add = Lagre i loggen
mobility-evaluations = Evalueringer
mobility-evaluate = Evaluer
mobility-evaluate-participant = Hvordan gikk det? Når begge sider har evaluert, er hospiteringen gjennomført, og kompetansen kommer i profilen din.
mobility-evaluate-host = Hvordan gikk det for dere? Når begge sider har evaluert, er hospiteringen gjennomført.
mobility-evaluate-later = Evalueringen åpner når perioden begynner.
mobility-evaluate-send = Send evalueringen
mobility-rating-1 = Lite nyttig
mobility-rating-2 = Litt nyttig
mobility-rating-3 = Nyttig
mobility-rating-4 = Svært nyttig
mobility-rating-5 = Svært nyttig – anbefales
mobility-rating-of = { $count } av { $total }
mobility-withdraw = Trekk søknaden
mobility-withdraw-confirm = Trekke søknaden? Lederen og vertskapet får beskjed.
mobility-attestation = Attest
mobility-attestation-text = Det bekreftes at { $name } har gjennomført ordningen nedenfor.
mobility-attestation-not-yet = Attesten kan skrives ut når begge sider har evaluert.
mobility-back-to-placement = Tilbake til avtalen
mobility-completed-on = Gjennomført
mobility-signature = Sted, dato og underskrift for vertskapet: ______________________________
print = Skriv ut
flows-title = Utlånt og mottatt kompetanse
flows-intro = Hvem fra enhetene dine har vært et annet sted, og hvem dere har tatt imot – i arbeidsdager. Deling går begge veier.
flows-between-orgs = Mellom virksomhetene i nettverket
flows-matrix-help = Radene er arbeidsgiveren, kolonnene vertskapet. Mørkere felt betyr flere personer.
flows-matrix-caption = Personer og arbeidsdager fra arbeidsgiver (rad) til vertskap (kolonne)
flows-from-to = Fra ↓ / til →
flows-people = { $count ->
    [one] én person
   *[other] { $formatted } personer
}
flows-lent = Utlånt
flows-received = Mottatt
flows-lent-days = { $count ->
    [one] én arbeidsdag utlånt
   *[other] { $formatted } arbeidsdager utlånt
}
flows-received-days = { $count ->
    [one] én arbeidsdag mottatt
   *[other] { $formatted } arbeidsdager mottatt
}
flows-nobody = Ingen ennå.
flows-none = Ingen avtaler ennå. Når noen hospiterer eller roterer, vises det her.
flows-other-side = Hos / fra
flows-days = Arbeidsdager
mail-placement-applied-subject = Søknad til godkjenning: { $title }
mail-placement-applied-body = { $person } søker om { $title }. Godkjenn eller avslå i Saman. Lønn og vilkår blir hos dere.
mail-placement-approved-subject = Godkjent av leder: { $title }
mail-placement-approved-body = Søknaden fra { $person } om { $title } er godkjent av lederen. Nå svarer vertskapet og lager avtale.
mail-placement-declined-subject = Søknaden ble avslått: { $title }
mail-placement-declined-body = Søknaden om { $title } ble avslått. Se begrunnelsen i Saman.
mail-placement-withdrawn-subject = Søknaden er trukket: { $title }
mail-placement-withdrawn-body = { $person } har trukket søknaden om { $title }.
mail-placement-agreed-subject = Avtalt: { $title } { $dates }
mail-placement-agreed-body = { $person } er avtalt for { $title } { $dates }. Læringsmål, oppgaver og kontaktperson står i avtalen i Saman.
mail-placement-completed-subject = Gjennomført: { $title }
mail-placement-completed-body = { $title } er gjennomført og evaluert av begge sider. Attesten kan skrives ut fra Saman.
field-terms = Lønn og vilkår blir hos oss mens personen er borte
mobility-err-terms = Bekreft at lønn og vilkår blir hos dere.
mobility-offer-nowhere = Du kan tilby fra enheter du leder, eller som HR i virksomheten. Du kan også tilby noe selv når brukeren din er knyttet til en person.
mobility-week = Uke { $week }
mobility-weeks = Uke { $weeks }
## Mentoring programmes
mentoring-title = Mentorordninger og kollegaveiledning
mentoring-link = Mentorordninger og kollegaveiledning
mentoring-intro = Programmer som «første år som sykepleier» eller «ny leder»: mentorer med kapasitet, mentees med mål, og en optimal sammensetning av parene – på tvers av enheter og fag. Hvert par ser hvorfor de ble satt sammen.
mentoring-new = Nytt program
mentoring-new-intro = Gi programmet et navn og bestem reglene. Deltakerne melder seg på selv; så setter du sammen parene.
mentoring-create = Opprett programmet
mentoring-my-pairs = Mine par
mentoring-programmes = Programmer
mentoring-none = Ingen programmer ennå.
mentoring-none-create = Ingen programmer ennå. Opprett et, så kan ansatte melde seg på som mentor eller mentee.
mentoring-mentors = { $count ->
    [one] én mentor
   *[other] { $formatted } mentorer
}
mentoring-mentees = { $count ->
    [one] én mentee
   *[other] { $formatted } mentees
}
mentoring-kind-mentoring = Mentorordning
mentoring-kind-peer-coaching = Kollegaveiledning
field-mentoring-kind = Type program
field-across-units = På tvers av enheter
field-across-professions = På tvers av fag
mentoring-across-any = spiller ingen rolle
mentoring-across-preferred = foretrekkes
mentoring-across-required = påkrevd
mentoring-rule-units = På tvers av enheter: { $rule }
mentoring-rule-professions = på tvers av fag: { $rule }
mentoring-never-leader = Ingen får sin egen leder som mentor.
mentoring-join = Meld deg på
mentoring-join-send = Meld meg på
mentoring-joined-as = Du er med som { $role }.
field-mentoring-role = Jeg vil være
mentoring-as-mentee = mentee – jeg vil ha en mentor
mentoring-as-mentor = mentor – jeg vil dele det jeg kan
field-mentoring-capacity = Hvor mange mentees du kan ta (mentor)
field-mentoring-goals = Mål
mentoring-goals-help = Hva vil du lære eller dele? Felles mål teller når parene settes sammen.
mentoring-competences = Kompetanse du vil ha (mentee) eller kan dele (mentor)
mentoring-role-mentor = Mentor
mentoring-role-mentee = Mentee
mentoring-participants = Deltakere
mentoring-participants-none = Ingen har meldt seg på ennå. Del lenken til programmet.
mentoring-paired = Par
mentoring-match = Sett sammen parene
mentoring-rematch = Sett sammen på nytt
mentoring-match-help = Låste og godtatte par blir stående. Par som er avslått eller forbudt, foreslås ikke igjen.
mentoring-pairs = Par
mentoring-pairs-none = Ingen par ennå.
mentoring-unmatched = Uten par ennå: { $list }. Ingen tillatt mentor har plass.
mentoring-fit = Hvor godt de passer
mentoring-why = Hvorfor dere passer sammen:
mentoring-why-complements = Mentoren kan det mentee vil lære: { $list }
mentoring-why-goals = Felles mål: { $list }
mentoring-why-units = På tvers av enheter
mentoring-why-professions = På tvers av fag
mentoring-why-organisations = På tvers av virksomheter
mentoring-pair-proposed = Foreslått
mentoring-pair-accepted = Godtatt
mentoring-pair-declined = Avslått
mentoring-pair-locked = Låst av koordinator
mentoring-accept = Godta
mentoring-decline = Avslå
mentoring-decline-confirm = Avslå paret? Du får et nytt forslag hvis det finnes et.
mentoring-rules-heading = Lås eller forby et par
mentoring-rules-help = Et låst par blir stående når parene settes sammen på nytt. Et forbudt par foreslås aldri.
mentoring-rule = Regel
mentoring-rule-lock = Lås paret
mentoring-rule-forbid = Forby paret
mentoring-rule-save = Lagre regelen
mentoring-refused-full = Mentoren har ikke plass til flere.
mentoring-refused-not-allowed = Reglene tillater ikke dette paret (for eksempel egen leder, eller samme enhet når det kreves på tvers).
mentoring-refused-joined = Du er allerede med i programmet.
mentoring-refused-answered = Paret er allerede besvart.
mail-pair-proposed-subject = Forslag til mentorpar: { $title }
mail-pair-proposed-body = Du er foreslått i et par i { $title }. Se hvorfor dere passer sammen, og godta eller avslå i Saman.
mentoring-refused-settled = Mentee har allerede godtatt et par.
mobility-any-week = Hvilken som helst av ukene
mobility-allocate = Fordel ukene
mobility-allocate-help = Gir de godkjente søkerne en uke hver: så mange som plassene rekker, helst i uka de ba om. Så lager du avtalene som vanlig.
mobility-allocated = { $count ->
    [one] Én søker fikk en uke.
   *[other] { $formatted } søkere fikk en uke.
}
mobility-left-out = { $count ->
    [0] Alle fikk plass.
    [one] Én fikk ikke plass i noen av ukene.
   *[other] { $formatted } fikk ikke plass i noen av ukene.
}
mobility-no-week-yet = ingen uke ennå
mentoring-as-coachee = den som får veiledning – jeg vil ha en kollega å sparre med
mentoring-as-coach = kollegaveileder – jeg vil veilede en kollega
