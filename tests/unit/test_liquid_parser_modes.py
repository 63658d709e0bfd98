"""Templates in strict, warn and lax error mode against Liquid 4.0.4 itself.

Expected values (tests/unit/data/liquid4_*.json, listed in `DATA_FILES`) were produced by
Liquid 4.0.4's own lib (Shopify/liquid tag v4.0.4, run with Ruby 3.1): in strict mode every output statement,
``assign`` value, ``if``/``elsif``/``unless`` condition and ``for`` header goes through the
strict parser (lib/liquid/parser.rb, lexer.rb, parser_switching.rb) and its SyntaxError is
raised with Liquid's words; warn mode logs it and reads the markup laxly; lax mode never asks.
Many cases are Liquid 5 differences (Liquid 5 accepts ``[`` at the start of an expression,
commas in ``for``, non-ASCII identifiers), which is why the reference build cannot give them.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from jekpy.errors import LiquidException
from jekpy.liquid import JekyllEnvironment

DATA_FILES = ("liquid4_parser_modes.json", "liquid4_filters_lines.json", "liquid4_standard.json",
              "liquid4_blocks.json", "liquid4_keyword_names.json",
              "liquid4_array_filters.json", "liquid4_filters_audit.json",
              "liquid4_for_else_kwargs.json")
DATA = json.loads((Path(__file__).parent / "data" / DATA_FILES[0]).read_text(encoding="utf-8"))
CASES = [(data["payload"], case) for data in (
    json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))
    for name in DATA_FILES) for case in data["cases"]]
MODES = ("strict", "warn", "lax")


def outcome(tmp_path: Path, template: str, mode: str, payload: dict) -> dict:
    """jekpy's result in the data file's shape: output and warnings, or the error message."""
    warnings: list[str] = []
    site = SimpleNamespace(
        config={"liquid": {"error_mode": mode}}, source=tmp_path, include_dirs=[],
        documents_for_link_tag=list,
        logger=SimpleNamespace(warn=lambda topic, msg: warnings.append(msg)))
    env = JekyllEnvironment(site)
    try:
        output = env.render_template(env.parse_template(template, "t.html"),
                                     json.loads(json.dumps(payload)))
    except LiquidException as err:
        return {"error": err.message}
    result: dict = {"output": output}
    if mode == "warn":
        result["warnings"] = [w.removesuffix(" in t.html") for w in warnings]
    return result


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("payload", "case"), CASES,
                         ids=lambda v: v["template"][:40] if "template" in v else "")
def test_matches_liquid_404(tmp_path: Path, payload: dict, case: dict, mode: str) -> None:
    """Same output, warnings or error message as Liquid 4.0.4."""
    assert outcome(tmp_path, case["template"], mode, payload) == case[mode]


def test_cases_cover_every_mode_outcome() -> None:
    """The data holds strict errors, warn-mode warnings and clean templates."""
    strict_errors = sum("error" in c["strict"] for c in DATA["cases"])
    warned = sum(bool(c["warn"].get("warnings")) for c in DATA["cases"])
    assert strict_errors >= 20
    assert warned >= 15
    assert len(DATA["cases"]) - strict_errors >= 10
