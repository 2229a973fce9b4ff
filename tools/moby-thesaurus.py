#!/usr/bin/env python3
"""Derives data/lexicon/thesaurus.tsv from the Moby Thesaurus II.

The Moby Thesaurus II (Grady Ward, public domain) ships as `src/moby.txt` in
the `thesaurus-moby` crate (0.2.0, MIT; see NOTICE), one entry a line:
`root,syn1,syn2,...`. This keeps the links WordNet does not already make:
between two single lower-case words, each among the first MAX_RANK words of
data/lexicon/frequencies.tsv and a noun or adjective in WordNet
(data/lexicon/synsets.tsv), that share no WordNet synset. A link is taken
both ways (Moby lists a word under its synonym's entry or not by chance)
and written once, under the word that sorts first:
`word<TAB>other1,other2,...`, both sorted.

Usage (from the repository root; the crate is in cargo's registry cache):
  python3 tools/moby-thesaurus.py PATH/TO/moby.txt > data/lexicon/thesaurus.tsv
"""
import collections
import re
import sys

MAX_RANK = 25_000
WORD = re.compile(r"[a-z]+")
NOUN_OR_ADJECTIVE = {"n", "a", "s"}


def main(moby_path):
    rank = {}
    with open("data/lexicon/frequencies.tsv", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rank.setdefault(line.split("\t", 1)[0], i + 1)
    nominal = set()
    synsets = collections.defaultdict(set)
    with open("data/lexicon/synsets.tsv", encoding="utf-8") as f:
        for i, line in enumerate(f):
            part, members = line.rstrip("\n").split("\t", 1)
            for member in members.split(","):
                lemma = member.rsplit(":", 1)[0]
                synsets[lemma].add(i)
                if part in NOUN_OR_ADJECTIVE:
                    nominal.add(lemma)

    def keep(w):
        return WORD.fullmatch(w) and rank.get(w, MAX_RANK + 1) <= MAX_RANK and w in nominal

    links = collections.defaultdict(set)
    with open(moby_path, encoding="latin-1") as f:
        for line in f:
            root, *others = line.rstrip("\r\n").split(",")
            if not keep(root):
                continue
            for w in others:
                if w != root and keep(w) and not synsets[root] & synsets[w]:
                    a, b = sorted((root, w))
                    links[a].add(b)
    out = sys.stdout
    for a in sorted(links):
        out.write(f"{a}\t{','.join(sorted(links[a]))}\n")


if __name__ == "__main__":
    main(sys.argv[1])
