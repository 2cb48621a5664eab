#!/usr/bin/env python3
"""Draws a hand-check sample of money or statistics from `claims -jsonl` output.

Usage: go run ./cmd/claims -jsonl ../shared/corpus/bbc-news-2005.jsonl > /tmp/out.jsonl
       python3 testdata/handcheck-draw.py money|statistics /tmp/out.jsonl ../shared/corpus/bbc-news-2005.jsonl SEED N

Every (article, index) pair of the kind is listed in output order and
random.Random(SEED).sample draws N of them. Each drawn value is printed as one
JSON line (id, offsets, index and its fields) followed by its sentence with the
value in [[...]], for reading. Nothing is written: the article text stays in
the corpus, and the project keeps only ids, offsets and verdicts
(see money-handcheck.md and stats-handcheck.md).
"""
import json
import random
import sys

FIELDS = {
    "money": ("amount", "currency", "qualifier", "per", "low", "high", "context"),
    "statistics": ("kind", "value", "vague", "low", "high", "qualifier", "subject",
                   "subject_start", "subject_end"),
}


def main():
    if len(sys.argv) != 6 or sys.argv[1] not in FIELDS:
        sys.exit(__doc__)
    kind, out, corpus, seed, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[d["id"]] = d["text"].encode("utf-8")
    rows = []
    with open(out, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for i, v in enumerate(d[kind]):
                rows.append((d["id"], i, v, d["sentences"][v["sentence"]]))
    for draw, (aid, i, v, sent) in enumerate(random.Random(seed).sample(rows, n)):
        t = texts[aid]
        ctx = (t[sent["start"]:v["start"]].decode(errors="replace")[-200:] + "[[" + v["text"] + "]]" +
               t[v["end"]:sent["end"]].decode(errors="replace")[:160]).replace("\n", " ")
        rec = {"n": draw, "id": aid, "index": i, "start": v["start"], "end": v["end"], "text": v["text"]}
        rec.update({k: v.get(k) for k in FIELDS[kind] if k in v})
        if kind == "statistics" and v.get("change"):
            rec["change"] = [v["change"]["direction"], v["change"]["cue"]]
        print(json.dumps(rec, ensure_ascii=False))
        print("    " + ctx)


if __name__ == "__main__":
    main()
