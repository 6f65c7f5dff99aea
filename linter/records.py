"""Light records: typed classes that behave like the pydantic models they describe, without
importing pydantic until something is validated or a schema is asked for.

A cold ``disclint check`` builds the parsed release, the findings, the rule options, the
settings and the issuer profile from values it trusts (its own parser, defaults), so it
needs no validation; importing pydantic and building ~50 models was about a fifth of the
instructions of the check of one file. A ``Record`` subclass is declared as a pydantic
model is (annotated fields, defaults, ``Field(default_factory=..., description=...)``,
``validator`` for a field validator) and offers the part of the pydantic API disclint uses:
``model_construct``, ``model_copy(update=...)``, ``model_dump(mode=...)``, ``model_fields``
and ``==``. Whatever needs validation (``Model(**data)``, ``model_validate``, a schema)
goes to a pydantic model made from the declaration on first use (``pydantic_model``): same
field names, types, aliases, defaults, configuration and validators, so its errors and
schema are the ones a pydantic declaration gives. It subclasses the record, so what it
validates is an instance of the record class too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import Any, ClassVar, TypeVar

from disclint.startup import own_annotations

_MISSING: Any = object()

R = TypeVar("R", bound="Record")


class FieldInfo:
    """What ``model_fields`` gives for a field: its default or default factory, its alias
    and description, and the keywords a pydantic ``Field`` takes (``ge``, ...)."""

    __slots__ = ("alias", "default", "default_factory", "description", "extra")

    def __init__(
        self,
        default: Any = _MISSING,
        default_factory: Callable[[], Any] | None = None,
        description: str | None = None,
        **extra: Any,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.description = description
        self.alias: str | None = None
        self.extra = extra

    def is_required(self) -> bool:
        return self.default is _MISSING and self.default_factory is None

    def get_default(self, *, call_default_factory: bool = False) -> Any:
        """The default (the factory's value when asked), as pydantic's ``FieldInfo`` has it."""
        if self.default_factory is not None:
            return self.default_factory() if call_default_factory else None
        return None if self.default is _MISSING else self.default

    def value(self) -> Any:
        """A fresh default value."""
        if self.default_factory is not None:
            return self.default_factory()
        return self.default

    def pydantic_field(self) -> Any:
        if "pydantic" in self.extra:  # declared with pydantic's own ``Field``
            return self.extra["pydantic"]
        from pydantic import Field as PydanticField

        keywords: dict[str, Any] = dict(self.extra)
        if self.description is not None:
            keywords["description"] = self.description
        if self.default_factory is not None:
            keywords["default_factory"] = self.default_factory
        elif self.default is not _MISSING:
            keywords["default"] = self.default
        return PydanticField(**keywords)


def Field(  # noqa: N802 - the name pydantic users know
    default: Any = _MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    description: str | None = None,
    **extra: Any,
) -> Any:
    """A field's default and constraints, as pydantic's ``Field`` takes them."""
    return FieldInfo(default, default_factory, description, **extra)


class _Validator:
    """A field validator waiting for its class (see ``validator``)."""

    def __init__(self, function: Any, field: str, mode: str) -> None:
        self.function = function
        self.field = field
        self.mode = mode


def validator(field: str, *, mode: str = "after") -> Callable[[Any], Any]:
    """A pydantic ``field_validator`` of the record's pydantic model: decorate a
    ``classmethod`` taking ``(cls, value)``."""

    def decorate(function: Any) -> Any:
        return _Validator(function, field, mode)

    return decorate


class Record:
    """Base of the light records (see the module's documentation).

    Class keywords are the pydantic configuration (``extra="forbid"``,
    ``alias_generator=...``, ``populate_by_name=True``, ...), inherited and overridable.
    """

    __record_fields__: ClassVar[dict[str, FieldInfo]] = {}
    __record_config__: ClassVar[dict[str, Any]] = {}
    __record_validators__: ClassVar[dict[str, _Validator]] = {}
    __record_private__: ClassVar[dict[str, Any]] = {}
    __record_model__: ClassVar[Any] = None
    __record_base__: ClassVar[type[Record] | None] = None
    #: The fields by name, as pydantic's ``Model.model_fields``.
    model_fields: ClassVar[dict[str, FieldInfo]] = {}

    def __init_subclass__(cls, **config: Any) -> None:
        super().__init_subclass__()
        if cls.__dict__.get("__record_base__", _MISSING) is not _MISSING:
            return  # the pydantic model made from a record (``pydantic_model``)
        cls.__record_base__ = None
        cls.__record_model__ = None
        cls.__record_config__ = {**cls.__record_config__, **config}
        fields = {name: _copy(info) for name, info in cls.__record_fields__.items()}
        private = dict(cls.__record_private__)
        validators = dict(cls.__record_validators__)
        annotations = own_annotations(cls)
        for name, annotation in annotations.items():
            if "ClassVar" in str(annotation):
                continue
            value = cls.__dict__.get(name, _MISSING)
            if name.startswith("_"):
                private[name] = None if value is _MISSING else value
                continue
            info = value if isinstance(value, FieldInfo) else _field_info(value)
            fields[name] = info  # a redeclared field keeps its place, as in pydantic
            if name in cls.__dict__:
                delattr(cls, name)
        for name, value in list(cls.__dict__.items()):
            if isinstance(value, _Validator):
                validators[name] = value
                setattr(cls, name, value.function)
        alias = cls.__record_config__.get("alias_generator")
        for name, info in fields.items():
            info.alias = alias(name) if alias is not None else None
        cls.__record_fields__ = cls.model_fields = fields
        cls.__record_private__ = private
        cls.__record_validators__ = validators

    # -- the pydantic API disclint uses ------------------------------------------------------

    def __init__(self, **data: Any) -> None:
        """Validate ``data`` (with the pydantic model): ``Model(**data)`` as pydantic has it.
        Without data, the defaults (pydantic does not validate defaults either)."""
        cls = type(self)
        if not data and not any(info.is_required() for info in cls.__record_fields__.values()):
            self.__dict__.update(cls.model_construct().__dict__)
            return
        made = cls.model_validate(data)
        self.__dict__.update(made.__dict__)

    @classmethod
    def model_construct(cls: type[R], **values: Any) -> R:
        """An instance of trusted values, every other field at its default (no validation)."""
        made = cls.__new__(cls)
        state = made.__dict__
        for name, info in cls.__record_fields__.items():
            state[name] = values[name] if name in values else info.value()
        for name, value in cls.__record_private__.items():
            state[name] = value
        return made

    @classmethod
    def model_validate(cls: type[R], data: Any) -> R:
        """Validate ``data``: pydantic's result, and its ``ValidationError`` if wrong.

        Data whose every value already has its field's type (a configuration file's usual
        table) is taken by a light check of the declaration, without pydantic; anything
        else (a conversion, a constraint, a mistake) goes to the pydantic model."""
        light = _light(cls, data)
        if light is not _MISSING:
            made_light: R = light
            return made_light
        validated: R = _lighten(cls.pydantic_model().model_validate(data))
        return validated

    @classmethod
    def model_json_schema(cls, **options: Any) -> dict[str, Any]:
        """The JSON schema pydantic gives for the declaration."""
        schema: dict[str, Any] = cls.pydantic_model().model_json_schema(**options)
        return schema

    @classmethod
    def pydantic_model(cls) -> Any:
        """The pydantic model of this declaration, made on first use."""
        model = cls.__dict__.get("__record_model__")
        if model is None:
            model = _pydantic_model(cls)
            cls.__record_model__ = model
        return model

    def model_copy(self: R, *, update: dict[str, Any] | None = None, deep: bool = False) -> R:
        """A shallow copy with ``update`` applied (not validated), as pydantic's."""
        import copy

        made = type(self).__new__(type(self))
        state = copy.deepcopy(self.__dict__) if deep else dict(self.__dict__)
        if update:
            state.update(update)
        made.__dict__.update(state)
        return made

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        """The fields as a dict, nested records and dataclasses as dicts; in ``json`` mode
        enums as their values and dates as ISO text (pydantic's ``model_dump``)."""
        json = mode == "json"
        return {name: _dump(getattr(self, name), json) for name in self.__record_fields__}

    def model_dump_json(self) -> str:
        """The compact JSON text pydantic's ``model_dump_json`` writes."""
        import json

        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__record_fields__)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
        return f"{type(self).__name__}({shown})"


