"""``@dataclass`` for disclint's own plain records, made in one pass instead of through the
general ``dataclasses._process_class``.

A cold ``disclint check`` makes some 107 dataclasses as its modules load (about a tenth of
the CPU of a one-file check): ``_process_class`` looks at every field several times
(``_get_field``, two ``_is_type`` tests a field, the base classes, the init order) and
builds each method's text through several helper calls. Every disclint dataclass is of one
simple kind: no dataclass base, the default ``init``/``repr``/``eq``/``match_args``, no
``order``, ``unsafe_hash``, ``kw_only`` or ``weakref_slot``, no ``ClassVar``/``InitVar``/
``KW_ONLY`` field, no ``__post_init__``, no method of its own that the decorator would
write, and a docstring. For a class of that kind this module's ``_process_class`` makes
the same class: the same ``Field`` objects in ``__dataclass_fields__``, the same
``__dataclass_params__``, the same method texts (so the same code, taken from
``disclint.codecache``), made with the same local names, qualified names and wrappers, set
in the same order, and ``dataclasses._add_slots`` for ``slots=True``. Any other class (or
anything unexpected in one) goes to Python's own ``_process_class``, which also raises
every error a wrong declaration deserves.

Installed by the command line only, over Python 3.11's ``_process_class`` exactly (its
names checked, as ``disclint.codecache`` checks the functions it replaces); a program that
imports disclint as a library keeps Python's behaviour. ``tests/test_dataclassfast.py``
compares the classes both make.
"""

from __future__ import annotations

import sys
from typing import Any

#: The names Python 3.11's ``dataclasses._process_class`` uses, in order: the function
#: ``install`` replaces is exactly that one, or it is left alone.
_PROCESS_CLASS_NAMES = (
    "__module__", "sys", "modules", "__dict__", "setattr", "_PARAMS", "_DataclassParams",
    "__mro__", "getattr", "_FIELDS", "values", "name", "frozen", "get", "__name__", "items",
    "_is_kw_only", "isinstance", "str", "_is_type", "KW_ONLY", "TypeError", "append",
    "_get_field", "Field", "default", "MISSING", "delattr", "ValueError",
    "_fields_in_init_order", "hasattr", "_POST_INIT_NAME", "_set_new_attribute", "_init_fn",
    "_repr_fn", "_tuple_str", "_cmp_fn", "_frozen_get_del_attr", "_hash_action", "bool",
    "__hash__", "inspect", "signature", "replace", "__doc__", "tuple", "_add_slots", "abc",
    "update_abstractmethods",
)  # fmt: skip

#: Attributes the decorator writes (or reads) that, if the class defines them itself, send
#: the class to Python's own ``_process_class``.
_OWN = (
    "__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
    "__post_init__", "__match_args__", "__slots__", "__dataclass_fields__",
    "__dataclass_params__",
)  # fmt: skip

_installed = False


def install() -> None:
    """Put ``_process_class`` in ``dataclasses`` (once per process; a no-op on a Python
    whose ``_process_class`` is not 3.11's)."""
    global _installed
    if _installed:
        return
    _installed = True
    import dataclasses

    original = getattr(dataclasses, "_process_class", None)
    code = getattr(original, "__code__", None)
    if code is None or code.co_names != _PROCESS_CLASS_NAMES or code.co_argcount != 11:
        return
    if not mirrors(dataclasses):
        return
    dataclasses._process_class = _maker(dataclasses, original)  # type: ignore[attr-defined]


#: The functions of ``dataclasses`` whose work ``_process_class`` here repeats (the texts
#: of the methods, the fields' checks), and the digest of their code in Python 3.11.7:
#: another ``dataclasses`` (another patch release that changed one) keeps its own.
_MIRRORED = (
    "_process_class", "_get_field", "_init_fn", "_field_init", "_init_param",
    "_field_assign", "_repr_fn", "_cmp_fn", "_frozen_get_del_attr", "_hash_fn", "_hash_add",
    "_hash_set_none", "_tuple_str", "_create_fn", "_is_classvar", "_is_initvar",
    "_is_kw_only", "_set_new_attribute", "_set_qualname", "_fields_in_init_order",
)  # fmt: skip
_MIRRORED_DIGEST = 0x5ECB8329


