"""Regenerate the README's engine parameter tables from the engines' ``Params``:
``python -m metaopt.readme_tables README.md`` (``make readme-params``)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from metaopt.engines import ENGINES
from metaopt.params import markdown


def update(text: str) -> str:
    """``text`` with every ``<!-- params:ENGINE -->`` … ``<!-- /params -->`` block refilled."""

    def fill(m: re.Match) -> str:
        name = m.group(1)
        return f"<!-- params:{name} -->\n{markdown(ENGINES[name].load().params_class)}" \
               "<!-- /params -->"

    return re.sub(r"<!-- params:([\w-]+) -->\n.*?<!-- /params -->", fill, text,
                  flags=re.DOTALL)


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(update(path.read_text()))