def _lighten(value: Any) -> Any:
    """``value`` with every instance of a record's pydantic model made an instance of the
    record itself (so that it pickles, compares and copies as the records made without
    pydantic do)."""
    base = getattr(type(value), "__record_base__", None)
    if base is not None:
        made = base.__new__(base)
        for name in base.__record_fields__:
            made.__dict__[name] = _lighten(getattr(value, name))
        made.__dict__.update(base.__record_private__)
        return made
    if isinstance(value, list):
        return [_lighten(item) for item in value]
    if isinstance(value, dict):
        return {key: _lighten(item) for key, item in value.items()}
    return value


def _field_info(value: Any) -> FieldInfo:
    """The ``FieldInfo`` of a default: a pydantic ``Field(...)`` (a rule pack written before
    ``disclint.api.Field``) is kept whole for the pydantic model, its default read here."""
    if type(value).__name__ != "FieldInfo" or not type(value).__module__.startswith("pydantic"):
        return FieldInfo(value)
    from pydantic_core import PydanticUndefined

    default = _MISSING if value.default is PydanticUndefined else value.default
    info = FieldInfo(default, value.default_factory, value.description, pydantic=value)
    return info


def _copy(info: FieldInfo) -> FieldInfo:
    made = FieldInfo(info.default, info.default_factory, info.description, **info.extra)
    made.alias = info.alias
    return made


