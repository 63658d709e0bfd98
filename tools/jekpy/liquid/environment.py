"""The Liquid environment for one jekpy build: Liquid 4.0.4 + Jekyll 3.10's tags and filters.

Usage (one per build, no global state)::

    env = JekyllEnvironment(site)
    tpl = env.parse_template(source, "index.md", line_offset=4)
    html = env.render_template(tpl, {"site": ..., "page": ..., "content": ...})
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from io import StringIO
from typing import Any

from liquid import Environment, Mode
from liquid.context import RenderContext
from liquid.exceptions import LiquidError, LiquidSyntaxError, StopRender
from liquid.template import BoundTemplate
from liquid.undefined import StrictUndefined, Undefined

from jekpy.dates import local_zone
from jekpy.errors import LiquidException
from jekpy.liquid import filters, tags
from jekpy.liquid.compare import rubify_template
from jekpy.liquid.errors import (
    JekyllSyntaxError,
    lax_rejects,
    liquid4_message,
    liquid_line,
    to_jekyll,
)
from jekpy.liquid.filters.standard import size
from jekpy.liquid.lexer import liquid4_tokenizer
from jekpy.liquid.strict4 import warning_text
from jekpy.liquid.tags.for_else import split_double_else
from jekpy.liquid.tags.keywords import alias_tokens
from jekpy.liquid.tags.lax import check_strict, relax_conditions, relax_variables
from jekpy.liquid.tags.lax_blocks import relax_blocks

_MODES = {"strict": Mode.STRICT, "warn": Mode.WARN, "lax": Mode.LAX}

# Liquid 4.0.4 raises these in every error mode (lib/liquid/block_body.rb, block.rb): the
# error_mode setting only changes how tag/variable markup is parsed.
_TOP_LEVEL_INTERRUPTS = ("unexpected 'break'", "unexpected 'continue'")
_ALWAYS_FATAL = ("Unknown tag", "tag was never closed", "was not properly terminated",
                 "is not a valid delimiter for", "does not expect 'else' tag", "Unexpected outer",
                 "missing expression",
                 "expected tag end")


_BASE_GET_ITEM = RenderContext.get_item


class JekyllContext(RenderContext):
    """``x.size`` of an Integer is ``Integer#size`` (8), as Liquid 4's VariableLookup sends
    ``size``/``first``/``last`` to any object that responds to them (variable_lookup.rb)."""

    def get_item(self, obj: object, key: object) -> object:
        """python-liquid's lookup, plus Ruby's ``Integer#size``."""
        if key == "size" and type(obj) is int:
            return size(obj)
        return _BASE_GET_ITEM(self, obj, key)


@dataclass
class JekyllTemplate:
    """A parsed template and where it came from."""

    bound: BoundTemplate
    path: str
    source: str
    line_offset: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class RenderState:
    """Per-render bookkeeping shared by the tags of one render (include stack, page path)."""

    path: str
    includes: list[str] = field(default_factory=list)


