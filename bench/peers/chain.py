# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer of FilmLab's default workflow in Python (NumPy, SciPy, scikit-learn from Debian).

Same chain and parameters as bundles/org.filmlab.workflow.chenduquesnoy2021/workflows/chen-duquesnoy-2021.json, as far as
they map: PCA of the standardised L:S, X:B and six properties (P left out) -> K-means (k = 3,
k-means++, 50 starts) on PC1-PC2 -> classes named from the cluster medians -> Kruskal-Wallis per
property and the Type II two-way ANOVA of ln RD for X:B x L:S -> a classifier on (P, L:S, X:B)
with standardisation fitted on training rows: stratified 80/20 split and 10 x 5 repeated stratified
CV, minority classes oversampled in the training part only -> the final model, the model of classes
from sigmaN alone and the first repeat's fold models each predict the 8 x 41 x 41 decision grid, as
FilmLab's map step and next experiments do -> the next experiments (the default workflow's last step,
org.filmlab.weka.feasibleBayesOpt): on the recipes not yet made (P at its measured levels, L:S in
steps of 0.05, X:B in steps of 5), a Gaussian process per property of interest (ln sigmaN, ln RD; an
anisotropic RBF kernel plus noise, hyperparameters by marginal likelihood), the expected improvement
of sigmaN over the best film of the good class times the final model's probability of the good class
times the chance of RD at most the good class's median, 8 picks at least 0.1 of each condition's
range apart, each added to the objective's process at its predicted value (kriging believer).
`--suggest N` sets the picks; 0 leaves the stage out (the scale case: its workflow has no such step).

