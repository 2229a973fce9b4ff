//! The HTML report in a real browser (headless Chromium): findings are marked and
//! reachable by their anchors, our script runs, and markup from the articles is
//! shown as text, never executed. CI installs Debian's `chromium`; where no
//! browser is installed the test says so and checks nothing.

mod common;
use common::run;
use std::process::Command;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

#[test]
fn html_report_renders_findings_and_never_runs_article_markup() {
    let Some(browser) = chromium() else {
        eprintln!("no chromium on this machine; skipping the browser test (CI installs it)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let attack = "<script>document.body.setAttribute('data-pwned','1')</script>";
    let source = dir.path().join("source.txt");
    let suspect = dir.path().join("suspect\"<b>.txt");
    std::fs::write(&source, format!("The council approved the budget on Tuesday. {attack}\n\n\"We can start building,\" the mayor said. <a href=\"javascript:alert(2)\" title='x\" onmouseover=\"alert(3)'>y</a>\n")).unwrap();
    std::fs::write(&suspect, format!("The council rejected the budget on Tuesday. {attack}\n\n\"We can begin building,\" the the mayor said. <img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> <a href=\"javascript:alert(1)\">x</a>\n")).unwrap();
    let page = dir.path().join("report.html");
    let out = run(
        &[
            "diff",
            suspect.to_str().unwrap(),
            source.to_str().unwrap(),
            "--format",
            "html",
            "-o",
            page.to_str().unwrap(),
            "--no-exit",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let profile = tempfile::tempdir().unwrap();
    let dom = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=2000",
            &format!("--user-data-dir={}", profile.path().display()),
            "--dump-dom",
            &format!("file://{}#f0", page.display()),
        ])
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("<mark class=\"f "), "findings are marked");
    assert!(
        dom.contains("polarity-drift") && dom.contains("repetition") && dom.contains("misquote")
    );
    assert!(
        dom.contains("class=\"f cat-") && dom.contains(" target\""),
        "our script ran and focused #f0"
    );
    assert!(
        !dom.contains("data-pwned=\""),
        "article markup was executed"
    );
    assert!(
        dom.contains("&lt;script&gt;document.body"),
        "article markup shown as text"
    );
    // Text nodes hold "<" only as "&lt;", so every "<" in the DOM opens a real tag:
    // none of them may come from the articles.
    for tag in dom
        .split('<')
        .skip(1)
        .filter_map(|seg| seg.split('>').next())
    {
        assert!(!tag.starts_with("img"), "live img: <{tag}>");
        for bad in ["href=\"javascript:", " onerror=", " onmouseover="] {
            assert!(!tag.contains(bad), "live {bad} in <{tag}>");
        }
    }
    assert!(dom.contains("suspect\"&lt;b&gt;.txt"), "file name escaped");
}
