"""Jekyll's Liquid: Liquid 4.0.4 semantics with Jekyll 3.10's tags and filters (GitHub Pages)."""

from jekpy.liquid.environment import JekyllEnvironment, JekyllTemplate

__all__ = ["JekyllEnvironment", "JekyllTemplate"]
