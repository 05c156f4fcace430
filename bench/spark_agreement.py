#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Spark engine against the in-process engine on the same file: the agreement FilmLab promises.

Generates N films (default 10^4) with gen_films.py, runs the same workflow
(bench/workflows/scale-linear-svm.json, the benchmark's, or --workflow FILE) on both engines with
`./filmlab run`, and compares their results.json:
  - K-means partitions: adjusted Rand index >= 0.99
  - PCA explained variance: each component within 1e-6
  - Kruskal-Wallis H per property: within 1e-6 (relative)
  - two-way ANOVA F and p per term: within 1e-6 (relative for F), if the workflow has one
  - repeated-CV macro-F1 (mean): within 0.02
  - the final model's predictions over the decision-map grid: the share of grid points where the
    two engines' maps give another class (reported, no bound: it shows how close the fits are)
Prints a table and exits 1 if a figure is outside its bound. Why the figures may differ at all is
written in docs/scaling.md ("Agreement with the in-process engine").

usage: spark_agreement.py [N] [--master URL] [--workflow FILE] [--repeats R] [--keep DIR]
(--repeats R: the workflow's cross-validation repeats set to R, to keep a CI run short)
"""
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from math import comb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parts(results, kind):
    return [p["value"] for s in results["steps"] for p in s["parts"] if p["type"] == kind]


def ari(a, b):
    """Adjusted Rand index of two labelings (Hubert and Arabie 1985)."""
    n = len(a)
    pairs = Counter(zip(a, b))
    sum_ij = sum(comb(c, 2) for c in pairs.values())
    sum_a = sum(comb(c, 2) for c in Counter(a).values())
    sum_b = sum(comb(c, 2) for c in Counter(b).values())
    expected = sum_a * sum_b / comb(n, 2)
    top = (sum_a + sum_b) / 2
    return 1.0 if top == expected else (sum_ij - expected) / (top - expected)


def run(engine, data, workflow, out, master):
    cmd = [os.path.join(ROOT, "filmlab"), "run", "--data", data, "--workflow", workflow, "--out", out, "--no-report"]
    if engine == "spark":
        cmd += ["--engine", "spark", "--master", master]
    start = time.monotonic()
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit("spark_agreement: %s run failed (exit %d):\n%s" % (engine, done.returncode, done.stderr[-3000:]))
    with open(os.path.join(out, "results.json"), encoding="utf-8") as f:
        return json.load(f), time.monotonic() - start


def main():
    args = sys.argv[1:]
    n = int(args[0]) if args and not args[0].startswith("--") else 10000
    master = args[args.index("--master") + 1] if "--master" in args else "local[2]"
    workflow = args[args.index("--workflow") + 1] if "--workflow" in args else os.path.join(
        ROOT, "bench", "workflows", "scale-linear-svm.json")
    work = args[args.index("--keep") + 1] if "--keep" in args else tempfile.mkdtemp(prefix="filmlab-agree-")
    os.makedirs(work, exist_ok=True)
    if "--repeats" in args:
        with open(workflow, encoding="utf-8") as f:
            doc = json.load(f)
        for step in doc["steps"]:
            if step["step"] == "classify":
                step.setdefault("settings", {})["repeats"] = int(args[args.index("--repeats") + 1])
        workflow = os.path.join(work, "workflow.json")
        with open(workflow, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
    data = os.path.join(work, "films-%d.csv" % n)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_films.py"), str(n), "--out", data], check=True)
    here, t_here = run("inprocess", data, workflow, os.path.join(work, "inprocess"), master)
    spark, t_spark = run("spark", data, workflow, os.path.join(work, "spark"), master)

    rows = []
    a = parts(here, "partition")[0]["clustering"]["assignment"]
    b = parts(spark, "partition")[0]["clustering"]["assignment"]
    rows.append(("K-means partition ARI", ari(a, b), ">= 0.99", ari(a, b) >= 0.99))
    ev_a = parts(here, "reduction")[0]["explainedVariance"]
    ev_b = parts(spark, "reduction")[0]["explainedVariance"]
    worst = max(abs(x - y) for x, y in zip(ev_a, ev_b))
    rows.append(("explained variance, largest difference", worst, "<= 1e-6", worst <= 1e-6 and len(ev_a) == len(ev_b)))
    kw_a = {r["term"]: r["statistics"]["H"] for t in parts(here, "test") if t["key"] == "kruskalWallis" for r in t["rows"]}
    kw_b = {r["term"]: r["statistics"]["H"] for t in parts(spark, "test") if t["key"] == "kruskalWallis" for r in t["rows"]}
    worst = max(abs(kw_a[k] - kw_b[k]) / max(1.0, abs(kw_a[k])) for k in kw_a)
    rows.append(("Kruskal-Wallis H, largest relative difference", worst, "<= 1e-6",
                 worst <= 1e-6 and kw_a.keys() == kw_b.keys()))
    an_a = {r["term"]: r["statistics"] for t in parts(here, "test") if t["key"] == "twoWayAnova" for r in t["rows"]}
    an_b = {r["term"]: r["statistics"] for t in parts(spark, "test") if t["key"] == "twoWayAnova" for r in t["rows"]}
    if an_a:
        terms = [k for k in an_a if "F" in an_a[k]]
        worst_f = max(abs(an_a[k]["F"] - an_b[k]["F"]) / max(1.0, abs(an_a[k]["F"])) for k in terms)
        worst_p = max(abs(an_a[k]["p"] - an_b[k]["p"]) for k in terms)
        rows.append(("two-way ANOVA F, largest relative difference", worst_f, "<= 1e-6",
                     worst_f <= 1e-6 and an_a.keys() == an_b.keys()))
        rows.append(("two-way ANOVA p, largest difference", worst_p, "<= 1e-6", worst_p <= 1e-6))
    f1_a = parts(here, "classifierEvaluation")[0]["cv"]["f1MacroMean"]
    f1_b = parts(spark, "classifierEvaluation")[0]["cv"]["f1MacroMean"]
    rows.append(("repeated-CV macro-F1, in-process %.4f vs Spark %.4f" % (f1_a, f1_b), abs(f1_a - f1_b), "<= 0.02",
                 abs(f1_a - f1_b) <= 0.02))
    maps_a = parts(here, "decisionMaps")
    maps_b = parts(spark, "decisionMaps")
    if maps_a and maps_b:
        grid_a = [c for p in maps_a[0]["panels"] for row in p["classes"] for c in row]
        grid_b = [c for p in maps_b[0]["panels"] for row in p["classes"] for c in row]
        moved = sum(1 for x, y in zip(grid_a, grid_b) if x != y) / max(1, len(grid_a))
        rows.append(("decision maps: share of grid points of another class (%d)" % len(grid_a), moved, "-", True))
    engine = spark["provenance"].get("engine", {})
    print("Spark engine vs in-process, %d films (%s), %s; in-process %.1f s, Spark %.1f s (Spark %s)"
          % (n, os.path.basename(workflow), master, t_here, t_spark, engine.get("spark", "?")))
    for name, value, bound, ok in rows:
        print("  %-62s %-12.3g %-8s %s" % (name, value, bound, "ok" if ok else "OUTSIDE"))
    sys.exit(0 if all(r[3] for r in rows) else 1)


if __name__ == "__main__":
    main()
