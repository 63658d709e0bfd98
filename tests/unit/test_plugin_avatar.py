"""jekyll-avatar: ``tests/plugins/avatar_*`` sites built with jekpy must equal the reference's ``out/``."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_plugin_seo_tag import assert_case, plugin_cases

from jekpy.plugins import avatar

SKIP: dict[str, str] = {}


@pytest.mark.parametrize("name", plugin_cases("avatar"))
def test_avatar_case(name: str, tmp_path: Path, monkeypatch, count) -> None:
    if name in SKIP:
        pytest.skip(SKIP[name])
    monkeypatch.delenv("PAGES_AVATARS_URL", raising=False)
    assert_case(name, tmp_path, monkeypatch, count, "plugin avatar sites")


def test_server_is_chosen_by_crc32_of_the_scale_one_path() -> None:
    assert avatar.avatar_url("hubot", "40", 1, "") == "https://avatars3.githubusercontent.com/hubot?v=3&s=40"
    assert avatar.avatar_url("hubot", "40", 2, "") == "https://avatars3.githubusercontent.com/hubot?v=3&s=80"


def test_custom_host_is_joined() -> None:
    url = avatar.avatar_url("hubot", "40", 1, "https://ghe.example.com/avatars")
    assert url == "https://ghe.example.com/avatars/hubot?v=3&s=40"


def test_lazy_template_has_empty_src() -> None:
    img = avatar.avatar_img("x", "50", True)
    assert ' src="" data-src="' in img and img.startswith('<img class="avatar" alt="x"')