def mirrors(dc: Any) -> bool:
    """Whether ``dc`` (the ``dataclasses`` module) has exactly the functions this module
    repeats the work of (``_MIRRORED_DIGEST``)."""
    try:
        return code_digest(dc) == _MIRRORED_DIGEST
    except AttributeError:
        return False


def code_digest(dc: Any) -> int:
    """A CRC-32 of the bytecode, names and constants of ``dc``'s ``_MIRRORED`` functions
    (nested code included, addresses left out)."""
    import zlib

    digest = 0

    def add(code: Any) -> None:
        nonlocal digest
        digest = zlib.crc32(code.co_code, digest)
        digest = zlib.crc32(repr(code.co_names).encode(), digest)
        for constant in code.co_consts:
            if hasattr(constant, "co_code"):
                add(constant)
            else:
                digest = zlib.crc32(repr(constant).encode(), digest)

    for name in _MIRRORED:
        add(getattr(dc, name).__code__)
    return digest


def _maker(dc: Any, original: Any) -> Any:
    """The replacement ``_process_class``, bound to the ``dataclasses`` module ``dc``."""
    missing = dc.MISSING
    field_type = dc.Field
    import types

    member_descriptor = types.MemberDescriptorType
    plain = dc._FIELD
    params_type = dc._DataclassParams
    has_factory = dc._HAS_DEFAULT_FACTORY
    recursive_repr = dc._recursive_repr
    add_slots = dc._add_slots
    frozen_error = dc.FrozenInstanceError
    update_abstractmethods = dc.abc.update_abstractmethods
    pattern = dc._MODULE_IDENTIFIER_RE
    parsed: dict[str, tuple[str | None, str] | None] = {}
    unparsed: Any = object()

    def special(annotation: str, module_ns: dict[str, Any]) -> bool:
        """Whether ``dataclasses`` would read ``annotation`` as a ClassVar, InitVar or
        KW_ONLY (its ``_is_type`` tests, made with one parse of the text)."""
        found = parsed.get(annotation, unparsed)  # not a KeyError a new text (~1.5 k instructions)
        if found is unparsed:
            match = pattern.match(annotation)
            found = parsed[annotation] = (match.group(1), match.group(2)) if match else None
        if found is None:
            return False
        module_name, name = found
        typing = sys.modules.get("typing")
        if not module_name:
            value = module_ns.get(name)
            return _marker(value, typing, dc)
        holder = module_ns.get(module_name)
        if holder is None:
            return False
        if holder is typing or holder is dc:
            return _marker(vars(holder).get(name), typing, dc)
        return False

    def process(
        cls: Any,
        init: bool,
        repr: bool,  # dataclasses' own parameter names
        eq: bool,
        order: bool,
        unsafe_hash: bool,
        frozen: bool,
        match_args: bool,
        kw_only: bool,
        slots: bool,
        weakref_slot: bool,
    ) -> Any:
        fast = (
            init
            and repr
            and eq
            and match_args
            and not (order or unsafe_hash or kw_only or weakref_slot)
            and cls.__bases__ == (object,)
            and type(cls) is type
        )
        module = sys.modules.get(cls.__module__) if fast else None
        own = cls.__dict__
        if module is None or not own.get("__doc__") or any(name in own for name in _OWN):
            return original(
                cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                weakref_slot,
            )  # fmt: skip
        module_ns = module.__dict__
        annotations = own.get("__annotations__", {})
        for annotation in annotations.values():
            if not isinstance(annotation, str) or special(annotation, module_ns):
                return original(
                    cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                    slots, weakref_slot,
                )  # fmt: skip
        made: list[Any] = []
        for name, annotation in annotations.items():
            default = class_attribute(cls, own, name, missing)
            if isinstance(default, field_type):
                f = default
                if not f.init or f.kw_only is True or f.hash is not None:
                    return original(
                        cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                        kw_only, slots, weakref_slot,
                    )  # fmt: skip
            else:
                if isinstance(default, member_descriptor):
                    default = missing
                f = field_type(default, missing, True, True, None, True, None, missing)
            if f.default.__class__.__hash__ is None:  # mutable: Python's own error
                return original(
                    cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                    slots, weakref_slot,
                )  # fmt: skip
            made.append((f, name, annotation))
        seen_default = False
        for f, _, _ in made:
            if f.default is not missing or f.default_factory is not missing:
                seen_default = True
            elif seen_default:  # Python's own TypeError
                return original(
                    cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                    slots, weakref_slot,
                )  # fmt: skip
        for name in own:
            value = own[name]
            if isinstance(value, field_type) and name not in annotations:
                return original(
                    cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                    slots, weakref_slot,
                )  # fmt: skip
        # From here on nothing falls back: the class is changed as _process_class does.
        cls.__dataclass_params__ = params_type(init, repr, eq, order, unsafe_hash, frozen)
        fields: dict[str, Any] = {}
        for f, name, annotation in made:
            f.name = name
            f.type = annotation
            f._field_type = plain
            if f.kw_only is missing:
                f.kw_only = False
            fields[name] = f
        for f in fields.values():
            if isinstance(class_attribute(cls, own, f.name, None), field_type):
                if f.default is missing:
                    delattr(cls, f.name)
                else:
                    setattr(cls, f.name, f.default)
        cls.__dataclass_fields__ = fields
        field_list = list(fields.values())
        self_name = "__dataclass_self__" if "self" in fields else "self"
        qualname = cls.__qualname__
        globals_ = module_ns
        # __init__ (dataclasses._init_fn, _field_init, _init_param, _field_assign)
        local = {f"_type_{f.name}": f.type for f in field_list}
        local["MISSING"] = missing
        local["_HAS_DEFAULT_FACTORY"] = has_factory
        local["__dataclass_builtins_object__"] = object
        body = []
        params = [self_name]
        for f in field_list:
            fname = f.name
            if f.default_factory is not missing:
                local[f"_dflt_{fname}"] = f.default_factory
                value = f"_dflt_{fname}() if {fname} is _HAS_DEFAULT_FACTORY else {fname}"
                params.append(f"{fname}:_type_{fname}=_HAS_DEFAULT_FACTORY")
            elif f.default is not missing:
                local[f"_dflt_{fname}"] = f.default
                value = fname
                params.append(f"{fname}:_type_{fname}=_dflt_{fname}")
            else:
                value = fname
                params.append(f"{fname}:_type_{fname}")
            if frozen:
                body.append(
                    f"  __dataclass_builtins_object__.__setattr__({self_name},{fname!r},{value})"
                )
            else:
                body.append(f"  {self_name}.{fname}={value}")
        if not body:
            body.append("  pass")
        local["_return_type"] = None
        init_fn = _function(
            "__init__", ",".join(params), "->_return_type", "\n".join(body), local, globals_
        )
        init_fn.__qualname__ = f"{qualname}.__init__"
        setattr(cls, "__init__", init_fn)  # noqa: B010 (the order _process_class sets)
        # __repr__ (_repr_fn)
        shown = ", ".join([f"{f.name}={{self.{f.name}!r}}" for f in field_list if f.repr])
        repr_fn = recursive_repr(
            _function(
                "__repr__",
                "self",
                "",
                '  return self.__class__.__qualname__ + f"(' + shown + ')"',
                {},
                globals_,
            )
        )
        repr_fn.__qualname__ = f"{qualname}.__repr__"
        setattr(cls, "__repr__", repr_fn)  # noqa: B010
        # __eq__ (_cmp_fn with _tuple_str)
        compared = [f.name for f in field_list if f.compare]
        if compared:
            mine = "(" + ",".join([f"self.{n}" for n in compared]) + ",)"
            theirs = "(" + ",".join([f"other.{n}" for n in compared]) + ",)"
        else:
            mine = theirs = "()"
        eq_fn = _function(
            "__eq__",
            "self,other",
            "",
            "  if other.__class__ is self.__class__:\n"
            f"   return {mine}=={theirs}\n"
            "  return NotImplemented",
            {},
            globals_,
        )
        eq_fn.__qualname__ = f"{qualname}.__eq__"
        setattr(cls, "__eq__", eq_fn)  # noqa: B010
        if frozen:
            # _frozen_get_del_attr
            names = "(" + ",".join([repr_(f.name) for f in field_list]) + ",)"
            if not field_list:
                names = "()"
            frozen_local = {"cls": cls, "FrozenInstanceError": frozen_error}
            for method, args, verb, call in (
                ("__setattr__", "self,name,value", "assign to", "__setattr__(name, value)"),
                ("__delattr__", "self,name", "delete", "__delattr__(name)"),
            ):
                fn = _function(
                    method,
                    args,
                    "",
                    f"  if type(self) is cls or name in {names}:\n"
                    f'   raise FrozenInstanceError(f"cannot {verb} field {{name!r}}")\n'
                    f"  super(cls, self).{call}",
                    dict(frozen_local),
                    globals_,
                )
                fn.__qualname__ = f"{qualname}.{method}"
                setattr(cls, method, fn)
        # __hash__ (_hash_action: eq and frozen add one, _hash_add with _hash_fn over the
        # compared fields, as no field sets its own hash; eq alone sets None)
        if frozen:
            hash_fn = _function("__hash__", "self", "", f"  return hash({mine})", {}, globals_)
            hash_fn.__qualname__ = f"{qualname}.__hash__"
            cls.__hash__ = hash_fn
        else:
            cls.__hash__ = None
        cls.__match_args__ = tuple(f.name for f in field_list)  # type: ignore[misc]
        if slots:
            cls = add_slots(cls, frozen, weakref_slot)
        update_abstractmethods(cls)
        return cls

    return process


