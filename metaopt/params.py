"""Engine parameters: one frozen dataclass per engine, and the one parser that fills it.

An engine's ``Params`` subclasses :class:`Params`; each field is declared with :func:`param`
(default, one-line help, optional bounds or choices). :func:`parse` turns ``--param key=value``
strings and TOML tables into it by field type (bool, int, float, str choice, path, optional),
and rejects unknown keys or bad values with a :class:`~metaopt.errors.UsageError` that lists
the known keys. Keys with a dot (``highs.presolve``) are native solver options: they are kept
in ``native`` for engines that declare a ``native_prefix``, and checked by the engine's
``check_native``.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Literal

from metaopt.errors import UsageError

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}
_NONE = {"none", "null", ""}


def param(default: Any, help: str, *, low: float | None = None, high: float | None = None,
          counts_bool: bool = False) -> Any:
    """A field with a one-line ``help``; ``low``/``high`` bound a number (inclusive);
    ``counts_bool`` lets an int field take true/false as 1/0."""
    meta = {"help": help, "low": low, "high": high, "counts_bool": counts_bool}
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Params:
    """Base of every engine's parameters; fields are checked on construction."""

    native_prefix: ClassVar[str | None] = None  # e.g. "highs": accepts highs.<option> keys

    def __post_init__(self) -> None:
        hints = _hints(type(self))
        for f in dataclasses.fields(self):
            if f.name == "native":
                continue
            value = getattr(self, f.name)
            _check_value(f, hints[f.name], value)

    @classmethod
    def check_native(cls, options: dict[str, Any]) -> dict[str, Any]:
        """Native solver options, converted and checked against the solver (engines with a
        ``native_prefix`` override this)."""
        raise UsageError(f"{cls.__name__} takes no native solver options")

    def non_default(self) -> dict[str, Any]:
        """The fields that differ from their defaults, JSON-able (the run's identity)."""
        out = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value != f.default:
                out[f.name] = _jsonable(value)
        return out

    def as_dict(self) -> dict[str, Any]:
        """Every field, JSON-able (what a Result records)."""
        return {f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}


@dataclass(frozen=True)
class NoParams(Params):
    """For engines without parameters of their own."""


def _jsonable(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return {str(k): v for k, v in value} if all(
            isinstance(x, tuple) and len(x) == 2 for x in value) else list(value)
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    """The resolved field types of a Params class (resolved once per class)."""
    return typing.get_type_hints(cls)


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0], True
    return tp, False


def describe_type(tp: Any) -> str:
    """``int``, ``float``, ``bool``, ``path``, ``a|b|c`` (choices), ``… or none``."""
    inner, optional = _unwrap_optional(tp)
    if typing.get_origin(inner) is Literal:
        text = "|".join(str(a) for a in typing.get_args(inner))
    elif inner is Path:
        text = "path"
    else:
        text = getattr(inner, "__name__", str(inner))
    return f"{text} or none" if optional else text


def _bad(name: str, expected: str, value: Any) -> UsageError:
    return UsageError(f"parameter {name!r}: expected {expected}, got {value!r}")


def _check_value(f: dataclasses.Field, tp: Any, value: Any) -> None:
    inner, optional = _unwrap_optional(tp)
    if value is None:
        if optional:
            return
        raise _bad(f.name, describe_type(tp), value)
    if typing.get_origin(inner) is Literal:
        if value not in typing.get_args(inner):
            raise _bad(f.name, "one of " + ", ".join(map(str, typing.get_args(inner))), value)
        return
    if inner is bool:
        if not isinstance(value, bool):
            raise _bad(f.name, "true or false", value)
        return
    if inner is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(f.name, "an integer", value)
    elif inner is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            raise _bad(f.name, "a finite number", value)
    elif inner is Path:
        if not isinstance(value, Path):
            raise _bad(f.name, "a path", value)
        return
    elif inner is str:
        if not isinstance(value, str):
            raise _bad(f.name, "a string", value)
        return
    low, high = f.metadata.get("low"), f.metadata.get("high")
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"between {low} and {high}" if low is not None and high is not None else (
            f"at least {low}" if low is not None else f"at most {high}")
        raise _bad(f.name, f"a number {span}", value)


