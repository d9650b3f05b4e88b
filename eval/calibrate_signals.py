"""Calibrate the signal penalty on synthetic series (docs/signals.md).

For each penalty factor, over 300 series of 48 periods of each kind, report
the share of false signals in pure noise (Gaussian, and sparse random
events) and the share of true turns found within 2 periods:

    .venv/bin/python eval/calibrate_signals.py
"""

from __future__ import annotations

import numpy as np

from peninsula.analyze.signals import turning_points

SERIES = 300
LENGTH = 48
TURN = 24


def _sparse(rng: np.random.Generator, periods: int, rate: float, cooperative: float) -> np.ndarray:
    """Random events: ``rate`` a period, each cooperative with probability ``cooperative``."""
    values = np.zeros(periods)
    for index in range(periods):
        for _ in range(rng.poisson(rate)):
            sign = 1 if rng.random() < cooperative else -1
            values[index] += sign * rng.uniform(2, 9.5)
    return values


def _turns(values: np.ndarray, factor: float) -> list[int]:
    return [index for index, _, _ in turning_points(list(values), factor)]


def main() -> None:
    print("factor  false:gauss  false:sparse  found:gauss  found:sparse")
    for factor in (1.0, 2.0, 3.0, 4.0, 5.0):
        rng = np.random.default_rng(7)
        counts = np.zeros(4)
        for _ in range(SERIES):
            sigma = rng.uniform(1, 6)
            counts[0] += bool(_turns(rng.normal(0, sigma, LENGTH), factor))
            counts[1] += bool(_turns(_sparse(rng, LENGTH, 0.4, 0.5), factor))
            shifted = rng.normal(0, sigma, LENGTH)
            shifted[TURN:] += 3 * sigma
            counts[2] += any(abs(i - TURN) <= 2 for i in _turns(shifted, factor))
            turned = np.concatenate(
                [_sparse(rng, TURN, 0.5, 0.1), _sparse(rng, LENGTH - TURN, 1.5, 0.9)]
            )
            counts[3] += any(abs(i - TURN) <= 2 for i in _turns(turned, factor))
        shares = counts / SERIES
        print(f"{factor:6.1f}  " + "  ".join(f"{s:11.2f}" for s in shares))


if __name__ == "__main__":
    main()
