"""Text clean-up of the paper reader on crafted PDFs: ligatures, line-end hyphens, running
headers/footers, page numbers, arXiv stamps, two-column order, page index."""
from __future__ import annotations

import os
from collections import Counter

import pytest

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from mlintern_nb.paper import read  # noqa: E402
from mlintern_nb.paper.text import clean_pages, dehyphenate, repair_ligatures  # noqa: E402


def _pdf(tmp_path, name, pages, font=("Times-Roman", 10)) -> str:
    """pages: list of [(x, y, text)] drawn in that order on each page."""
    path = tmp_path / name
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for items in pages:
        c.setFont(*font)
        for x, y, text in items:
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return str(path)


def _dejavu():
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVuSerif", os.path.join(matplotlib.get_data_path(),
                                                              "fonts/ttf/DejaVuSerif.ttf")))
    return ("DejaVuSerif", 10)


def _body(lines, top=700):
    return [(72, top - 14 * i, t) for i, t in enumerate(lines)]


def test_ligature_code_points_become_letters(tmp_path):
    text = "We deﬁne a speciﬁc ﬂow and an eﬀective ﬃne-grained scheme for classiﬁcation."
    path = _pdf(tmp_path, "lig.pdf", [_body([text, "Second line of the page."])], font=_dejavu())
    doc = read(path)
    assert "We define a specific flow and an effective ffine-grained scheme for classification." in doc.text
    assert not any(0xFB00 <= ord(ch) <= 0xFB06 for ch in doc.text)


def test_broken_ligature_forms_are_repaired():
    assert repair_ligatures("a speci c and de ned e ective classi cation") == \
        "a specific and defined effective classification"
    # TeX OT1 codes where a font has no ToUnicode map
    assert repair_ligatures("de\x0cned e\x0bective \x0crst") == "defined effective first"
    # a lost leading ligature is repaired only where the page shows dropped ligatures
    assert repair_ligatures("the rst speci c layer") == "the first specific layer"
    assert repair_ligatures("the rst layer") == "the rst layer"


def test_line_end_hyphens_joined_real_hyphens_kept(tmp_path):
    lines = ["We use pre-", "training on a large corpus and an exam-", "ple of fine-", "tuned models on every",
             "representation-", "learning task. Learning is useful for representation too. The orig-",
             "inal model is state-of-the-", "art and BERT-", "base is small."]
    doc = read(_pdf(tmp_path, "hyph.pdf", [_body(lines)]))
    t = doc.pages[0].text
    for want in ("pre-training", "example", "fine-tuned", "representation-learning", "original",
                 "state-of-the-art", "BERT-base"):
        assert want in t, (want, t)
    assert "exam-" not in t and "orig-" not in t


def test_dehyphenate_prefers_the_form_the_paper_uses():
    counts = Counter({"multihead": 3})
    assert dehyphenate("a multi-\nhead layer", counts) == "a multihead\nlayer"
    assert dehyphenate("a multi-\nhead layer", Counter()) == "a multi-head\nlayer"


WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def test_running_headers_page_numbers_and_arxiv_stamp_removed(tmp_path):
    pages, bodies = [], []
    for n in range(1, 5):
        body = [f"{WORDS[(n + i) % 12].capitalize()} is what line {i} of this page says about {WORDS[n]}."
                for i in range(8)]
        bodies.append(body)
        items = [(200, 760, "Published as a conference paper at ICLR 2026")] + _body(body) + [(300, 40, str(n))]
        if n == 1:
            items.append((20, 300, "arXiv:2101.01234v2 [cs.LG] 3 Feb 2021"))
        pages.append(items)
    doc = read(_pdf(tmp_path, "furniture.pdf", pages))
    assert "Published as a conference paper" not in doc.text
    assert "arXiv:" not in doc.text
    for p, body in zip(doc.pages, bodies):
        assert p.text.split("\n") == body


def test_interleaved_two_columns_are_read_left_then_right(tmp_path):
    left = [f"Left column line {i} keeps its own order." for i in range(25)]
    right = [f"Right column line {i} comes after the left." for i in range(25)]
    items = [(72, 740, "A Title That Spans The Whole Width Of The Page Above Both Columns Here")]
    for i in range(25):  # drawn alternately, as some PDF producers do
        items += [(72, 700 - 14 * i, left[i]), (320, 700 - 14 * i, right[i])]
    doc = read(_pdf(tmp_path, "twocol.pdf", [items]))
    t = doc.pages[0].text
    assert doc.reordered_pages == [1]
    assert t.index("Title That Spans") < t.index("Left column line 0 ") < t.index("Left column line 24 ") \
        < t.index("Right column line 0 ") < t.index("Right column line 24 ")
    assert t.split("\n")[1] == "Left column line 0 keeps its own order."


def test_full_width_columns_interleaved_are_reordered(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fill(prefix, i):  # a line as wide as a real 228 pt column
        words, line = "the model is trained with a learning rate and a batch size".split(), f"{prefix} {i}"
        k = 0
        while stringWidth(line + " " + words[k % len(words)], "Times-Roman", 10) < 226:
            line += " " + words[k % len(words)]
            k += 1
        return line
    left, right = [fill("Left", i) for i in range(40)], [fill("Right", i) for i in range(40)]
    assert all(len(t) >= 50 for t in left)
    items = []
    for i in range(40):
        items += [(72, 720 - 12 * i, left[i]), (318, 720 - 12 * i, right[i])]
    doc = read(_pdf(tmp_path, "wide.pdf", [items]))
    assert doc.reordered_pages == [1]
    assert doc.pages[0].text.split("\n") == left + right


def test_table_with_aligned_columns_is_not_reordered(tmp_path):
    items = []
    for i in range(30):
        items += [(72, 720 - 12 * i, f"Setting number {i}"), (340, 720 - 12 * i, f"{i * 0.5:.1f}"),
                  (420, 720 - 12 * i, f"{i * 2}")]
    doc = read(_pdf(tmp_path, "table.pdf", [items]))
    assert doc.reordered_pages == []
    t = doc.pages[0].text  # rows stay rows: a cell sits between its row label and the next row
    assert t.index("Setting number 3") < t.index("1.5") < t.index("Setting number 4")


def test_single_column_page_is_not_reordered(tmp_path):
    lines = [f"A single column line number {i} that runs across the middle of the page width." for i in range(30)]
    doc = read(_pdf(tmp_path, "onecol.pdf", [_body(lines)]))
    assert doc.reordered_pages == []
    assert doc.pages[0].text.split("\n") == lines


def test_page_of_maps_every_character_to_its_page(tmp_path):
    pages = [_body([f"Unique sentence on page {n} zq{n}x."]) for n in range(1, 4)]
    doc = read(_pdf(tmp_path, "pages.pdf", pages))
    for n in range(1, 4):
        off = doc.text.index(f"zq{n}x")
        assert doc.page_of(off) == n
        assert doc.page_of(doc.text.index(f"Unique sentence on page {n}")) == n


def test_pages_option_reads_only_those_pages(tmp_path):
    pages = [_body([f"Text of page {n}."]) for n in range(1, 6)]
    doc = read(_pdf(tmp_path, "five.pdf", pages), pages="2-3,5")
    assert [p.number for p in doc.pages] == [2, 3, 5]
    assert doc.num_pages == 5
    assert doc.page_of(doc.text.index("page 5")) == 5


def test_clean_pages_keeps_page_count():
    out = clean_pages(["a\n1", "", "b\n2"])
    assert len(out) == 3 and out[1] == ""
