//! Copies the pinned front-end packages from `node_modules` (installed by `npm ci`)
//! into the build, so the binary carries them and nothing third-party is committed.

use std::path::PathBuf;

const ASSETS: &[(&str, &str)] = &[
    ("designsystemet.css", "@digdir/designsystemet-css/dist/src/index.css"),
    ("theme.css", "@digdir/designsystemet-theme/src/themes/designsystemet.css"),
    ("htmx.min.js", "htmx.org/dist/htmx.min.js"),
    ("inter-400.woff2", "@fontsource/inter/files/inter-latin-400-normal.woff2"),
    ("inter-600.woff2", "@fontsource/inter/files/inter-latin-600-normal.woff2"),
    ("inter-700.woff2", "@fontsource/inter/files/inter-latin-700-normal.woff2"),
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir")).join("../../node_modules");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    for (name, rel) in ASSETS {
        let src = root.join(rel);
        println!("cargo:rerun-if-changed={}", src.display());
        let bytes =
            std::fs::read(&src).unwrap_or_else(|e| panic!("{} is missing ({e}); run `npm ci` in the repository root first", src.display()));
        std::fs::write(out.join(name), bytes).expect("write asset");
    }
}
