# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns bench/run's log of runs into the printed table and the results JSON.

usage: summarize.py RUNS.jsonl OUT.json KEY=VALUE...   (the KEY=VALUEs describe the machine and run)

Medians with min-max, because a 2-core machine shared with Tycho builds gives skewed times: the
median resists one slow run, the range shows it. Ratios are FilmLab / peer of the medians.
"""
import json
import math
import statistics
import sys

runs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
meta = dict(arg.split("=", 1) for arg in sys.argv[3:])


def spread(values):
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "n": len(values)}


def stat(case, tool, rows, field):
    chosen = [r for r in runs if r["case"] == case and r["tool"] == tool and r["rows"] == rows]
    stopped = [r for r in chosen if r.get("timedOut")]
    if stopped and field == "wall":
        return {"timedOut": True, "cap": stopped[0]["cap"], "median": stopped[0]["cap"], "min": None, "max": None,
                "n": len(chosen)}
    # A stopped run's peak memory still counts (as a lower bound); its times do not.
    values = [r[field] for r in chosen if field in r and (field == "peakRssMiB" or not r.get("timedOut"))]
    return spread(values) if values else None


def slope(points):
    """Least-squares slope of log(time) on log(rows): the growth exponent."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs), 2)


def fmt(s):
    if s is None:
        return "—"
    if s.get("timedOut"):
        return "> %.0f (stopped)" % s["cap"]
    return "%.2f (%.2f–%.2f)" % (s["median"], s["min"], s["max"])


def stages(case, tool, rows):
    """Median seconds from each progress line to the next (the last one: to the end of the process)."""
    spans = {}
    for r in runs:
        if (r["case"], r["tool"], r["rows"]) == (case, tool, rows) and r.get("stageStarts") and not r.get("timedOut"):
            marks = [["JVM + OSGi start, workflow prepared", 0.0]] + r["stageStarts"] + [["end", r["wall"]]]
            for (name, t), (_, t_next) in zip(marks, marks[1:]):
                spans.setdefault(name, []).append(t_next - t)
    return {name: round(statistics.median(v), 2) for name, v in spans.items()} or None


def ratio(a, b):
    return None if a is None or b is None or b["median"] == 0 else round(a["median"] / b["median"], 2)


def mib(tool_row):
    return "—" if tool_row["peakRssMiB"] is None else "%.0f" % tool_row["peakRssMiB"]["max"]


cases = []
for case, rows in sorted({(r["case"], r["rows"]) for r in runs}, key=lambda c: (["start", "sample", "report",
                                                                                  "inprocess", "scale"].index(c[0]), c[1])):
    row = {"case": case, "rows": rows}
    for tool in ("filmlab", "peer"):
        row[tool] = {f: stat(case, tool, rows, f) for f in ("wall", "inProcess", "peakRssMiB")}
    row["filmlab"]["stages"] = stages(case, "filmlab", rows)
    row["ratioWall"] = ratio(row["filmlab"]["wall"], row["peer"]["wall"])
    if any((row[t]["wall"] or {}).get("timedOut") for t in ("filmlab", "peer")):
        row["ratioWall"] = None
    row["ratioInProcess"] = ratio(row["filmlab"]["inProcess"], row["peer"]["inProcess"])
    cases.append(row)


def find(case, rows=None):
    return next((c for c in cases if c["case"] == case and (rows is None or c["rows"] == rows)), None)


what = {"start": "start-up only (filmlab list / python3 -c pass)",
        "sample": "whole process, paper workflow (SMO | SVC linear)",
        "report": "filmlab report --from (vs the analysis of the same run)",
        "inprocess": "in one warm process, wine chain: JMH single shots | peer runs after warm-up",
        "scale": "whole process, scale workflow (LIBLINEAR linear SVM | LinearSVC)"}
head = "%-7s %8s  %-22s %-22s %6s  %-22s %-22s %6s  %9s %9s"
print(head % ("case", "rows", "FilmLab wall s", "peer wall s", "ratio", "FilmLab in-proc s", "peer in-proc s",
              "ratio", "FL MiB", "peer MiB"))
