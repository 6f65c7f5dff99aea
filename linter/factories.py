"""Default factories for the pydantic models' list fields.

Not the builtin ``list``: ``model_construct`` asks ``inspect.signature`` whether a default
factory takes the validated data, and for a builtin that means parsing its text signature
(about 50 us, fifteen times a Python function's cost) for every element built; with ``list``
it was a fifth of the parse time of a release.
"""

from __future__ import annotations

from typing import Any


def empty_list() -> list[Any]:
    """A new empty list."""
    return []


def construct_defaults(model: Any, **given: Any) -> Any:
    """``model.model_construct(**given)`` with every other field at its default, the default
    factories called here directly: ``model_construct`` would ask ``inspect.signature`` of
    each (a builtin ``list`` or ``dict``, a lambda) whether it takes the validated data, for
    every instance. For the models disclint builds from defaults at start-up (settings,
    issuer profile, rule options): none of their factories takes data."""
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in given:
            values[name] = given[name]
        elif info.default_factory is not None:
            values[name] = info.default_factory()
        else:
            values[name] = info.default
    return model.model_construct(**values)
