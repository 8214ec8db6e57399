#!/usr/bin/env python3
"""Build the bundled example papers (deterministic PDFs) and their expected JSON.

    python examples/papers/build.py            # writes tinyrepro.pdf, tinytext.pdf and *.expected.json
    python examples/papers/build.py --check    # rebuild in memory; exit 1 if the committed files differ

The papers are written like small real ML papers (title, authors, abstract, sections,
an architecture figure as an embedded raster PNG drawn with matplotlib, a "Training
details" paragraph, a results table, references). ``tinytext`` has a two-column body,
a running header, page-number footers and an arXiv-style side stamp, so the reader's
clean-up code is exercised. ReportLab runs with ``invariant=1`` (fixed dates and IDs)
and the PNG is written without metadata, so rebuilding gives the same bytes.

``<name>.expected.json`` has the shape of ``../shared/papers/ground_truth.json``; each
value's quote is a sentence of the paper and its page is *found* in the built PDF's text
(pypdf, the scorer's normalisation), so pages can never drift from the source.
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- content
TINYREPRO = {
    "name": "tinyrepro",
    "title": "TinyRepro: A Small Convolutional Network for Handwritten Digit Recognition",
    "authors": "Ada Intern and Ben Mentor",
    "affil": "mlintern_nb example papers",
    "header": "TinyRepro: a small CNN for handwritten digits",
    "columns": 1,
    "abstract": (
        "We describe TinyRepro, a deliberately small convolutional neural network for recognising "
        "handwritten digits from 8 × 8 grayscale images. Despite having fewer than 30 thousand parameters, "
        "the model reaches a test accuracy of 97.2% on the UCI Optical Recognition of Handwritten Digits "
        "dataset after ten epochs of training on a single CPU core. We report the complete training set-up "
        "so that the experiment can be reproduced in about a minute."),
    "sections": [
        ("1 Introduction", [
            "Handwritten digit recognition is the classic first benchmark of image classification. Large "
            "convolutional networks solve it almost perfectly, but they take minutes to hours to train and "
            "obscure which design choices matter. We instead ask how small a convolutional network can be "
            "while still being a faithful, reproducible baseline.",
            "Our contributions are a compact architecture, a complete description of its training "
            "procedure, and a results table against two simple baselines. Every hyper-parameter needed "
            "to rerun the experiment is stated in Section 4.2."]),
        ("2 Related Work", [
            "Convolutional networks for digit recognition go back to LeNet [1], which combined "
            "convolution, subsampling and fully-connected layers. Later work showed that dropout [2] "
            "and adaptive optimisers such as Adam [3] make small networks train quickly and reliably. "
            "Linear classifiers and k-nearest neighbours remain strong baselines on low-resolution digits."]),
        ("3 Method", [
            "Our model is a small convolutional neural network (CNN) with two convolutional layers of 16 "
            "and 32 channels, each with a kernel size of 3 × 3 and padding 1, followed by ReLU activations.",
            "After the second convolution a 2 × 2 max-pooling layer reduces the 8 × 8 input to 4 × 4, and a "
            "fully-connected classifier maps the 512 flattened features to the 10 digit classes. "
            "Figure 1 gives an overview of the architecture.",
            "@FIGURE@",
            "The network is trained end-to-end from random initialisation; no pre-training or external "
            "data is used. The loss is the cross-entropy between the predicted class distribution and the "
            "true digit label."]),
        ("4 Experiments", []),
        ("4.1 Dataset", [
            "We use the UCI Optical Recognition of Handwritten Digits dataset, as shipped with scikit-learn "
            "(load_digits): 1,797 grayscale images of 8 × 8 pixels in 10 classes. We hold out 20% of the "
            "images as a stratified test set and scale pixel values to the range [0, 1]."]),
        ("4.2 Training details", [
            "We train with the Adam optimizer at a learning rate of 1 × 10<super>-3</super> and a batch size "
            "of 64 for 10 epochs. We apply dropout with rate 0.1 before the classifier and a weight decay "
            "of 1e-4. We use no learning-rate schedule and no data augmentation. All runs use random seed 0."]),
        ("4.3 Results", [
            "@TABLE@",
            "We evaluate with classification accuracy on the held-out test set. TinyRepro reaches a test "
            "accuracy of 97.2%, ahead of both baselines, while training in under a minute on one CPU core."]),
        ("5 Conclusion", [
            "A two-layer convolutional network with fewer than 30 thousand parameters is a strong and "
            "reproducible baseline for 8 × 8 digit recognition. Because every hyper-parameter is stated, "
            "the experiment makes a good first test for automated reproduction tools."]),
    ],
    "table": {
        "caption": "Table 1: Test accuracy on the digits test set (20% held out).",
        "rows": [["Model", "Parameters", "Accuracy (%)"],
                 ["Logistic regression", "650", "95.8"],
                 ["k-nearest neighbours (k=3)", "-", "96.9"],
                 ["TinyRepro (ours)", "21,642", "97.2"]],
    },
    "figure": {
        "caption": "Figure 1: Overview of the TinyRepro architecture: two convolutional layers "
                   "(16 and 32 channels, 3 × 3 kernels), max-pooling and a linear classifier.",
        "boxes": ["input\n1×8×8", "conv 3×3\n16 ch", "conv 3×3\n32 ch", "max-pool\n2×2", "dropout\n0.1",
                  "linear\n512→10"],
    },
    "references": [
        "[1] Y. LeCun, L. Bottou, Y. Bengio, and P. Haffner. Gradient-based learning applied to document "
        "recognition. Proceedings of the IEEE, 1998.",
        "[2] N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, and R. Salakhutdinov. Dropout: a simple "
        "way to prevent neural networks from overfitting. JMLR, 2014.",
        "[3] D. P. Kingma and J. Ba. Adam: A method for stochastic optimization. ICLR, 2015.",
        "[4] E. Alpaydin and C. Kaynak. Optical recognition of handwritten digits. UCI Machine Learning "
        "Repository, 1998."],
    "appendix": [],
}

TINYTEXT = {
    "name": "tinytext",
    "title": "TinyText: A Two-Layer Transformer Encoder for Sentence Polarity",
    "authors": "Cleo Intern and Dan Mentor",
    "affil": "mlintern_nb example papers",
    "header": "TinyText: a two-layer Transformer for sentence polarity",
    "columns": 2,
    "stamp": "arXiv:0000.00000v1 [cs.CL] 27 Nov 2026",
    "abstract": (
        "We study how far a very small Transformer encoder, trained from scratch, gets on sentence-level "
        "sentiment classification. TinyText uses two encoder layers with a hidden size of 64 and a linear "
        "classifier head. On the Pang and Lee sentence polarity data it reaches 71.5% accuracy and a macro "
        "F1 of 71.1 after five epochs on a CPU, in under two minutes."),
    "sections": [
        ("1 Introduction", [
            "Pre-trained Transformers dominate text classification, yet the smallest configurations that "
            "still learn something useful are rarely documented. Knowing them matters for teaching, for "
            "testing tools that reproduce papers, and for fast sanity checks of data pipelines.",
            "We train a tiny encoder from random initialisation on a small movie-review polarity corpus "
            "and report a complete, reproducible training set-up. The main hyper-parameters are given in "
            "Section 4.2 and the remaining ones in Appendix A."]),
        ("2 Related Work", [
            "Sentence polarity was introduced with movie-review snippets by Pang and Lee [1]. Recurrent "
            "baselines remain common: the BiLSTM baseline of Zhou et al. [2] was trained with SGD at a "
            "learning rate of 0.1 and a batch size of 32 for 20 epochs. Those settings belong to that "
            "baseline and are not used in this paper.",
            "The Transformer [3] replaced recurrence with self-attention; BERT [4] showed that "
            "pre-training such encoders on large corpora transfers to classification. We deliberately "
            "skip pre-training to keep the experiment small and self-contained."]),
        ("3 Model", [
            "Our model is a Transformer encoder with 2 layers, a hidden size of 64 and 2 attention heads, "
            "followed by a linear classifier head on the mean-pooled token states. The feed-forward "
            "layers have an inner size of 128 and use GELU activations.",
            "@FIGURE@",
            "Tokens are embedded with a learned embedding table and learned position embeddings. "
            "The classifier is trained with the cross-entropy loss over the two polarity classes. "
            "Figure 1 shows the whole architecture."]),
        ("4 Experiments", []),
        ("4.1 Data", [
            "We use the sentence polarity data of Pang and Lee as distributed with gensim "
            "(pang_lee_polarity.cor): 200 movie-review sentences labelled positive or negative. We train a "
            "WordPiece tokenizer with a vocabulary of 2,000 tokens on the training split and keep 25% of "
            "the sentences as a test split."]),
        ("4.2 Training details", [
            "We train with AdamW at a learning rate of 5e-4 with a batch size of 16 for 5 epochs. The "
            "learning rate follows a linear schedule with warmup over the first 10% of the training steps, "
            "then decays linearly to zero. Sequences are truncated or padded to a maximum sequence length "
            "of 64 tokens. Further regularisation settings are listed in Appendix A."]),
        ("4.3 Results", [
            "We report accuracy and macro F1 on the test split, averaged over three seeds.",
            "@TABLE@",
            "TinyText reaches 71.5% accuracy and a macro F1 of 71.1, clearly above the bag-of-words "
            "baseline, even though the encoder sees only 150 training sentences."]),
        ("5 Conclusion", [
            "A two-layer Transformer encoder trained from scratch learns sentence polarity from a few hundred "
            "examples. Its complete set-up makes it a convenient test case for reproduction tools."]),
    ],
    "table": {
        "caption": "Table 1: Accuracy and macro F1 on the test split (mean of three seeds).",
        "rows": [["Model", "Accuracy (%)", "Macro F1"],
                 ["Majority class", "50.0", "33.3"],
                 ["Bag-of-words logistic regression", "66.0", "65.4"],
                 ["TinyText (ours)", "71.5", "71.1"]],
    },
    "figure": {
        "caption": "Figure 1: Overview of the TinyText model: token and position embeddings, a two-layer "
                   "Transformer encoder (hidden 64, 2 heads) and a classifier head.",
        "boxes": ["tokens\n(≤64)", "embed\n+ pos", "encoder\nlayer 1", "encoder\nlayer 2", "mean\npool",
                  "classifier\n64→2"],
    },
    "references": [
        "[1] B. Pang and L. Lee. Seeing stars: Exploiting class relationships for sentiment categorization "
        "with respect to rating scales. ACL, 2005.",
        "[2] P. Zhou, Z. Qi, S. Zheng, J. Xu, H. Bao, and B. Xu. Text classification improved by integrating "
        "bidirectional LSTM with two-dimensional max pooling. COLING, 2016.",
        "[3] A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones, A. N. Gomez, L. Kaiser, and "
        "I. Polosukhin. Attention is all you need. NeurIPS, 2017.",
        "[4] J. Devlin, M.-W. Chang, K. Lee, and K. Toutanova. BERT: Pre-training of deep bidirectional "
        "transformers for language understanding. NAACL, 2019.",
        "[5] I. Loshchilov and F. Hutter. Decoupled weight decay regularization. ICLR, 2019."],
    "appendix": [
        ("A Additional hyper-parameters", [
            "We use a weight decay of 0.01 for all weights except biases and layer-norm parameters. "
            "Dropout of 0.1 is applied to the attention probabilities and to the outputs of every "
            "sub-layer. Gradients are clipped to a global norm of 1.0."])],
}

# Expected extraction (ground-truth shape). Quotes are sentences of the papers above;
# pages are located in the built PDF.
EXPECTED = {
    "tinyrepro": {
        "task_family": "image-classification",
        "architecture": ("small convolutional neural network (CNN): 2 conv layers (16, 32 channels, 3x3 kernels), "
                         "2x2 max-pool, linear classifier",
                         "Our model is a small convolutional neural network (CNN) with two convolutional layers"),
        "loss": ("cross-entropy", "The loss is the cross-entropy between the predicted class distribution"),
        "datasets": [("UCI Optical Recognition of Handwritten Digits (sklearn load_digits)",
                      "We use the UCI Optical Recognition of Handwritten Digits dataset")],
        "metrics": [("accuracy", "We evaluate with classification accuracy on the held-out test set.")],
        "training": {"digits": {
            "optimizer": ("Adam", "We train with the Adam optimizer at a learning rate of", None),
            "learning_rate": (0.001, "We train with the Adam optimizer at a learning rate of", [0.001]),
            "batch_size": (64, "and a batch size of 64 for 10 epochs", [64]),
            "epochs": (10, "and a batch size of 64 for 10 epochs", [10]),
            "dropout": (0.1, "We apply dropout with rate 0.1 before the classifier", [0.1]),
            "weight_decay": (0.0001, "and a weight decay of 1e-4", [0.0001]),
        }},
        "not_stated": ["lr_schedule", "warmup", "steps", "label_smoothing", "max_seq_length", "momentum"],
        "reported": [("accuracy", 97.2, "TinyRepro reaches a test accuracy of 97.2%")],
        "notes": ["Learning rate written as '1 × 10^-3' (superscript, flattened to '10-3' in the text layer).",
                  "States 'no learning-rate schedule' and 'no data augmentation' explicitly."],
    },
    "tinytext": {
        "task_family": "text-classification",
        "architecture": ("Transformer encoder, 2 layers, hidden 64, 2 heads, FFN 128, linear classifier head",
                         "Our model is a Transformer encoder with 2 layers, a hidden size of 64 and 2 attention heads"),
        "loss": ("cross-entropy", "The classifier is trained with the cross-entropy loss over the two polarity classes."),
        "datasets": [("Pang & Lee sentence polarity (gensim pang_lee_polarity.cor)",
                      "We use the sentence polarity data of Pang and Lee as distributed with gensim")],
        "metrics": [("accuracy", "We report accuracy and macro F1 on the test split, averaged over three seeds."),
                    ("F1 (macro)", "We report accuracy and macro F1 on the test split, averaged over three seeds.")],
        "training": {"polarity": {
            "optimizer": ("AdamW", "We train with AdamW at a learning rate of 5e-4", None),
            "learning_rate": (0.0005, "We train with AdamW at a learning rate of 5e-4", [0.0005]),
            "batch_size": (16, "with a batch size of 16 for 5 epochs", [16]),
            "epochs": (5, "with a batch size of 16 for 5 epochs", [5]),
            "warmup": ("10% of the training steps", "with warmup over the first 10% of the training steps", [0.1]),
            "lr_schedule": ("linear warmup then linear decay to zero",
                            "The learning rate follows a linear schedule with warmup", None),
            "max_seq_length": (64, "to a maximum sequence length of 64 tokens", [64]),
            "weight_decay": (0.01, "We use a weight decay of 0.01 for all weights except biases", [0.01]),
            "dropout": (0.1, "Dropout of 0.1 is applied to the attention probabilities", [0.1]),
            "gradient_clipping": (1.0, "Gradients are clipped to a global norm of 1.0.", [1.0]),
        }},
        "not_stated": ["steps", "label_smoothing", "momentum", "augmentation"],
        "reported": [("accuracy", 71.5, "TinyText reaches 71.5% accuracy and a macro F1 of 71.1"),
                     ("f1", 71.1, "TinyText reaches 71.5% accuracy and a macro F1 of 71.1")],
        "notes": ["Trap: Related Work restates a BiLSTM baseline's settings (SGD, lr 0.1, batch 32, 20 epochs) "
                  "that are NOT this paper's.",
                  "Trap: weight decay, dropout and gradient clipping are stated only in Appendix A."],
    },
}


# --------------------------------------------------------------------------- figure
def architecture_png(boxes: list[str]) -> bytes:
    """A block diagram (boxes and arrows) as PNG bytes, without metadata (deterministic)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyBboxPatch

    n = len(boxes)
    fig, ax = plt.subplots(figsize=(6.4, 1.5), dpi=100)
    ax.set_xlim(0, n * 1.2)
    ax.set_ylim(0, 1.2)
    ax.axis("off")
    for i, label in enumerate(boxes):
        x = i * 1.2 + 0.1
        ax.add_patch(FancyBboxPatch((x, 0.2), 0.9, 0.8, boxstyle="round,pad=0.02", fc="#dbe9f6", ec="#1f4e79"))
        ax.text(x + 0.45, 0.6, label, ha="center", va="center", fontsize=8, family="DejaVu Sans")
        if i < n - 1:
            ax.annotate("", xy=(x + 1.2, 0.6), xytext=(x + 0.9, 0.6),
                        arrowprops=dict(arrowstyle="->", color="#1f4e79"))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


