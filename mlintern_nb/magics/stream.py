"""Stream a running notebook's text output into the current cell.

The repair loop executes in its own NotebookClient; nbclient appends each IOPub message to the cell's
``outputs`` as it arrives. A watcher thread polls those lists and writes the new stdout/stderr text
here, so ``%%mlintern run`` shows training logs live. When the loop clears a cell to re-run it after
a repair, the watcher starts that cell over with a separator line.
"""
from __future__ import annotations

import sys
import threading


class OutputStreamer:
    def __init__(self, nb, cells: list[int] | None = None, interval: float = 0.2, out=None, err=None):
        self.nb = nb
        self.cells = cells if cells is not None else [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
        self.interval = interval
        self.out, self.err = out or sys.stdout, err or sys.stderr
        self.seen: dict[int, list[int]] = {}  # cell -> printed chars per output
        self.runs: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="mlintern-stream", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=5)
        self.poll()  # whatever arrived last

    def _loop(self):
        while not self._stop.wait(self.interval):
            try:
                self.poll()
            except Exception:  # never break the run for a display problem
                pass

    def poll(self) -> None:
        for i in self.cells:
            outs = list(self.nb.cells[i].get("outputs") or [])
            seen = self.seen.setdefault(i, [])
            if len(outs) < len(seen) or any(_text(outs[k]) is not None and len(_text(outs[k])) < n
                                             for k, n in enumerate(seen) if k < len(outs)):
                self.runs[i] = self.runs.get(i, 1) + 1  # cleared for a re-run after a repair
                self.out.write(f"[mlintern] cell {i}: re-run {self.runs[i]}\n")
                seen.clear()
            for k, o in enumerate(outs):
                if k >= len(seen):
                    seen.append(0)
                text = _text(o)
                if text is None or len(text) <= seen[k]:
                    continue
                (self.err if o.get("name") == "stderr" else self.out).write(text[seen[k]:])
                seen[k] = len(text)
            for s in (self.out, self.err):
                try:
                    s.flush()
                except Exception:
                    pass

    def streamed(self, cell_index: int) -> bool:
        return any(self.seen.get(cell_index, []))


def _text(o) -> str | None:
    if o.get("output_type") != "stream":
        return None
    t = o.get("text", "")
    return "".join(t) if isinstance(t, list) else str(t)
