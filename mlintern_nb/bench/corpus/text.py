"""Text faults: tokenizer vs embedding sizes, padding, truncation, position limits (tokenizers trained here)."""
COMMON = '''import numpy as np, torch
import torch.nn.functional as F
from torch import nn
from tokenizers import Tokenizer, models, pre_tokenizers, trainers
from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast
torch.manual_seed(0)
POS, NEG, FILL = ["good", "great", "fine", "superb"], ["bad", "awful", "poor", "dull"], ["the", "movie", "plot", "was", "a", "very", "film", "and"]
rng = np.random.default_rng(0)
def sentence(label, n):
    words = list(rng.choice(FILL, n)) + list(rng.choice(POS if label else NEG, 2))
    rng.shuffle(words)
    return " ".join(words)
labels = [int(i % 2) for i in range(240)]
texts = [sentence(l, int(rng.integers(3, 12))) for l in labels]
def word_tokenizer(special=("[PAD]", "[UNK]", "[CLS]", "[SEP]")):
    wl = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    wl.pre_tokenizer = pre_tokenizers.Whitespace()
    wl.train_from_iterator(texts, trainers.WordLevelTrainer(special_tokens=list(special)))
    return wl
def tiny_bert(vocab_size, **kw):
    cfg = dict(vocab_size=vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64,
               max_position_embeddings=64)
    cfg.update(kw)
    return BertForSequenceClassification(BertConfig(**cfg))
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"
TRAIN_BERT = '''opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
y = torch.tensor(labels)
losses = []
for step in range(25):
    idx = torch.randint(0, len(texts), (32,))
    out = model(input_ids=enc["input_ids"][idx], attention_mask=enc["attention_mask"][idx], labels=y[idx])
    opt.zero_grad(); out.loss.backward(); opt.step()
    losses.append(out.loss.item())