# --------------------------------------------------------------------------- PDF
def build_pdf(paper: dict) -> bytes:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        Image,
        KeepTogether,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1
    W, H = letter
    margin = 0.9 * inch
    gap = 0.3 * inch
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.2, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    head = ParagraphStyle("head", fontName="Times-Bold", fontSize=11.5, leading=14, spaceBefore=7, spaceAfter=4)
    sub = ParagraphStyle("sub", parent=head, fontSize=10.5, spaceBefore=5)
    title = ParagraphStyle("title", fontName="Times-Bold", fontSize=16, leading=20, alignment=TA_CENTER,
                           spaceAfter=8)
    author = ParagraphStyle("author", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_CENTER)
    cap = ParagraphStyle("cap", fontName="Times-Roman", fontSize=9, leading=11, alignment=TA_JUSTIFY,
                         spaceBefore=3, spaceAfter=8)
    absstyle = ParagraphStyle("abs", parent=body, leftIndent=0.4 * inch, rightIndent=0.4 * inch)
    ref = ParagraphStyle("ref", parent=body, fontSize=9, leading=11)

    two = paper["columns"] == 2
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=letter, invariant=1, title=paper["title"], author=paper["authors"],
                          subject=paper.get("subject", "mlintern_nb example paper"),
                          creator=paper.get("creator", "examples/papers/build.py"),
                          producer="ReportLab", leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin)
    fw = W - 2 * margin
    top_h = 2.6 * inch

    def decorate(canvas, doc_):
        canvas.saveState()
        canvas.setFont("Times-Italic", 8.5)
        canvas.drawCentredString(W / 2, H - 0.55 * inch, paper["header"])
        canvas.setFont("Times-Roman", 9)
        canvas.drawCentredString(W / 2, 0.5 * inch, str(doc_.page))
        if paper.get("stamp") and doc_.page == 1:
            canvas.setFont("Times-Roman", 14)
            canvas.setFillColor(colors.grey)
            canvas.translate(0.45 * inch, 2.5 * inch)
            canvas.rotate(90)
            canvas.drawString(0, 0, paper["stamp"])
        canvas.restoreState()

    if two:
        cw = (fw - gap) / 2
        first = [Frame(margin, H - margin - top_h, fw, top_h, id="top"),
                 Frame(margin, margin, cw, H - 2 * margin - top_h, id="l1"),
                 Frame(margin + cw + gap, margin, cw, H - 2 * margin - top_h, id="r1")]
        later = [Frame(margin, margin, cw, H - 2 * margin, id="l"),
                 Frame(margin + cw + gap, margin, cw, H - 2 * margin, id="r")]
        colw = cw
    else:
        first = [Frame(margin, margin, fw, H - 2 * margin, id="one1")]
        later = [Frame(margin, margin, fw, H - 2 * margin, id="one")]
        colw = fw
    doc.addPageTemplates([PageTemplate("first", first, onPage=decorate),
                          PageTemplate("later", later, onPage=decorate)])

    story = [NextPageTemplate("later"), Paragraph(paper["title"], title),
             Paragraph(paper["authors"], author), Paragraph(f"<i>{paper['affil']}</i>", author),
             Spacer(1, 10), Paragraph("Abstract", ParagraphStyle("ah", parent=head, alignment=TA_CENTER)),
             Paragraph(paper["abstract"], absstyle)]
    if two:
        story.append(FrameBreak())

    png = architecture_png(paper["figure"]["boxes"]) if paper.get("figure") else b""
    img_w = colw
    img_h = img_w * 1.5 / 6.4

    def para(text):
        if text == "@FIGURE@":
            return [KeepTogether([Image(io.BytesIO(png), width=img_w, height=img_h),
                                  Paragraph(paper["figure"]["caption"], cap)])]
        table = re.fullmatch(r"@TABLE(?::(\d+))?@", text)
        if table:  # "@TABLE@" is paper["table"]; "@TABLE:k@" is paper["tables"][k]
            spec = paper["table"] if table.group(1) is None else paper["tables"][int(table.group(1))]
            t = Table(spec["rows"], hAlign="CENTER")
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 8.5),
                                   ("FONT", (0, 0), (-1, 0), "Times-Bold", 8.5),
                                   ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                   ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            return [KeepTogether([Paragraph(spec["caption"], cap), t, Spacer(1, 8)])]
        return [Paragraph(text, body)]

    for heading, paras in paper["sections"]:
        story.append(Paragraph(heading, sub if re.match(r"\d+\.\d", heading) else head))
        for t in paras:
            story.extend(para(t))
    story.append(Paragraph("References", head))
    story.extend(Paragraph(r, ref) for r in paper["references"])
    for heading, paras in paper["appendix"]:
        story.append(Paragraph(heading, head))
        for t in paras:
            story.extend(para(t))
    doc.build(story)
    return buf.getvalue()


