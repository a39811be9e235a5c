# Import av organisasjonsfiler. Grensesnittet setter «Linje 3, kolonne X:» foran meldingen.
# Variabler: $line, $column (kolonnens standardnavn), $value (verdien, eller linjen det står i strid med).

import-err-empty-file = Filen har ingen rader med data. Den må ha en overskriftsrad og minst én rad under den.
import-err-too-many-rows = Filen har flere rader enn det går an å importere på én gang ({ $value }). Del opp filen.
import-err-bad-xlsx = Regnearket kunne ikke leses. Lagre det på nytt som .xlsx, eller eksporter til CSV.
import-err-bad-encoding = Filen ser ikke ut som en tekstfil. Lagre den som CSV (UTF-8) eller som .xlsx.
import-err-wrong-field-count = Raden har { $value } felt, og det stemmer ikke med overskriftsraden. Sjekk skilletegn og anførselstegn i raden.
import-err-missing-column = Kolonnen «{ $column }» mangler. Legg den til i overskriftsraden, eller last ned malen for å se hvilke kolonner som trengs.
import-err-duplicate-column = Kolonnen «{ $column }» finnes mer enn én gang (også som «{ $value }»). Fjern den ene.
import-err-end-before-start = Sluttdatoen er før startdatoen. Rett en av datoene.
import-err-duplicate-position = Stillingen står også på linje { $value }. Hver stilling skal bare stå én gang. Har samme person to stillinger i samme enhet, må de ha hvert sitt stillingsnummer.
import-err-unit-conflict = Enheten er beskrevet annerledes på linje { $value }. Navn, overordnet enhet og enhetstype må være like på alle linjer med samme enhetskode.
import-err-person-conflict = Den ansatte står med andre opplysninger på linje { $value }. Navn, e-post og fødselsår må være like på alle linjer med samme ansattnummer.
import-err-unknown-parent = Fant ingen enhet med koden «{ $value }», verken i filen eller i Saman. Sjekk koden, eller ta med den overordnede enheten i filen.
import-err-unit-cycle = Enheten havner under seg selv (via «{ $value }»). Rett overordnet enhetskode slik at enhetene danner et tre.
import-err-two-leaders = Enheten har allerede en leder på linje { $value }. En enhet kan bare ha én leder.
import-err-bad-flag = «{ $value }» er ikke et gyldig svar. Bruk ja eller nei, eller la feltet stå tomt.
import-err-unknown-person = Ingen ansatte i denne organisasjonen har nummeret «{ $value }». Importer organisasjonen først, eller sjekk nummeret.
import-err-unknown-competence = «{ $value }» finnes ikke i katalogen. Bruk kompetansens nøkkel eller navnet slik det står under Kompetanse.
import-err-bad-level = Nivået { $value } er utenfor kompetansens skala.
import-err-expires-before-obtained = Utløpsdatoen er før datoen kompetansen ble oppnådd. Rett en av datoene.
import-err-duplicate-holding = Samme person og kompetanse står også på linje { $value }. Hver kan bare stå én gang.