def _dump(value: Any, json: bool) -> Any:
    if isinstance(value, Record):
        return value.model_dump(mode="json" if json else "python")
    if isinstance(value, Enum):
        return value.value if json else value
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, list):
        return [_dump(item, json) for item in value]
    if isinstance(value, tuple):
        items = [_dump(item, json) for item in value]
        return items if json else tuple(items)
    if isinstance(value, dict):
        return {key: _dump(item, json) for key, item in value.items()}
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat() if json else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name), json) for f in dataclasses.fields(value)}
    return value


def _pydantic_model(cls: type[Record]) -> Any:
    """A pydantic model of ``cls``'s declaration that is also a subclass of ``cls``."""
    from pydantic import BaseModel, ConfigDict, field_validator

    hints = _annotations(cls)
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__record_base__": cls,
        "model_config": ConfigDict(**cls.__record_config__),  # type: ignore[typeddict-item]
        "__annotations__": {name: _swap(hints[name]) for name in cls.__record_fields__},
    }
    for name, info in cls.__record_fields__.items():
        namespace[name] = info.pydantic_field()
    for name, declared in cls.__record_validators__.items():
        namespace[name] = field_validator(declared.field, mode=declared.mode)(  # type: ignore[call-overload]
            declared.function
        )
    model: Any = type(cls.__name__, (BaseModel, cls), namespace)
    model.model_rebuild()
    return model


_CONSTRAINTS = {"ge", "gt", "le", "lt", "min_length", "max_length"}