'''
KEEP = TRAINS + "assert model.config.hidden_size == 32 and opt.param_groups[0]['lr'] == 5e-3\n"
TOK = 'tok = PreTrainedTokenizerFast(tokenizer_object=word_tokenizer(), pad_token="[PAD]", unk_token="[UNK]")\n'

CASES = [
    dict(name="added_tokens_not_resized", kind="vocab_size",
         setup=[TOK + 'tok.add_tokens(["<movie_title>", "<actor>"])\ntexts = [t + " <actor>" for t in texts]\n'],
         broken="model = tiny_bert(tok.vocab_size)\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="model = tiny_bert(tok.vocab_size)\nmodel.resize_token_embeddings(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert model.get_input_embeddings().num_embeddings >= len(tok)\n",
         fix="tokens were added to the tokenizer: resize the model's embeddings to len(tokenizer)",
         preserve=["hidden_size=32", "lr=5e-3"],
         source="transformers issues: 'IndexError: index out of range in self' after tokenizer.add_tokens without resize_token_embeddings"),
    dict(name="config_vocab_hardcoded", kind="vocab_size",
         setup=[TOK],
         broken="model = tiny_bert(10)\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert model.config.vocab_size >= len(tok)\n",
         fix="the config's vocab_size must cover the tokenizer (len(tok))", preserve=["hidden_size=32", "lr=5e-3"],
         source="forum: a vocab_size copied from a tutorial smaller than the trained tokenizer"),
    dict(name="missing_pad_token", kind="tokenizer",
         setup=['tok = PreTrainedTokenizerFast(tokenizer_object=word_tokenizer(("[UNK]", "[EOS]")), unk_token="[UNK]", eos_token="[EOS]")\n'],
         broken="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="tok.pad_token = tok.eos_token\nmodel = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert tok.pad_token is not None\n",
         fix="the tokenizer has no pad token: use its EOS token for padding", preserve=["hidden_size=32"],
         source="transformers issues: 'Asking to pad but the tokenizer does not have a padding token'"),
    dict(name="ragged_batch_no_padding", kind="api_misuse",
         setup=[TOK],
         broken="model = tiny_bert(len(tok))\nenc = tok(texts, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert enc['input_ids'].shape[0] == len(texts)\n",
         fix="sequences of different lengths need padding=True to become one tensor", preserve=["hidden_size=32"],
         source="transformers issues: 'Unable to create tensor, you should probably activate truncation and/or padding'"),
    dict(name="position_limit_below_max_length", kind="shape_mismatch",
         setup=[TOK + "MAX_LEN = 32\n"],
         broken="model = tiny_bert(len(tok), max_position_embeddings=16)\nenc = tok(texts, padding='max_length', max_length=MAX_LEN, truncation=True, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="model = tiny_bert(len(tok), max_position_embeddings=MAX_LEN)\nenc = tok(texts, padding='max_length', max_length=MAX_LEN, truncation=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert enc['input_ids'].shape[1] == 32, 'the paper uses 32-token inputs'\nassert model.config.max_position_embeddings >= 32\n",
         fix="the model's max_position_embeddings must cover the paper's max_length=32 (do not shorten the inputs)",
         preserve=["max_length=32", "hidden_size=32"],
         source="issues: 'The size of tensor a (32) must match the size of tensor b (16)' from position embeddings"),
    dict(name="forward_without_labels", kind="api_misuse",
         setup=[TOK],
         broken=("model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT.replace(
             ", labels=y[idx])", ")")),
         fixed="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP, fix="the model computes .loss only when labels= is passed", preserve=["hidden_size=32"],
         source="forum: \"'NoneType' object has no attribute 'backward'\" — out.loss is None without labels"),
    dict(name="encodings_as_lists", kind="api_misuse",
         setup=[TOK],
         broken="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True)\n" + TRAIN_BERT,
         fixed="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert torch.is_tensor(enc['input_ids'])\n",
         fix="ask the tokenizer for tensors (return_tensors='pt')", preserve=["hidden_size=32"],
         source="Q&A: 'only integer tensors of a single element can be converted to an index' / lists passed to a model"),
    dict(name="char_vocab_unknown_char", kind="unknown",
         setup=["chars = sorted(set(''.join(texts[:200])))\nstoi = {c: i + 1 for i, c in enumerate(chars)}     # 0 = padding\n"],
         broken='''test_texts = texts[200:] + ["the movie was superb!"]
def encode(t, n=48):
    ids = [stoi[c] for c in t][:n]
    return ids + [0] * (n - len(ids))
test_ids = torch.tensor([encode(t) for t in test_texts])
''',
         fixed='''test_texts = texts[200:] + ["the movie was superb!"]
def encode(t, n=48):
    ids = [stoi.get(c, 0) for c in t][:n]
    return ids + [0] * (n - len(ids))
test_ids = torch.tensor([encode(t) for t in test_texts])
''',
         check="assert test_ids.shape == (41, 48) and len(stoi) == len(chars) and int(test_ids.max()) <= len(stoi)\n",
         fix="characters unseen in training map to the padding/unknown id (stoi.get(c, 0)); keep the vocabulary",
         preserve=["vocabulary from the training texts", "48-character inputs"],
         source="char-RNN notebooks: KeyError on a character that only the test text contains"),
    dict(name="padding_idx_out_of_range", kind="api_misuse",
         setup=[TOK],
         broken='''vocab = len(tok)
