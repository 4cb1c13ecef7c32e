//! The query layer reaches storage only through `Store`'s typed methods:
//! no key encoding, no raw key offsets, no byte-bounded ranges (key layout
//! lives in `store/keys.rs`).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn query_builds_no_key_bytes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/query");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    assert!(
        files.len() > 5,
        "query sources not found in {}",
        dir.display()
    );
    let forbidden = [
        "keys::",
        "store::keys",
        "&k[",
        "Vec<u8>",
        "value_range(",
        "to_be_bytes",
        "prefix_end",
    ];
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for bad in forbidden {
                if line.contains(bad) {
                    found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "key layout used in query/:\n{}",
        found.join("\n")
    );
}
