"""Typed errors: every exit code is unique and listed in docs/ARCHITECTURE.md's exit-code table."""
import importlib
import pkgutil
import re
from pathlib import Path

import mlintern_nb
from mlintern_nb.errors import MLInternError

DOC = Path(__file__).resolve().parent.parent / "docs" / "ARCHITECTURE.md"
SKIP = ("mlintern_nb.labextension", "mlintern_nb.__main__")


def _all_errors() -> list[type]:
    for mod in pkgutil.walk_packages(mlintern_nb.__path__, "mlintern_nb."):
        if not mod.name.startswith(SKIP):
            importlib.import_module(mod.name)
    seen, todo = [], [MLInternError]
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo.extend(cls.__subclasses__())
    return [c for c in seen if c.__module__.startswith("mlintern_nb")]


def exit_code_table() -> dict[int, str]:
    """{exit code: class name} for the classes that define their own code."""
    table: dict[int, list[str]] = {}
    for cls in _all_errors():
        if "exit_code" in vars(cls):
            table.setdefault(cls.exit_code, []).append(cls.__name__)
    return table


def test_exit_codes_are_unique():
    dupes = {code: names for code, names in exit_code_table().items() if len(names) > 1}
    assert not dupes, dupes


def test_error_class_names_do_not_shadow_library_ones():
    names = {c.__name__ for c in _all_errors()}
    assert "CellExecutionError" not in names  # nbclient's class, caught by the repair loop


def test_every_exit_code_is_documented():
    doc = DOC.read_text()
    rows = dict(re.findall(r"^\| (\d+) \| `(\w+)` \|", doc, flags=re.M))
    have = {str(code): names[0] for code, names in exit_code_table().items()}
    assert rows == have, {"missing or wrong in docs": {k: v for k, v in have.items() if rows.get(k) != v},
                          "stale in docs": {k: v for k, v in rows.items() if have.get(k) != v}}
