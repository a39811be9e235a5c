# Import av organisasjonsfiler. Grensesnittet set «Linje 3, kolonne X:» framfor meldinga.
# Variablar: $line, $column (standardnamnet på kolonnen), $value (verdien, eller linja det strid mot).

import-err-empty-file = Fila har ingen rader med data. Ho må ha ei overskriftsrad og minst éi rad under.
import-err-too-many-rows = Fila har fleire rader enn det går an å importere på éin gong ({ $value }). Del opp fila.
import-err-bad-xlsx = Reknearket kunne ikkje lesast. Lagra det på nytt som .xlsx, eller eksporter til CSV.
import-err-bad-encoding = Fila ser ikkje ut som ei tekstfil. Lagra ho som CSV (UTF-8) eller som .xlsx.
import-err-wrong-field-count = Rada har { $value } felt, og det stemmer ikkje med overskriftsrada. Sjekk skiljeteikn og hermeteikn i rada.
import-err-missing-column = Kolonnen «{ $column }» manglar. Legg han til i overskriftsrada, eller last ned malen for å sjå kva kolonnar som trengst.
import-err-duplicate-column = Kolonnen «{ $column }» finst meir enn éin gong (òg som «{ $value }»). Fjern den eine.
import-err-end-before-start = Sluttdatoen er før startdatoen. Rett ein av datoane.
import-err-duplicate-position = Stillinga står òg på linje { $value }. Kvar stilling skal berre stå éin gong. Har same person to stillingar i same eining, må dei ha kvar sitt stillingsnummer.
import-err-unit-conflict = Eininga er skildra annleis på linje { $value }. Namn, overordna eining og einingstype må vere like på alle linjer med same einingskode.
import-err-person-conflict = Den tilsette står med andre opplysningar på linje { $value }. Namn, e-post og fødselsår må vere like på alle linjer med same tilsettnummer.
import-err-unknown-parent = Fann inga eining med koden «{ $value }», verken i fila eller i Saman. Sjekk koden, eller ta med den overordna eininga i fila.
import-err-unit-cycle = Eininga hamnar under seg sjølv (via «{ $value }»). Rett overordna einingskode slik at einingane dannar eit tre.
import-err-two-leaders = Eininga har alt ein leiar på linje { $value }. Ei eining kan berre ha éin leiar.
import-err-bad-flag = «{ $value }» er ikkje eit gyldig svar. Bruk ja eller nei, eller la feltet stå tomt.
import-err-unknown-person = Ingen tilsette i denne organisasjonen har nummeret «{ $value }». Importer organisasjonen først, eller sjekk nummeret.
import-err-unknown-competence = «{ $value }» finst ikkje i katalogen. Bruk nøkkelen til kompetansen eller namnet slik det står under Kompetanse.
import-err-bad-level = Nivået { $value } er utanfor skalaen til kompetansen.
import-err-expires-before-obtained = Utløpsdatoen er før datoen kompetansen vart oppnådd. Rett ein av datoane.
import-err-duplicate-holding = Same person og kompetanse står også på linje { $value }. Kvar kan berre stå éin gong.