The classifier mirrors Weka SMO with logistic models: libsvm's linear SVC, one-vs-one, with
probability=True (Platt sigmoids per pair, pairwise coupling). `--classifier logistic` uses
scikit-learn's multinomial LogisticRegression instead, the peer of Weka Logistic; `--classifier
linearsvc` uses LinearSVC (LIBLINEAR, primal), the peer of org.filmlab.liblinear.linearSvm at scale.
`--restarts` sets K-means' starts (50 as the default workflow; the scale case uses 10).

Prints one JSON line: seconds spent in-process (reading included, interpreter start excluded),
the time of each stage, and the results to compare with FilmLab's results.json.

usage: chain.py [--data CSV] [--seed N] [--classifier svm|logistic|linearsvc] [--restarts N] [--suggest N]
"""
import json
import os
import sys
import time

T0 = time.perf_counter()

import numpy as np  # noqa: E402
from scipy import optimize, stats  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.decomposition import PCA  # noqa: E402
from sklearn.gaussian_process import GaussianProcessRegressor  # noqa: E402
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, WhiteKernel  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import RepeatedStratifiedKFold, train_test_split  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402
from sklearn.svm import SVC, LinearSVC  # noqa: E402

T_IMPORTED = time.perf_counter()

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "bundles", "org.filmlab.sample", "data", "sse-films-synthetic.csv")
KEYS = ["P", "LS", "XB", "thickness", "density", "resistance", "sigmaN", "DoT", "RD"]
PROPERTIES = KEYS[3:]


def read(path):
    table = np.loadtxt(path, delimiter=",", comments="#", skiprows=2, usecols=range(1, 10), encoding="utf-8")
    return {k: table[:, i] for i, k in enumerate(KEYS)}


def oversample(x, y, rng):
    """Every minority class drawn with replacement up to the majority class's size."""
    labels, counts = np.unique(y, return_counts=True)
    extra = [rng.choice(np.flatnonzero(y == c), counts.max() - n, replace=True)
             for c, n in zip(labels, counts) if n < counts.max()]
    rows = np.concatenate([np.arange(len(y))] + extra)
    return x[rows], y[rows]


def classifier(kind, seed):
    if kind == "svm":
        model = SVC(kernel="linear", C=1.0, probability=True, random_state=seed)
    elif kind == "linearsvc":
        # FilmLab's org.filmlab.liblinear.linearSvm defaults: LIBLINEAR's primal L2-loss SVM, one-vs-rest.
        model = LinearSVC(dual=False, C=1.0, tol=0.01, loss="squared_hinge", intercept_scaling=1)
    else:
        # Weka Logistic minimises loss + ridge·|β|² with ridge 1e-8; scikit-learn minimises |w|²/2 + C·loss.
        model = LogisticRegression(C=1.0 / (2 * 1e-8), max_iter=1000)
    return make_pipeline(StandardScaler(), model)


def fit(kind, x, y, seed):
    rng = np.random.default_rng(seed)
    xs, ys = oversample(x, y, rng)
    return classifier(kind, seed).fit(xs, ys)


def candidates(d):
    """The recipes of FilmLab's default candidate grid not yet made: P at its measured levels, L:S and X:B in steps."""
    ps = np.unique(d["P"])
    ls = np.round(np.arange(d["LS"].min(), d["LS"].max() + 1e-9, 0.05), 9)
    xb = np.round(np.arange(d["XB"].min(), d["XB"].max() + 1e-9, 5.0), 9)
    grid = np.array([(p, l, x) for p in ps for l in ls for x in xb])
    made = np.column_stack([d["P"], d["LS"], d["XB"]])
    low, high = made.min(axis=0), made.max(axis=0)
    tol = 1e-6 * (high - low)
    fresh = ~np.array([np.any(np.all(np.abs(made - g) <= tol, axis=1)) for g in grid])
    return grid[fresh], low, high


def started_from_a_grid(objective, theta, bounds):
    """L-BFGS-B from the best of FilmLab's start grid (equal length scales 0.1-1.6, noise 0.001-0.5 of the
    variance): from scikit-learn's single default start the RD process stopped at a length scale of 0.02
    along L:S, which predicts the mean at every recipe."""
    best = min((np.concatenate([[0.0], np.full(len(theta) - 2, np.log(s)), [np.log(n)]])
                for s in (0.1, 0.2, 0.4, 0.8, 1.6) for n in (0.001, 0.01, 0.1, 0.5)),
               key=lambda t: objective(np.clip(t, bounds[:, 0], bounds[:, 1]), eval_gradient=False))
    found = optimize.minimize(objective, np.clip(best, bounds[:, 0], bounds[:, 1]), method="L-BFGS-B", jac=True,
                              bounds=bounds)
    return found.x, found.fun


def process(x, y):
    """A Gaussian process of y on x, hyperparameters (length scale per condition, amplitude, noise) by marginal likelihood."""
    kernel = ConstantKernel(1.0, (1e-3, 1e3)) * RBF(np.ones(x.shape[1]), (0.02, 20)) + WhiteKernel(0.01, (1e-4, 1))
    return GaussianProcessRegressor(kernel, normalize_y=True, optimizer=started_from_a_grid).fit(x, y)


def next_experiments(d, y, final, count, spacing=0.1, xi=0.01):
    """Feasibility-aware expected improvement of ln sigmaN, a batch by kriging believer (FilmLab's default suggester)."""
    grid, low, high = candidates(d)
    x = (np.column_stack([d["P"], d["LS"], d["XB"]]) - low) / (high - low)
    at = (grid - low) / (high - low)
    objective = process(x, np.log(d["sigmaN"]))
    rd = process(x, np.log(d["RD"]))
    good = final.predict_proba(grid)[:, list(final.classes_).index(1)]
    limit = np.log(np.median(d["RD"][y == 1]))
    mean, sd = rd.predict(at, return_std=True)
    feasible = good * stats.norm.cdf((limit - mean) / np.maximum(sd, 1e-12))
    incumbent = np.log(d["sigmaN"][y == 1]).max()
    xs, ys, picks = x, np.log(d["sigmaN"]), []
    taken = np.zeros(len(grid), dtype=bool)
    for _ in range(count):
        mean, sd = objective.predict(at, return_std=True)
        gain = mean - incumbent - xi
        z = gain / np.maximum(sd, 1e-12)
        value = (gain * stats.norm.cdf(z) + sd * stats.norm.pdf(z)) * feasible
        apart = np.ones(len(grid), dtype=bool)
        for c in picks:
            apart &= np.linalg.norm(at - at[c], axis=1) >= spacing
        open_ = ~taken & apart if np.any(~taken & apart) else ~taken
        best = int(np.flatnonzero(open_)[np.argmax(value[open_])])
        picks.append(best)
        taken[best] = True
        # Kriging believer: the process believes its own prediction at the pick, hyperparameters kept.
        xs, ys = np.vstack([xs, at[best]]), np.append(ys, mean[best])
        objective = GaussianProcessRegressor(objective.kernel_, normalize_y=True, optimizer=None).fit(xs, ys)
    return grid[picks]


def two_way_anova(response, a, b):
    """Type II sums of squares from nested least-squares fits with dummy coding."""
    def dummies(f):
        levels = np.unique(f)
        return (f[:, None] == levels[None, 1:]).astype(float)

    da, db = dummies(a), dummies(b)
    inter = np.einsum("ni,nj->nij", da, db).reshape(len(a), -1)
    one = np.ones((len(a), 1))

    def rss(*blocks):
        m = np.hstack((one,) + blocks)
        coef, *_ = np.linalg.lstsq(m, response, rcond=None)
        r = response - m @ coef
        return float(r @ r), np.linalg.matrix_rank(m)

    r_a, _ = rss(da)
    r_b, _ = rss(db)
    r_ab, k_ab = rss(da, db)
    r_full, k_full = rss(da, db, inter)
    df_res = len(a) - k_full
    out = {}
    for name, ss, df in (("XB", r_b - r_ab, da.shape[1]), ("LS", r_a - r_ab, db.shape[1]),
                         ("XB×LS", r_ab - r_full, k_full - k_ab)):
        f = ss / df / (r_full / df_res)
        out[name] = {"SS": ss, "df": df, "F": f, "p": float(stats.f.sf(f, df, df_res))}
    return out


def main(argv):
    data_path, seed, kind, restarts = SAMPLE, 20210401, "svm", 50
    if "--data" in argv:
        data_path = argv[argv.index("--data") + 1]
    if "--seed" in argv:
        seed = int(argv[argv.index("--seed") + 1])
    if "--classifier" in argv:
        kind = argv[argv.index("--classifier") + 1]
    if "--restarts" in argv:
        restarts = int(argv[argv.index("--restarts") + 1])
    suggest = int(argv[argv.index("--suggest") + 1]) if "--suggest" in argv else 8
    stages = {}
    t = time.perf_counter()

    def lap(name):
        nonlocal t
        now = time.perf_counter()
        stages[name] = round(now - t, 4)
        t = now

    d = read(data_path)
    n = len(d["P"])
    lap("read")

    reduced = np.column_stack([d[k] for k in ["LS", "XB"] + PROPERTIES])
    pca = PCA().fit(StandardScaler().fit_transform(reduced))
    scores = pca.transform(StandardScaler().fit_transform(reduced))[:, :2]
    lap("reduce")

    km = KMeans(n_clusters=3, init="k-means++", n_init=restarts, random_state=seed).fit(scores)
    lap("cluster")

    # Classes from the cluster medians: lowest sigmaN -> 3; of the others, lower RD -> 1, higher -> 2.
    med = {c: (np.median(d["sigmaN"][km.labels_ == c]), np.median(d["RD"][km.labels_ == c])) for c in range(3)}
    poor = min(med, key=lambda c: med[c][0])
    even, uneven = sorted((c for c in med if c != poor), key=lambda c: med[c][1])
    to_class = {even: 1, uneven: 2, poor: 3}
    y = np.array([to_class[c] for c in km.labels_])
    sizes = {str(c): int((y == c).sum()) for c in (1, 2, 3)}

    kruskal = {}
    for prop in PROPERTIES:
        h, p = stats.kruskal(*(d[prop][y == c] for c in (1, 2, 3)))
        kruskal[prop] = {"H": float(h), "p": float(p)}
    lap("kruskalWallis")
    anova = two_way_anova(np.log(d["RD"]), d["XB"], d["LS"])
    lap("twoWayAnova")

    x = np.column_stack([d["P"], d["LS"], d["XB"]])
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.2, stratify=y, random_state=seed)
    split_model = fit(kind, xtr, ytr, seed)
    split_f1 = f1_score(yte, split_model.predict(xte), average="macro")
    folds, first_repeat = [], []
    cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=10, random_state=seed)
    for i, (tr, te) in enumerate(cv.split(x, y)):
        m = fit(kind, x[tr], y[tr], seed + i)
        folds.append(f1_score(y[te], m.predict(x[te]), average="macro"))
        if i < 5:
            first_repeat.append(m)
    final = fit(kind, x, y, seed)
    sigma_only = fit(kind, x, np.where(y == 3, 0, 1), seed)
    lap("classify")

    ls, xb = np.meshgrid(np.linspace(0.6, 1.4, 41), np.linspace(0, 100, 41))
    grid = np.vstack([np.column_stack([np.full(ls.size, p), ls.ravel(), xb.ravel()]) for p in range(3, 11)])
    if kind == "linearsvc":
        # As FilmLab's LIBLINEAR model: the softmax of the one-vs-rest decision values (LinearSVC has no probabilities).
        scores = final.decision_function(grid)
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        window = scores / scores.sum(axis=1, keepdims=True)
    else:
        window = final.predict_proba(grid)
    classes = final.classes_[window.argmax(axis=1)]
    sigma_classes = sigma_only.predict(grid)
    disagreeing = np.mean([m.predict(grid) != classes for m in first_repeat], axis=0)
    lap("map")

    picks = np.empty((0, 3))
    if suggest > 0:
        picks = next_experiments(d, y, final, suggest)
        lap("nextExperiments")

    total = time.perf_counter() - T0
    print(json.dumps({
        "peer": "python3 scikit-learn",
        "versions": {"python": sys.version.split()[0], "numpy": np.__version__,
                     "scipy": __import__("scipy").__version__, "sklearn": __import__("sklearn").__version__},
        "rows": n, "classifier": kind,
        "seconds": round(total, 4), "importSeconds": round(T_IMPORTED - T0, 4),
        "analysisSeconds": round(total - (T_IMPORTED - T0), 4), "stages": stages,
        "explainedVariancePC12": round(float(pca.explained_variance_ratio_[:2].sum()), 4),
        "classSizes": sizes,
        "kruskalWallisH": {k: round(v["H"], 3) for k, v in kruskal.items()},
        "twoWayAnovaF": {k: round(v["F"], 3) for k, v in anova.items()},
        "splitF1Macro": round(float(split_f1), 4),
        "cvF1MacroMean": round(float(np.mean(folds)), 4), "cvF1MacroSd": round(float(np.std(folds, ddof=1)), 4),
        "mapPoints": int(len(grid)), "windowShare": round(float(np.mean(classes == 1)), 4),
        "sigmaOnlyHighShare": round(float(np.mean(sigma_classes == 1)), 4),
        "meanCvDisagreement": round(float(disagreeing.mean()), 4),
        "nextExperiments": [[round(float(v), 4) for v in p] for p in picks],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
