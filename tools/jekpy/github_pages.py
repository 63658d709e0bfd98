"""GitHub Pages' configuration rules: the github-pages gem v232's ``effective_config``.

Source: github/pages-gem v232 lib/github-pages/configuration.rb and plugins.rb, as replayed by
``shared/oracle/pages-build.rb``. The merge order matters and is written down in
docs/pages-rules.md:

    base   = deep_merge(Jekyll DEFAULTS, Pages DEFAULTS (+ sass.style compressed in production))
    user   = deep_merge(Jekyll DEFAULTS, _config.yml < --config files)
    config = deep_merge(base, user)          # Jekyll's own defaults beat Pages' (future: false)
    theme  = the user's value if the key is present, else jekyll-theme-primer
    exclude += [CNAME] only when exclude is Jekyll 3.10's untouched default
    config = deep_merge(config, OVERRIDES)   # safe mode, rouge, kramdown engines, whitelist
"""

from __future__ import annotations

from jekpy.utils import deep_merge

DEFAULT_PLUGINS = (
    "jekyll-coffeescript",
    "jekyll-commonmark-ghpages",
    "jekyll-gist",
    "jekyll-github-metadata",
    "jekyll-paginate",
    "jekyll-relative-links",
    "jekyll-optional-front-matter",
    "jekyll-readme-index",
    "jekyll-default-layout",
    "jekyll-titles-from-headings",
)

WHITELIST = (
    "jekyll-coffeescript",
    "jekyll-commonmark-ghpages",
    "jekyll-feed",
    "jekyll-gist",
    "jekyll-github-metadata",
    "jekyll-paginate",
    "jekyll-redirect-from",
    "jekyll-seo-tag",
    "jekyll-sitemap",
    "jekyll-avatar",
    "jemoji",
    "jekyll-mentions",
    "jekyll-relative-links",
    "jekyll-optional-front-matter",
    "jekyll-readme-index",
    "jekyll-default-layout",
    "jekyll-titles-from-headings",
    "jekyll-include-cache",
    "jekyll-octicons",
    "jekyll-remote-theme",
)

DEFAULT_THEME = "jekyll-theme-primer"

# The themes Pages offers (github-pages v232 plugins.rb THEMES) with the gem versions it pins.
THEMES = {
    "jekyll-theme-primer": "0.6.0",
    "minima": "2.5.1",
    **{
        f"jekyll-theme-{name}": "0.2.0"
        for name in (
            "architect cayman dinky hacker leap-day merlot midnight minimal modernist slate "
            "tactile time-machine"
        ).split()
    },
    "jekyll-swiss": "1.0.0",
}

# Plugins a theme gem loads as its runtime dependencies (their gemspecs).
THEME_DEPENDENCIES = {
    "jekyll-theme-primer": ("jekyll-github-metadata", "jekyll-seo-tag"),
    "minima": ("jekyll-feed", "jekyll-seo-tag"),
    # every pages-themes gem (0.2.0) depends on jekyll-seo-tag ~> 2.0; jekyll-swiss on nothing
    **{name: ("jekyll-seo-tag",) for name in THEMES if name.startswith("jekyll-theme-") and name != "jekyll-theme-primer"},
}

PAGES_DEFAULTS = {
    "jailed": False,
    "plugins": list(DEFAULT_PLUGINS),
    "future": True,
    "theme": DEFAULT_THEME,
    "markdown": "kramdown",
    "kramdown": {
        "input": "GFM",
        "hard_wrap": False,
        "gfm_quirks": "paragraph_end",
        "syntax_highlighter_opts": {"default_lang": "plaintext"},
    },
    "exclude": ["CNAME"],
}

PRODUCTION_DEFAULTS = deep_merge(PAGES_DEFAULTS, {"sass": {"style": "compressed"}})

OVERRIDES = {
    "lsi": False,
    "safe": True,
    # Pages points plugins_dir at a random folder that does not exist: _plugins is never read.
    "plugins_dir": "_plugins_disabled_on_pages",
    "whitelist": list(WHITELIST),
    "highlighter": "rouge",
    "kramdown": {"template": "", "math_engine": "mathjax", "syntax_highlighter": "rouge"},
    "gist": {"noscript": False},
}

# Jekyll 3.10's default `exclude` (lib/jekyll/configuration.rb DEFAULTS).
JEKYLL_310_EXCLUDE = [
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle/",
    "vendor/cache/",
    "vendor/gems/",
    "vendor/ruby/",
]

ACCEPTED_MARKDOWN = ("kramdown", "gfm", "commonmarkghpages")


def effective_config(jekyll_defaults: dict, user_config: dict, user_keys: set, environment: str) -> dict:
    """Apply Pages' defaults under and overrides over a site's configuration.

    Args:
        jekyll_defaults: Jekyll 3.10's DEFAULTS.
        user_config: Jekyll DEFAULTS merged with the site's config files.
        user_keys: the top-level keys the site's files set (``theme`` and ``exclude``
            are treated differently when the site sets them).
        environment: JEKYLL_ENV; ``development`` uses Pages' plain defaults.
    """
    pages_defaults = PAGES_DEFAULTS if environment == "development" else PRODUCTION_DEFAULTS
    base = deep_merge(jekyll_defaults, pages_defaults)
    config = deep_merge(base, user_config)
    if "theme" in user_keys:
        config["theme"] = user_config.get("theme")
    exclude = list(user_config["exclude"]) if "exclude" in user_keys else list(JEKYLL_310_EXCLUDE)
    if exclude == JEKYLL_310_EXCLUDE:
        exclude += PAGES_DEFAULTS["exclude"]
    config["exclude"] = exclude
    config = deep_merge(config, OVERRIDES)
    if str(config.get("markdown", "")).lower() not in ACCEPTED_MARKDOWN:
        config["markdown"] = "kramdown"
    plugins = _as_list(config.get("plugins"))
    for name in DEFAULT_PLUGINS:
        if name not in plugins:
            plugins.append(name)
    if "remote_theme" in config and "jekyll-remote-theme" not in plugins:
        plugins.append("jekyll-remote-theme")
    config["plugins"] = plugins
    return config


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def enabled_plugins(config: dict) -> list[str]:
    """Plugins that run: the configured ones on the whitelist, plus the theme's dependencies."""
    names = [p for p in config.get("plugins", []) if p in WHITELIST]
    theme = config.get("theme")
    for dep in THEME_DEPENDENCIES.get(theme, ()) if isinstance(theme, str) else ():
        if dep not in names:
            names.append(dep)
    return names


def ignored_plugins(config: dict) -> list[str]:
    """Configured plugins that safe mode skips because Pages does not whitelist them."""
    return [p for p in config.get("plugins", []) if p not in WHITELIST]