class LiquidEnv(Environment):
    """python-liquid environment with Liquid 4.0.4's tag set and Jekyll's additions."""

    context_depth_limit = 240
    keyword_assignment = False

    def __init__(self, jekyll: JekyllEnvironment, **kwargs: Any) -> None:
        self.jekyll = jekyll
        self.parsing_path: str | None = None
        self.parsing_include = False
        self.open_tags: list = []
        super().__init__(**kwargs)

    def add_tag(self, tag: Any) -> None:
        """Register a tag, remembering which tag is being parsed (for error positions)."""
        super().add_tag(tag)
        instance = self.tags[tag.name]
        parse_node = instance.get_node

        def get_node(stream, _parse=parse_node):  # noqa: ANN001, ANN202
            self.open_tags.append(stream.current)
            try:
                return _parse(stream)
            finally:
                self.open_tags.pop()

        instance.get_node = get_node

    def tokenizer(self):  # noqa: D102 - see lexer.py
        lex = liquid4_tokenizer()
        if self.mode == Mode.STRICT:
            return lambda source: split_double_else(alias_tokens(check_strict(relax_blocks(lex(source)))))
        return lambda source: split_double_else(alias_tokens(relax_variables(
            self, relax_conditions(self, relax_blocks(lex(source))))))

    def setup_tags_and_filters(self, *, extra: bool = False) -> None:
        """Register Liquid 4.0.4's standard set, then Jekyll's tags and filters."""
        super().setup_tags_and_filters(extra=False)
        tags.register(self)
        filters.register(self)

    def error(self, exc, msg=None, token=None) -> None:  # noqa: ANN001
        """Apply ``error_mode`` to parse errors only; render errors always raise (``render!``)."""
        if not isinstance(exc, LiquidError):
            exc = exc(msg, token=token)
        elif not exc.token:
            exc.token = token
        if (exc.token is None or exc.token.start_index < 0) and self.open_tags:
            exc.token = self.open_tags[-1]
        if self.parsing_path is None and str(exc.message) in _TOP_LEVEL_INTERRUPTS:
            # Liquid 4 allows break/continue outside a loop: the interrupt stays pending and
            # every enclosing block body stops rendering (block_body.rb ``render``).
            raise StopRender from None
        if self.parsing_path is None or self.mode == Mode.STRICT:
            raise exc
        message = liquid4_message(exc)
        raw = str(exc.message)
        fatal = any(part in message or part in raw for part in _ALWAYS_FATAL) \
            or lax_rejects(exc)
        if not isinstance(exc, LiquidSyntaxError) or fatal or isinstance(exc, JekyllSyntaxError):
            raise exc
        # Jekyll prints the warnings of the page's or layout's template only; an include is
        # parsed by the include tag, whose template warnings nobody reads (tags/include.rb).
        if self.mode == Mode.WARN and not self.parsing_include:
            self.jekyll.warn_syntax(exc, self.parsing_path)


