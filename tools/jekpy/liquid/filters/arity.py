"""Ruby's ``wrong number of arguments`` for filters called with too few or too many arguments.

Liquid 4.0.4 calls filters as Ruby methods (lib/liquid/strainer.rb ``invoke``) and turns the
resulting ArgumentError into ``Liquid error: wrong number of arguments (given 1, expected 2)``,
counting the input as the first argument.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable

from liquid.exceptions import FilterArgumentError

from jekpy.liquid.errors import JekyllTagError
from jekpy.liquid.tags.keywords import real_name


def expected_count(func: Callable) -> str | None:
    """Ruby's ``expected`` part (``2``, ``1..3``, ``1+``) from a filter's positional parameters."""
    try:
        params = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return None
    positional = [p for p in params
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = sum(1 for p in positional if p.default is p.empty)
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        return f"{required}+"
    if len(positional) > required:
        return f"{required}..{len(positional)}"
    return str(required)


def _arity_problem(func: Callable, args: tuple, kwargs: dict) -> bool:
    try:
        inspect.signature(func).bind(*args, **kwargs)
    except TypeError:
        return True
    except ValueError:
        return False
    return False


_PASSED_BY_LIQUID = ("context", "environment")


def _keywords_as_hash(args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """Liquid 4.0.4 passes ``key: value`` filter arguments as one trailing Hash argument
    (lib/liquid/variable.rb ``evaluate_filter_expressions``): ``append: y: "b"`` appends
    ``{"y"=>"b"}`` and ``default: "a", allow_false: true`` has one argument too many."""
    named = {real_name(k): v for k, v in kwargs.items() if k not in _PASSED_BY_LIQUID}
    if not named:
        return args, kwargs
    rest = {k: v for k, v in kwargs.items() if k in _PASSED_BY_LIQUID}
    return (*args, named), rest


def ruby_arity(func: Callable) -> Callable:
    """Wrap a filter so a call with the wrong number of arguments reads like Ruby's error."""
    @functools.wraps(func)
    def wrapper(value: object, *args: object, **kwargs: object) -> object:
        args, kwargs = _keywords_as_hash(args, kwargs)
        try:
            return func(value, *args, **kwargs)
        except (TypeError, FilterArgumentError):
            if not _arity_problem(func, (value, *args), kwargs):
                raise
            expected = expected_count(func)
            if expected is None:
                raise
            raise JekyllTagError(
                f"wrong number of arguments (given {1 + len(args)}, expected {expected})",
                prefixed=True) from None

    return wrapper
