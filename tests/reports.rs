//! The sample reports in reports/ are exactly what `reports/generate.sh` makes
//! now: every format is golden-tested and output is deterministic (no
//! timestamps, no absolute paths, stable order).

mod common;
use common::root;
use std::path::Path;
use std::process::Command;

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn reports_regenerate_identically() {
    let fresh = tempfile::tempdir().expect("temp dir");
    let status = Command::new("bash")
        .arg("reports/generate.sh")
        .arg(fresh.path())
        .env("SPINCHECK", env!("CARGO_BIN_EXE_spincheck"))
        .current_dir(root())
        .status()
        .expect("generate.sh runs");
    assert!(status.success());
    let committed = root().join("reports");
    let made = files(fresh.path());
    assert!(made.len() >= 16, "{} files", made.len());
    for path in made {
        let rel = path.strip_prefix(fresh.path()).unwrap();
        let want = std::fs::read(committed.join(rel))
            .unwrap_or_else(|_| panic!("reports/{} missing", rel.display()));
        let got = std::fs::read(&path).unwrap();
        assert!(
            want == got,
            "reports/{} differs from a fresh run",
            rel.display()
        );
    }
}
