"""Pre-training objectives for the text-classification recipe's claim arms: a paper whose claim is about
how an encoder is *pre-trained* (masked LM vs left-to-right LM, permutation LM vs masked LM, distillation
from a teacher, or pre-training itself vs none when the claim credits pre-training for its gains) gets arms that pre-train the same encoder on the same unlabelled text with the same
budget and seed, each with its objective, then fine-tune identically on the sentence task.

The rules key on method words a whole class of papers uses (bidirectional / masked LM vs left-to-right,
knowledge distillation, "retains N %"), and on the encoder family the registry builds (an XLNet-family
encoder is pre-trained by permutation LM), never on a paper's title.
"""
from __future__ import annotations

import re

#: the baselines these arms run (the planner looks for the paper's sentence that compares with one)
BASELINES = r"left-to-right|\bunidirectional\b|\bmasked language model\w*|\bdistil\w*|\bteacher\b"

_BIDIRECTIONAL = re.compile(r"\bbidirectional\b|\bmasked (?:language model\w*|LM)\b|\bMLM\b|\bcloze\b", re.I)
_LEFT_TO_RIGHT = re.compile(r"left-to-right|\bunidirectional\b|\bLTR\b|\bleft-context-only\b", re.I)
_MASKED_BASELINE = re.compile(r"\bBERT\b|\bmasked (?:language model\w*|LM)\b|\bdenoising auto-?encod\w*", re.I)
_DISTILLATION = re.compile(r"\bdistil\w*|\bteacher\b|\bstudent\b", re.I)
_PARITY = re.compile(r"\bcomparable\b|\bon par\b|\bmatch(?:es|ing)?\b|\bretain\w*\b|\bcompetitive\b|"
                     r"\bwithout (?:\w+ )?(?:hurting|loss|sacrific\w*)", re.I)
_RETAINS = re.compile(r"\bretain\w*\s+(\d{2}(?:\.\d+)?)\s?%")
# the claim credits pre-training itself for the result ("gains ... realized by generative pre-training of a
# language model, followed by fine-tuning"): the paper's own comparison is with the same model not pre-trained
_BY_PRETRAINING = re.compile(r"\b(?:by|through|via|with|from|of)\s+(?:[\w-]+\s+){0,3}pre-?train(?:ing|ed)\b|"
                             r"\bpre-?training\b[^.;]{0,120}\b(?:outperform\w*|improv\w*|better than)\b", re.I)
_GENERATIVE = re.compile(r"\bgenerative\b|\blanguage model(?:ing|s)?\b|\bautoregressive\b|\bnext[\s-]token\b|"
                         r"left-to-right", re.I)
#: the encoder families whose own objective is permutation language modelling
PERMUTATION_ENCODERS = ("xlnet",)
#: encoders with a left-to-right LM head in transformers (None: the recipe's BERT template)
CAUSAL_ENCODERS = (None, "roberta", "electra")
#: model families that are left-to-right LMs themselves: pre-trained by their own (next-token) objective
CAUSAL_LMS = ("gpt", "openai-gpt", "gpt2", "gpt_neo", "llama", "mistral")
DEFAULT_MARGIN = 0.03  # "comparable" with no stated share: 3 % of the teacher's score (default: not stated)


def retained_share(words: str, sentences=tuple) -> tuple[float, str] | None:
    """``(margin, where)`` from "retains N %" in the claim words, else in the paper's first-page sentences
    (``sentences()``: ``(page, sentence)`` pairs, read only when the claim words state no share)."""
    m = _RETAINS.search(words)
    if m:
        return round(1 - float(m.group(1)) / 100, 4), f"the claim: {m.group(0)!r}"
    for page, sent in sentences():
        m = _RETAINS.search(sent)
        if m:
            return round(1 - float(m.group(1)) / 100, 4), f"p. {page}: {m.group(0)!r}"
    return None


