#!/usr/bin/env python3
"""validate.py PAIRDIR...: checks labeled pairs written from author-brief.md."""
import re, sys, pathlib
RULES = {"spelling", "repetition", "duplicate-sentence", "misquote", "punctuation", "fragment",
         "number-drift", "entity-drift", "polarity-drift", "garbled-phrase", "meaning-drift",
         "unsupported-content", "omitted-content", "clean"}
def nth(hay, needle, n):
    i = -1
    for _ in range(n):
        i = hay.find(needle, i + 1)
        if i < 0: return -1
    return i
def check(d):
    errs = []
    d = pathlib.Path(d)
    if not re.match(r"^[th]\d+-[a-z0-9-]+$", d.name): errs.append(f"folder name {d.name!r}: want <ID>-<slug>")
    try:
        src, sus, lab = ((d / f).read_text(encoding="utf-8") for f in ("source.txt", "suspect.txt", "labels.tsv"))
    except Exception as e:
        return [f"cannot read files: {e}"]
    others = sorted(p.name for p in d.iterdir() if p.name not in ("source.txt", "suspect.txt", "labels.tsv"))
    if others: errs.append(f"extra files: {others}")
    n = len(src.split())
    if not 300 <= n <= 650: errs.append(f"source has {n} words (want 350-550)")
    spans, counts = [], {}
    for ln, line in enumerate(lab.splitlines(), 1):
        if not line.strip() or line.startswith("#"): continue
        cols = line.split("\t")
        if len(cols) != 4: errs.append(f"labels line {ln}: {len(cols)} tab-separated columns, want 4"); continue
        rule, occ, text, note = cols
        if rule not in RULES: errs.append(f"labels line {ln}: unknown rule {rule!r}"); continue
        if not occ.isdigit() or int(occ) < 1: errs.append(f"labels line {ln}: occurrence {occ!r}"); continue
        hay = src if rule == "omitted-content" else sus
        at = nth(hay, text, int(occ))
        if at < 0:
            errs.append(f"labels line {ln}: {text!r} occurrence {occ} not in {'source' if rule == 'omitted-content' else 'suspect'}.txt"); continue
        counts[rule] = counts.get(rule, 0) + 1
        if rule == "repetition":
            before = re.findall(r"[\w']+", sus[:at])
            word = re.findall(r"[\w']+", text)
            doubled = len(word) >= 2 and word[0].lower() == word[1].lower()
            if not doubled and (not before or not word or before[-1].lower() != word[0].lower()):
                errs.append(f"labels line {ln}: repetition {text!r} is not right after a copy of itself; label the SECOND copy")
        if rule != "omitted-content": spans.append((at, at + len(text), rule, ln))
    for a in spans:
        for b in spans:
            if a[3] < b[3] and a[0] < b[1] and b[0] < a[1] and (a[2] == "clean") != (b[2] == "clean"):
                errs.append(f"labels lines {a[3]} and {b[3]}: a clean label overlaps a defect label")
    if counts.get("clean", 0) < 20: errs.append(f"only {counts.get('clean', 0)} clean labels (want 25-40)")
    if sum(v for k, v in counts.items() if k != "clean") < 2: errs.append("fewer than 2 defect labels")
    return errs, counts
for d in sys.argv[1:]:
    r = check(d)
    errs, counts = (r, {}) if isinstance(r, list) else r
    print(d, "ok" if not errs else "", dict(sorted(counts.items())))
    for e in errs: print("   ", e)
