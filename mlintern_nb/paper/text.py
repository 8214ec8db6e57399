"""Text clean-up of pypdf page text: column order, ligatures, line-end hyphens, running
headers/footers, page numbers and arXiv side stamps.

One ``extract_text`` call per page: :func:`extract_page` passes a ``visitor_text`` that
records each text fragment's position, so the column check costs no second extraction.
Everything after that is line-level string work over the pages (:func:`clean_pages`); the layout
the text layer loses (typeset powers, one-cell-per-line table rows) is recovered in :mod:`.layout`.
"""
from __future__ import annotations

import contextvars
import inspect
import re
from collections import Counter
from dataclasses import dataclass

from .layout import join_row_cells, mark_powers

# ----------------------------------------------------------------------------- extraction


@dataclass
class Fragment:
    text: str
    x: float
    y: float
    size: float


_TEXT_ONLY = contextvars.ContextVar("mlintern_text_only_visitor", default=False)


def _install_fast_visitor_path() -> None:
    """With any visitor, pypdf also parses content streams that hold no text operator
    (vector figures) so that operator visitors see them; a text visitor never gets a call
    from those, so while :func:`extract_page` runs they are skipped as without a visitor.
    (Only an optimisation: if pypdf changes, nothing is patched.)"""
    try:
        import pypdf._text_extraction as te
    except ImportError:
        return
    orig = getattr(te, "_get_content_stream_for_text", None)
    if orig is None or getattr(orig, "_mlintern", False):
        return
    try:
        params = inspect.signature(orig).parameters
    except (TypeError, ValueError):
        return
    if "has_visitor" not in params:
        return

    def patched(*args, has_visitor=False, **kw):
        return orig(*args, has_visitor=has_visitor and not _TEXT_ONLY.get(), **kw)

    patched._mlintern = True
    te._get_content_stream_for_text = patched


def extract_page(page) -> tuple[str, list[Fragment]]:
    """pypdf text of ``page`` plus the positioned fragments pypdf drew it from."""
    _install_fast_visitor_path()
    frags: list[Fragment] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text and not text.isspace():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[0] * cm[0]) or 1.0
            frags.append(Fragment(text, x, y, (font_size or 10) * scale))

    token = _TEXT_ONLY.set(True)
    try:
        text = page.extract_text(visitor_text=visit) or ""
    finally:
        _TEXT_ONLY.reset(token)
    return text, frags


def _edge(xs: list[float]) -> tuple[float | None, float]:
    """(most common left edge among these line starts, share of starts within 3 pt of it)."""
    if not xs:
        return None, 0.0
    c = Counter(round(x / 3) for x in xs)
    best = max(c, key=c.get)
    near = c[best] + c.get(best - 1, 0) + c.get(best + 1, 0)
    return best * 3.0, near / len(xs)


MIN_COLUMN_LINE = 20  # median characters of a column's fragments: prose lines, not table cells


def classify(frags: list[Fragment], width: float) -> list[str]:
    """Per fragment: "R" (starts right of the middle), "L" (left of the middle and ends
    before the right column: short enough, or the same baseline has a right-column start)
    or "F" (spans the gutter: full width)."""
    mid = width / 2
    rx, _ = _edge([f.x for f in frags if f.x >= mid - 2])
    right_rows: set[int] = set()
    if rx is not None:
        for f in frags:
            if abs(f.x - rx) <= 4:
                right_rows.add(round(f.y / 2))
    out = []
    for f in frags:
        if f.x >= mid - 2:
            out.append("R")
            continue
        end = f.x + 0.42 * f.size * len(f.text.rstrip("\n"))
        row = round(f.y / 2)
        if rx is not None and (end <= rx + 2 or row in right_rows or row - 1 in right_rows
                               or row + 1 in right_rows):
            out.append("L")
        else:
            out.append("F")
    return out


def column_switches(frags: list[Fragment], width: float) -> tuple[int, int]:
    """(switches between left and right column in drawing order, column fragments)."""
    seq = [c for c in classify(frags, width) if c != "F"]
    return sum(a != b for a, b in zip(seq, seq[1:])), len(seq)


