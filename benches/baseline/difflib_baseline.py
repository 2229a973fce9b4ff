#!/usr/bin/env python3
"""The baseline a user would otherwise write: pick the closest source of each
suspect by difflib.SequenceMatcher ratio over every corpus article, then diff
the pair word by word.

Usage: python3 benches/baseline/difflib_baseline.py CORPUS_DIR SUSPECT...
Articles are split on two or more blank lines, as spincheck does.
"""
import difflib
import pathlib
import re
import sys


def articles(root):
    for path in sorted(pathlib.Path(root).rglob("*.txt")):
        for part in re.split(r"\n[ \t\r]*\n(?:[ \t\r]*\n)+", path.read_text()):
            if part.strip():
                yield part


def main():
    corpus = list(articles(sys.argv[1]))
    for suspect_path in sys.argv[2:]:
        suspect = pathlib.Path(suspect_path).read_text()
        best = max(corpus, key=lambda a: difflib.SequenceMatcher(None, a, suspect).ratio())
        ops = difflib.SequenceMatcher(None, best.split(), suspect.split()).get_opcodes()
        changed = sum(1 for op in ops if op[0] != "equal")
        print(f"{suspect_path}\t{changed} changed runs")


if __name__ == "__main__":
    main()
