//! The template file offered for download, and the column documentation for the help page.

use crate::columns::{COLUMNS, ColumnDoc};

/// The canonical header and three example lines: a sector with a staff position, and a care
/// home under it with its leader and a nurse. One person holds positions in both units.
pub const TEMPLATE_CSV: &str = "\
Ansattnummer;Fornavn;Etternavn;E-post;Fødselsår;Enhetskode;Enhet;Overordnet enhetskode;Enhetstype;Stillingstittel;Stillingskode;Stillingsprosent;Startdato;Sluttdato;Leder;Stillingsnummer;Nærmeste leder
10467;Aisha;Rahman;aisha.rahman@kommune.no;1992;HO;Helse og omsorg;;sektor;Fagutviklingssykepleier;7174;20;01.09.2024;31.08.2026;nei;S-1002;
10234;Ola;Haugen;ola.haugen@kommune.no;1979;HO-SOL;Solbakken sykehjem;HO;enhet;Enhetsleder;;100;01.03.2019;;ja;S-2001;
10467;Aisha;Rahman;aisha.rahman@kommune.no;1992;HO-SOL;Solbakken sykehjem;HO;enhet;Sykepleier;7174;80;15.01.2022;;nei;S-2002;
";

/// Every column with its canonical name, whether it is required, and what it holds.
pub fn columns() -> &'static [ColumnDoc] {
    &COLUMNS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::normalize;

    #[test]
    fn template_header_is_canonical_and_complete() {
        let header: Vec<&str> = TEMPLATE_CSV.lines().next().unwrap_or_default().split(';').collect();
        let names: Vec<&str> = columns().iter().map(|c| c.name).collect();
        assert_eq!(header, names);
        assert!(columns().iter().all(|c| !c.description.is_empty() && !normalize(c.name).is_empty()));
    }
}