def is_interleaved(frags: list[Fragment], width: float) -> bool:
    """True when the page has two columns (few lines cross the gutter, both columns have
    an aligned left edge) and pypdf's drawing order alternates between them line by line."""
    kinds = classify(frags, width)
    n = len(kinds)
    if n < 20 or kinds.count("F") > 0.25 * n:
        return False
    left = [f.x for f, k in zip(frags, kinds) if k == "L"]
    right = [f.x for f, k in zip(frags, kinds) if k == "R"]
    if len(left) < 8 or len(right) < 8 or _edge(left)[1] < 0.3 or _edge(right)[1] < 0.3:
        return False
    # columns of prose, not a table's columns of short cells
    for side in ("L", "R"):
        lengths = sorted(len(f.text.strip()) for f, k in zip(frags, kinds) if k == side)
        if lengths[len(lengths) // 2] < MIN_COLUMN_LINE:
            return False
    seq = [k for k in kinds if k != "F"]
    switches = sum(a != b for a, b in zip(seq, seq[1:]))
    return switches >= 8 and switches >= 0.3 * len(seq)


def _lines(frags: list[Fragment]) -> list[str]:
    """Fragments (one region) grouped into lines top to bottom, left to right."""
    out: list[str] = []
    rows: list[list[Fragment]] = []
    for f in sorted(frags, key=lambda f: (-f.y, f.x)):
        if rows and abs(rows[-1][0].y - f.y) <= 0.4 * max(f.size, 1):
            rows[-1].append(f)
        else:
            rows.append([f])
    for row in rows:
        row.sort(key=lambda f: f.x)
        line = ""
        for f in row:
            t = f.text.replace("\n", " ")
            line = t if not line else (line + t if line.endswith(" ") or t.startswith((" ", "^")) else line + " " + t)
        line = " ".join(line.split())
        if line:
            out.append(line)
    return out


def reorder_columns(frags: list[Fragment], width: float) -> str:
    """Text of a two-column page read as a person does: full-width lines above the columns,
    the left column, the right column, then full-width lines below them."""
    cols = {"L": [], "R": [], "F": []}
    for f, k in zip(frags, classify(frags, width)):
        cols[k].append(f)
    body = cols["L"] + cols["R"]
    top_y = max((f.y for f in body), default=0)
    bottom_y = min((f.y for f in body), default=0)
    above = [f for f in cols["F"] if f.y > top_y]
    below = [f for f in cols["F"] if f.y < bottom_y]
    inside = [f for f in cols["F"] if bottom_y <= f.y <= top_y]
    # a full-width line inside the column block (a wide table or caption): keep it with the left column
    return "\n".join(_lines(above) + _lines(cols["L"] + inside) + _lines(cols["R"]) + _lines(below))


def page_text(page) -> tuple[str, bool]:
    """(text of one page in reading order, whether the columns were re-ordered)."""
    text, frags = extract_page(page)
    text = join_row_cells(mark_powers(text, frags), frags)
    try:
        width = float(page.mediabox.width)
    except Exception:
        width = 612.0
    if frags and is_interleaved(frags, width):
        return reorder_columns(frags, width), True
    return text, False


# ----------------------------------------------------------------------------- ligatures
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
             "\ufb06": "st", "\u0132": "IJ", "\u0133": "ij"}
# TeX OT1 fonts without a ToUnicode map put the ligature glyphs at these codes.
_OT1 = {"\x0b": "ff", "\x0c": "fi", "\x0d": "fl", "\x0e": "ffi", "\x0f": "ffl"}
_OT1_RE = re.compile(r"(?<=[A-Za-z])[\x0b-\x0f](?=[a-z])|(?<![A-Za-z])[\x0b-\x0f](?=[a-z]{2})")
_LIG_RE = re.compile("[" + "".join(LIGATURES) + "]")

# Words whose ligature pypdf sometimes drops (glyph without a Unicode mapping): "speci c",
# "de ned", "e ective". Only words whose ligature is inside the word, so the remnant is no word.
_LIG_WORDS = """
specific specifically specified specify specification define defined defines definition definitely
significant significantly signify classification classifications classifier classifiers classified classify
identify identified identification modified modify modification modifications verified verify
verification benefit benefits beneficial efficient efficiently efficiency inefficient coefficient
coefficients sufficient sufficiently insufficient configuration configurations confidence confident
unified simplified simplify amplified magnified justified quantified artificial difficult difficulty
different differently difference differences differentiable differential effective effectively effect
effects affect affects affected offer offers offered suffer suffers buffer buffers diffusion affine
reflect reflects reflected reflection conflict conflicts inflate influence influenced influential
overfitting overfit underfitting workflow workflows dataflow outflow overflow""".split()
_FRONT_WORDS = {"rst": "first", "xed": "fixed", "gure": "figure", "gures": "figures", "nal": "final",
                "nally": "finally", "eld": "field", "elds": "fields", "lter": "filter", "lters": "filters",
                "ltering": "filtering", "ne-tuning": "fine-tuning", "ne-tuned": "fine-tuned", "ne-tune": "fine-tune",
                "nd": "find", "nds": "finds", "nding": "finding", "ndings": "findings", "ow": "flow",
                "oat": "float", "xed-size": "fixed-size"}