def choose(words: str, encoder_kind: str | None, sentences=tuple) -> tuple[list[dict], str]:
    """The arms for the claim ``words`` (claim + baseline sentence) and the paper's encoder family, with a
    note on the reading; ``([], "")`` when the claim is not about a pre-training objective these arms run."""
    common = {"metric": "accuracy", "higher_is_better": True}
    if encoder_kind in PERMUTATION_ENCODERS and _MASKED_BASELINE.search(words):
        return ([dict(common, name="masked LM (BERT-style)", role="baseline", overrides={"PRETRAIN_OBJECTIVE": "mlm"}),
                 dict(common, name="permutation LM", role="proposed", overrides={"PRETRAIN_OBJECTIVE": "plm"})],
                "the claim compares the encoder's permutation-LM pre-training with BERT's masked LM: both arms pre-train "
                "the same encoder on the same text, steps and seed (masked LM: 15 % of tokens masked, predicted with "
                "full attention; permutation LM: transformers' permutation collator, two-stream attention), then "
                "fine-tune identically")
    if _DISTILLATION.search(words):
        if _PARITY.search(words):
            margin, where = retained_share(words, sentences) or (DEFAULT_MARGIN, "default: not stated in the claim")
            return ([dict(common, name="teacher (twice the layers, masked LM)", role="baseline",
                          overrides={"PRETRAIN_OBJECTIVE": "teacher"}),
                     dict(common, name="distilled student (half the layers)", role="proposed", kind="not worse",
                          margin=margin, overrides={"PRETRAIN_OBJECTIVE": "distil"})],
                    f"the claim is parity with the teacher (not worse, margin {margin:g}, {where}): the teacher (twice "
                    "the student's layers) is pre-trained with masked LM; the student starts from one teacher layer out "
                    "of two and is pre-trained with the distillation + masked-LM + cosine loss on the same text; both "
                    "are fine-tuned identically")
        return ([dict(common, name="student, masked LM alone", role="baseline", overrides={"PRETRAIN_OBJECTIVE": "mlm"}),
                 dict(common, name="student, distilled", role="proposed", overrides={"PRETRAIN_OBJECTIVE": "distil"})],
                "the claim is that distillation pre-trains a better small model: the same student is pre-trained with "
                "masked LM alone vs with the distillation + masked-LM + cosine loss from a teacher of twice its depth")
    if encoder_kind in CAUSAL_ENCODERS and _BIDIRECTIONAL.search(words) and _LEFT_TO_RIGHT.search(words):
        return ([dict(common, name="left-to-right LM", role="baseline", overrides={"PRETRAIN_OBJECTIVE": "ltr"}),
                 dict(common, name="masked LM (bidirectional)", role="proposed", overrides={"PRETRAIN_OBJECTIVE": "mlm"})],
                "the claim is that bidirectional (masked-LM) pre-training beats a left-to-right LM: the same encoder "
                "is pre-trained on the same text, steps and seed with each objective (left-to-right: causal attention "
                "mask, next-token loss, kept causal when fine-tuning as in the paper's ablation), then fine-tuned "
                "identically")
    if _BY_PRETRAINING.search(words):
        # the same model with zero pre-training steps is the baseline (same architecture, mask and fine-tuning)
        objective = "ltr" if encoder_kind in CAUSAL_LMS or (
            _GENERATIVE.search(words) and encoder_kind in CAUSAL_ENCODERS) else "mlm"
        reading = "left-to-right LM" if objective == "ltr" else "masked LM"
        return ([dict(common, name="no pre-training (same model, random init)", role="baseline",
                      overrides={"PRETRAIN_OBJECTIVE": objective, "PRETRAIN_STEPS": 0}),
                 dict(common, name=f"pre-trained ({reading}), then fine-tuned", role="proposed",
                      overrides={"PRETRAIN_OBJECTIVE": objective})],
                f"the claim credits pre-training for the gains: the same model is fine-tuned identically after "
                f"{reading} pre-training on unlabelled text vs after none (zero pre-training steps: same architecture"
                f"{', causal mask' if objective == 'ltr' else ''} and fine-tuning, random init)")
    return [], ""


