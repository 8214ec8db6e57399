"""Rebuild movie_snippets.tsv, the offline text-classification stand-in, from vaderSentiment's sdist.

    pip download --no-deps --no-binary :all: vaderSentiment==3.3.2 -d /tmp/vader
    python -m mlintern_nb.plan.data.build_movie_snippets /tmp/vader/vaderSentiment-3.3.2.tar.gz

The sdist carries additional_resources/hutto_ICWSM_2014.tar.gz (MIT, Hutto & Gilbert 2014) with
movieReviewSnippets_GroundTruth.txt: 10,605 rotten-tomatoes review sentences from Pang & Lee's movie-review
corpus, each with the mean of >= 20 human ratings on -4..+4 (tab-separated id, rating, text). We keep
label 1 for rating >= +1.0, label 0 for rating <= -1.0 (near-neutral ones dropped), and take a balanced
subset: per label, the snippets with the smallest sha256 of their id (deterministic, order-free).
Output: label<TAB>text lines, sorted by (label, id).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEMBER = "movieReviewSnippets_GroundTruth.txt"
PER_LABEL = 1000
THRESHOLD = 1.0


def _ground_truth(src: Path) -> str:
    if src.suffix == ".txt":
        return src.read_text(encoding="utf-8")
    with tarfile.open(src) as outer:
        inner = next(m for m in outer.getmembers() if m.name.endswith("hutto_ICWSM_2014.tar.gz"))
        with tarfile.open(fileobj=io.BytesIO(outer.extractfile(inner).read())) as tf:
            member = next(m for m in tf.getmembers() if m.name.endswith(MEMBER))
            return tf.extractfile(member).read().decode("utf-8")


def select(text: str, per_label: int = PER_LABEL, threshold: float = THRESHOLD) -> list[tuple[int, str]]:
    by_label: dict[int, list] = {0: [], 1: []}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[2].strip():
            continue
        sid, rating, snippet = parts[0].strip(), float(parts[1]), " ".join(parts[2].split())
        if rating >= threshold or rating <= -threshold:
            by_label[int(rating > 0)].append((hashlib.sha256(sid.encode()).hexdigest(), int(sid), snippet))
    rows = []
    for label in (0, 1):
        chosen = sorted(by_label[label])[:per_label]
        rows += [(label, snippet) for _, _, snippet in sorted(chosen, key=lambda r: r[1])]
    return rows


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="vaderSentiment-3.3.2.tar.gz or movieReviewSnippets_GroundTruth.txt")
    ap.add_argument("-o", "--output", type=Path, default=HERE / "movie_snippets.tsv")
    ap.add_argument("--per-label", type=int, default=PER_LABEL)
    args = ap.parse_args(argv)
    rows = select(_ground_truth(args.source), args.per_label)
    args.output.write_text("".join(f"{label}\t{snippet}\n" for label, snippet in rows), encoding="utf-8")
    print(f"{args.output}: {len(rows)} snippets, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
