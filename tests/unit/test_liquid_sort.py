"""Jekyll 3.10's ``sort`` compares in the order of Ruby's Array#sort on glibc (a merge sort).

Expected values come from reference builds (shared/oracle/pages-build: Ruby 3.1 on glibc 2.36,
whose ``ruby_qsort`` is glibc's ``qsort_r``): ties keep their order, and the first pair Ruby
cannot compare names the error (rb_cmperr: the right side by ``inspect`` for nil, booleans and
numbers, else its class).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment

PAYLOAD = {
    "b": [1, "a", 2], "c": [3, 1, "a", 2, 5], "a": [[], {}, 1, "4"],
    "d": [{"n": 2, "i": 0}, {"n": 1, "i": 1}, {"n": 2, "i": 2}, {"i": 3}, {"n": 1, "i": 4},
          {"n": 1, "i": 5}, {"n": 2, "i": 6}],
}


def render(tmp_path: Path, source: str) -> str:
    """Render ``source`` with `PAYLOAD`."""
    site = SimpleNamespace(
        config={"liquid": {"error_mode": "warn"}}, source=tmp_path, include_dirs=[],
        documents_for_link_tag=list, logger=SimpleNamespace(warn=lambda topic, msg: None))
    env = JekyllEnvironment(site)
    return env.render_template(env.parse_template(source, "index.html"), PAYLOAD)


def test_ties_keep_their_order(tmp_path: Path) -> None:
    """Reference build: ``3 1 4 5 0 2 6|1 4 5 0 2 6 3`` (nils first, then last)."""
    source = '{{ d | sort: "n" | map: "i" | join }}|{{ d | sort: "n", "last" | map: "i" | join }}'
    assert render(tmp_path, source) == "3 1 4 5 0 2 6|1 4 5 0 2 6 3"


@pytest.mark.parametrize(("source", "message"), [
    # reference build
    ("{{ c | sort }}", "comparison of String with 2 failed"),
    ("{{ b | sort }}", "comparison of String with 2 failed"),
    # Ruby 3.1 on glibc: [[], {}, 1, "4"].sort compares [] with {} first
    ("{{ a | sort }}", "comparison of Array with Hash failed"),
])
def test_first_incomparable_pair_names_the_error(tmp_path: Path, source: str,
                                                 message: str) -> None:
    """The merge order decides which pair fails first."""
    with pytest.raises(LiquidException) as info:
        render(tmp_path, source)
    assert info.value.message == f"Liquid error (line 1): {message}"
