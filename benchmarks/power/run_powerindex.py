"""Time the PyPI package ``powerindex`` on one weighted game (run in its own virtualenv).

Usage: python run_powerindex.py GAME.json INDEX   (INDEX: banzhaf or shapley_shubik)
GAME.json: {"weights": [...], "quota": q}.  Prints JSON: seconds, peak RSS (MiB), values.
This script imports nothing from concilium, so it runs in a venv with only powerindex.
"""

import json
import resource
import sys
import time

import powerindex as px


def main() -> None:
    with open(sys.argv[1]) as fh:
        game = json.load(fh)
    index = sys.argv[2]
    g = px.Game(game["quota"], weights=game["weights"])
    t = time.perf_counter()
    if index == "banzhaf":
        g.calc_banzhaf()
        values = g.banzhaf
    else:
        g.calc_shapley_shubik()
        values = g.shapley_shubik
    seconds = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump({"seconds": seconds, "peak_rss_mib": rss, "values": values}, sys.stdout)


if __name__ == "__main__":
    main()
