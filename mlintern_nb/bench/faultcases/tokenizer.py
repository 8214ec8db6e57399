"""Tokenizer issues: GPT-2-style byte-level BPE tokenizers (trained offline) have no pad token."""
COMMON = '''import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast, DataCollatorForLanguageModeling
from gensim.test.utils import datapath
torch.manual_seed(0)
texts = [l.split(" ", 1)[1] for l in open(datapath("pang_lee_polarity.cor"), encoding="latin-1").read().splitlines() if l]
def byte_bpe(special):
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    bpe.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=400, special_tokens=special, show_progress=False,
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    return bpe
def lm_losses(tok, batch, steps=15):
    model = GPT2LMHeadModel(GPT2Config(vocab_size=len(tok), n_positions=128, n_embd=32, n_layer=1, n_head=2))
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
    out = []
    for _ in range(steps):
        loss = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=labels).loss
        opt.zero_grad(); loss.backward(); opt.step()
        out.append(loss.item())
    return out
'''
TRAINS = "assert losses[-1] < losses[0], losses\n"

CASES = [
    dict(name="gpt2_style_padding", kind="tokenizer",
         broken='''tokenizer = PreTrainedTokenizerFast(tokenizer_object=byte_bpe(["<|endoftext|>"]), eos_token="<|endoftext|>",
                                    bos_token="<|endoftext|>")
batch = tokenizer(texts[:16], padding=True, truncation=True, max_length=48, return_tensors="pt")
losses = lm_losses(tokenizer, batch)
''', check=TRAINS + "assert tokenizer.pad_token == tokenizer.eos_token\n"),
    dict(name="no_eos_add_pad", kind="tokenizer",
         broken='''tok = PreTrainedTokenizerFast(tokenizer_object=byte_bpe([]))
enc = tok(texts[:16], padding="longest", truncation=True, max_length=48, return_tensors="pt")
losses = lm_losses(tok, enc)
''', check=TRAINS + "assert tok.pad_token is not None\n"),
    dict(name="collator_padding", kind="tokenizer",
         broken='''lm_tok = PreTrainedTokenizerFast(tokenizer_object=byte_bpe(["<|endoftext|>"]), eos_token="<|endoftext|>")
features = [lm_tok(t, truncation=True, max_length=48) for t in texts[:16]]
collate = DataCollatorForLanguageModeling(tokenizer=lm_tok, mlm=False)
batch = collate(features)
losses = lm_losses(lm_tok, batch)
''', check=TRAINS),
]
