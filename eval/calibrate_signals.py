"""Calibrate the signal penalty on synthetic series (docs/signals.md).

For each penalty factor, over 300 series of 48 periods of each kind, report
the share of false signals in series with no turn (Gaussian noise; sparse
random events; sparse random events with one burst) and the share of true
turns found within 2 periods (a 3-sigma shift in Gaussian noise; a sparse
series turning from conflict to busier cooperation, without and with a burst
elsewhere; four months of sharp conflict in a quiet series):

    .venv/bin/python eval/calibrate_signals.py
"""

from __future__ import annotations

import numpy as np

from peninsula.analyze.signals import turning_points

SERIES = 300
LENGTH = 48
TURN = 24
COLUMNS = (
    "false:gauss",
    "false:sparse",
    "false:burst",
    "found:gauss",
    "found:sparse",
    "found:sparse+burst",
    "found:sharp",
)


def _sparse(rng: np.random.Generator, periods: int, rate: float, cooperative: float) -> np.ndarray:
    """Random events: ``rate`` a period, each cooperative with probability ``cooperative``."""
    values = np.zeros(periods)
    for index in range(periods):
        for _ in range(rng.poisson(rate)):
            sign = 1 if rng.random() < cooperative else -1
            values[index] += sign * rng.uniform(2, 9.5)
    return values


def _burst(rng: np.random.Generator) -> float:
    """One month of many reports on one incident, either way."""
    return float(rng.choice([-1, 1]) * rng.uniform(25, 35))


def _sparse_turn(rng: np.random.Generator) -> np.ndarray:
    return np.concatenate([_sparse(rng, TURN, 0.5, 0.1), _sparse(rng, LENGTH - TURN, 1.5, 0.9)])


def _found(values: np.ndarray, factor: float, turn: int) -> bool:
    return any(abs(index - turn) <= 2 for index, _, _ in turning_points(list(values), factor))


def _shares(factor: float) -> np.ndarray:
    rng = np.random.default_rng(7)
    counts = np.zeros(len(COLUMNS))
    for _ in range(SERIES):
        sigma = rng.uniform(1, 6)
        counts[0] += bool(turning_points(list(rng.normal(0, sigma, LENGTH)), factor))
        counts[1] += bool(turning_points(list(_sparse(rng, LENGTH, 0.4, 0.5)), factor))
        burst = _sparse(rng, LENGTH, 0.4, 0.5)
        burst[rng.integers(0, LENGTH)] += _burst(rng)
        counts[2] += bool(turning_points(list(burst), factor))
        shifted = rng.normal(0, sigma, LENGTH)
        shifted[TURN:] += 3 * sigma
        counts[3] += _found(shifted, factor, TURN)
        counts[4] += _found(_sparse_turn(rng), factor, TURN)
        turned = _sparse_turn(rng)
        away = int(rng.integers(0, 8))  # within 8 periods of either end
        turned[away if rng.random() < 0.5 else LENGTH - 1 - away] += _burst(rng)
        counts[5] += _found(turned, factor, TURN)
        sharp = np.concatenate(
            [_sparse(rng, 30, 0.4, 0.5), _sparse(rng, 4, 2.5, 0.05), _sparse(rng, 14, 0.4, 0.5)]
        )
        counts[6] += _found(sharp, factor, 30)
    return counts / SERIES


def main() -> None:
    print("factor  " + "  ".join(COLUMNS))
    for factor in (1.0, 2.0, 3.0, 4.0, 5.0, 6.0):
        cells = [
            f"{share:{len(name)}.2f}" for share, name in zip(_shares(factor), COLUMNS, strict=True)
        ]
        print(f"{factor:6.1f}  " + "  ".join(cells), flush=True)


if __name__ == "__main__":
    main()
