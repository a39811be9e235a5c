//! Names: people, places and the rules that turn them into unit names and e-mails.

pub(crate) const GIVEN_NAMES: &[&str] = &[
    "Kari",
    "Ole",
    "Åse",
    "Bjørn",
    "Anne",
    "Per",
    "Ingrid",
    "Lars",
    "Marit",
    "Jon",
    "Solveig",
    "Knut",
    "Hilde",
    "Arne",
    "Ingeborg",
    "Geir",
    "Randi",
    "Terje",
    "Liv",
    "Svein",
    "Berit",
    "Øystein",
    "Tone",
    "Håkon",
    "Sigrid",
    "Espen",
    "Gunn",
    "Trond",
    "Nina",
    "Eirik",
    "Silje",
    "Magnus",
    "Ida",
    "Sindre",
    "Nora",
    "Henrik",
    "Emma",
    "Jonas",
    "Thea",
    "Sander",
    "Ragnhild",
    "Tor",
    "Astrid",
    "Odd",
    "Grete",
    "Kjell",
    "Eli",
    "Stian",
    "Marte",
    "Vegard",
    "Line",
    "Øyvind",
    "Mari",
    "Aksel",
    "Hanne",
    "Rune",
    "Kristin",
    "Frode",
    "Camilla",
    "Torbjørn",
    "Anne-Lise",
    "Sølvi",
    "Ståle",
    "Gro",
    "Fatima",
    "Ahmed",
    "Agnieszka",
    "Tomasz",
    "Maria",
    "Linh",
    "René",
    "Bård",
];

pub(crate) const FAMILY_NAMES: &[&str] = &[
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Johnsen",
    "Pettersen",
    "Eriksen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johannessen",
    "Andreassen",
    "Jacobsen",
    "Dahl",
    "Jørgensen",
    "Halvorsen",
    "Henriksen",
    "Lund",
    "Sørensen",
    "Moen",
    "Gundersen",
    "Iversen",
    "Strand",
    "Solberg",
    "Svendsen",
    "Eide",
    "Knutsen",
    "Martinsen",
    "Paulsen",
    "Bakken",
    "Mathisen",
    "Lie",
    "Amundsen",
    "Nguyen",
    "Rasmussen",
    "Ali",
    "Lunde",
    "Solheim",
    "Moe",
    "Kvamme",
    "Sæther",
    "Øvrebø",
    "Aasen",
    "Haaland",
    "Tveit",
    "Myklebust",
    "Brekke",
    "Sandvik",
    "Nygård",
    "Våge",
    "Håland",
    "Ødegård",
    "Bø",
    "Lægreid",
    "Fosse",
    "Kowalski",
    "Hauge",
    "Rød",
];

/// Places, used for schools and home-care districts.
pub(crate) const PLACES: &[&str] = &[
    "Lia",
    "Haugen",
    "Vik",
    "Strandli",
    "Eide",
    "Moen",
    "Dalen",
    "Sandvik",
    "Holmen",
    "Nesset",
    "Kvamme",
    "Åsen",
    "Høyland",
    "Sletta",
    "Tveit",
    "Fjellsiden",
    "Bakkebø",
    "Skogen",
    "Elvebakken",
    "Myra",
    "Furuhaugen",
    "Kyrkjebø",
    "Hauge",
    "Sundet",
    "Bruland",
    "Øvre Vik",
    "Tjønna",
    "Lunde",
    "Risa",
    "Grønli",
    "Solheim",
    "Vågen",
    "Nordvik",
    "Sørvik",
    "Stølen",
    "Hovden",
    "Bjørkeli",
    "Furuli",
    "Granli",
    "Eikeli",
    "Lønningen",
    "Brekke",
    "Hamre",
    "Lyngbø",
    "Midtbø",
    "Fosse",
    "Løvås",
    "Kleiva",
    "Skaret",
    "Ytre Sund",
];

pub(crate) const CARE_HOMES: &[&str] = &[
    "Fjordtun",
    "Solbakken",
    "Sjøtun",
    "Eidetun",
    "Lindheim",
    "Bakketun",
    "Havly",
    "Fjellheim",
    "Solgløtt",
    "Furuly",
    "Åsheim",
    "Strandheim",
    "Lyngtun",
    "Bjørketun",
    "Nordtun",
    "Vikheim",
    "Heimly",
    "Granly",
    "Lunden",
    "Solvang",
    "Fredheim",
    "Kveldsol",
    "Eikely",
    "Liatun",
    "Brattli",
    "Sundtun",
    "Haugtun",
    "Rosetun",
    "Lykketun",
    "Fjordly",
];