class JekyllEnvironment:
    """Parses and renders templates the way Jekyll 3.10 on GitHub Pages does.

    Args:
        site: the pipeline's Site (``config``, ``source``, ``include_dirs``,
            ``documents_for_link_tag()``, ``logger``).
    """

    def __init__(self, site: Any) -> None:
        self.site = site
        self.config: dict = dict(getattr(site, "config", {}) or {})
        liquid_cfg = self.config.get("liquid") or {}
        self.zone: dt.tzinfo = local_zone(self.config.get("timezone"))  # as Site.zone
        self.strict_variables = bool(liquid_cfg.get("strict_variables", False))
        self.env = LiquidEnv(
            self,
            tolerance=_MODES.get(str(liquid_cfg.get("error_mode", "warn")), Mode.WARN),
            strict_filters=bool(liquid_cfg.get("strict_filters", False)),
            undefined=liquid4_strict_undefined if self.strict_variables else Undefined,
        )
        # jemoji and jekyll-mentions load html-pipeline, hence ActiveSupport's blank?.
        self.active_support = any(self._plugin_enabled(name)
                                  for name in ("jemoji", "jekyll-mentions"))
        if not self._plugin_enabled("jekyll-include-cache"):
            self.env.tags.pop("include_cached", None)
        self._templates: dict[tuple[str, str], JekyllTemplate] = {}
        self.partials: dict[str, JekyllTemplate] = {}
        self.rendered_includes: dict[tuple[str, str], str] = {}
        self.located_includes: dict[tuple[tuple, str], Any] = {}
        self.include_sources: dict[Any, str] = {}
        self._collected: list[str] | None = None

    def _plugin_enabled(self, name: str) -> bool:
        """Whether a plugin gem is listed in ``plugins`` (or the older ``gems``)."""
        listed = list(self.config.get("plugins") or []) + list(self.config.get("gems") or [])
        return name in listed

    def add_filter(self, name: str, func: Any) -> None:
        """Register a filter (for plugins)."""
        self.env.add_filter(name, func)

    def add_tag(self, tag: Any) -> None:
        """Register a python-liquid ``Tag`` subclass (for plugins)."""
        self.env.add_tag(tag)

    # -- parsing ---------------------------------------------------------------------------

    def parse_template(self, source: str, path: str, line_offset: int = 0) -> JekyllTemplate:
        """Parse ``source`` (the body of ``path``); cached by (path, source)."""
        key = (path, source)
        cached = self._templates.get(key)
        if cached is not None and cached.line_offset == line_offset:
            return cached
        previous, self._collected = self._collected, []
        try:
            bound = self._parse(source, path, line_offset)
            warnings = self._collected
        finally:
            self._collected = previous
        template = JekyllTemplate(bound, path, source, line_offset, warnings)
        self._templates[key] = template
        return template

    def _parse(self, source: str, path: str, line_offset: int) -> BoundTemplate:
        previous = self.env.parsing_path, self.env.parsing_include
        self.env.parsing_path, self.env.parsing_include = path, False
        try:
            bound = self.env.from_string(source, name=path, path=path)
            rubify_template(bound)
            return bound
        except LiquidError as err:
            raise to_jekyll(_unwrap(err), path, source, line_offset) from None
        finally:
            self.env.parsing_path, self.env.parsing_include = previous

    def parse_partial(self, source: str, path: str) -> BoundTemplate:
        """Parse an include file (errors propagate as python-liquid errors for the tag)."""
        cached = self.partials.get(path)
        if cached is not None and cached.source == source:
            return cached.bound
        previous = self.env.parsing_path, self.env.parsing_include
        self.env.parsing_path, self.env.parsing_include = path, True
        try:
            bound = self.env.from_string(source, name=path, path=path)
            rubify_template(bound)
        finally:
            self.env.parsing_path, self.env.parsing_include = previous
        self.partials[path] = JekyllTemplate(bound, path, source)
        return bound

    # -- rendering -------------------------------------------------------------------------

    def render_template(self, template: JekyllTemplate, variables: dict) -> str:
        """Render a parsed template with the payload; raises `LiquidException`."""
        self._log_warnings(template)
        bound = template.bound
        context = JekyllContext(bound, globals=bound.make_globals(dict(variables)))
        context.tag_namespace["jekpy"] = RenderState(path=template.path)
        buffer = StringIO()
        try:
            bound.render_with_context(context, buffer)
        except StopRender:
            pass
        except LiquidError as err:
            raise to_jekyll(_unwrap(err), template.path, template.source,
                            template.line_offset) from None
        except RecursionError:
            raise LiquidException(
                "Liquid error: Nesting too deep", path=template.path,
                hint="an include (or a chain of includes) includes itself") from None
        except (ArithmeticError, AttributeError, KeyError, LookupError, TypeError,
                ValueError) as err:
            raise LiquidException(
                f"Liquid error: {type(err).__name__}: {err}", path=template.path,
                hint="this is a jekpy problem rendering valid Liquid; please report it") from err
        return buffer.getvalue()

    # -- warnings --------------------------------------------------------------------------

    def warn_syntax(self, err: LiquidError, path: str) -> None:
        """Record a warn-mode syntax problem of the template being parsed (once per line and
        message); it is logged each time the template is rendered, as Jekyll's
        ``render_liquid`` prints ``template.warnings`` on every render (renderer.rb)."""
        line = liquid_line(err, "")
        message = liquid4_message(err)
        token = err.token
        if token is not None and token.source and token.start_index >= 0:
            message = warning_text(token.source, token.start_index) or message
        text = f"Liquid syntax error (line {line}): {message} in {path}"
        if self._collected is None:
            self._log(text)
        elif text not in self._collected:
            self._collected.append(text)

    def _log_warnings(self, template: JekyllTemplate) -> None:
        for text in template.warnings:
            self._log(text)

    def _log(self, text: str) -> None:
        logger = getattr(self.site, "logger", None)
        if logger is not None:
            logger.warn("Liquid Warning:", text)


def liquid4_strict_undefined(name: str, *, hint: str | None = None, **kwargs: Any) -> Undefined:
    """strict_variables as Liquid 4 applies it: a missing variable or hash key raises, an
    array index out of range is nil (lib/liquid/variable_lookup.rb ``evaluate``)."""
    if hint == "index out of range":
        return Undefined(name, hint=hint, **kwargs)
    return StrictUndefined(name, hint=hint, **kwargs)


def _unwrap(err: LiquidError) -> LiquidError:
    """python-liquid wraps unexpected exceptions; surface the one that explains the problem."""
    cause = err.__cause__
    if isinstance(cause, LiquidError) and str(err.message).startswith("unexpected liquid"):
        return cause
    return err
