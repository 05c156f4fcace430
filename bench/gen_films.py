# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes n synthetic films of the paper's design with the model of FilmLab's sample generator.

The Java generator (bundles/org.filmlab.sample/.../SyntheticFilmGenerator.java, model in
bundles/org.filmlab.sample/data/README.md) always writes 110 films. For the scale benchmark this
replica writes n: floor(n/100) copies of the 4 x 5 x 5 full factorial, then n mod 100 combinations
drawn without replacement, exactly as the Java generator draws its 10 replicates. It uses the same
random stream (SplitMix64, the k-th output of SplittableRandom(seed) is mix64(seed + k * gamma), so
the stream is computed in one vectorised step) and the same draw order, so for n = 110 and seed 2021
it reproduces the shipped CSV (checked by `--check`, to the last printed decimal: NumPy's exp is
not StrictMath's and may differ in the last bit).

usage: gen_films.py N [--seed S] [--out FILE] | gen_films.py --check SHIPPED_CSV
"""
import sys

import numpy as np

GAMMA = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1
POLYMER = [3, 5, 7, 10]
LIQUID = [0.6, 0.8, 1.0, 1.2, 1.4]
XYLENE = [0, 25, 50, 75, 100]
HEADER = ("film,P (wt%),L:S (µL/mg),X:B (vol%),thickness (µm),density (g/cm³),"
          "resistance (Ω),σN (mS/cm),DoT (µm),RD (%)")


def mix64(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def mix64_vec(z):
    with np.errstate(over="ignore"):
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def design(n, seed):
    """Conditions in file order and how many stream values the design used."""
    full = [(p, s, x) for p in POLYMER for s in LIQUID for x in XYLENE]
    films = full * (n // len(full))
    extra = n % len(full)
    order = list(range(len(full)))
    state, used = seed & MASK, 0
    limit_of = lambda bound: 0x7FFFFFFF - 0x7FFFFFFF % bound
    for i in range(extra):
        bound = len(order) - i
        while True:  # the Java generator's index(): rejection on 31-bit draws
            state = (state + GAMMA) & MASK
            used += 1
            r = mix64(state) >> 33
            if r < limit_of(bound):
                j = i + r % bound
                break
        order[i], order[j] = order[j], order[i]
        films.append(full[order[i]])
    return np.array(films, dtype=float), used


def logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


def films(n, seed):
    cond, used = design(n, seed)
    p, s, x = cond[:, 0], cond[:, 1], cond[:, 2] / 100.0
    k = np.arange(used + 1, used + 1 + 10 * n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        states = np.uint64(seed & MASK) + k * np.uint64(GAMMA)
    u = (mix64_vec(states) >> np.uint64(11)).astype(float) * 2.0 ** -53
    u = u.reshape(n, 5, 2)  # per film: thickness, density, σN, DoT, resistance; two uniforms each
    z = np.sqrt(-2.0 * np.log(1.0 - u[:, :, 0])) * np.cos(2.0 * np.pi * u[:, :, 1])
    noise = lambda q, sd: np.exp(sd * z[:, q])

    viscous = logistic((0.58 + 0.40 * x + 0.02 * (p - 5) - s) / 0.04)
    excess = 0.6 * x * x * np.exp(-(s - 0.6) / 0.25) * logistic((p - 6.0) / 0.5)
    thickness = 62.0 * np.exp(0.06 * (p - 5) - 0.45 * (s - 1.0)) * (1 + excess) * noise(0, 0.06)
    density = 1.82 * np.exp(-0.018 * (p - 3) - 0.20 * viscous) * noise(1, 0.025)
    sigma = 0.60 * np.exp(-0.12 * (p - 5) + 1.2 * (np.minimum(s, 1.2) - 1.0) - 1.3 * viscous) * noise(2, 0.12)
    d = s - 0.92
    stiff = np.minimum(d, 0.0)
    rd0 = 4.0 * np.exp(5.0 * stiff * stiff + 1.3 * logistic((s - 1.1) / 0.04) + 2.0 * (x - 0.5) * d)
    dot = rd0 * thickness / 100.0 * noise(3, 0.15)
    thickness, dot, sigma = np.round(thickness, 1), np.round(dot, 2), np.round(sigma, 3)
    resistance = thickness * 1e-4 / (sigma * 1e-3 * 0.785) * noise(4, 0.04)
    rd = 100.0 * dot / thickness
    return p, s, cond[:, 2], thickness, density, resistance, sigma, dot, rd


def write(n, seed, out):
    cols = films(n, seed)
    fmt = ["%d", "%.1f", "%d", "%.1f", "%.3f", "%.2f", "%.3f", "%.2f", "%.2f"]
    width = max(3, len(str(n)))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# SYNTHETIC data (benchmark replica of FilmLab's SyntheticFilmGenerator, "
                "seed %d, %d films); not measurements.\n" % (seed, n))
        f.write(HEADER + "\n")
        table = np.column_stack(cols)
        lines = ("S%0*d," % (width, i + 1) + ",".join(f % v for f, v in zip(fmt, row))
                 for i, row in enumerate(table))
        f.write("\n".join(lines) + "\n")


def check(shipped):
    mine = np.column_stack(films(110, 2021))
    theirs = np.loadtxt(shipped, delimiter=",", comments="#", skiprows=2, usecols=range(1, 10), encoding="utf-8")
    # One unit of the last printed decimal per column (derived columns may round the other way).
    tolerance = np.array([0, 0.05, 0, 0.1, 0.001, 0.01, 0.001, 0.01, 0.01]) + 1e-9
    worst = np.abs(mine - theirs) - tolerance
    if theirs.shape != mine.shape or (worst > 0).any():
        sys.exit("gen_films: replica differs from %s (worst excess %s)" % (shipped, worst.max(axis=0)))
    print("gen_films: replica matches %s within the printed decimals" % shipped)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        check(args[1])
    else:
        n, seed, out = int(args[0]), 2021, "/dev/stdout"
        if "--seed" in args:
            seed = int(args[args.index("--seed") + 1])
        if "--out" in args:
            out = args[args.index("--out") + 1]
        write(n, seed, out)
