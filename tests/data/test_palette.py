"""Category colours stay distinguishable for colour-blind users (Machado et al. 2009 simulation)."""

from __future__ import annotations

import itertools

import pytest

from timeline_app.data.loader import load_dataset
from timeline_app.data.location import bundled_data_dir

IDENTITY = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                (-0.011820, 0.042940, 0.968881))  # fmt: skip
PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
              (-0.003882, -0.048116, 1.051998))  # fmt: skip
MINIMUM_DELTA_E = 12.0


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    rgb = [_linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5)]
    simulated = [min(1.0, max(0.0, sum(row[k] * rgb[k] for k in range(3)))) for row in matrix]
    return _lab((simulated[0], simulated[1], simulated[2]))


@pytest.mark.parametrize(
    "vision", [IDENTITY, DEUTERANOPIA, PROTANOPIA], ids=["typical", "deuteranopia", "protanopia"]
)
def test_every_pair_of_category_colours_stays_apart(vision: tuple[tuple[float, ...], ...]) -> None:
    categories = load_dataset(bundled_data_dir()).categories
    for first, second in itertools.combinations(categories, 2):
        a, b = _seen(first.colour, vision), _seen(second.colour, vision)
        distance = sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
        assert distance >= MINIMUM_DELTA_E, f"{first.name} and {second.name}: ΔE {distance:.1f}"
