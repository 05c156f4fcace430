# SPDX-License-Identifier: GPL-3.0-or-later
"""Cold start of the desktop: seconds from starting `./filmlab gui` to its workbench window being open
(FilmLabWorkbenchAdvisor's postWindowOpen writes the wall clock to FILMLAB_STARTUP_MARKER), each run a
new process, ended (SIGTERM to its process group) once the window is up.

usage: desktop_start.py [-n RUNS] [--json OUT] [NAME='ENV=VALUE ...' ...]

With NAME='ENV=VALUE ...' arguments, each is a variant run with those environment variables set,
interleaved round by round like bench/ab.py (e.g. cache='' nocache='FILMLAB_START_CACHE=off').
Needs a display: starts Xvfb on a free display number if DISPLAY is unset, and stops it at the end.
"""
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
args = sys.argv[1:]
runs, out = 5, None
while args and args[0] in ("-n", "--json"):
    flag = args.pop(0)
    if flag == "-n":
        runs = int(args.pop(0))
    else:
        out = args.pop(0)
variants = [a.split("=", 1) for a in args] or [["desktop", ""]]

xvfb = None
env_base = dict(os.environ)
if not env_base.get("DISPLAY"):
    if not shutil.which("Xvfb"):
        sys.exit("desktop_start: no DISPLAY and no Xvfb (apt-get install xvfb)")
    for n in range(90, 140):
        if not os.path.exists("/tmp/.X11-unix/X%d" % n) and not os.path.exists("/tmp/.X%d-lock" % n):
            break
    xvfb = subprocess.Popen(["Xvfb", ":%d" % n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env_base["DISPLAY"] = ":%d" % n
    for _ in range(100):
        if os.path.exists("/tmp/.X11-unix/X%d" % n):
            break
        time.sleep(0.05)


def once(extra_env):
    work = tempfile.mkdtemp(prefix="filmlab-desktop-start.")
    marker = os.path.join(work, "window-open")
    env = dict(env_base, FILMLAB_STARTUP_MARKER=marker)
    for kv in extra_env.split():
        k, v = kv.split("=", 1)
        env[k] = v
    log = open(os.path.join(work, "log"), "w+")
    start = time.time()
    child = subprocess.Popen([os.path.join(ROOT, "filmlab"), "gui"], env=env, stdout=log, stderr=log,
                             start_new_session=True)
    try:
        while True:
            if os.path.exists(marker):
                with open(marker) as f:
                    text = f.read().strip()
                if text:
                    return int(text) / 1000.0 - start
            if child.poll() is not None or time.time() - start > 180:
                log.seek(0)
                sys.exit("desktop_start: the desktop ended or hung before its window opened:\n" + log.read()[-3000:])
            time.sleep(0.01)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


try:
    # Cold starts with the start-up cache, as a user's every start after the first: two starts fill
    # it (the first leaves the OSGi state, the second records the JVM's AOT cache, assembled after
    # it ends, in the background), and the timed starts begin once that is done.
    once(variants[0][1])
    once(variants[0][1])
    cache = os.path.join(env_base.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "filmlab")
    deadline = time.time() + 120
    while time.time() < deadline and any(os.path.lexists(os.path.join(cache, d, "jvm.lock"))
                                         for d in os.listdir(cache) if d.startswith("desktop-")):
        time.sleep(0.2)
    times = {name: [] for name, _ in variants}
    for r in range(runs):
        for name, extra in variants[r % len(variants):] + variants[:r % len(variants)]:
            times[name].append(once(extra))
finally:
    if xvfb:
        xvfb.terminate()
        xvfb.wait()
for name, _ in variants:
    t = times[name]
    print("desktop start to window, %-10s median %.2f s (min %.2f, max %.2f, n %d)" % (
        name, statistics.median(t), min(t), max(t), len(t)))
if out:
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"variants": [{"name": n, "env": e, "seconds": [round(x, 3) for x in times[n]],
                                 "median": round(statistics.median(times[n]), 3)} for n, e in variants],
                   "load": open("/proc/loadavg").read().split()[:3]}, f, indent=1)
        f.write("\n")