def _broken_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for w in _LIG_WORDS:
        for lig in ("ffi", "ffl", "ff", "fi", "fl"):
            i = w.find(lig)
            if i > 0:
                out[w[:i] + " " + w[i + len(lig):]] = w
                break
    return out


_BROKEN = _broken_forms()
_BROKEN_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _BROKEN), key=len, reverse=True)) + r")\b",
                        re.I)
_FRONT_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _FRONT_WORDS), key=len, reverse=True))
                       + r")(?![\w-])", re.I)


def _match_case(src: str, word: str) -> str:
    return word.capitalize() if src[:1].isupper() else word


def repair_ligatures(text: str) -> str:
    """ﬁ -> fi (and the other ligature code points), TeX OT1 control codes, and the
    space-broken forms pypdf leaves when a ligature glyph has no Unicode ("speci c")."""
    text = _LIG_RE.sub(lambda m: LIGATURES[m.group(0)], text)
    if any(c in text for c in _OT1):
        text = _OT1_RE.sub(lambda m: _OT1[m.group(0)], text)
    if " " in text:
        text, n = _BROKEN_RE.subn(lambda m: _match_case(m.group(0), _BROKEN[m.group(0).lower()]), text)
        if n:  # this text drops ligatures: also repair words that lost a leading one ("rst" -> "first")
            text = _FRONT_RE.sub(lambda m: _match_case(m.group(0), _FRONT_WORDS[m.group(0).lower()]), text)
    return text


# ----------------------------------------------------------------------------- hyphenation
KEEP_PREFIXES = {"pre", "post", "non", "multi", "self", "fine", "cross", "semi", "well", "state", "co", "anti",
                 "high", "low", "large", "small", "long", "short", "full", "half", "one", "two", "three", "four",
                 "five", "end", "task", "data", "domain", "zero", "few", "top", "bottom", "left", "right",
                 "quasi", "pseudo", "max", "min", "mini", "meta", "deep", "word", "sentence", "token", "byte", "character", "image",
                 "sequence", "first", "second", "third", "single", "double", "human", "hand", "open", "real",
                 "hyper", "learning", "context", "layer", "weight", "model"}
KEEP_SECONDS = {"based", "level", "wise", "specific", "tuned", "tuning", "trained", "training", "art", "scale",
                "free", "like", "aware", "dependent", "independent", "of", "to", "the", "shot", "order", "grained",
                "attention", "entropy", "supervised", "step", "time", "term", "size", "sized", "layer",
                "dimensional", "connected", "resolution", "parameter", "parameters", "way", "style", "only",
                "and", "or", "vs", "domain", "task", "head", "heads"}
_HYPH_END = re.compile(r"(\S*?)([A-Za-z]+)-$")
_NEXT_WORD = re.compile(r"^([a-z][a-z]*)([^\s]*)\s*(.*)$")
_SPLIT_WORD = re.compile(r"\S+-\n\S+")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def word_counts(pages: list[str]) -> Counter:
    """How often each (lower-case) word and hyphenated compound occurs inside lines."""
    c: Counter = Counter()
    for t in pages:
        for w in _WORD.findall(_SPLIT_WORD.sub(" ", t)):  # words split at a line end tell nothing
            c[w.lower()] += 1
    return c


def _keep_hyphen(before: str, first: str, second: str, counts: Counter) -> bool:
    f, s = first.lower(), second.lower()
    if "-" in before or len(first) > 1 and first.isupper():
        return True  # already a compound ("left-to-") or an acronym ("BERT-")
    joined, hyph = counts.get(f + s, 0), counts.get(f + "-" + s, 0)
    if joined or hyph:
        return hyph > joined
    if f in KEEP_PREFIXES or s in KEEP_SECONDS:
        return True
    # two words the paper uses on their own ("representation-" + "learning"): a compound
    return len(f) >= 4 and len(s) >= 4 and counts.get(f, 0) > 0 and counts.get(s, 0) > 0


