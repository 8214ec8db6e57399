"""The seq2seq recipe's model cells for the paper's own encoder-decoder from the architecture registry: a
transformers encoder-decoder (BART, the original Transformer) with the data cell's special tokens, or a network
written in the cell (LSTM encoder-decoder, RNN encoder-decoder with attention, ConvS2S) with its teacher-forced
loss and greedy decoding."""
from __future__ import annotations

import re

from .base import notebook_model_code, paper_model

MODEL_PAPER = r'''
# Model: the paper's own architecture, {name} (mlintern_nb.plan.architectures), random init; the special
# tokens of the word-level vocabulary built in the data cell
{code}
MODEL_NOTE = "{name} built from its config, random init (trained from scratch)"
if gradient_checkpointing:
    model.gradient_checkpointing_enable()

def compute_loss(model, batch):
    src, mask, tgt = batch
    return model(input_ids=src, attention_mask=mask, labels=tgt).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

_SPECIAL = ("config.update(dict(pad_token_id=PAD, bos_token_id=BOS, eos_token_id=EOS, decoder_start_token_id=BOS, "
            "forced_eos_token_id=None, max_position_embeddings=max(config.max_position_embeddings, 2 * max_seq_length)))\n")

# The teacher-forced loss every cell-written encoder-decoder shares; {args} is "" or ", mask" (the model's forward)
_TEACHER_FORCED = '''def _decoder_inputs(tgt):  # <s> then the target shifted right; the -100 padding of the labels becomes PAD
    t = tgt.masked_fill(tgt == -100, PAD)
    return torch.cat([torch.full_like(t[:, :1], BOS), t[:, :-1]], dim=1)

def compute_loss(model, batch):
    src, mask, tgt = batch
    logits = model(src, _decoder_inputs(tgt){args})
    return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt.reshape(-1), ignore_index=-100)
'''

MODEL_LSTM = r'''
# Model: the paper's own architecture, {name} (plain torch nn.LSTM, mlintern_nb.plan.architectures),
# random init; trained with teacher forcing, decoded greedily
{code}
MODEL_NOTE = "{name} built in the cell, random init (trained from scratch)"

{teacher_forced}
def _greedy(self, input_ids, max_new_tokens, **_):
    """Greedy decoding: the encoder's final state starts the decoder at <s>; stops at </s>."""
    _, state = self.encoder(self.src_emb(input_ids))
    tok = torch.full((input_ids.size(0), 1), BOS, dtype=torch.long, device=input_ids.device)
    out, done = [tok], torch.zeros(input_ids.size(0), dtype=torch.bool, device=input_ids.device)
    for _ in range(max_new_tokens):
        y, state = self.decoder(self.tgt_emb(tok), state)
        tok = self.out(y[:, -1]).argmax(-1, keepdim=True).masked_fill(done[:, None], PAD)
        out.append(tok); done |= tok.squeeze(1) == EOS
        if done.all():
            break
    return torch.cat(out, dim=1)

model.generate = _greedy.__get__(model)
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''


MODEL_ATTENTION = r'''
# Model: the paper's own architecture, {name} (plain torch, mlintern_nb.plan.architectures), random init;
# trained with teacher forcing, decoded greedily; ATTENTION (config cell) switches the decoder's attention
{code}
MODEL_NOTE = "{name} built in the cell, random init (trained from scratch)" + ("" if ATTENTION else "; attention off: fixed context")

{teacher_forced}
def _greedy(self, input_ids, max_new_tokens, attention_mask=None, **_):
    """Greedy decoding from <s>, one step of the decoder cell at a time; stops at </s>."""
    h, keys, mask, summary, state = self.encode(input_ids, attention_mask)
    tok = torch.full((input_ids.size(0),), BOS, dtype=torch.long, device=input_ids.device)
    out, done = [tok], torch.zeros(input_ids.size(0), dtype=torch.bool, device=input_ids.device)
    for _ in range(max_new_tokens):
        logits, state = self.step(tok, state, (h, keys, mask, summary))
        tok = logits.argmax(-1).masked_fill(done, PAD)
        out.append(tok); done |= tok == EOS
        if done.all():
            break
    return torch.stack(out, dim=1)

model.generate = _greedy.__get__(model)
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

MODEL_CONV = r'''
# Model: the paper's own architecture, {name} (plain torch, mlintern_nb.plan.architectures), random init;
# trained with teacher forcing, decoded greedily (the causal decoder re-reads the prefix at each step)
{code}
MODEL_NOTE = "{name} built in the cell, random init (trained from scratch)"

{teacher_forced}
def _greedy(self, input_ids, max_new_tokens, attention_mask=None, **_):
    """Greedy decoding from <s>; stops at </s>."""
    memory = self.encode(input_ids, attention_mask)
    out = torch.full((input_ids.size(0), 1), BOS, dtype=torch.long, device=input_ids.device)
    done = torch.zeros(input_ids.size(0), dtype=torch.bool, device=input_ids.device)
    for _ in range(max_new_tokens):
        tok = self.decode(out, memory)[:, -1].argmax(-1).masked_fill(done, PAD)
        out = torch.cat([out, tok[:, None]], 1); done |= tok == EOS
        if done.all():
            break
    return out

model.generate = _greedy.__get__(model)
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

RECURRENT_KINDS = ("lstm_seq2seq", "rnn_attention_seq2seq")
CELL_KINDS = RECURRENT_KINDS + ("convs2s",)  # written in the cell: forward(src, tgt_in[, mask]) -> logits
_GLUE = {"lstm_seq2seq": MODEL_LSTM, "rnn_attention_seq2seq": MODEL_ATTENTION, "convs2s": MODEL_CONV}


def paper_encoder_decoder(spec):
    """The paper's own encoder-decoder from the registry (BART, the original Transformer, a deep LSTM
    encoder-decoder), or None when the registry resolves none or a model this recipe cannot train."""
    return paper_model(spec, lambda a: a.kind in CELL_KINDS or any(
        k in a.model_code("smoke", vocab_size=1000) for k in ("ForConditionalGeneration(", "MTModel(")), vocab_size=1000)


def paper_model_cell(pa, profile: str) -> str:
    runtime = {"attention": "ATTENTION"} if pa.kind == "rnn_attention_seq2seq" else {}
    code = notebook_model_code(pa, profile, vocab_size="VOCAB_SIZE", **runtime)
    if pa.kind in CELL_KINDS:  # one shared word vocabulary: the source side must hold it too
        code = re.sub(r"src_vocab=(\d+)", r"src_vocab=max(\1, VOCAB_SIZE)", code)
        loss = _TEACHER_FORCED.replace("{args}", "" if pa.kind == "lstm_seq2seq" else ", mask")
        return _GLUE[pa.kind].replace("{teacher_forced}", loss).replace("{code}", code).replace("{name}", pa.name)
    code = code.replace("\nmodel = ", "\n" + _SPECIAL + "model = ", 1)
    return MODEL_PAPER.replace("{code}", code).replace("{name}", pa.name)
