# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer of bench/jmh (WineChainBenchmark) in one warm Python process: bench/jmh/wine-chain.json's
chain on the 178 x 13 wine data, timed run by run after warm-up runs, as JMH times FilmLab's.

Each run goes from the CSV file to the decision maps, as FilmLab's does: read; standardise the 13
variables and take PC1-PC2; K-means (k = 3, k-means++, 50 starts); classes numbered by cluster size,
largest first; Kruskal-Wallis per property (the 10 variables that are not conditions); on the three
conditions (alcohol, flavanoids, color_intensity), a stratified 80/20 split and 10 x 5 repeated
stratified CV of a linear SVC with Platt probabilities (libsvm, one-vs-one, the peer of Weka SMO with
logistic models) fitted after standardisation on the training rows, minority classes oversampled in
the training part only; the final model predicts the 8 x 41 x 41 grid (alcohol panels, flavanoids x
color_intensity), and the first repeat's fold models predict it too, for their disagreement. The
model helpers are chain.py's, so both peers fit the same way.

Prints one JSON line: every timed run's seconds, their median, and the results of the last run
(to check that the peer did the same work as FilmLab).

usage: wine_inprocess.py [--data CSV] [--warmup N] [--runs N] [--seed N]
"""
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
from scipy import stats  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.decomposition import PCA  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import RepeatedStratifiedKFold, train_test_split  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

import chain  # noqa: E402  (its fit(): oversampling + standardisation + linear SVC, as for the sample)

WINE = os.path.join(HERE, "..", "..", "bundles", "org.filmlab.headless.tests", "fixtures", "wine.csv")
CONDITIONS = ["alcohol", "flavanoids", "color_intensity"]
# bench/jmh/wine-chain.json's map step.
PANEL_LEVELS = [11.25, 11.75, 12.25, 12.75, 13.25, 13.75, 14.25, 14.75]
RESOLUTION = 41


def read(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    numeric = [i for i, h in enumerate(header) if h != "class"]
    table = np.loadtxt(path, delimiter=",", skiprows=1, usecols=numeric, encoding="utf-8")
    return {header[i]: table[:, j] for j, i in enumerate(numeric)}


def run_once(path, seed):
    d = read(path)
    names = list(d)
    properties = [n for n in names if n not in CONDITIONS]
    variables = np.column_stack([d[n] for n in CONDITIONS + properties])
    pca = PCA().fit(StandardScaler().fit_transform(variables))
    scores = pca.transform(StandardScaler().fit_transform(variables))[:, :2]

    km = KMeans(n_clusters=3, init="k-means++", n_init=50, random_state=seed).fit(scores)
    sizes = np.bincount(km.labels_, minlength=3)
    order = sorted(range(3), key=lambda c: -sizes[c])
    to_class = {c: i + 1 for i, c in enumerate(order)}
    y = np.array([to_class[c] for c in km.labels_])

    kruskal = {p: float(stats.kruskal(*(d[p][y == c] for c in (1, 2, 3)))[0]) for p in properties}

    x = np.column_stack([d[n] for n in CONDITIONS])
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.2, stratify=y, random_state=seed)
    split_f1 = f1_score(yte, chain.fit("svm", xtr, ytr, seed).predict(xte), average="macro")
    folds, first_repeat = [], []
    cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=10, random_state=seed)
    for i, (tr, te) in enumerate(cv.split(x, y)):
        m = chain.fit("svm", x[tr], y[tr], seed + i)
        folds.append(f1_score(y[te], m.predict(x[te]), average="macro"))
        if i < 5:
            first_repeat.append(m)
    final = chain.fit("svm", x, y, seed)

    fl = np.linspace(d["flavanoids"].min(), d["flavanoids"].max(), RESOLUTION)
    ci = np.linspace(d["color_intensity"].min(), d["color_intensity"].max(), RESOLUTION)
    gx, gy = np.meshgrid(fl, ci)
    grid = np.vstack([np.column_stack([np.full(gx.size, a), gx.ravel(), gy.ravel()]) for a in PANEL_LEVELS])
    window = final.predict_proba(grid)
    classes = final.classes_[window.argmax(axis=1)]
    disagreeing = np.mean([m.predict(grid) != classes for m in first_repeat], axis=0)
    return {
        "explainedVariancePC12": round(float(pca.explained_variance_ratio_[:2].sum()), 4),
        "classSizes": sorted((int(s) for s in sizes), reverse=True),
        "kruskalWallisH": {k: round(v, 3) for k, v in kruskal.items()},
        "splitF1Macro": round(float(split_f1), 4),
        "cvF1MacroMean": round(float(np.mean(folds)), 4),
        "mapPoints": int(len(grid)), "windowShare": round(float(np.mean(classes == 1)), 4),
        "meanCvDisagreement": round(float(disagreeing.mean()), 4),
    }


def main(argv):
    def opt(name, default):
        return argv[argv.index(name) + 1] if name in argv else default

    path = opt("--data", WINE)
    warmup, runs, seed = int(opt("--warmup", 15)), int(opt("--runs", 15)), int(opt("--seed", 20210401))
    for _ in range(warmup):
        run_once(path, seed)
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        result = run_once(path, seed)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        "peer": "python3 scikit-learn, in-process", "data": os.path.basename(path), "warmup": warmup,
        "seconds": [round(s, 4) for s in seconds], "median": round(statistics.median(seconds), 4),
        "min": round(min(seconds), 4), "max": round(max(seconds), 4), "result": result,
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__,
                     "sklearn": __import__("sklearn").__version__},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
