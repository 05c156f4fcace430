#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Spark engine at scale on this machine, with the in-process engine beside it.

For each N (default 10^6): writes N films with gen_films.py (the sample generator's model), converts
them to Parquet with the job's ToParquet, then times `./filmlab run` on the Spark engine (Parquet)
and on the in-process engine (the same films as CSV: FilmLab's importers do not read Parquet),
sampling the resident memory of each JVM every half second. Prints a Markdown table.

usage: spark_scale.py [N ...] [--master local[2]] [--spark-conf K=V].. [--workflow FILE] [--no-inprocess] [--no-spark]
                      [--keep DIR]
(the workflow defaults to bench/workflows/scale-linear-svm.json, the benchmark's; --no-spark and
--no-inprocess run one engine, to keep each run within a shared machine's time slot; --spark-conf is passed
to `filmlab run`, e.g. spark.driver.memory=8g, the local JVM's heap; FilmLab's own JVM takes its heap from
JAVA_TOOL_OPTIONS, e.g. -Xmx10g, which the Spark JVM's own -Xmx overrides)
"""
import os
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JOB = os.path.join(ROOT, "engines", "spark", "target")


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree(pid):
    """pid and its descendants, by /proc."""
    children = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open("/proc/%s/stat" % p) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(p))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def timed(cmd):
    """Runs cmd; returns seconds, peak RSS (MB) of the FilmLab JVM and of the Spark job's JVM."""
    peak = {"filmlab": 0.0, "spark": 0.0}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            for p in tree(proc.pid):
                line = cmdline(p)
                kind = "spark" if "engine.spark.job.SparkJob" in line else "filmlab" if "equinox.launcher" in line else None
                if kind:
                    peak[kind] = max(peak[kind], rss_mb(p))
            stop.wait(0.5)

    watcher = threading.Thread(target=sample, daemon=True)
    start = time.monotonic()
    watcher.start()
    out, err = proc.communicate()
    seconds = time.monotonic() - start
    stop.set()
    watcher.join()
    if proc.returncode != 0:
        return seconds, peak, "exit %d: %s" % (proc.returncode, err.strip().splitlines()[-1] if err.strip() else "")
    return seconds, peak, ""


def main():
    args = sys.argv[1:]
    master = args[args.index("--master") + 1] if "--master" in args else "local[2]"
    workflow = args[args.index("--workflow") + 1] if "--workflow" in args else os.path.join(
        ROOT, "bench", "workflows", "scale-linear-svm.json")
    work = args[args.index("--keep") + 1] if "--keep" in args else tempfile.mkdtemp(prefix="filmlab-scale-")
    skip = {a for i, a in enumerate(args) if i > 0 and args[i - 1] in ("--master", "--workflow", "--keep", "--spark-conf")}
    conf = [x for i, a in enumerate(args) if a == "--spark-conf" for x in ("--spark-conf", args[i + 1])]
    sizes = [int(float(a)) for a in args if not a.startswith("--") and a not in skip] or [10 ** 6]
    os.makedirs(work, exist_ok=True)
    java = os.environ.get("FILMLAB_SPARK_JAVA", "/usr/lib/jvm/java-17-openjdk-amd64") + "/bin/java"
    opens = open(os.path.join(JOB, "jvm-options.txt")).read().split()
    print("| films | engine | time (s) | FilmLab JVM peak RSS (MB) | Spark JVM (driver + local executors) peak RSS (MB) | note |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        csv = os.path.join(work, "films-%d.csv" % n)
        parquet = os.path.join(work, "films-%d.parquet" % n)
        if not os.path.exists(csv):
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_films.py"), str(n), "--out", csv], check=True)
        if not os.path.exists(parquet):
            subprocess.run([java, *opens, "-Xmx2g", "-cp", os.path.join(JOB, "filmlab-spark-job.jar") + ":"
                            + os.path.join(JOB, "lib", "*"), "org.filmlab.engine.spark.job.ToParquet", csv, parquet],
                           check=True, stderr=subprocess.DEVNULL)
        runs = [] if "--no-spark" in args else [("spark " + master, ["--engine", "spark", "--master", master,
                                                                     *conf, "--data", parquet])]
        if "--no-inprocess" not in args:
            runs.append(("in-process", ["--data", csv]))
        for name, extra in runs:
            cmd = [os.path.join(ROOT, "filmlab"), "run", "--workflow", workflow, "--no-report",
                   "--out", os.path.join(work, "out-%d-%s" % (n, name.split()[0]))] + extra
            seconds, peak, note = timed(cmd)
            print("| %d | %s | %.1f | %.0f | %s | %s |" % (n, name, seconds, peak["filmlab"],
                  "%.0f" % peak["spark"] if peak["spark"] else "–", note), flush=True)


if __name__ == "__main__":
    main()