pub(crate) const KINDERGARTENS: &[&str] = &[
    "Solsikken",
    "Blåbærtua",
    "Tyttebæret",
    "Maurtua",
    "Ekornet",
    "Trollskogen",
    "Regnbuen",
    "Marihøna",
    "Humla",
    "Smørblomsten",
    "Hestehoven",
    "Kongleskogen",
    "Fjordglimt",
    "Sjøstjerna",
    "Tusenfryd",
    "Lykkeliten",
    "Bamsebo",
    "Revehiet",
    "Hakkespetten",
    "Blåklokka",
    "Stjerneskudd",
    "Knerten",
    "Tuftekallen",
    "Eventyrhagen",
    "Furutoppen",
    "Vesle Lia",
    "Måkeskrik",
    "Skattekista",
    "Musestua",
    "Nøtteliten",
];

/// How the leaf units of one department are named.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Naming {
    /// Put in front of every name, e.g. `Hjemmetjenesten sone`.
    pub prefix: &'static str,
    /// Cycled through first.
    pub stems: &'static [&'static str],
    /// Cycled through once the stems run out (`skole`, `ungdomsskole`, …).
    pub suffixes: &'static [&'static str],
    /// `prefix 1`, `prefix 2`, … instead of stems (hospital wards).
    pub numbered: bool,
}

impl Naming {
    pub(crate) const fn stems(stems: &'static [&'static str], suffixes: &'static [&'static str]) -> Naming {
        Naming { prefix: "", stems, suffixes, numbered: false }
    }

    pub(crate) const fn fixed(stems: &'static [&'static str]) -> Naming {
        Naming { prefix: "", stems, suffixes: &[], numbered: false }
    }

    pub(crate) const fn numbered(prefix: &'static str) -> Naming {
        Naming { prefix, stems: &[], suffixes: &[], numbered: true }
    }

    pub(crate) const fn zones(prefix: &'static str, stems: &'static [&'static str]) -> Naming {
        Naming { prefix, stems, suffixes: &[], numbered: false }
    }

    /// The name of leaf `i` out of `count`.
    pub(crate) fn name(&self, i: usize, count: usize) -> String {
        if self.numbered || self.stems.is_empty() {
            return if count <= 1 { self.prefix.to_string() } else { format!("{} {}", self.prefix, i + 1) };
        }
        let stem = self.stems[i % self.stems.len()];
        let round = i / self.stems.len();
        let (suffix, repeat) =
            if self.suffixes.is_empty() { ("", round) } else { (self.suffixes[round % self.suffixes.len()], round / self.suffixes.len()) };
        let mut name = String::new();
        for part in [self.prefix, stem, suffix] {
            if !part.is_empty() {
                if !name.is_empty() {
                    name.push(' ');
                }
                name.push_str(part);
            }
        }
        if repeat > 0 {
            name.push_str(&format!(" {}", repeat + 1));
        }
        name
    }
}

/// Lowercase ASCII for e-mail local parts: `æ→ae`, `ø→o`, `å→a`, accents dropped,
/// anything else but letters, digits and `-` removed.
pub(crate) fn ascii_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' | '-' => out.push(c),
            'æ' => out.push_str("ae"),
            'ø' | 'ö' | 'ó' | 'ò' => out.push('o'),
            'å' | 'ä' | 'á' | 'à' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'ü' | 'ú' => out.push('u'),
            'í' | 'ï' => out.push('i'),
            ' ' => out.push('-'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_handles_norwegian_letters() {
        assert_eq!(ascii_fold("Åse"), "ase");
        assert_eq!(ascii_fold("Sæther"), "saether");
        assert_eq!(ascii_fold("Øvrebø"), "ovrebo");
        assert_eq!(ascii_fold("Anne-Lise"), "anne-lise");
        assert_eq!(ascii_fold("René"), "rene");
    }

    #[test]
    fn naming_cycles_without_repeating() {
        let n = Naming::stems(&["Lia", "Vik"], &["skole", "ungdomsskole"]);
        let names: Vec<String> = (0..6).map(|i| n.name(i, 6)).collect();
        assert_eq!(names, ["Lia skole", "Vik skole", "Lia ungdomsskole", "Vik ungdomsskole", "Lia skole 2", "Vik skole 2"]);
        let w = Naming::numbered("Medisinsk sengepost");
        assert_eq!(w.name(0, 1), "Medisinsk sengepost");
        assert_eq!(w.name(2, 4), "Medisinsk sengepost 3");
        let z = Naming::zones("Hjemmetjenesten sone", &["nord", "sør"]);
        assert_eq!(z.name(1, 3), "Hjemmetjenesten sone sør");
        assert_eq!(z.name(2, 3), "Hjemmetjenesten sone nord 2");
    }

    #[test]
    fn name_lists_are_rich_enough() {
        assert!(GIVEN_NAMES.len() >= 60 && FAMILY_NAMES.len() >= 60);
        for list in [GIVEN_NAMES, FAMILY_NAMES, PLACES, CARE_HOMES, KINDERGARTENS] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), list.len(), "duplicate in a name list");
        }
    }
}
