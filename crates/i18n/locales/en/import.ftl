# Importing organisation files. The interface puts "Line 3, column X:" before each message.
# Variables: $line, $column (the column's canonical name), $value (the value, or the line it conflicts with).

import-err-empty-file = The file has no data rows. It needs a header row and at least one row below it.
import-err-too-many-rows = The file has more rows than can be imported at once ({ $value }). Split the file.
import-err-bad-xlsx = The spreadsheet could not be read. Save it again as .xlsx, or export to CSV.
import-err-bad-encoding = The file does not look like a text file. Save it as CSV (UTF-8) or as .xlsx.
import-err-wrong-field-count = The row has { $value } fields, which does not match the header row. Check separators and quotation marks in the row.
import-err-missing-column = The column “{ $column }” is missing. Add it to the header row, or download the template to see which columns are needed.
import-err-duplicate-column = The column “{ $column }” appears more than once (also as “{ $value }”). Remove one of them.
import-err-end-before-start = The end date is before the start date. Correct one of the dates.
import-err-duplicate-position = This position also appears on line { $value }. Each position may appear only once. If one person has two positions in the same unit, give each its own position number.
import-err-unit-conflict = The unit is described differently on line { $value }. Name, parent unit and unit type must be the same on every line with the same unit code.
import-err-person-conflict = The employee has different details on line { $value }. Name, e-mail and birth year must be the same on every line with the same employee number.
import-err-unknown-parent = No unit has the code “{ $value }”, neither in the file nor in Saman. Check the code, or include the parent unit in the file.
import-err-unit-cycle = The unit ends up under itself (via “{ $value }”). Correct the parent unit code so the units form a tree.
import-err-two-leaders = The unit already has a leader on line { $value }. A unit can have only one leader.
import-err-bad-flag = “{ $value }” is not a valid answer. Use yes or no (ja/nei), or leave the cell empty.
import-err-unknown-person = No employee in this organisation has the number “{ $value }”. Import the organisation first, or check the number.
import-err-unknown-competence = “{ $value }” is not in the catalogue. Use the competence key or its name as shown under Competence.
import-err-bad-level = The level { $value } is outside the competence’s scale.
import-err-expires-before-obtained = The expiry date is before the date obtained. Correct one of the dates.
import-err-duplicate-holding = The same person and competence are also on line { $value }. Each may appear only once.
