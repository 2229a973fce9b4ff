#!/usr/bin/env python3
"""Builds the labeled pairs under eval/tune and eval/heldout from eval/annotated/*.txt.

Each annotated file holds a `=== source ===` section and a `=== suspect ===`
section (and a first line `split: tune|heldout`). In the suspect, `[rule|text]`
marks a defect of that rule over `text`, and `{text}` marks a legitimate
paraphrase (`clean`). In the source, `<<sentence>>` marks a sentence the suspect
omits (`omitted-content`). The script writes `<split>/<name>/source.txt`,
`suspect.txt` and `labels.tsv` with the right occurrence numbers.

Usage: python3 eval/tools/build.py   (from the repository root)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
MARK = re.compile(r"\[([a-z-]+)\|([^\]]+)\]|\{([^}]+)\}")
OMIT = re.compile(r"<<(.+?)>>", re.S)


def occurrence(text, needle, at):
    """1-based occurrence number of `needle` starting at byte `at` in `text`."""
    n, i = 0, -1
    while True:
        i = text.find(needle, i + 1)
        if i < 0 or i > at:
            raise ValueError(f"{needle!r} not at {at}")
        n += 1
        if i == at:
            return n


def build(path):
    raw = path.read_text()
    header, rest = raw.split("=== source ===\n", 1)
    split = re.search(r"split:\s*(\w+)", header).group(1)
    source_raw, suspect_raw = rest.split("=== suspect ===\n", 1)
    source = OMIT.sub(lambda m: m.group(1), source_raw).strip() + "\n"
    if MARK.search(source):
        raise ValueError(f"{path}: a label marker in the source section")
    omitted = [m.group(1) for m in OMIT.finditer(source_raw)]
    suspect, labels, pos = "", [], 0
    for m in MARK.finditer(suspect_raw):
        suspect += suspect_raw[pos:m.start()]
        rule, text = (m.group(1), m.group(2)) if m.group(1) else ("clean", m.group(3))
        labels.append((rule, len(suspect), text))
        suspect += text
        pos = m.end()
    suspect += suspect_raw[pos:]
    lead = len(suspect) - len(suspect.lstrip())
    suspect = suspect.strip() + "\n"
    rows = [f"# pair {path.stem}"]
    for rule, at, text in labels:
        at -= lead
        rows.append(f"{rule}\t{occurrence(suspect, text, at)}\t{text}\t")
    for sentence in omitted:
        rows.append(f"omitted-content\t{occurrence(source, sentence, source.find(sentence))}\t{sentence}\t")
    out = ROOT / split / path.stem
    out.mkdir(parents=True, exist_ok=True)
    (out / "source.txt").write_text(source)
    (out / "suspect.txt").write_text(suspect)
    (out / "labels.tsv").write_text("\n".join(rows) + "\n")
    return split, len(labels) + len(omitted)


def main():
    counts = {}
    for path in sorted((ROOT / "annotated").glob("*.txt")):
        split, n = build(path)
        counts[split] = counts.get(split, 0) + n
    print(counts)


if __name__ == "__main__":
    sys.exit(main())
