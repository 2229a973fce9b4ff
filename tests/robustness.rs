//! Bad and hostile input: every case ends with a clear one-line message naming
//! the file, exit code 2 for errors, no panic, no partial output.

mod common;
use common::*;
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

fn stderr_of(out: &std::process::Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// Every finding's text is its span of the file, and line/column agree with it.
fn assert_spans(file: &str, report: &serde_json::Value) {
    for f in report["files"][0]["findings"].as_array().unwrap() {
        let (start, end) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&file[start..end], f["text"].as_str().unwrap());
        let before = &file[..start];
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        assert_eq!(
            f["column"].as_u64().unwrap() as usize,
            before[line_start..].chars().count() + 1
        );
    }
}

#[test]
fn invalid_utf8_names_the_byte_offset_and_lossy_continues() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.txt", b"Good text \xff\xfe here.");
    let corpus = write(dir.path(), "src.txt", b"Good text here.");
    let out = run(&["check", &bad, "--corpus", &corpus], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("bad.txt") && err.contains("invalid UTF-8 at byte 10"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    assert!(out.stdout.is_empty());
    let (code, report) = check_json(&[&bad, "--corpus", &corpus, "--lossy"], None);
    assert_ne!(code, 2);
    assert_eq!(report["files"].as_array().unwrap().len(), 1);
}

#[test]
fn binary_files_are_errors_when_named_and_skipped_in_folders() {
    let dir = tempfile::tempdir().unwrap();
    let bin = write(
        dir.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    let ok = write(
        dir.path(),
        "ok.txt",
        b"The council approved the budget on Tuesday.",
    );
    let out = run(&["check", &bin, "--corpus", &ok], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("image.txt: binary file"));
    let out = run(
        &[
            "check",
            &ok,
            "--corpus",
            dir.path().to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let err = stderr_of(&out);
    assert!(
        err.contains("warning") && err.contains("image.txt"),
        "{err}"
    );
}

#[test]
fn empty_file_and_bom_and_line_ends() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(
        dir.path(),
        "src.txt",
        "The mayor said the plan was good.\r\n".as_bytes(),
    );
    let empty = write(dir.path(), "empty.txt", b"");
    let (code, report) = check_json(&[&empty, "--corpus", &corpus], None);
    assert_eq!(code, 0);
    assert!(
        report["files"][0]["findings"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let text = "\u{FEFF}The the mayor said.\r\nA recieved plan.\rIt was was good.";
    let file = write(dir.path(), "bom.txt", text.as_bytes());
    let (_, report) = check_json(&[&file, "--corpus", &corpus], None);
    assert_spans(text, &report);
    let lines: Vec<u64> = report["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert!(
        lines.contains(&1) && lines.contains(&2) && lines.contains(&3),
        "{lines:?}"
    );
}

#[test]
fn huge_single_line_and_repetitive_text_finish() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(
        dir.path(),
        "src.txt",
        b"The council approved the budget on Tuesday.",
    );
    let words = [
        "council", "said", "harbor", "budget", "the", "plan", "money",
    ];
    let line: String = (0..800_000)
        .map(|i| words[i * 7 % 11 % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    assert!(line.len() > 5_000_000);
    let long = write(dir.path(), "long.txt", line.as_bytes());
    let (code, _) = check_json(&[&long, "--corpus", &corpus, "--no-exit"], None);
    assert_eq!(code, 0);
    let repeated = "The council approved the budget on Tuesday. ".repeat(20_000);
    let rep = write(dir.path(), "rep.txt", repeated.as_bytes());
    let (code, report) = check_json(&[&rep, "--corpus", &corpus, "--no-exit"], None);
    assert_eq!(code, 0);
    assert!(
        !report["files"][0]["findings"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn files_over_the_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let corpus = write(dir.path(), "src.txt", b"Text.");
    let out = run(
        &["check", path.to_str().unwrap(), "--corpus", &corpus],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("huge.txt") && err.contains("over the limit"),
        "{err}"
    );
}

#[test]
fn quotes_scripts_emoji_and_combining_marks_keep_spans_exact() {
    let dir = tempfile::tempdir().unwrap();
    let source =
        "«Bonjour» said Ana. „Guten Tag“ said Jörg. 東京で会議が開かれた。 ‏שלום‏ 👍🏽 cafe\u{301}.";
    let suspect = "«Bonjour» said Ana Ana. „Guten Tag\" said Jörg. ‘Hi’ ’odd‘ \"x 東京で会議が開かれた。 ‏שלום‏ 👍🏽👍🏽 cafe\u{301} cafe\u{301} recieved.";
    let corpus = write(dir.path(), "src.txt", source.as_bytes());
    let file = write(dir.path(), "sus.txt", suspect.as_bytes());
    let (_, report) = check_json(&[&file, "--corpus", &corpus], None);
    assert_spans(suspect, &report);
    assert!(report["files"][0]["findings"].as_array().unwrap().len() >= 2);
}

#[test]
fn symlink_loops_and_unreadable_files_do_not_stop_a_walk() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(
        &corpus,
        "a.txt",
        b"The council approved the budget on Tuesday.",
    );
    std::os::unix::fs::symlink(&corpus, corpus.join("loop")).unwrap();
    let locked = corpus.join("locked.txt");
    std::fs::write(&locked, b"Secret text.").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let suspect = write(
        dir.path(),
        "s.txt",
        b"The council approved the budget on Tuesday.",
    );
    let out = run(
        &[
            "check",
            &suspect,
            "--corpus",
            corpus.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let err = stderr_of(&out);
    assert!(err.contains("symlink loop"), "{err}");
    let running_as_root = std::fs::read(&locked).is_ok();
    if !running_as_root {
        assert!(err.contains("locked.txt"), "{err}");
    }
}

#[test]
fn missing_paths_and_unwritable_output_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(dir.path(), "src.txt", b"Text here.");
    let out = run(&["check", "no/such/file.txt", "--corpus", &corpus], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(
        err.contains("no/such/file.txt") && err.lines().count() == 1,
        "{err}"
    );
    let out = run(&["check", &corpus, "--corpus", "no/such/corpus"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("no/such/corpus"));
    let target = dir.path().join("missing-dir/report.json");
    let out = run(
        &[
            "check",
            &corpus,
            "--corpus",
            &corpus,
            "--format",
            "json",
            "-o",
            target.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("report.json"));
    assert!(!target.exists());
    assert!(
        std::fs::read_dir(dir.path()).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".tmp"))
    );
}

#[test]
fn odd_file_names_survive_into_json() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(dir.path(), "src.txt", b"The mayor said it.");
    let name = "odd \"name\" <script>.txt";
    let file = write(dir.path(), name, b"The the mayor said it.");
    let (_, report) = check_json(&[&file, "--corpus", &corpus], None);
    assert_eq!(report["files"][0]["path"].as_str().unwrap(), file);
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = write(dir.path(), "src.txt", b"The mayor said it.");
    let file = write(
        dir.path(),
        "s.txt",
        "The the mayor said it. ".repeat(5000).as_bytes(),
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_spincheck"))
        .args(["check", &file, "--corpus", &corpus, "--no-exit"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    stderr_of(&out);
    assert!(out.status.code().is_some_and(|c| c == 0 || c == 2));
}

#[test]
fn damaged_index_files_are_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(
        root().join("corpus/sources/harbor-strike.txt"),
        corpus.join("harbor-strike.txt"),
    )
    .unwrap();
    let idx = dir.path().join("corpus.idx");
    let idx_path = idx.to_str().unwrap();
    let built = run(
        &[
            "index",
            "--corpus",
            corpus.to_str().unwrap(),
            "--out",
            idx_path,
        ],
        None,
    );
    assert_eq!(built.status.code(), Some(0), "{}", stderr_of(&built));
    let whole = std::fs::read(&idx).unwrap();
    let suspect = "corpus/suspects/harbor-strike.txt";
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("truncated", whole[..whole.len() - 10].to_vec(), "rebuild"),
        (
            "cut in the header",
            whole[..40].to_vec(),
            "not a spincheck index",
        ),
        (
            "not an index",
            b"hello, world".to_vec(),
            "not a spincheck index",
        ),
        ("empty", Vec::new(), "not a spincheck index"),
    ];
    for (what, bytes, expected) in cases {
        std::fs::write(&idx, &bytes).unwrap();
        let out = run(&["check", suspect, "--index", idx_path], None);
        assert_eq!(out.status.code(), Some(2), "{what}");
        let err = stderr_of(&out);
        assert!(
            err.contains("corpus.idx") && err.contains(expected) && err.lines().count() == 1,
            "{what}: {err}"
        );
    }
    // After the magic (8 bytes) and version (4): the file list's length, then
    // the first file's path length.
    for at in [12, 20] {
        let mut huge_length = whole.clone();
        huge_length[at..at + 8].copy_from_slice(&(u64::MAX / 2).to_le_bytes());
        std::fs::write(&idx, &huge_length).unwrap();
        let out = run(&["check", suspect, "--index", idx_path], None);
        assert_eq!(out.status.code(), Some(2), "a damaged length at {at}");
        assert!(stderr_of(&out).contains("not a spincheck index"));
    }
    // The header ends with the term and article weights' lengths, then the
    // postings' starts (one more than the terms) and the posting count: find
    // them and make the postings' byte total overflow.
    let read = |at: usize| u64::from_le_bytes(whole[at..at + 8].try_into().unwrap());
    let count = (0..whole.len() - 32)
        .find(|&p| {
            let (terms, articles, starts, postings) =
                (read(p), read(p + 8), read(p + 16), read(p + 24));
            let blocks = 4 * (u128::from(terms) + u128::from(articles) + u128::from(starts))
                + 8 * u128::from(postings);
            terms > 1
                && articles > 0
                && starts == terms + 1
                && postings >= terms
                && (p + 32) as u128 + blocks <= whole.len() as u128
        })
        .expect("posting lengths in the header")
        + 24;
    let mut overflowing = whole.clone();
    overflowing[count..count + 8].copy_from_slice(&(u64::MAX / 4).to_le_bytes());
    std::fs::write(&idx, &overflowing).unwrap();
    let out = run(&["check", suspect, "--index", idx_path], None);
    assert_eq!(out.status.code(), Some(2), "overflowing posting lengths");
    assert!(stderr_of(&out).contains("damaged index"));
    let mut other_version = whole.clone();
    other_version[8] ^= 0x7f;
    std::fs::write(&idx, &other_version).unwrap();
    let out = run(&["check", suspect, "--index", idx_path], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("index format"));
}