# --------------------------------------------------------------------------- expected JSON
def _norm(s: str) -> str:  # the scorer's normalisation
    return re.sub(r"[^a-z0-9.]+", "", unicodedata.normalize("NFKC", s).lower())


def page_texts(data: bytes) -> list[str]:
    import logging

    import pypdf
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def locate(quote: str, pages: list[str]) -> int:
    """The one 1-based page whose text holds ``quote``; error if none or several."""
    q = _norm(re.sub(r"<[^>]+>", "", quote))
    hits = [i + 1 for i, t in enumerate(pages) if q in _norm(t)]
    if len(hits) != 1:
        raise SystemExit(f"quote {quote!r} found on pages {hits}, expected exactly one")
    return hits[0]


def expected_json(paper: dict, data: bytes) -> dict:
    exp = EXPECTED[paper["name"]]
    pages = page_texts(data)

    def g(value, quote, numbers=None):
        e = {"value": value, "page": locate(quote, pages), "quote": quote}
        if numbers:
            e["numbers"] = numbers
        return e

    fig_page = locate(paper["figure"]["caption"][:60], pages)
    tab_page = locate(paper["table"]["caption"], pages)
    return {
        "title": paper["title"],
        "authors": paper["authors"],
        "year": 2026,
        "task_family": exp["task_family"],
        "architecture": g(*exp["architecture"]),
        "loss": g(*exp["loss"]),
        "datasets": [g(v, q) for v, q in exp["datasets"]],
        "metrics": [g(v, q) for v, q in exp["metrics"]],
        "training": {name: {f: g(*t) for f, t in setup.items()} for name, setup in exp["training"].items()},
        "not_stated": exp["not_stated"],
        "reported_results": [{"metric": m, "value": v, "page": locate(q, pages), "quote": q}
                             for m, v, q in exp["reported"]],
        "figures": [{"label": "Figure 1", "page": fig_page, "caption": paper["figure"]["caption"],
                     "kind": "raster", "is_architecture": True}],
        "tables": [{"label": "Table 1", "page": tab_page, "caption": paper["table"]["caption"]}],
        "sections": [h for h, _ in paper["sections"]] + ["References"] + [h for h, _ in paper["appendix"]],
        "num_pages": len(pages),
        "paper_notes": exp["notes"],
    }


def build_all() -> dict[str, bytes]:
    out = {}
    for paper in (TINYREPRO, TINYTEXT):
        pdf = build_pdf(paper)
        out[f"{paper['name']}.pdf"] = pdf
        out[f"{paper['name']}.expected.json"] = (
            json.dumps(expected_json(paper, pdf), indent=1, ensure_ascii=False) + "\n").encode()
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    files = build_all()
    if "--check" in argv:
        bad = [n for n, b in files.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != b]
        for n in bad:
            print(f"{n}: differs from a fresh build", file=sys.stderr)
        return 1 if bad else 0
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"wrote {HERE / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