for c in cases:
    fl, pe = c["filmlab"], c["peer"]
    if c["case"] == "report":
        analysis = find("sample")["filmlab"]["inProcess"]
        # Rendering in process against the analysis in process (the same run's sample case).
        print(head % ("report", c["rows"], fmt(fl["wall"]), "", "", fmt(fl["inProcess"]),
                      "(analysis " + fmt(analysis) + ")", ratio(fl["inProcess"], analysis), mib(fl), ""))
        continue
    print(head % (c["case"], c["rows"], fmt(fl["wall"]), fmt(pe["wall"]), c["ratioWall"], fmt(fl["inProcess"]),
                  fmt(pe["inProcess"]), "" if c["ratioInProcess"] is None else c["ratioInProcess"],
                  mib(fl), mib(pe)))

scale = [c for c in cases if c["case"] == "scale"]
growth = {}
for tool in ("filmlab", "peer"):
    for field in ("wall", "inProcess"):
        growth[tool + "." + field] = slope([(c["rows"], c[tool][field]["median"]) for c in scale
                                            if c[tool][field] and not c[tool][field].get("timedOut")
                                            and c[tool][field]["median"] > 0])
# Start-up flattens the fit over small sizes, so also the slope between consecutive completed sizes.
for tool in ("filmlab", "peer"):
    done = [(c["rows"], c[tool]["inProcess"]["median"]) for c in scale
            if c[tool]["inProcess"] and not (c[tool]["wall"] or {}).get("timedOut")]
    for (n0, t0), (n1, t1) in zip(done, done[1:]):
        growth["%s.inProcess.%d-%d" % (tool, n0, n1)] = round(math.log(t1 / t0) / math.log(n1 / n0), 2)
print("growth exponent of time vs rows (log-log slope over %s rows): %s" % (
    ", ".join(str(c["rows"]) for c in scale), ",\n  ".join("%s %s" % kv for kv in growth.items())))

sample, start = find("sample"), find("start")
split = None
if sample and start:
    whole, boot, analysis = (sample["filmlab"]["wall"]["median"], start["filmlab"]["wall"]["median"],
                             sample["filmlab"]["inProcess"]["median"])
    # The first progress line comes after JVM, OSGi and workflow preparation: a second start-up estimate.
    first = (sample["filmlab"]["stages"] or {}).get("JVM + OSGi start, workflow prepared", boot)
    split = {"whole": whole, "jvmOsgiStartList": boot, "startToFirstProgress": first, "analysis": analysis,
             "writeSummaryAndShutdown": round(whole - first - analysis, 3)}
    print("FilmLab sample run, %.2f s: JVM + OSGi start %.2f s (filmlab list; %.2f s to the first progress line),"
          " analysis %.2f s, the rest (results.json, summary, exit) %.2f s; peer: interpreter %.2f s,"
          " imports + analysis %.2f s" % (whole, boot, first, analysis, split["writeSummaryAndShutdown"],
                                          start["peer"]["wall"]["median"], sample["peer"]["inProcess"]["median"]))

targets = {}


def at_most(value, limit, **more):
    return dict(more, value=value, limit=limit, met=value is not None and value <= limit)


if sample:
    # The peer's own stages say how long its next experiments took (FilmLab's last step, which the
    # peer left out until session 14): the ratios against the peer without them are stated beside.
    without = [(r["wall"] - r["result"]["stages"]["nextExperiments"],
                r["inProcess"] - r["result"]["stages"]["nextExperiments"]) for r in runs
               if r["case"] == "sample" and r["tool"] == "peer" and "nextExperiments" in r.get("result", {}).get(
                   "stages", {})]
    wall_extra, in_process_extra = {}, {}
    if without:
        lesser_wall = {"median": round(statistics.median(w for w, _ in without), 3)}
        lesser_in = {"median": round(statistics.median(i for _, i in without), 3)}
        wall_extra = {"ratioToPeerWithoutNextExperiments": ratio(sample["filmlab"]["wall"], lesser_wall)}
        in_process_extra = {"ratioToPeerWithoutNextExperiments": ratio(sample["filmlab"]["inProcess"], lesser_in)}
        print("the peer's sample run without its next experiments: %.2f s whole, %.2f s in process; FilmLab's"
              " ratios against that: %s whole, %s in process" % (
                  lesser_wall["median"], lesser_in["median"], wall_extra["ratioToPeerWithoutNextExperiments"],
                  in_process_extra["ratioToPeerWithoutNextExperiments"]))
    targets["wholeProcessAtMostPeer"] = at_most(sample["ratioWall"], 1.0, case="sample", **wall_extra)
    targets["inProcessAtMostPeer"] = at_most(sample["ratioInProcess"], 1.0, case="sample", **in_process_extra)