emb = nn.Embedding(vocab, 16, padding_idx=vocab)
head = nn.Linear(16, 2)
enc = tok(texts, padding=True, return_tensors="pt")
y = torch.tensor(labels)
opt = torch.optim.Adam(list(emb.parameters()) + list(head.parameters()), lr=0.01)
losses = []
for step in range(40):
    idx = torch.randint(0, len(texts), (32,))
    loss = F.cross_entropy(head(emb(enc["input_ids"][idx]).mean(1)), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''vocab = len(tok)
emb = nn.Embedding(vocab, 16, padding_idx=tok.pad_token_id)
head = nn.Linear(16, 2)
enc = tok(texts, padding=True, return_tensors="pt")
y = torch.tensor(labels)
opt = torch.optim.Adam(list(emb.parameters()) + list(head.parameters()), lr=0.01)
losses = []
for step in range(40):
    idx = torch.randint(0, len(texts), (32,))
    loss = F.cross_entropy(head(emb(enc["input_ids"][idx]).mean(1)), y[idx])
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert emb.num_embeddings == len(tok) and emb.padding_idx == tok.pad_token_id\n",
         fix="padding_idx is the tokenizer's pad id (inside the vocabulary)", preserve=["embedding size 16"],
         source="Q&A: 'Padding_idx must be within num_embeddings'"),
    dict(name="gpt2_vocab_smaller_than_tokenizer", kind="vocab_size",
         setup=[TOK],
         broken='''from transformers import GPT2Config, GPT2LMHeadModel
lm = GPT2LMHeadModel(GPT2Config(vocab_size=8, n_positions=32, n_embd=32, n_layer=1, n_head=2))
enc = tok(texts, padding=True, return_tensors="pt")
opt = torch.optim.AdamW(lm.parameters(), lr=5e-3)
losses = []
for step in range(20):
    idx = torch.randint(0, len(texts), (16,))
    ids = enc["input_ids"][idx]
    loss = lm(input_ids=ids, labels=ids.masked_fill(enc["attention_mask"][idx] == 0, -100)).loss
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         fixed='''from transformers import GPT2Config, GPT2LMHeadModel
lm = GPT2LMHeadModel(GPT2Config(vocab_size=len(tok), n_positions=32, n_embd=32, n_layer=1, n_head=2))
enc = tok(texts, padding=True, return_tensors="pt")
opt = torch.optim.AdamW(lm.parameters(), lr=5e-3)
losses = []
for step in range(20):
    idx = torch.randint(0, len(texts), (16,))
    ids = enc["input_ids"][idx]
    loss = lm(input_ids=ids, labels=ids.masked_fill(enc["attention_mask"][idx] == 0, -100)).loss
    opt.zero_grad(); loss.backward(); opt.step()
    losses.append(loss.item())
''',
         check=TRAINS + "assert lm.config.vocab_size >= len(tok) and lm.config.n_embd == 32 and lm.config.n_layer == 1\n",
         fix="the LM's vocab_size must cover the tokenizer", preserve=["n_embd=32", "n_layer=1"],
         source="issues: GPT-2 trained with a new tokenizer larger than the config's vocab_size (index out of range)"),
    dict(name="seq_classifier_two_labels_three_classes", kind="label_count",
         setup=[TOK + "labels = [i % 3 for i in range(len(texts))]   # positive / negative / neutral\n"],
         broken="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="model = tiny_bert(len(tok), num_labels=3)\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         check="assert model.config.num_labels == 3 and model.config.hidden_size == 32 and len(losses) == 25\n",
         fix="three sentiment classes: num_labels=3", preserve=["hidden_size=32"],
         source="transformers forum: fine-tuning a 3-class dataset with the default 2-label head"),
    dict(name="no_truncation_long_text", kind="shape_mismatch",
         setup=[TOK + "texts = texts[:-1] + [' '.join(['very'] * 80 + ['good', 'great'])]   # one long review\n"],
         broken="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, return_tensors='pt')\n" + TRAIN_BERT,
         fixed="model = tiny_bert(len(tok))\nenc = tok(texts, padding=True, truncation=True, max_length=model.config.max_position_embeddings, return_tensors='pt')\n" + TRAIN_BERT,
         check=KEEP + "assert model.config.max_position_embeddings == 64 and enc['input_ids'].shape[1] <= 64\n",
         fix="truncate inputs to the model's 64 positions (truncation=True, max_length=64)",
         preserve=["max_position_embeddings=64"],
         source="issues: a single long text exceeds the position embeddings ('index out of range' / size mismatch)"),
]
