"""jemoji 0.13.0: ``:shortcode:`` emoji images — not supported by jekpy.

On GitHub Pages, jemoji (lib/jemoji.rb) runs html-pipeline's EmojiFilter over the body of every
HTML page and written document after rendering and turns each gemoji alias into an
``<img class="emoji" ...>`` pointing at GitHub's emoji images. That needs gemoji's alias table
and image file names, which no well-kept Python package reproduces exactly (the ``emoji``
package on PyPI has aliases but not gemoji's image names), and the reference renderer jekpy is
measured against does not ship jemoji either: it builds such sites with the text left as it is.
jekpy does the same and says so once per build, so nothing changes silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jekpy.site import Site

MESSAGE = ("jemoji is not supported by jekpy: :emoji: shortcodes are left as text "
           "(GitHub Pages would turn them into <img class=\"emoji\"> images).")


def after_init(site: Site) -> None:
    """Warn that emoji shortcodes will not be converted."""
    site.logger.warn("Jemoji:", MESSAGE)
