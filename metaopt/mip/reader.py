"""Read MPS/LP files (optionally gzipped) through HiGHS's own reader."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import tempfile
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from metaopt.errors import InputError
from metaopt.mip.highs_util import new_highs
from metaopt.mip.instance import MIPInstance
from metaopt.textfile import is_number

SUFFIXES = (".mps", ".mps.gz", ".lp", ".lp.gz", ".mps.bz2")
_MPS_SECTIONS = {
    "NAME", "ROWS", "COLUMNS", "RHS", "RANGES", "BOUNDS", "ENDATA", "OBJSENSE", "OBJSENS",
    "OBJSENSE MAX", "OBJSENSE MAXIMIZE", "OBJSENSE MIN", "OBJSENSE MINIMIZE",
    "SOS", "QUADOBJ", "QMATRIX", "QSECTION", "QCMATRIX", "OBJNAME", "INDICATORS",
}


def _open_text(path: Path):
    opener = gzip.open if path.name.endswith(".gz") else open
    return opener(path, "rt", encoding="utf-8", errors="strict")


def lint_mps(path: Path) -> None:
    """Catch what HiGHS's MPS reader silently skips: non-numeric values, missing ENDATA.

    This checks field shapes only; HiGHS does the parsing.
    """
    section = None
    seen_end = False
    seen_rows = seen_columns = False
    try:
        with _open_text(path) as f:
            for lineno, raw in enumerate(f, 1):
                line = raw.rstrip("\n\r")
                if not line.strip() or line.startswith("*"):
                    continue
                if "\x00" in line:
                    raise InputError(path, "binary data where MPS text was expected", lineno)
                if not line[0].isspace():
                    head = line.split()[0].upper()
                    if head not in {s.split()[0] for s in _MPS_SECTIONS}:
                        raise InputError(
                            path, f"unknown MPS section {head!r} (expected NAME, ROWS, "
                            "COLUMNS, RHS, RANGES, BOUNDS or ENDATA)", lineno)
                    section = head
                    seen_rows |= head == "ROWS"
                    seen_columns |= head == "COLUMNS"
                    if head == "ENDATA":
                        seen_end = True
                        break
                    continue
                tokens = line.split()
                if section in ("COLUMNS", "RHS", "RANGES"):
                    if "'MARKER'" in tokens:
                        continue
                    values = tokens[2::2] if len(tokens) in (3, 5) else tokens[1::2]
                    if len(tokens) not in (2, 3, 4, 5) or not all(map(is_number, values)):
                        raise InputError(
                            path, f"expected 'name row value [row value]' in {section}, "
                            f"got {line.strip()!r}", lineno)
                elif section == "BOUNDS":
                    kind = tokens[0].upper()
                    needs_value = kind not in ("FR", "MI", "PL", "BV", "FREE")
                    if needs_value and (len(tokens) < 3 or not is_number(tokens[-1])):
                        raise InputError(
                            path, f"expected 'TYPE bound column value' in BOUNDS, "
                            f"got {line.strip()!r}", lineno)
                elif section is None:
                    raise InputError(path, "data before the first MPS section", lineno)
    except UnicodeDecodeError as e:
        raise InputError(path, f"not a text file (undecodable byte at offset {e.start})") from e
    except (OSError, EOFError) as e:
        raise InputError(path, f"cannot read file: {e}") from e
    if not seen_rows or not seen_columns:
        raise InputError(path, "missing ROWS or COLUMNS section (not an MPS file?)")
    if not seen_end:
        raise InputError(path, "file ends before ENDATA (truncated?)")


_LOG_WHERE = re.compile(r"-->\s*(?:.*?):(\d+)(?::\d+)?")


def _highs_error(path: Path, log: str) -> InputError:
    errors = [ln[len("ERROR:"):].strip() for ln in log.splitlines() if ln.startswith("ERROR:")]
    message = errors[0] if errors else "HiGHS could not read this model"
    where = _LOG_WHERE.search(log)
    return InputError(path, message, int(where.group(1)) if where else None)


def read_mip(path: str | Path) -> MIPInstance:
    path = Path(path)
    name = path.name
    for suffix in SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    suffixed = name != path.name
    if ".mps" in path.name.lower() or not suffixed:  # no suffix: recognised as MPS by content
        lint_mps(path)
    else:
        try:
            with _open_text(path) as f:
                f.read()
        except UnicodeDecodeError as e:
            raise InputError(path, "not a text file (binary data where LP text was expected)") \
                from e
        except (OSError, EOFError) as e:
            raise InputError(path, f"cannot read file: {e}") from e
    h = new_highs(log=True)
    fd, log_path = tempfile.mkstemp(suffix=".log")
    os.close(fd)
    link_dir = None if suffixed else tempfile.mkdtemp(prefix="metaopt-mps-")
    try:
        source = path
        if link_dir is not None:  # HiGHS picks its parser by suffix
            source = Path(link_dir) / "model.mps"
            source.symlink_to(path.resolve())
        h.setOptionValue("log_file", log_path)
        status = h.readModel(str(source))
        log = Path(log_path).read_text(errors="replace").replace(str(source), str(path))
    finally:
        os.unlink(log_path)
        if link_dir is not None:
            shutil.rmtree(link_dir, ignore_errors=True)
    import highspy

    if status == highspy.HighsStatus.kError:
        raise _highs_error(path, log)
    lp = h.getLp()
    n, m = lp.num_col_, lp.num_row_
    if n == 0:
        raise InputError(path, "the model has no variables")
    a = lp.a_matrix_
    csc = sp.csc_matrix(
        (np.asarray(a.value_, float), np.asarray(a.index_, np.int64), np.asarray(a.start_)),
        shape=(m, n),
    )
    sense = -1 if lp.sense_ == highspy.ObjSense.kMaximize else 1
    integrality = np.asarray([int(v) for v in lp.integrality_], dtype=int)
    integer = (integrality == 1) if len(integrality) else np.zeros(n, bool)
    if len(integrality) and np.any(integrality > 1):
        raise InputError(path, "semi-continuous/semi-integer variables are not supported")
    var_names = tuple(lp.col_names_) if len(lp.col_names_) == n else tuple(
        f"x{j}" for j in range(n))
    row_names = tuple(lp.row_names_) if len(lp.row_names_) == m else tuple(
        f"r{i}" for i in range(m))
    return MIPInstance(
        name=name,
        sense=sense,
        c=sense * np.asarray(lp.col_cost_, float),
        offset=sense * float(lp.offset_),
        A=csc.tocsr(),
        row_lower=np.asarray(lp.row_lower_, float),
        row_upper=np.asarray(lp.row_upper_, float),
        col_lower=np.asarray(lp.col_lower_, float),
        col_upper=np.asarray(lp.col_upper_, float),
        integer=integer,
        var_names=var_names,
        row_names=row_names,
    )
