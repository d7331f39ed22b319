"""Native solver options (``highs.<option>``, ``scip.<param>``, ``cpsat.<field>``), each
converted to the option's own type and checked against the solver before a run starts."""

from __future__ import annotations

from typing import Any

from metaopt.errors import UsageError

# Options metaopt sets from the run itself: the command line's own flags control them.
_RESERVED = {
    "highs": {"time_limit": "--time-limit", "random_seed": "--seed", "threads": "--threads"},
    "scip": {"limits/time": "--time-limit", "randomization/randomseedshift": "--seed",
             "parallel/maxnthreads": "--threads", "misc/catchctrlc": "(metaopt handles Ctrl-C)"},
    "cpsat": {"max_time_in_seconds": "--time-limit", "random_seed": "--seed",
              "num_workers": "--threads", "catch_sigint_signal": "(metaopt handles Ctrl-C)"},
}


def _reserved(solver: str, option: str) -> None:
    flag = _RESERVED[solver].get(option)
    if flag:
        raise UsageError(f"{solver}.{option} is set by metaopt: use {flag}")


def _as(kind: type, solver: str, option: str, raw: Any) -> Any:
    """``raw`` (a CLI string or a TOML value) as ``kind``, or a UsageError."""
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    if kind is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    text = str(raw).strip()
    try:
        if kind is bool:
            if text.lower() in ("true", "1", "on", "yes"):
                return True
            if text.lower() in ("false", "0", "off", "no"):
                return False
            raise ValueError
        return kind(text)
    except ValueError:
        raise UsageError(f"{solver}.{option}: expected {kind.__name__}, got {raw!r}") from None


def check_highs(options: dict[str, Any]) -> dict[str, Any]:
    """HiGHS options by name, typed as HiGHS declares them."""
    import highspy

    from metaopt.mip.highs_util import new_highs

    h = new_highs()
    kinds = {highspy.HighsOptionType.kBool: bool, highspy.HighsOptionType.kInt: int,
             highspy.HighsOptionType.kDouble: float, highspy.HighsOptionType.kString: str}
    out = {}
    for option, raw in options.items():
        _reserved("highs", option)
        status, kind = h.getOptionType(option)
        if status != highspy.HighsStatus.kOk:
            raise UsageError(f"highs.{option}: HiGHS has no such option")
        value = _as(kinds[kind], "highs", option, raw)
        if h.setOptionValue(option, value) != highspy.HighsStatus.kOk:
            raise UsageError(f"highs.{option}: HiGHS refuses the value {raw!r}")
        out[option] = value
    return out


def check_scip(options: dict[str, Any]) -> dict[str, Any]:
    """SCIP parameters by path (``limits/gap``), typed by their current value."""
    import pyscipopt

    m = pyscipopt.Model()
    m.hideOutput()
    out = {}
    for option, raw in options.items():
        _reserved("scip", option)
        try:
            current = m.getParam(option)
        except (KeyError, LookupError):
            raise UsageError(f"scip.{option}: SCIP has no such parameter") from None
        value = _as(type(current), "scip", option, raw)
        try:
            m.setParam(option, value)
        except Exception:  # SCIP says "invalid value" through a generic error
            raise UsageError(f"scip.{option}: SCIP refuses the value {raw!r}") from None
        out[option] = value
    return out


def check_cpsat(options: dict[str, Any]) -> dict[str, Any]:
    """CP-SAT ``SatParameters`` fields by name, typed by the protobuf field."""
    from google.protobuf.descriptor import FieldDescriptor as F
    from ortools.sat import sat_parameters_pb2

    params = sat_parameters_pb2.SatParameters()
    fields = params.DESCRIPTOR.fields_by_name
    out = {}
    for option, raw in options.items():
        _reserved("cpsat", option)
        fd = fields.get(option)
        if fd is None or fd.label == F.LABEL_REPEATED:
            raise UsageError(f"cpsat.{option}: CP-SAT has no such (scalar) parameter")
        if fd.type == F.TYPE_ENUM:
            names = [v.name for v in fd.enum_type.values]
            text = str(raw).strip().upper()
            if text not in names:
                raise UsageError(f"cpsat.{option}: expected one of {', '.join(names)}")
            value: Any = fd.enum_type.values_by_name[text].number
        elif fd.type == F.TYPE_BOOL:
            value = _as(bool, "cpsat", option, raw)
        elif fd.type in (F.TYPE_DOUBLE, F.TYPE_FLOAT):
            value = _as(float, "cpsat", option, raw)
        elif fd.type == F.TYPE_STRING:
            value = str(raw)
        else:
            value = _as(int, "cpsat", option, raw)
        try:
            setattr(params, option, value)
        except (TypeError, ValueError):
            raise UsageError(f"cpsat.{option}: CP-SAT refuses the value {raw!r}") from None
        out[option] = value
    return out
