"""Code shared by the notebook templates of several recipes (inserted into cells, so every
generated notebook stays self-contained)."""

WORDPIECE = r'''def build_wordpiece(texts, vocab_size, specials, lowercase=True, pretokenized=False):
    """A WordPiece vocabulary built on the fly, deterministically (tokenizers' WordPieceTrainer breaks ties
    differently run to run): specials, every character (+ ##char), then the most frequent words."""
    import collections
    norm, pre = normalizers.BertNormalizer(lowercase=lowercase), pre_tokenizers.BertPreTokenizer()
    counts = collections.Counter()
    for t in texts:
        words = t if pretokenized else [w for w, _ in pre.pre_tokenize_str(norm.normalize_str(t))]
        counts.update(words)
    chars = sorted({c for w in counts for c in w})
    vocab = list(specials) + chars + ["##" + c for c in chars]
    seen = set(vocab)
    vocab += [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if w not in seen][: max(0, vocab_size - len(vocab))]
    tok = Tokenizer(tk_models.WordPiece({w: i for i, w in enumerate(vocab)}, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer, tok.pre_tokenizer = norm, pre
    return tok

'''

# model-family names a language paper's title / architecture may state (first match wins)
TRANSFORMER_NAMES = ("DistilBERT", "RoBERTa", "LLaMA", "GPT-2", "BERT", "T5", "BART")
# paper datasets the sentence-level text recipes share: (regex, display name, hub id)
GLUE_LIKE = ((r"\bsst-?2\b|stanford sentiment", "SST-2", "glue:sst2"), (r"\bmnli\b|multinli", "MNLI", "glue:mnli"),
             (r"\bglue\b", "GLUE SST-2", "glue:sst2"))
PANG_LEE = (r"pang|sentence polarity|pang_lee", "Pang & Lee sentence polarity", "")
E2E = (r"\be2e\b", "E2E NLG Challenge", "e2e_nlg")
SAMSUM = (r"samsum", "SAMSum", "samsum")
