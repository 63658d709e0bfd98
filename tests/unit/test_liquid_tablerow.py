"""``tablerow``, and ``break``/``continue`` outside a ``for``, against Liquid 4.0.4 itself.

Expected outputs (tests/unit/data/liquid4_tablerow.json) were rendered by Liquid 4.0.4's own
lib (Shopify/liquid tag v4.0.4, run with Ruby 3.1). Liquid 4.0.4 tags/table_row.rb reads
``cols``/``offset``/``limit`` with ``to_i``, never wraps rows without ``cols`` and leaves a
``break``/``continue`` of a cell on the interrupt stack; block_body.rb then stops every
enclosing block body until a ``for`` pops it. A ``break`` outside any loop ends the template.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.liquid import JekyllEnvironment

DATA = json.loads((Path(__file__).parent / "data" / "liquid4_tablerow.json")
                  .read_text(encoding="utf-8"))


@pytest.mark.parametrize(("template", "expected"), DATA["cases"],
                         ids=lambda v: v[:40] if isinstance(v, str) else "")
@pytest.mark.parametrize("mode", ["lax", "warn"])
def test_matches_liquid_404(tmp_path: Path, template: str, expected: str, mode: str) -> None:
    """Same output as Liquid 4.0.4."""
    site = SimpleNamespace(
        config={"liquid": {"error_mode": mode}}, source=tmp_path, include_dirs=[],
        documents_for_link_tag=list, logger=SimpleNamespace(warn=lambda topic, msg: None))
    env = JekyllEnvironment(site)
    payload = json.loads(json.dumps(DATA["payload"]))
    assert env.render_template(env.parse_template(template, "t.html"), payload) == expected
