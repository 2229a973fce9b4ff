#!/usr/bin/env python3
"""cmp.py BASE.json NEW.json [--misses]: overall/per-rule deltas between two `spincheck eval --json` outputs."""
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
def tot(j):
    tp = sum(r['true_positives'] for r in j['rules'].values())
    fi = sum(r['findings'] for r in j['rules'].values())
    fo = sum(r['found'] for r in j['rules'].values())
    la = sum(r['labels'] for r in j['rules'].values())
    return tp, fi, fo, la
def fmt(tp, fi, fo, la):
    p = tp / fi if fi else 1; r = fo / la if la else 1
    return f"P {p:.4f} ({tp}/{fi}) R {r:.4f} ({fo}/{la})"
print("base", fmt(*tot(a)), f"clean {a['clean_flagged']}/{a['clean']}", a['pairs'], "pairs")
print("new ", fmt(*tot(b)), f"clean {b['clean_flagged']}/{b['clean']}", b['pairs'], "pairs")
for rule in sorted(set(a['rules']) | set(b['rules'])):
    ra, rb = a['rules'].get(rule), b['rules'].get(rule)
    if ra != rb:
        print(f"  {rule:20} {fmt(ra['true_positives'],ra['findings'],ra['found'],ra['labels'])} -> {fmt(rb['true_positives'],rb['findings'],rb['found'],rb['labels'])}")
if '--misses' in sys.argv:
    key = lambda m: (m['pair'].split('/')[-1], m['rule'], m['text'], m['kind'])
    ma, mb = {key(m) for m in a['misses']}, {key(m) for m in b['misses']}
    for m in sorted(ma - mb): print("  gone:", m)
    for m in sorted(mb - ma): print("  new: ", m)
