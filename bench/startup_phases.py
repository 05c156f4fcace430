# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a FilmLab process spends its start: the JVM's class-loading log (-Xlog:class+load with
uptime, passed through JAVA_TOOL_OPTIONS) gives the moment each milestone class is first loaded.

usage: startup_phases.py [-n RUNS] NAME='ENV=VALUE ...' ... -- COMMAND...

Milestones (first load of): the launcher's Main (JVM started), EclipseStarter (launcher done,
framework starting), EclipseAppContainer (framework up, bundles resolved and started), FilmLab's
application class, WorkflowEngine (the command begins its work); then the process's end. Prints, per
variant, the median seconds of each phase and the number of classes loaded and of those that came
from a CDS/AOT archive. Runs are interleaved across variants round by round.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

args = sys.argv[1:]
runs = 5
if args[:1] == ["-n"]:
    runs = int(args[1])
    args = args[2:]
split = args.index("--")
variants = [a.split("=", 1) for a in args[:split]]
command = args[split + 1:]
MILESTONES = [("JVM to launcher", "org.eclipse.equinox.launcher.Main"),
              ("launcher to framework", "org.eclipse.core.runtime.adaptor.EclipseStarter"),
              ("framework start (resolve, start bundles)", "org.eclipse.equinox.internal.app.EclipseAppContainer"),
              ("application container", "org.filmlab.headless.internal.FilmLabApplication"),
              ("application to its work", "org.filmlab.core.workflow.WorkflowEngine")]


def once(extra):
    log = tempfile.mktemp(prefix="filmlab-classload.")
    env = dict(os.environ)
    for kv in extra.split():
        k, v = kv.split("=", 1)
        env[k] = v
    env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -Xlog:class+load:file=%s:uptime" % log).strip()
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    first, total, shared = {}, 0, 0
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"\[([0-9.]+)s\] (\S+) source: (.*)", line)
            if not m:
                continue
            total += 1
            shared += "shared objects file" in m.group(3)
            first.setdefault(m.group(2), float(m.group(1)))
    os.remove(log)
    marks, previous = {}, 0.0
    for name, cls in MILESTONES:
        if cls in first:
            marks[name] = first[cls] - previous
            previous = first[cls]
    marks["the rest, to the process's end"] = wall - previous
    return marks, wall, total, shared


results = {name: [] for name, _ in variants}
for r in range(runs):
    for name, extra in variants[r % len(variants):] + variants[:r % len(variants)]:
        results[name].append(once(extra))
for name, _ in variants:
    rs = results[name]
    print("%s: wall median %.2f s; classes loaded %d, from the archive %d (medians)" % (
        name, statistics.median(r[1] for r in rs), statistics.median(r[2] for r in rs),
        statistics.median(r[3] for r in rs)))
    for phase in rs[0][0]:
        values = [r[0][phase] for r in rs if phase in r[0]]
        print("  %-45s %.3f s (min %.3f, max %.3f)" % (phase, statistics.median(values), min(values), max(values)))
