"""Configuration: Jekyll 3.10's defaults, the site's config files, CLI flags, then Pages' rules.

``load()`` is a pure function of its inputs; nothing later changes the result. Sources:
jekyll/jekyll v3.10.0 lib/jekyll/configuration.rb (DEFAULTS, ``backwards_compatibilize``,
``add_default_collections``) and github_pages.py for the Pages merge.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from jekpy import github_pages
from jekpy.errors import ConfigError
from jekpy.utils import deep_merge, load_yaml

DEFAULTS: dict = {
    "source": ".",
    "destination": "_site",
    "collections_dir": "",
    "plugins_dir": "_plugins",
    "layouts_dir": "_layouts",
    "data_dir": "_data",
    "includes_dir": "_includes",
    "collections": {},
    "safe": False,
    "include": [".htaccess"],
    "exclude": list(github_pages.JEKYLL_310_EXCLUDE),
    "keep_files": [".git", ".svn"],
    "encoding": "utf-8",
    "markdown_ext": "markdown,mkdown,mkdn,mkd,md",
    "strict_front_matter": False,
    "show_drafts": None,
    "limit_posts": 0,
    "future": False,
    "unpublished": False,
    "whitelist": [],
    "plugins": [],
    "markdown": "kramdown",
    "highlighter": "rouge",
    "lsi": False,
    "excerpt_separator": "\n\n",
    "incremental": False,
    "detach": False,
    "port": "4000",
    "host": "127.0.0.1",
    "baseurl": None,
    "show_dir_listing": False,
    "permalink": "date",
    "paginate_path": "/page:num",
    "timezone": None,
    "quiet": False,
    "verbose": False,
    "defaults": [],
    "liquid": {"error_mode": "warn", "strict_filters": False, "strict_variables": False},
    "rdiscount": {"extensions": []},
    "redcarpet": {"extensions": []},
    "kramdown": {
        "auto_ids": True,
        "toc_levels": "1..6",
        "entity_output": "as_char",
        "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
        "input": "GFM",
        "hard_wrap": False,
        "guess_lang": True,
        "footnote_nr": 1,
        "show_warnings": False,
    },
}

RENAMED_KEYS = {"server_port": "port", "gems": "plugins", "layouts": "layouts_dir", "data_source": "data_dir"}

PERMALINK_STYLES = {
    "pretty": "/:categories/:year/:month/:day/:title/",
    "none": "/:categories/:title:output_ext",
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
}


def default_config_file(source: Path) -> Path | None:
    """``_config.yml``, else ``_config.yaml``, else None (Jekyll warns "Configuration file: none")."""
    for name in ("_config.yml", "_config.yaml"):
        candidate = source / name
        if candidate.exists():
            return candidate
    return None


def read_config_file(path: Path, display: str | None = None) -> dict:
    """One YAML config file as a dict, with located errors."""
    display = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            f"The configuration file '{display}' could not be found.",
            path=display,
            hint="Check the file name given to --config.",
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"invalid byte sequence in UTF-8 in {display}",
            path=display,
            line=line,
            hint="Save the file as UTF-8.",
        ) from None
    try:
        data = load_yaml(text, display)
    except ConfigError:
        raise
    except Exception as exc:  # JekpyError from load_yaml: re-topic it
        raise ConfigError(
            str(getattr(exc, "message", exc)),
            path=display,
            line=getattr(exc, "line", None),
            col=getattr(exc, "col", None),
            hint=getattr(exc, "hint", None),
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"Configuration file: (INVALID) {display}",
            path=display,
            line=1,
            hint="The top level of a configuration file must be a mapping of keys to values.",
        )
    return {str(k): v for k, v in data.items()}


def backwards_compatibilize(config: dict) -> dict:
    """Jekyll 3.10's renames and fix-ups of old keys (configuration.rb ``backwards_compatibilize``)."""
    config = dict(config)
    config.pop("auto", None)
    config.pop("watch", None)
    config.pop("server", None)
    for old, new in RENAMED_KEYS.items():
        if old in config:
            config[new] = config.pop(old)
    if "pygments" in config:
        if config.pop("pygments"):
            config["highlighter"] = "pygments"
    for option in ("include", "exclude"):
        value = config.get(option)
        if isinstance(value, str):
            config[option] = [part.strip() for part in value.split(",")]
        elif isinstance(value, list):
            config[option] = [str(item) for item in value]
    if isinstance(config.get("plugins"), str):
        raise ConfigError(
            f"'plugins' should not be a string, but was: {config['plugins']!r}. "
            "Use 'plugins_dir' instead.",
            hint="List plugins as an array; set plugins_dir for a plugins folder.",
        )
    return config


def add_default_collections(config: dict) -> dict:
    """The ``posts`` collection, always output, with the site's permalink style."""
    config = dict(config)
    collections = config.get("collections")
    if collections is None:
        return config
    if isinstance(collections, list):
        collections = {str(name): {} for name in collections}
    collections = deep_merge({"posts": {}}, collections)
    posts = dict(collections["posts"] or {})
    posts["output"] = True
    if config.get("permalink"):
        posts.setdefault("permalink", style_to_permalink(config["permalink"]))
    collections["posts"] = posts
    config["collections"] = collections
    return config


def style_to_permalink(style: object) -> str:
    """A permalink style name (date, pretty, ordinal, none) to its template; other text as is."""
    return PERMALINK_STYLES.get(str(style), str(style))


def load(
    source: Path,
    config_files: list[Path] | None = None,
    overrides: dict | None = None,
    environment: str | None = None,
    pages: bool = True,
) -> dict:
    """Resolve the whole configuration of one build.

    Args:
        source: the site folder.
        config_files: ``--config`` files in order; None reads ``_config.yml`` of the source.
        overrides: values from command-line flags, merged over the files (as Jekyll does).
        environment: JEKYLL_ENV; defaults to the environment variable, else ``production``.
        pages: apply GitHub Pages' rules (the default); False gives plain Jekyll 3.10, which
            the conformance tests use to run Jekyll's own scenarios.

    Returns:
        The effective configuration as GitHub Pages would compute it.
    """
    environment = environment or os.environ.get("JEKYLL_ENV") or "production"
    if config_files is None:
        default = default_config_file(source)
        config_files = [default] if default else []
    user: dict = {}
    for path in config_files:
        display = _display_path(path, source)
        user = deep_merge(user, read_config_file(path, display))
    user = deep_merge(user, overrides or {})
    user = backwards_compatibilize(user)
    user_keys = set(user)
    user_config = deep_merge(copy.deepcopy(DEFAULTS), user)
    if pages:
        config = github_pages.effective_config(copy.deepcopy(DEFAULTS), user_config, user_keys, environment)
    else:
        config = user_config
    config = add_default_collections(config)
    config["source"] = str(source)
    if "source" in user_keys and user.get("source") not in (None, "", "."):
        # `source:` in a config file moves the site, relative to the working folder (Jekyll
        # expands it with File.expand_path after reading the files).
        config["source"] = str(Path(str(user["source"])).expanduser().resolve())
    return config


def _display_path(path: Path, source: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(source.resolve()))
    except ValueError:
        return str(path)
