"""kramdown's parsers, one module per element family, each a mixin over :class:`Engine`.

Every module names the kramdown (or kramdown-parser-gfm) file it emulates and registers its
rules in a ``RULES`` dict of :class:`~jekpy.markdown.engine.Rule` entries.
"""
