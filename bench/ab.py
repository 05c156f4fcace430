# SPDX-License-Identifier: GPL-3.0-or-later
"""Times shell commands against each other, interleaved, and prints medians with their range.

usage: ab.py [-n RUNS] [--warm K] [--json OUT] NAME='COMMAND' NAME='COMMAND'...

Each round runs every command once, in turn (first round A B C, next B C A, ...), so a build that
starts on the shared machine in the middle of the comparison slows all of them alike instead of
one. --warm K runs each command K times untimed first (file cache, ~/.cache/filmlab). A failing
command stops the comparison: a broken variant is never reported as fast.
"""
import json
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
runs, warm, out = 7, 1, None
while args and args[0].startswith("--") or args and args[0] == "-n":
    flag = args.pop(0)
    if flag == "-n":
        runs = int(args.pop(0))
    elif flag == "--warm":
        warm = int(args.pop(0))
    elif flag == "--json":
        out = args.pop(0)
    else:
        sys.exit("usage: ab.py [-n RUNS] [--warm K] [--json OUT] NAME='COMMAND'...")
variants = [a.split("=", 1) for a in args]
if not variants or any(len(v) != 2 for v in variants):
    sys.exit("usage: ab.py [-n RUNS] [--warm K] [--json OUT] NAME='COMMAND'...")


def once(command):
    start = time.perf_counter()
    done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("ab: %r failed (exit %d):\n%s" % (command, done.returncode, done.stderr[-3000:]))
    return wall


for _ in range(warm):
    for _, command in variants:
        once(command)
times = {name: [] for name, _ in variants}
for r in range(runs):
    order = variants[r % len(variants):] + variants[:r % len(variants)]
    for name, command in order:
        times[name].append(once(command))
load = open("/proc/loadavg").read().split()[:3]
width = max(len(n) for n, _ in variants)
base = statistics.median(times[variants[0][0]])
for name, _ in variants:
    t = times[name]
    m = statistics.median(t)
    print("%-*s  median %.3f s  (min %.3f, max %.3f, n %d)  %.2fx %s" % (
        width, name, m, min(t), max(t), len(t), m / base, variants[0][0]))
print("load average after: " + " ".join(load))
if out:
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"runs": runs, "load": load, "variants": [
            {"name": n, "command": c, "seconds": [round(x, 4) for x in times[n]],
             "median": round(statistics.median(times[n]), 4)} for n, c in variants]}, f, indent=1)
        f.write("\n")
