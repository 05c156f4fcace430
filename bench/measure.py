# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one command and appends one JSON line about it to a log: wall time, peak memory, the
in-process times the command printed itself and, for FilmLab, when each stage began.

usage: measure.py LOG CASE TOOL ROWS [--cap SECONDS] -- COMMAND...

Peak memory is the largest resident set of any waited-for descendant (getrusage RUSAGE_CHILDREN),
i.e. the JVM under the ./filmlab script, or the Python interpreter. FilmLab's progress lines on
standard error ("… Clustering") are timestamped as they arrive, so the log shows where time goes.
A command still running after --cap seconds is ended (its process group, which this script made)
and recorded as timedOut; a failing command is recorded with its exit code and ends the benchmark
(exit 1), so a broken product is never timed as fast.
"""
import json
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time

log, case, tool, rows = sys.argv[1:5]
cap = float(sys.argv[sys.argv.index("--cap") + 1]) if "--cap" in sys.argv[:sys.argv.index("--")] else None
command = sys.argv[sys.argv.index("--") + 1:]
start = time.perf_counter()
child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
marks, err_tail, out = [], [], []


def read_err():
    for line in child.stderr:
        if line.startswith("… "):
            marks.append([line[2:].strip(), round(time.perf_counter() - start, 3)])
        err_tail.append(line)
        del err_tail[:-60]


def read_out():
    out.append(child.stdout.read())


threads = [threading.Thread(target=read_err), threading.Thread(target=read_out)]
for t in threads:
    t.start()
timed_out = False
try:
    child.wait(timeout=cap)
except subprocess.TimeoutExpired:
    timed_out = True
    os.killpg(child.pid, signal.SIGTERM)
    try:
        child.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
wall = time.perf_counter() - start
for t in threads:
    t.join()
stdout = "".join(out)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
entry = {"case": case, "tool": tool, "rows": int(rows), "wall": round(wall, 4),
         "peakRssMiB": round(peak_kib / 1024, 1), "exit": child.returncode}
if timed_out:
    entry.update(timedOut=True, cap=cap)
if marks:
    entry["stageStarts"] = marks
# FilmLab prints "(analysis 2.72 s)": reading, checking and every step, without start-up and writing.
analysis = re.search(r"\(analysis ([0-9.]+) s\)", stdout)
if analysis:
    entry["inProcess"] = float(analysis.group(1))
# filmlab report prints "(… files, rendered in 0.81 s)": reading results.json and drawing, in process.
rendering = re.search(r"rendered in ([0-9.]+) s\)", stdout)
if rendering and not analysis:
    entry["inProcess"] = float(rendering.group(1))
if tool == "peer" and child.returncode == 0 and stdout.strip():
    result = json.loads(stdout.strip().splitlines()[-1])
    # The peer's own clock starts before its imports, the analogue of FilmLab's class loading.
    entry["inProcess"] = result["seconds"]
    entry["result"] = result
with open(log, "a", encoding="utf-8") as f:
    f.write(json.dumps(entry, ensure_ascii=False) + "\n")
if child.returncode != 0 and not timed_out:
    sys.stderr.write("bench: %s %s failed with exit code %d:\n%s\n" % (case, tool, child.returncode,
                                                                    "".join(err_tail)))
    sys.exit(1)
