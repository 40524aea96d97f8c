"""English reports of 2025 (sentences written for these tests): who the victims were told
between commas, ..."""
from __future__ import annotations

import pytest

from geomap.quantities import KILLED, figures_in


@pytest.mark.parametrize("text", [
    "At least 20 people, most of them women, were killed when a car bomb went off.",
    "At least 20 people, mostly women and children, were killed in the blast.",
    "Some 20 people, many of them displaced, were killed in the shelling.",
])
def test_an_aside_between_commas_leaves_the_count_its_verb(text):
    assert [(f.kind, f.value) for f in figures_in(text)] == [(KILLED, 20)]

