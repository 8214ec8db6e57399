"""The shipped license catalogue (licenses.json): what a dataset or model family is licensed under,
flagging unknown and non-commercial ones."""
from __future__ import annotations

import functools
import json
from pathlib import Path


@functools.lru_cache(maxsize=1)
def catalogue() -> dict:
    return json.loads((Path(__file__).with_name("licenses.json")).read_text(encoding="utf-8"))


def lookup(kind: str, name: str) -> dict:
    """{'name', 'license', 'commercial', 'flag'}; flag is 'unknown', 'non-commercial', 'unclear' or ''."""
    table = catalogue()[kind]
    entry = table.get(name)
    if entry is None:
        low = name.lower()
        entry = next((v for k, v in table.items() if k.lower() in low or low in k.lower()), None)
    if entry is None:
        return {"name": name, "license": "unknown: not in the catalogue", "commercial": None, "flag": "unknown"}
    flag = {False: "non-commercial", None: "unclear"}.get(entry["commercial"], "")
    return {"name": name, "license": entry["license"], "commercial": entry["commercial"], "flag": flag}


def markdown(items: list[dict]) -> str:
    rows = ["| what | license | flag |", "|---|---|---|"]
    for it in items:
        flag = {"non-commercial": "**non-commercial**", "unknown": "**unknown**",
                "unclear": "check terms"}.get(it["flag"], "ok")
        rows.append(f"| {it['name']} | {it['license']} | {flag} |")
    return "\n".join(rows)
