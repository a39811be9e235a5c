## Mobility: hospitation, rotation, job swap, trial, visit, mentoring, peer coaching
nav-mobility = Hospitering
mobility-title = Hospitering, rotasjon og mentor
mobility-intro = Bruk kompetansen som alt finst: hospiter på ei anna eining, hos sjukehuset eller nabokommunen, prøv ein rotasjon eller eit jobbyte, eller få ein mentor. Løn og vilkår blir hos din eigen arbeidsgivar.
mobility-offer = Tilby hospitering eller anna
mobility-request = Be om hospitering eller anna
mobility-offer-intro = Tilby plass for hospitering, rotasjon, jobbyte, prøveordning, besøk, mentor eller kollegarettleiing. Vel kven som kan sjå og søkje.
mobility-request-intro = Fortel kva du vil lære og kvar. Leiaren din godkjenner først, så kan ei eining som vil ta imot deg, svare.
mobility-request-help = Kva vil du lære, og kvar kunne du tenkje deg å vere? Leiaren din og dei som kan ta imot deg, ser dette.
mobility-description-help = Kva får den som kjem, sjå og lære? Kven passar det for?
mobility-offer-save = Publiser tilbodet
mobility-request-send = Send ønsket til leiaren din
mobility-kind-hospitation = Hospitering
mobility-kind-rotation = Jobbrotasjon
mobility-kind-job-swap = Jobbyte
mobility-kind-trial = Prøveordning
mobility-kind-visit = Besøk
mobility-kind-mentoring = Mentor
mobility-kind-peer-coaching = Kollegarettleiing
mobility-all-kinds = Alle typar
mobility-stage-applied = Ventar på leiar
mobility-stage-approved = Ventar på vertskap
mobility-stage-agreed = Avtalt
mobility-stage-completed = Gjennomført
mobility-stage-declined = Avslått
mobility-stage-withdrawn = Trekt
mobility-stage = Status
mobility-steps = Steg
mobility-side-participant = Evalueringa til deltakaren
mobility-side-host = Evalueringa til vertskapet
mobility-refused-wrong-stage = Dette kan ikkje gjerast i det steget søknaden er i no.
mobility-refused-not-started = Evalueringa kan givast når perioden har byrja.
mobility-refused-overlaps = Personen har alt ein avtale som overlappar desse datoane.
mobility-refused-full = Alle plassane er tekne i denne perioden. Vel andre datoar.
mobility-refused-already-applied = Du har alt ein søknad på veg for dette tilbodet.
mobility-refused-not-open-to-you = Dette tilbodet er ikkje ope for stillinga di.
mobility-refused-own-opportunity = Du kan ikkje søkje på ditt eige tilbod.
mobility-refused-closed = Tilbodet tek ikkje imot søknader no.
mobility-refused-already-evaluated = Denne sida har alt evaluert.
mobility-todo = Ventar på deg
mobility-todo-approve = godkjenn eller avslå
mobility-todo-accept = svar og lag avtale
mobility-todo-evaluate = evaluer
mobility-mine = Søknadene og avtalane mine
mobility-mine-none = Du har ingen søknader enno. Finn eit tilbod nedanfor, eller be om det du ønskjer.
mobility-offers = Tilbod
mobility-requests = Ønske frå tilsette
mobility-requests-intro = Tilsette som vil hospitere eller rotere, og som leiaren deira har godkjent. Kan eininga di ta imot?
mobility-none = Ingen tilbod enno. Tilby hospitering frå eininga di, så finn kollegaer i nettverket det her.
mobility-no-match = Ingen tilbod passar søket.
mobility-closed = Stengt
mobility-full = fullt
mobility-places = { $count ->
    [one] éin plass
   *[other] { $formatted } plassar
}
mobility-by-agreement = etter avtale
mobility-host-me = Meg sjølv (eg tilbyr)
field-mobility-kind = Type
field-mobility-host = Kven tilbyr
field-mobility-reach = Kven kan sjå og søkje
field-mobility-weeks = Faste veker
field-mobility-host-unit = Eininga som tek imot
field-places = Plassar samstundes
field-percent = Stillingsprosent
field-year = År
field-starts-on = Frå dato
field-ends-on = Til dato
field-open-to = Ope for stillingskodar
field-period = Periode
field-motivation = Kvifor vil du dette?
field-goals = Læringsmål
field-tasks = Oppgåver
field-contact = Kontaktperson
field-terms-note = Merknad om løn og vilkår (valfritt)
field-reflection = Ny refleksjon
field-rating = Kor nyttig var det?
field-learnt = Kva lærte du, og kva tek du med deg tilbake?
field-learnt-host = Kva fekk de ut av det, og kva lærte deltakaren?
field-improve = Kva kunne vore betre?
err-bad-weeks = Skriv vekenummer (1–53) skilde med komma, til dømes 12, 22, 45-46.
err-ends-before-start = Sluttdatoen kan ikkje vere før startdatoen.
mobility-when = Når
mobility-when-help = Faste veker (som veke 12, 22 og 45), éin periode med datoar, eller ingen av delane dersom datoane blir avtalte for kvar einskild.
mobility-weeks-help = Måndag til fredag i kvar veke.
mobility-open-to-help = La stå tom for å opne for alle. Elles stillingskodar skilde med komma.
mobility-builds = Kompetanse det byggjer
mobility-offered-by = Tilbode av
mobility-asked-by = Ønskt av
mobility-apply = Søk
mobility-apply-intro = Søknaden går først til leiaren din. Når leiaren har godkjent, svarar vertskapet og de lagar ein avtale.
mobility-propose-dates = Foreslå datoar (valfritt) – dei endelege datoane står i avtalen.
mobility-motivation-help = Kva vil du lære, og korleis kan det kome arbeidsplassen din til gode?
mobility-apply-send = Send søknaden
mobility-applications = Søknader
mobility-applications-none = Ingen søknader enno.
mobility-close = Steng for nye søknader
mobility-reopen = Opne for søknader igjen
mobility-person = Person
mobility-dates = Datoar
mobility-home = Arbeidsgivar
mobility-host = Vertskap
mobility-no-host-yet = Ingen enno – ventar på ei eining som vil ta imot
mobility-working-days = { $count ->
    [one] éin arbeidsdag
   *[other] { $formatted } arbeidsdagar
}
mobility-approved-by = Godkjent av leiar
mobility-terms-stay = Løn og vilkår blir hos arbeidsgivaren.
mobility-decline-reason = Grunngiving
mobility-approve-heading = Godkjenn søknaden
mobility-approve-intro = Når du godkjenner, blir løn og vilkår hos dykk medan personen er borte. Vertskapet svarar deretter.
mobility-approve = Godkjenn
mobility-decline = Avslå
mobility-accept-heading = Ta imot og lag avtale
mobility-take-up-heading = Ta imot på eininga di
mobility-accept-intro = Avtalen gir datoar, læringsmål, oppgåver og ein kontaktperson hos dykk. Deltakaren og leiaren får melding.
mobility-tasks-help = Oppgåvene står på attesten.
mobility-accept = Godta og lag avtale
mobility-log = Refleksjonslogg
mobility-log-intro = Berre deltakaren og kontaktpersonen ser loggen.
mobility-log-none = Ingenting skrive enno.
mobility-log-add = Lagre i loggen
mobility-evaluations = Evalueringar
mobility-evaluate = Evaluer
mobility-evaluate-participant = Korleis gjekk det? Når begge sider har evaluert, er hospiteringa gjennomført, og kompetansen kjem i profilen din.
mobility-evaluate-host = Korleis gjekk det for dykk? Når begge sider har evaluert, er hospiteringa gjennomført.
mobility-evaluate-later = Evalueringa opnar når perioden byrjar.
mobility-evaluate-send = Send evalueringa
mobility-rating-1 = Lite nyttig
mobility-rating-2 = Litt nyttig
mobility-rating-3 = Nyttig
mobility-rating-4 = Svært nyttig
mobility-rating-5 = Svært nyttig – tilrådd
mobility-rating-of = { $count } av { $total }
mobility-withdraw = Trekk søknaden
mobility-withdraw-confirm = Trekkje søknaden? Leiaren og vertskapet får melding.
mobility-attestation = Attest
mobility-attestation-text = Det vert stadfesta at { $name } har gjennomført ordninga nedanfor.
mobility-attestation-not-yet = Attesten kan skrivast ut når begge sider har evaluert.
mobility-back-to-placement = Tilbake til avtalen
mobility-completed-on = Gjennomført
mobility-signature = Stad, dato og underskrift for vertskapet: ______________________________
print = Skriv ut
flows-title = Utlånt og motteken kompetanse
flows-intro = Kven frå einingane dine har vore ein annan stad, og kven de har teke imot – i arbeidsdagar. Deling går begge vegar.
flows-between-orgs = Mellom verksemdene i nettverket
flows-matrix-help = Radene er arbeidsgivaren, kolonnane vertskapet. Mørkare felt tyder fleire personar.
flows-matrix-caption = Personar og arbeidsdagar frå arbeidsgivar (rad) til vertskap (kolonne)
flows-from-to = Frå ↓ / til →
flows-people = { $count ->
    [one] éin person
   *[other] { $formatted } personar
}
flows-lent = Utlånt
flows-received = Motteke
flows-lent-days = { $count ->
    [one] éin arbeidsdag utlånt
   *[other] { $formatted } arbeidsdagar utlånt
}
flows-received-days = { $count ->
    [one] éin arbeidsdag motteken
   *[other] { $formatted } arbeidsdagar mottekne
}
flows-nobody = Ingen enno.
flows-none = Ingen avtalar enno. Når nokon hospiterer eller roterer, blir det vist her.
flows-other-side = Hos / frå
flows-days = Arbeidsdagar
mail-placement-applied-subject = Søknad til godkjenning: { $title }
mail-placement-applied-body = { $person } søkjer om { $title }. Godkjenn eller avslå i Saman. Løn og vilkår blir hos dykk.
mail-placement-approved-subject = Godkjent av leiar: { $title }
mail-placement-approved-body = Søknaden frå { $person } om { $title } er godkjend av leiaren. No svarar vertskapet og lagar avtale.
mail-placement-declined-subject = Søknaden vart avslått: { $title }
mail-placement-declined-body = Søknaden om { $title } vart avslått. Sjå grunngivinga i Saman.
mail-placement-withdrawn-subject = Søknaden er trekt: { $title }
mail-placement-withdrawn-body = { $person } har trekt søknaden om { $title }.
mail-placement-agreed-subject = Avtalt: { $title } { $dates }
mail-placement-agreed-body = { $person } er avtalt for { $title } { $dates }. Læringsmål, oppgåver og kontaktperson står i avtalen i Saman.
mail-placement-completed-subject = Gjennomført: { $title }
mail-placement-completed-body = { $title } er gjennomført og evaluert av begge sider. Attesten kan skrivast ut frå Saman.
field-terms = Løn og vilkår blir hos oss medan personen er borte
mobility-err-terms = Stadfest at løn og vilkår blir hos dykk.
mobility-offer-nowhere = Du kan tilby frå einingar du leier, eller som HR i verksemda. Du kan òg tilby noko sjølv når brukaren din er knytt til ein person.
mobility-week = Veke { $week }
mobility-weeks = Veke { $weeks }
## Mentoring programmes
mentoring-title = Mentorordningar og kollegarettleiing
mentoring-link = Mentorordningar og kollegarettleiing
mentoring-intro = Program som «første år som sjukepleiar» eller «ny leiar»: mentorar med kapasitet, mentees med mål, og ei optimal samansetjing av para – på tvers av einingar og fag. Kvart par ser kvifor dei vart sette saman.
mentoring-new = Nytt program
mentoring-new-intro = Gi programmet eit namn og bestem reglane. Deltakarane meldar seg på sjølve; så set du saman para.
mentoring-create = Opprett programmet
mentoring-my-pairs = Para mine
mentoring-programmes = Program
mentoring-none = Ingen program enno.
mentoring-none-create = Ingen program enno. Opprett eitt, så kan tilsette melde seg på som mentor eller mentee.
mentoring-mentors = { $count ->
    [one] éin mentor
   *[other] { $formatted } mentorar
}
mentoring-mentees = { $count ->
    [one] éin mentee
   *[other] { $formatted } mentees
}
mentoring-kind-mentoring = Mentorordning
mentoring-kind-peer-coaching = Kollegarettleiing
field-mentoring-kind = Type program
field-across-units = På tvers av einingar
field-across-professions = På tvers av fag
mentoring-across-any = speler inga rolle
mentoring-across-preferred = føretrekt
mentoring-across-required = påkravd
mentoring-rule-units = På tvers av einingar: { $rule }
mentoring-rule-professions = på tvers av fag: { $rule }
mentoring-never-leader = Ingen får sin eigen leiar som mentor.
mentoring-join = Meld deg på
mentoring-join-send = Meld meg på
mentoring-joined-as = Du er med som { $role }.
field-mentoring-role = Eg vil vere
mentoring-as-mentee = mentee – eg vil ha ein mentor
mentoring-as-mentor = mentor – eg vil dele det eg kan
field-mentoring-capacity = Kor mange mentees du kan ta (mentor)
field-mentoring-goals = Mål
mentoring-goals-help = Kva vil du lære eller dele? Felles mål tel når para blir sette saman.
mentoring-competences = Kompetanse du vil ha (mentee) eller kan dele (mentor)
mentoring-role-mentor = Mentor
mentoring-role-mentee = Mentee
mentoring-participants = Deltakarar
mentoring-participants-none = Ingen har meldt seg på enno. Del lenkja til programmet.
mentoring-paired = Par
mentoring-match = Set saman para
mentoring-rematch = Set saman på nytt
mentoring-match-help = Låste og godtekne par blir ståande. Par som er avslått eller forbodne, blir ikkje føreslått igjen.
mentoring-pairs = Par
mentoring-pairs-none = Ingen par enno.
mentoring-unmatched = Utan par enno: { $list }. Ingen tillaten mentor har plass.
mentoring-fit = Kor godt dei passar
mentoring-why = Kvifor de passar saman:
mentoring-why-complements = Mentoren kan det mentee vil lære: { $list }
mentoring-why-goals = Felles mål: { $list }
mentoring-why-units = På tvers av einingar
mentoring-why-professions = På tvers av fag
mentoring-why-organisations = På tvers av verksemder
mentoring-pair-proposed = Føreslått
mentoring-pair-accepted = Godteke
mentoring-pair-declined = Avslått
mentoring-pair-locked = Låst av koordinator
mentoring-accept = Godta
mentoring-decline = Avslå
mentoring-decline-confirm = Avslå paret? Du får eit nytt forslag dersom det finst eitt.
mentoring-rules-heading = Lås eller forby eit par
mentoring-rules-help = Eit låst par blir ståande når para blir sette saman på nytt. Eit forbode par blir aldri føreslått.
mentoring-rule = Regel
mentoring-rule-lock = Lås paret
mentoring-rule-forbid = Forby paret
mentoring-rule-save = Lagre regelen
mentoring-refused-full = Mentoren har ikkje plass til fleire.
mentoring-refused-not-allowed = Reglane tillèt ikkje dette paret (til dømes eigen leiar, eller same eining når det krevst på tvers).
mentoring-refused-joined = Du er alt med i programmet.
mentoring-refused-answered = Paret er alt svart på.
mail-pair-proposed-subject = Forslag til mentorpar: { $title }
mail-pair-proposed-body = Du er føreslått i eit par i { $title }. Sjå kvifor de passar saman, og godta eller avslå i Saman.
mentoring-refused-settled = Mentee har alt godteke eit par.
mobility-any-week = Kva som helst av vekene
mobility-allocate = Fordel vekene
mobility-allocate-help = Gir dei godkjende søkjarane ei veke kvar: så mange som plassane rekk, helst i veka dei bad om. Så lagar du avtalane som vanleg.
mobility-allocated = { $count ->
    [one] Éin søkjar fekk ei veke.
   *[other] { $formatted } søkjarar fekk ei veke.
}
mobility-left-out = { $count ->
    [0] Alle fekk plass.
    [one] Éin fekk ikkje plass i nokon av vekene.
   *[other] { $formatted } fekk ikkje plass i nokon av vekene.
}
mobility-no-week-yet = inga veke enno
mentoring-as-coachee = den som får rettleiing – eg vil ha ein kollega å sparre med
mentoring-as-coach = kollegarettleiar – eg vil rettleie ein kollega