def convert(f: dataclasses.Field, tp: Any, raw: Any) -> Any:
    """``raw`` (a CLI string or a TOML value) as a value of the field's type."""
    inner, optional = _unwrap_optional(tp)
    text = raw.strip() if isinstance(raw, str) else None
    if optional and (raw is None or (text is not None and text.lower() in _NONE)):
        return None
    if typing.get_origin(inner) is Literal:
        choices = typing.get_args(inner)
        if text is not None:
            for c in choices:
                if str(c).lower() == text.lower():
                    return c
        return raw  # not a choice: the check names them
    if inner is bool:
        if text is not None and text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        return raw
    if inner is int:
        if f.metadata.get("counts_bool") and isinstance(raw, bool):
            return int(raw)
        if text is not None:
            if f.metadata.get("counts_bool") and text.lower() in ("true", "false"):
                return int(text.lower() == "true")
            try:
                return int(text)
            except ValueError:
                return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        return raw
    if inner is float:
        if text is not None:
            try:
                return float(text)
            except ValueError:
                return raw
        if isinstance(raw, int) and not isinstance(raw, bool):
            return float(raw)
        return raw
    if inner is Path:
        return Path(text).expanduser() if text else raw
    return raw


def parse(cls: type[Params], raw: dict[str, Any] | None, *, engine: str = "") -> Params:
    """``cls`` from ``raw`` (key → string or TOML value); unknown keys and bad values are a
    UsageError naming the known keys."""
    raw = dict(raw or {})
    names = {f.name: f for f in dataclasses.fields(cls) if f.name != "native"}
    hints = _hints(cls)
    values: dict[str, Any] = {}
    native: dict[str, Any] = {}
    for key, value in raw.items():
        key = str(key)
        if key in names:
            values[key] = convert(names[key], hints[key], value)
            continue
        prefix, dot, option = key.partition(".")
        if dot and cls.native_prefix and prefix == cls.native_prefix and option:
            native[option] = value
            continue
        known = ", ".join(sorted(names)) or "none"
        hint = f"; native solver options go as {cls.native_prefix}.<option>" \
            if cls.native_prefix else ""
        who = f"{engine} " if engine else ""
        raise UsageError(f"unknown {who}parameter {key!r} (known: {known}{hint})")
    if native:
        values["native"] = tuple(sorted(cls.check_native(native).items()))  # type: ignore
    return cls(**values)


def table(cls: type[Params]) -> list[tuple[str, str, str, str]]:
    """(key, type, default, help) per field, for ``metaopt engines ENGINE`` and the README."""
    hints = _hints(cls)
    rows = []
    for f in dataclasses.fields(cls):
        if f.name == "native":
            continue
        default = "none" if f.default is None else str(_jsonable(f.default)).lower() \
            if isinstance(f.default, bool) else str(_jsonable(f.default))
        kind = describe_type(hints[f.name])
        low, high = f.metadata.get("low"), f.metadata.get("high")
        if low is not None and high is not None:
            kind += f", {low:g} to {high:g}"
        elif low is not None:
            kind += f", >= {low:g}"
        elif high is not None:
            kind += f", <= {high:g}"
        rows.append((f.name, kind, default, f.metadata.get("help", "")))
    if cls.native_prefix:
        what = {"scip": "param", "cpsat": "field"}.get(cls.native_prefix, "option")
        rows.append((f"{cls.native_prefix}.<{what}>", "native", "",
                     f"a native {cls.native_prefix} {what}, typed and checked by the solver"))
    return rows


def markdown(cls: type[Params]) -> str:
    """The parameter table as Markdown (the README's tables are these, regenerated)."""
    rows = table(cls)
    if not rows:
        return "No parameters.\n"
    lines = ["| key | type | default | meaning |", "|---|---|---|---|"]
    bar = " \\| "  # a literal | inside a Markdown cell
    lines += [f"| `{k}` | {t.replace('|', bar)} | {d} | {h.replace('|', bar)} |"
              for k, t, d, h in rows]
    return "\n".join(lines) + "\n"
