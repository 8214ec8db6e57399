"""Number parsing as papers (and PDF text layers) write numbers."""
import pytest

from mlintern_nb.paper.extraction.numbers import find_numbers, grid_after, keep_to_dropout, parse_number


@pytest.mark.parametrize("text,expected", [
    ("0.1", 0.1), ("10,000", 10000.0), ("1,000,000", 1e6), ("1e-4", 1e-4), ("5E-04", 5e-4),
    ("3.0e\u22124", 3e-4), ("6\u00d710\u22124", 6e-4), ("8 \u00b7 10\u22124", 8e-4), ("2.5 x 10^-4", 2.5e-4),
    ("10^{-4}", 1e-4), ("10\u22124", 1e-4), ("60 \u00d7 104", 600000.0), ("2^19", 524288.0),
    ("64k", 64000.0), ("10k", 10000.0), ("4M", 4e6), ("1.4T", 1.4e12), ("15%", 0.15),
    ("2, 000", 2000.0), ("20 000", 20000.0),
])
def test_single_numbers(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=1e-9)


def test_flattened_powers_are_marked():
    n = find_numbers("a weight decay of 10\u22124 and")[0]
    assert n.value == pytest.approx(1e-4) and n.flattened and n.raw == "10\u22124"
    assert not find_numbers("1e-4")[0].flattened


def test_lists_are_not_merged_as_thousands():
    assert [n.value for n in find_numbers("batch sizes of 16, 32 and 64")] == [16.0, 32.0, 64.0]
    assert [n.value for n in find_numbers("2 500 steps")] == [2.0, 500.0]


@pytest.mark.parametrize("text,expected", [
    ("{5e-5, 4e-5, 3e-5, 2e-5} for", [5e-5, 4e-5, 3e-5, 2e-5]),
    ("16 and 32 were", [16.0, 32.0]),
    ("2, 3, or 4 epochs", [2.0, 3.0, 4.0]),
    ("7/14 epochs", [7.0, 14.0]),
])
def test_grids(text, expected):
    nums = find_numbers(text)
    assert [n.value for n in grid_after(text, nums, 0)] == pytest.approx(expected)


def test_grid_stops_at_other_words():
    text = "0.1, divided by 10 at 32k"
    nums = find_numbers(text)
    assert [n.value for n in grid_after(text, nums, 0)] == [0.1]


def test_keep_probability():
    assert keep_to_dropout(0.9) == 0.1
    assert keep_to_dropout(0.5) == 0.5


def test_restore_numbers_in_quotes():
    from mlintern_nb.paper.extraction.numbers import restore_numbers
    assert restore_numbers("a weight decay of 10\u22124 and") == "a weight decay of 10^-4 and"
    assert restore_numbers("for up to 60 \u00d7 104 iterations") == "for up to 60 \u00d7 10^4 iterations"
    assert restore_numbers("We use 2, 000 warmup steps") == "We use 2,000 warmup steps"
    assert restore_numbers("batch sizes 16, 32 and 10-20 epochs") == "batch sizes 16, 32 and 10-20 epochs"


def test_dot_product_power_is_quoted_as_times():
    from mlintern_nb.paper.extraction.numbers import restore_numbers
    assert restore_numbers("a rate of 3 · 10−4 and 2×10−5") == "a rate of 3 × 10^-4 and 2×10^-5"


def test_glyph_name_slashes_are_dropped_only_where_they_dominate():
    from mlintern_nb.paper.text import repair_glyph_slashes
    garbled = "We ran /4 trials /(seed /1/2/)/, each for /3/0 epochs/. Input//output units/. " * 4
    assert repair_glyph_slashes(garbled).startswith("We ran 4 trials (seed 12), each for 30 epochs. Input/output units.")
    assert repair_glyph_slashes("see https://x.org/a/b and 3/4 of runs") == "see https://x.org/a/b and 3/4 of runs"