# The whole-process target holds from 10^3 to 10^5 films too (cold processes, like the sample).
for c in scale:
    if c["rows"] <= 100000:
        targets["wholeProcessAtMostPeer%d" % c["rows"]] = at_most(c["ratioWall"], 1.0, case="scale")
report = find("report")
if report and sample and sample["filmlab"]["inProcess"]:
    targets["reportAtMostAnalysis"] = at_most(ratio(report["filmlab"]["inProcess"], sample["filmlab"]["inProcess"]),
                                              1.0, case="report", measure="rendering / analysis, both in process")
if growth.get("filmlab.wall") is not None and len(scale) > 2:
    targets["growthExponentAtMostOne"] = at_most(growth["filmlab.wall"], 1.0, fit="filmlab.wall")
desktop = json.load(open(meta["desktop"], encoding="utf-8")) if meta.get("desktop") else None
if desktop:
    seconds = desktop["variants"][0]["seconds"]
    targets["desktopColdStartAtMost3s"] = at_most(round(statistics.median(seconds), 3), 3.0, n=len(seconds),
                                                  min=min(seconds), max=max(seconds))
    print("desktop cold start to a usable window (bench/desktop_start.py): %.2f (%.2f–%.2f) s, n %d" % (
        statistics.median(seconds), min(seconds), max(seconds), len(seconds)))
elif meta.get("desktopSkipped"):
    targets["desktopColdStartAtMost3s"] = {"met": False, "skipped": meta["desktopSkipped"]}
warm = find("inprocess")
if warm and warm["ratioInProcess"] is not None:
    targets["warmInProcessAtMostPeer"] = at_most(warm["ratioInProcess"], 1.0, case="inprocess")
    print("FilmLab in one warm JVM (JMH) / peer in one warm Python process, wine chain: %s / %s s = %.2fx" % (
        fmt(warm["filmlab"]["inProcess"]), fmt(warm["peer"]["inProcess"]), warm["ratioInProcess"]))
million = find("scale", 1000000)
if million:
    wall = million["filmlab"]["wall"]
    rss = million["filmlab"]["peakRssMiB"]["max"]
    targets["millionRowsWithin60s"] = {"seconds": wall["median"], "stoppedAtCap": bool(wall.get("timedOut")),
                                       "met": not wall.get("timedOut") and wall["median"] <= 60}
    # The budget is the heap: bench/run gives FilmLab -Xmx2g at every size, so a run that
    # finishes (a failing one ends the benchmark) stayed within it. The process's resident set also
    # holds the JVM's own memory (code, metaspace, thread stacks, GC tables); it is reported beside,
    # and a stopped run's peak is only a lower bound.
    targets["millionRowsWithin2GiBHeap"] = {"xmx": "2g", "finished": not wall.get("timedOut"),
                                            "peakRssMiB": rss, "met": not wall.get("timedOut")}
for c in cases:
    if c["filmlab"]["stages"] and c["case"] in ("sample", "scale"):
        print("FilmLab %s %d rows, median s per stage: %s" % (c["case"], c["rows"], ", ".join(
            "%s %.2f" % kv for kv in c["filmlab"]["stages"].items())))
print("targets: " + ", ".join("%s %s" % (k, "met" if v["met"] else "NOT met") for k, v in targets.items()))
print("machine: %s cores, load average before %s, after %s" % (meta.get("cores"), meta.get("loadBefore"),
                                                                meta.get("loadAfter")))

peer_sample = next((r["result"] for r in runs if r["tool"] == "peer" and r["case"] == "sample"), None)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump({"format": "filmlab.bench/1", "machine": meta, "cases": cases, "desktopStart": desktop,
               "growthExponent": growth,
               "filmlabSampleTime": split, "targets": targets, "peerSampleResult": peer_sample, "runs": runs},
              f, ensure_ascii=False, indent=1)
    f.write("\n")
print("bench: wrote " + sys.argv[2])