def _light(cls: type[Record], data: Any) -> Any:
    """``cls`` validated from ``data`` when every value is already what its field holds
    (then pydantic gives the same values), else ``_MISSING``: pydantic decides."""
    if not isinstance(data, dict) or cls.__record_config__.get("extra") != "forbid":
        return _MISSING
    fields = cls.__record_fields__
    by_key: dict[str, str] = {}
    for name, info in fields.items():
        by_key[name] = name
        if info.alias is not None:
            by_key[info.alias] = name
    populate = cls.__record_config__.get("populate_by_name", False)
    validators: dict[str, list[_Validator]] = {}
    for declared in cls.__record_validators__.values():
        validators.setdefault(declared.field, []).append(declared)
    hints: dict[str, Any] | None = None
    values: dict[str, Any] = {}
    try:
        for key, value in data.items():
            found = by_key.get(key)
            if found is None or found in values:
                return _MISSING  # unknown, or given twice (name and alias)
            name = found
            info = fields[name]
            if info.alias is not None and key != info.alias and not populate:
                return _MISSING
            if set(info.extra) - _CONSTRAINTS:
                return _MISSING
            if hints is None:
                hints = _annotations(cls)
            for declared in validators.get(name, ()):
                if declared.mode == "before":
                    value = declared.function.__get__(None, cls)(value)
                elif declared.mode != "after":
                    return _MISSING
            value = _checked(hints[name], value)
            if value is _MISSING or not _within(info.extra, value):
                return _MISSING
            for declared in validators.get(name, ()):
                if declared.mode == "after":
                    value = declared.function.__get__(None, cls)(value)
            values[name] = value
    except Exception:  # a validator refused: pydantic words the error
        return _MISSING
    return cls.model_construct(**values)


def _within(constraints: dict[str, Any], value: Any) -> bool:
    for key, bound in constraints.items():
        measure = len(value) if key.endswith("_length") else value
        if not isinstance(measure, int) or isinstance(measure, bool):
            return False
        if key in {"ge", "min_length"} and not measure >= bound:
            return False
        if key in {"le", "max_length"} and not measure <= bound:
            return False
        if (key == "gt" and not measure > bound) or (key == "lt" and not measure < bound):
            return False
    return True


def _checked(annotation: Any, value: Any) -> Any:
    """``value`` as pydantic would give it for ``annotation`` when it already has that type
    (no conversion), else ``_MISSING``."""
    import types
    import typing

    if annotation is Any:
        return value
    if annotation is None or annotation is type(None):
        return None if value is None else _MISSING
    if isinstance(annotation, type):
        if issubclass(annotation, Record):
            made = _light(annotation, value)
            return made
        if issubclass(annotation, Enum):
            if isinstance(value, annotation):
                return value
            if isinstance(value, str) and value in {m.value for m in annotation}:
                return annotation(value)
            return _MISSING
        if annotation is bool:
            return value if isinstance(value, bool) else _MISSING
        if annotation is int:
            return value if type(value) is int else _MISSING
        if annotation in (str, float):
            return value if type(value) is annotation else _MISSING
        if annotation is dt.date:
            return value if type(value) is dt.date else _MISSING
        return _MISSING
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        return value if isinstance(value, str) and value in args else _MISSING
    if origin is typing.Union or origin is types.UnionType:
        arms = [arg for arg in args if arg is not type(None)]
        if value is None and len(arms) < len(args):
            return None
        return _checked(arms[0], value) if len(arms) == 1 else _MISSING
    if origin is list and isinstance(value, list):
        items = [_checked(args[0], item) for item in value]
        return _MISSING if any(item is _MISSING for item in items) else items
    if origin is dict and isinstance(value, dict):
        checked = {key: _checked(args[1], item) for key, item in value.items()}
        if any(type(key) is not str for key in value) or args[0] is not str:
            return _MISSING
        return _MISSING if any(item is _MISSING for item in checked.values()) else checked
    return _MISSING


def _annotations(cls: type[Record]) -> dict[str, Any]:
    """The evaluated annotation of each field, in the module of the class declaring it."""
    import sys

    hints: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        declared = own_annotations(klass)
        module = vars(sys.modules[klass.__module__])
        for name, annotation in declared.items():
            if name in cls.__record_fields__:
                value = annotation
                if isinstance(annotation, str):
                    value = eval(annotation, module, {klass.__name__: klass})
                hints[name] = value
    return hints


def _swap(annotation: Any) -> Any:
    """``annotation`` with every record class replaced by its pydantic model."""
    import types
    import typing

    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation.pydantic_model()
    origin = typing.get_origin(annotation)
    if origin is None or origin is typing.Literal:
        return annotation
    args = tuple(_swap(arg) for arg in typing.get_args(annotation))
    if origin is typing.Union or origin is types.UnionType:
        return typing.Union[args]  # noqa: UP007
    if origin is typing.Annotated:
        return typing.Annotated[args]
    return origin[args]
