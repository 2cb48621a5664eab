#!/usr/bin/env python3
"""Draws the statistics hand-check sample (see stats-handcheck.md).

Usage: go run ./cmd/claims -jsonl ../shared/corpus/bbc-news-2005.jsonl > /tmp/out.jsonl
       python3 testdata/stats-handcheck-draw.py /tmp/out.jsonl ../shared/corpus/bbc-news-2005.jsonl SEED N
Prints each drawn statistic with its sentence, for reading; writes nothing.
The article text stays in the corpus: the project keeps only ids and offsets.
"""
import json, random, sys

out, corpus, seed, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = {}
for line in open(corpus, encoding="utf-8"):
    d = json.loads(line)
    texts[d["id"]] = d["text"].encode("utf-8")
rows = []
for line in open(out, encoding="utf-8"):
    d = json.loads(line)
    for s in d["statistics"]:
        rows.append((d["id"], s, d["sentences"][s["sentence"]]))
random.seed(seed)
for i, (aid, s, sent) in enumerate(random.sample(rows, n)):
    t = texts[aid]
    ctx = (t[sent["start"]:s["start"]].decode()[-160:] + "[[" + s["text"] + "]]" +
           t[s["end"]:sent["end"]].decode()[:120]).replace("\n", " ")
    ch = s["change"] and (s["change"]["direction"], s["change"]["cue"])
    print(json.dumps({"n": i, "id": aid, "start": s["start"], "end": s["end"], "kind": s["kind"],
                      "value": s["value"], "qualifier": s["qualifier"], "subject": s["subject"],
                      "change": ch}))
    print("    " + ctx)