def config_lines(steps: int) -> list[str]:
    return ["PRETRAIN_OBJECTIVE = 'none'  # the main run fine-tunes from random init; the claim's arms pre-train "
            "(mlm | ltr | plm | distil | teacher)",
            f"PRETRAIN_STEPS = {steps}  # pre-training steps per arm, same text / batch / seed for each"]


PRETRAIN = r'''
# Pre-training (the claim's arms): PRETRAIN_OBJECTIVE on unlabelled text (gensim's lee_background.cor news
# sentences + the training sentences without labels), then the encoder's weights go into the classifier above
import copy
import re as _re
from transformers import (AutoModelForCausalLM, AutoModelForMaskedLM, DataCollatorForLanguageModeling,
                          DataCollatorForPermutationLanguageModeling, PreTrainedTokenizerFast)
_PRETRAINED = globals().setdefault("_PRETRAINED", {})  # teachers per (seed, steps): both arms use the same one

def pretrain_corpus():
    from gensim.test.utils import datapath
    with open(datapath("lee_background.cor"), encoding="latin-1") as fh:
        news = [s for doc in fh for s in _re.split(r"(?<=[.!?])\s+", doc.strip()) if len(s.split()) >= 5]
    return news + list(train_texts)

def encoder_of(m):
    return m.base_model if hasattr(m, "base_model") else m.bert

def lm_for(cfg, objective):
    cfg = copy.deepcopy(cfg)
    if objective == "ltr":
        cfg.is_decoder, cfg.use_cache = True, False
    if objective in ("ltr", "plm") or type(cfg) not in AutoModelForMaskedLM._model_mapping:
        return AutoModelForCausalLM.from_config(cfg)  # XLNet: its LM head; masked LM = no permutation mask
    return AutoModelForMaskedLM.from_config(cfg)

def deeper(cfg, factor=2):
    cfg = copy.deepcopy(cfg)
    cfg.num_hidden_layers = factor * cfg.num_hidden_layers
    return cfg

def one_layer_of_two(state):
    """The student's initialisation from the teacher (DistilBERT): teacher layer 2i becomes student layer i."""
    out = {}
    for k, v in state.items():
        m = _re.search(r"\blayer\.(\d+)\.", k)
        if m is None:
            out[k] = v
        elif int(m.group(1)) % 2 == 0:
            out[k[:m.start(1)] + str(int(m.group(1)) // 2) + k[m.end(1):]] = v
    return out

def run_pretraining(lm, objective, teacher=None, steps=None):
    lm_tok = tokenizer if tokenizer is not None else PreTrainedTokenizerFast(
        tokenizer_object=wp, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]",
        mask_token="[MASK]")
    mlm = DataCollatorForLanguageModeling(lm_tok, mlm_probability=0.15)
    plm = DataCollatorForPermutationLanguageModeling(lm_tok, plm_probability=1 / 6, max_span_length=5)
    ids, mask = encode(pretrain_corpus())
    special = torch.tensor(sorted(set(lm_tok.all_special_ids)))
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(ids, mask), batch_size=batch_size,
                                         shuffle=True, drop_last=True, generator=torch.Generator().manual_seed(seed))
    opt = torch.optim.AdamW(lm.parameters(), lr=learning_rate, weight_decay=weight_decay)
    steps = steps or PRETRAIN_STEPS
    if not steps:  # the no-pre-training baseline: zero steps, the model keeps its random init
        print(f"pre-training ({objective}): 0 steps - the model is fine-tuned from its random init")
        return lm.to(DEVICE).eval()
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / max(1, warmup_steps)) * max(0.0, 1 - s / steps))
    lm.to(DEVICE).train(); done, pt_losses = 0, []
    while done < steps:
        for x, m in loader:
            if objective == "plm":  # XLNet: a factorisation order per sequence, predict the last sixth of it
                inp, perm, target, labels = plm.torch_mask_tokens(x.clone())
                out = lm(input_ids=inp.to(DEVICE), attention_mask=m.to(DEVICE), perm_mask=perm.to(DEVICE),
                         target_mapping=target.to(DEVICE), labels=labels.to(DEVICE))
            elif objective == "ltr":  # next-token loss under the causal mask (labels shifted inside the model)
                out = lm(input_ids=x.to(DEVICE), attention_mask=m.to(DEVICE),
                         labels=x.masked_fill(m == 0, -100).to(DEVICE))
            else:  # masked LM: 15 % of the tokens, 80 % [MASK] / 10 % random / 10 % kept
                inp, labels = mlm.torch_mask_tokens(x.clone(), special_tokens_mask=torch.isin(x, special))
                out = lm(input_ids=inp.to(DEVICE), attention_mask=m.to(DEVICE), labels=labels.to(DEVICE),
                         output_hidden_states=teacher is not None)
            loss = out.loss
            if teacher is not None:  # DistilBERT's triple loss: 5 x soft-target KL (T=2) + 2 x masked LM + 1 x cosine
                with torch.no_grad():
                    t = teacher(input_ids=inp.to(DEVICE), attention_mask=m.to(DEVICE), output_hidden_states=True)
                keep = m.to(DEVICE).bool()
                kl = torch.nn.functional.kl_div(torch.log_softmax(out.logits[keep] / 2.0, -1),
                                                torch.softmax(t.logits[keep] / 2.0, -1), reduction="batchmean") * 4.0
                cos = 1 - torch.nn.functional.cosine_similarity(out.hidden_states[-1][keep], t.hidden_states[-1][keep]).mean()
                loss = 5.0 * kl + 2.0 * loss + 1.0 * cos
            opt.zero_grad(); loss.backward()
            torch.nn.utils.clip_grad_norm_(lm.parameters(), max_grad_norm or 1.0)
            opt.step(); sched.step(); done += 1; pt_losses.append(loss.item())
            if done >= steps:
                break
    print(f"pre-training ({objective}{', distilled' if teacher is not None else ''}): {steps} steps, "
          f"loss {sum(pt_losses[:5]) / 5:.3f} -> {sum(pt_losses[-5:]) / 5:.3f}")
    return lm.eval()

def pretrained_teacher(cfg):
    key = (seed, PRETRAIN_STEPS, cfg.num_hidden_layers)
    teacher = lm_for(deeper(cfg), "mlm")
    if key not in _PRETRAINED:
        torch.manual_seed(seed)
        _PRETRAINED[key] = copy.deepcopy(run_pretraining(teacher, "mlm").state_dict())
    teacher.load_state_dict(_PRETRAINED[key])
    return teacher.to(DEVICE).eval()

if PRETRAIN_OBJECTIVE != "none":
    if PRETRAIN_OBJECTIVE == "teacher":  # the classifier itself gets the teacher's depth
        lm = pretrained_teacher(model.config)
        model = type(model)(deeper(model.config))
    elif PRETRAIN_OBJECTIVE == "distil":
        teacher = pretrained_teacher(model.config)
        lm = lm_for(model.config, "mlm")
        lm.load_state_dict(one_layer_of_two(teacher.state_dict()))
        lm = run_pretraining(lm, "mlm", teacher=teacher)
    else:
        lm = run_pretraining(lm_for(model.config, PRETRAIN_OBJECTIVE), PRETRAIN_OBJECTIVE)
    if PRETRAIN_OBJECTIVE == "ltr":  # the paper's LTR ablation keeps the left-only mask when fine-tuning; the
        model = type(model)(lm.config)  # causal mask is fixed when the layers are built, so rebuild as a decoder
    loaded = encoder_of(model).load_state_dict(encoder_of(lm).state_dict(), strict=False)  # a checkpoint's pooler stays
    if loaded.unexpected_keys or any("pooler" not in k for k in loaded.missing_keys):
        raise RuntimeError(f"pre-trained encoder does not fit the classifier: {loaded}")
    MODEL_NOTE += f"; encoder pre-trained ({PRETRAIN_OBJECTIVE}, {PRETRAIN_STEPS} steps) before fine-tuning"
    print(MODEL_NOTE)
'''