def dehyphenate(text: str, counts: Counter) -> str:
    """Join words split at line ends ("exam-\\nple" -> "example\\n"), keeping real
    hyphens ("pre-\\ntraining" -> "pre-training\\n"). The rest of the next line stays put."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        m = _HYPH_END.search(lines[i])
        if not m:
            continue
        n = _NEXT_WORD.match(lines[i + 1].lstrip())
        if not n:
            continue
        second, tail, rest = n.group(1), n.group(2), n.group(3)
        keep = _keep_hyphen(m.group(1), m.group(2), second, counts)
        head = lines[i][:-1] + ("-" if keep else "")
        lines[i] = head + second + tail
        lines[i + 1] = rest
    return "\n".join(ln for ln in lines if ln.strip())


# ----------------------------------------------------------------------------- headers, footers, stamps
ARXIV_STAMP = re.compile(r"arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?\s*\[[\w.\-]+\]\s*\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}")
_LONE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:\d{1,4}|[ivxlcdm]{1,6}|page \d+(?: of \d+)?)(?:\s*[-–—])?$", re.I)
EDGE = 3  # lines at the top and bottom of a page that may be running headers/footers


def _key(line: str) -> str:
    """Running-line key: digits stand for any number in short lines ("Page 3", "ICLR 2026 - 4")."""
    words = line.lower().split()
    s = " ".join(words)
    return re.sub(r"\d+", "#", s) if len(words) <= 8 else s


def running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines that repeat at the top or bottom of at least half the pages (>= 2)."""
    if len(pages) < 2:
        return set()
    c: Counter = Counter()
    for lines in pages:
        nonempty = [ln for ln in lines if ln.strip()]
        c.update({_key(ln) for ln in nonempty[:EDGE] + nonempty[-EDGE:] if len(ln.strip()) > 2})
    need = max(2, (len(pages) + 1) // 2)
    return {k for k, n in c.items() if n >= need and k.strip("# ")}


def strip_page_furniture(lines: list[str], running: set[str]) -> list[str]:
    """Drop running headers/footers, page numbers and arXiv stamps from one page's lines."""
    out = list(lines)
    idx = [i for i, ln in enumerate(out) if ln.strip()]
    k = EDGE if len(idx) > 2 * EDGE else 1  # a short page: only its first and last line
    edge = set(idx[:k] + idx[-k:])
    drop = set()
    for i in edge:
        s = out[i].strip()
        if _key(s) in running or _LONE_NUMBER.match(s):
            drop.add(i)
    for i, ln in enumerate(out):
        if "arXiv:" in ln and ARXIV_STAMP.search(ln):
            out[i] = ARXIV_STAMP.sub("", ln).strip()
            if not out[i]:
                drop.add(i)
    kept = [ln for i, ln in enumerate(out) if i not in drop]
    if not any(ln.strip() for ln in kept) and not any(_LONE_NUMBER.match(out[i].strip()) for i in idx):
        return out  # never empty a page of text: its only lines are no furniture
    return kept


# ----------------------------------------------------------------------------- glyph-name slashes
_GLYPH_SLASH = re.compile(r"/(?=[\d.,;:()'\-|!?])")


def repair_glyph_slashes(text: str) -> str:
    """Some Type-3 fonts print a glyph name's slash before every digit and punctuation mark
    (``/1/9/9/1``, ``error/.``, ``input//output``). On a page where such slashes are most of
    all slashes, a slash before a non-space character is dropped and ``//`` becomes ``/``."""
    hits = len(_GLYPH_SLASH.findall(text))
    if hits < 20 or hits < 0.6 * text.count("/"):
        return text
    return re.sub(r"/(?=\S)", "", text.replace("//", "\x00")).replace("\x00", "/")


# ----------------------------------------------------------------------------- the whole pass
def clean_pages(texts: list[str]) -> list[str]:
    """Cleaned text of every page (same order, same count)."""
    pages = [repair_glyph_slashes(repair_ligatures(t)).replace("\r\n", "\n").replace("\r", "\n") for t in texts]
    split = [[ln.rstrip() for ln in t.split("\n")] for t in pages]
    running = running_lines(split)
    split = [strip_page_furniture(lines, running) for lines in split]
    pages = ["\n".join(ln for ln in lines if ln.strip()) for lines in split]
    counts = word_counts(pages)
    return [dehyphenate(t, counts) for t in pages]