repr_ = repr


def _marker(value: Any, typing: Any, dc: Any) -> bool:
    """Whether ``value`` is ``typing.ClassVar`` (or one subscripted), ``dataclasses.InitVar``
    (or one made) or ``dataclasses.KW_ONLY``: the predicates ``dataclasses`` tests."""
    if value is None:
        return False
    if typing is not None and (
        value is typing.ClassVar
        or (type(value) is typing._GenericAlias and value.__origin__ is typing.ClassVar)
    ):
        return True
    return value is dc.InitVar or type(value) is dc.InitVar or value is dc.KW_ONLY


#: What ``getattr`` can find on a class whose type is ``type`` and whose bases are
#: ``(object,)`` besides its own namespace: the attributes of ``type`` (its metaclass) and of
#: ``object`` (its one base). Both are built-in types, whose attributes cannot change.
_INHERITED = frozenset(vars(type)) | frozenset(vars(object))


def class_attribute(cls: type, own: Any, name: str, default: Any) -> Any:
    """``getattr(cls, name, default)`` for a class that ``process`` makes itself (its type
    ``type``, its bases ``(object,)``, ``own`` its ``__dict__``): a name in none of the
    namespaces ``getattr`` looks in (the class's, ``object``'s, ``type``'s) is ``default``
    without asking, since the miss costs ``type.__getattribute__`` a formatted
    AttributeError (about 2.3 k instructions; two a field without a default, some 800 in a
    check of one release); any other name is looked up by ``getattr`` itself (descriptors,
    the metaclass's attributes first)."""
    if name in own or name in _INHERITED:
        return getattr(cls, name, default)
    return default


def _function(
    name: str, args: str, returns: str, body: str, local: dict[str, Any], globals_: Any
) -> Any:
    """The function ``dataclasses._create_fn`` makes of the same parts: the same text,
    executed by ``dataclasses``' ``exec`` (``disclint.codecache``'s when installed), the
    inner function made with the same local values. ``dataclasses`` is the module whose
    ``_process_class`` called this (so it is imported), taken from ``sys.modules``: an
    ``import`` statement here was 1.1 k instructions a call, 579 calls a check."""
    dataclasses = sys.modules["dataclasses"]

    text = f" def {name}({args}){returns}:\n{body}"
    text = f"def __create_fn__({', '.join(local.keys())}):\n{text}\n return {name}"
    namespace: dict[str, Any] = {}
    run = vars(dataclasses).get("exec")
    if run is not None:  # disclint.codecache's
        run(text, globals_, namespace)
    else:  # compiled without this module's ``from __future__`` (as in dataclasses.py)
        exec(compile(text, "<string>", "exec", dont_inherit=True), globals_, namespace)
    return namespace["__create_fn__"](**local)


__all__ = ["install"]
