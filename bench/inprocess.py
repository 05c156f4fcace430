# SPDX-License-Identifier: GPL-3.0-or-later
"""Adds the in-process runs of one JMH fork (bench/jmh/run --json) or of one warm peer process
(bench/peers/wine_inprocess.py's JSON line) to bench/run's log, one line per timed run, in
measure.py's format: case "inprocess", rows 178 (the wine data), wall = inProcess = that run's seconds.

usage: inprocess.py LOG filmlab JMH.json | inprocess.py LOG peer PEER.json
"""
import json
import sys

log, tool, source = sys.argv[1:4]
with open(source, encoding="utf-8") as f:
    text = f.read()
if tool == "filmlab":
    bench = json.loads(text)[0]
    unit = bench["primaryMetric"]["scoreUnit"]
    scale = {"ms/op": 1e-3, "s/op": 1.0, "us/op": 1e-6}[unit]
    seconds = [t * scale for fork in bench["primaryMetric"]["rawData"] for t in fork]
    extra = {}
else:
    peer = json.loads(text.strip().splitlines()[-1])
    seconds = peer["seconds"]
    extra = {"result": peer["result"]}
with open(log, "a", encoding="utf-8") as f:
    for s in seconds:
        f.write(json.dumps(dict({"case": "inprocess", "tool": tool, "rows": 178, "wall": round(s, 4),
                                 "inProcess": round(s, 4)}, **extra), ensure_ascii=False) + "\n")
