"""jekyll-include-cache 0.2.1: ``{% include_cached %}``.

The tag itself is part of jekpy's Liquid tag set (jekpy.liquid.tags.include, ``IncludeCached``):
it renders like ``{% include %}`` and reuses the output for the same file and parameters within
one build, as jekyll/jekyll-include-cache v0.2.1 lib/jekyll-include-cache/tag.rb does. Nothing
else is needed from this plugin module.
"""
