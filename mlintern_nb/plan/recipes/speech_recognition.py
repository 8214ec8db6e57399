"""speech-recognition: an acoustic model on the raw 16 kHz waveform with a CTC head over characters — wav2vec 2.0
(``Wav2Vec2Config`` + ``Wav2Vec2ForCTC``, random init, offline), or the paper's own speech encoder from the
architecture registry (HuBERT, a Conformer); metrics: greedy-decoded word and character error rate.

Offline stand-in (there is no speech corpus offline): utterances made in the cell, deterministically — short
words of gensim's lee_background.cor, each character a burst of its own chord of tones and random length, words
apart by silence, noise and loudness varied. The paper's own comparison, when its claim credits
self-supervised pre-training of the encoder: the same model pre-trained with its own objective (wav2vec 2.0's
contrastive task over quantised latents, masked spans) on unlabelled stand-in audio vs not pre-trained, then
identical CTC fine-tuning; word error rate decides."""
from __future__ import annotations

import re

from ..claims import claim_words, contribution
from .base import Recipe, notebook_model_code, paper_model

SPEECH_KINDS = ("wav2vec2", "hubert", "conformer")
#: encoders transformers has a pre-training class for (the contrastive objective over quantised latents)
PRETRAIN_CLASSES = {"wav2vec2": "Wav2Vec2ForPreTraining", "conformer": "Wav2Vec2ConformerForPreTraining"}
PRETRAIN_STEPS = {"smoke": 20, "full": 400000}  # per arm; full: the paper-scale BASE budget (default: not stated)

DATA = r'''
# Data: utterances -> 16 kHz waveforms and character transcripts for CTC ('|' between words; id 0 = blank = padding)
import collections
import re as _re
if data_dir:
    raise NotImplementedError("data_dir for speech: load (waveform at 16 kHz, transcript) pairs into train_ds / "
                              "eval_ds here, as lists of (np.float32 array, lower-case text)")
from gensim.test.utils import datapath
SR = ARCH["sample_rate"]
with open(datapath("lee_background.cor"), encoding="latin-1") as fh:
    _counts = collections.Counter(w for w in _re.findall(r"[a-z]+", fh.read().lower()) if 2 <= len(w) <= ARCH["max_word_chars"])
LEXICON = sorted(w for w, _ in _counts.most_common(ARCH["lexicon_size"]))
CHARS = sorted(set("".join(LEXICON)))
VOCAB = ["<pad>", "|"] + CHARS
VOCAB_SIZE = len(VOCAB)
CHAR_ID = {c: i for i, c in enumerate(VOCAB)}
# each character a chord: its index in binary over log-spaced frequency bands (bit b set: band b sounds)
BANDS = [700.0 * 8.0 ** (b / 4) for b in range(max(1, len(CHARS)).bit_length())]
CHORD = {c: [f for b, f in enumerate(BANDS) if (i + 1) >> b & 1] for i, c in enumerate(CHARS)}

def render(text, rng):
    """One utterance: each character a burst of its chord (each tone +-2 %, random phase) for 40-60 ms, 75-125 ms
    of silence between words, random loudness, white noise; normalised to zero mean and unit variance."""
    parts = [np.zeros(int(rng.integers(SR // 40, SR // 13)))]
    for k, word in enumerate(text.split()):
        if k:
            parts.append(np.zeros(int(rng.integers(SR * 3 // 40, SR // 8))))
        for c in word:
            n = int(rng.integers(int(0.04 * SR), int(0.06 * SR)))
            t = np.arange(n) / SR
            parts.append(np.hanning(n) ** 0.3 * sum(np.sin(2 * np.pi * f * rng.uniform(0.98, 1.02) * t + rng.uniform(0, 2 * np.pi))
                                                    for f in CHORD[c]))
    parts.append(np.zeros(int(rng.integers(SR // 40, SR // 13))))
    x = np.concatenate(parts) * rng.uniform(0.3, 1.0)
    x = x + rng.normal(0.0, ARCH["noise"], len(x))
    return ((x - x.mean()) / (x.std() + 1e-7)).astype(np.float32)

def synthesise(n, rng):
    texts = [" ".join(rng.choice(LEXICON, int(rng.integers(1, ARCH["max_words"] + 1)))) for _ in range(n)]
    return [(render(t, rng), t) for t in texts]

def encode(text):
    return [CHAR_ID["|" if c == " " else c] for c in text]

def decode(ids):
    """Greedy CTC: collapse repeats, drop blanks."""
    out, prev = [], None
    for i in ids:
        if i != prev and i != 0:
            out.append(" " if VOCAB[i] == "|" else VOCAB[i])
        prev = i
    return " ".join("".join(out).split())

def collate(batch):
    """Waveforms zero-padded with an attention mask; labels padded with -100 (ignored by the CTC loss)."""
    L, T = max(len(a) for a, _ in batch), max(len(t) for _, t in batch)
    x, m = torch.zeros(len(batch), L), torch.zeros(len(batch), L, dtype=torch.long)
    y = torch.full((len(batch), T), -100, dtype=torch.long)
    for i, (a, t) in enumerate(batch):
        x[i, :len(a)], m[i, :len(a)] = torch.from_numpy(a), 1
        ids = encode(t); y[i, :len(ids)] = torch.tensor(ids)
    return x, m, y

_rng = np.random.default_rng(seed)
train_ds = synthesise(ARCH["train_utterances"], _rng)
eval_ds = synthesise(ARCH["eval_utterances"], np.random.default_rng(10_000 + seed))
unlabelled_audio = [a for a, _ in synthesise(ARCH["unlabelled_utterances"], np.random.default_rng(20_000 + seed))]
_hours = lambda ds: sum(len(a) for a, _ in ds) / SR / 3600
DATA_NOTE = (f"STAND-IN: synthetic speech made in the cell instead of {DATASET_NAME} - {len(train_ds)} labelled "
             f"({_hours(train_ds) * 60:.1f} min), {len(eval_ds)} test and {len(unlabelled_audio)} unlabelled utterances "
             f"of 1-{ARCH['max_words']} words ({len(LEXICON)} words of gensim's lee_background.cor), each character a "
             f"burst of its own chord of {len(BANDS)} frequency bands, {SR} Hz; {VOCAB_SIZE} CTC symbols")
print(DATA_NOTE)
'''

MODEL = r'''
# Model: {name} (transformers; mlintern_nb.plan.architectures), random init, a CTC head over VOCAB_SIZE characters
{code}
MODEL_NOTE = "{name} built from its config, random init (no pretrained checkpoint is loaded offline), CTC over characters"

def compute_loss(model, batch):
    x, m, y = batch
    return model(input_values=x, attention_mask=m, labels=y).loss

print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: greedy CTC decoding of the test utterances; WER / CER = edit distance (substitutions + deletions +
# insertions) over the reference's words / characters, summed over the test set
def edit_distance(a, b):
    d = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        prev, d[0] = d[0], i
        for j in range(1, len(b) + 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] != b[j - 1]))
    return d[len(b)]

model.eval()
errs = {"w": 0, "wn": 0, "c": 0, "cn": 0}; ctc, n, examples = 0.0, 0, []
with torch.no_grad():
    for x, m, y in torch.utils.data.DataLoader(eval_ds, batch_size=16, collate_fn=collate):
        out = model(input_values=x.to(DEVICE), attention_mask=m.to(DEVICE), labels=y.to(DEVICE))
        ctc += out.loss.item() * len(x); n += len(x)
        for ids, ref in zip(out.logits.argmax(-1).tolist(), ["".join(" " if VOCAB[i] == "|" else VOCAB[i]
                                                                  for i in row if i >= 0) for row in y.tolist()]):
            hyp = decode(ids)
            errs["w"] += edit_distance(hyp.split(), ref.split()); errs["wn"] += len(ref.split())
            errs["c"] += edit_distance(hyp, ref); errs["cn"] += len(ref)
            examples.append((ref, hyp))
metrics = {"wer": errs["w"] / errs["wn"], "cer": errs["c"] / errs["cn"], "eval_ctc_loss": ctc / n}
print("\n".join(f"ref {r!r:32} hyp {h!r}" for r, h in examples[:5]))
print(metrics)
'''

PRETRAIN = r'''
# Pre-training (the claim's arms): the encoder's own self-supervised objective on the unlabelled stand-in audio -
# wav2vec 2.0's: spans of the latent frames masked (p = PRETRAIN_MASK_PROB, spans of mask_time_length frames), the context network
# identifies the true quantised latent among distractors of the same utterance (contrastive loss + codebook
# diversity, Gumbel temperature annealed); then its encoder goes into the CTC model above
import copy
import transformers
from transformers.models.wav2vec2.modeling_wav2vec2 import _compute_mask_indices, _sample_negative_indices

def run_pretraining(cfg, steps):
    cfg = copy.deepcopy(cfg)
    cfg.mask_time_prob, cfg.num_negatives = PRETRAIN_MASK_PROB, ARCH["num_negatives"]
    pt = getattr(transformers, PRETRAIN_CLASS)(cfg).to(DEVICE).train()
    audio = [(a, "") for a in unlabelled_audio]
    loader = torch.utils.data.DataLoader(audio, batch_size=batch_size, shuffle=True, collate_fn=collate, drop_last=True,
                                         generator=torch.Generator().manual_seed(seed))
    opt = torch.optim.AdamW(pt.parameters(), lr=PRETRAIN_LR, weight_decay=0.01)
    warm = max(1, steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / steps))
    done, pt_losses = 0, []
    while done < steps:
        for x, m, _ in loader:
            T = int(pt._get_feat_extract_output_lengths(x.shape[1]))
            frames = pt._get_feature_vector_attention_mask(T, m)
            masked = _compute_mask_indices((len(x), T), cfg.mask_time_prob, cfg.mask_time_length,
                                           attention_mask=frames, min_masks=2)
            negatives = _sample_negative_indices((len(x), T), cfg.num_negatives, mask_time_indices=masked)
            out = pt(x.to(DEVICE), attention_mask=m.to(DEVICE),
                     mask_time_indices=torch.tensor(masked, dtype=torch.bool, device=DEVICE),
                     sampled_negative_indices=torch.tensor(negatives, dtype=torch.long, device=DEVICE))
            loss = out.loss / max(1, int(masked.sum()))  # the model sums over masked frames
            opt.zero_grad(); loss.backward()
            torch.nn.utils.clip_grad_norm_(pt.parameters(), max_grad_norm or 1.0)
            opt.step(); sched.step(); done += 1; pt_losses.append(loss.item())
            pt.set_gumbel_temperature(max(0.5, 2.0 * 0.999995 ** done))
            if done >= steps:
                break
    k = max(1, min(5, len(pt_losses) // 4))
    print(f"pre-training ({PRETRAIN_CLASS}): {steps} steps on {len(audio)} unlabelled utterances, "
          f"loss per masked frame {sum(pt_losses[:k]) / k:.3f} -> {sum(pt_losses[-k:]) / k:.3f}")
    return pt

if PRETRAIN_STEPS > 0:
    pt = run_pretraining(model.config, PRETRAIN_STEPS)
    loaded = model.base_model.load_state_dict(pt.base_model.state_dict(), strict=False)
    if loaded.unexpected_keys or loaded.missing_keys:
        raise RuntimeError(f"the pre-trained encoder does not fit the CTC model: {loaded}")
    model.freeze_feature_encoder()  # fine-tuning keeps the pre-trained waveform encoder fixed, as the paper does
    MODEL_NOTE += f"; encoder pre-trained ({PRETRAIN_STEPS} steps, contrastive) before CTC fine-tuning, feature encoder frozen"
else:
    MODEL_NOTE += "; no pre-training: CTC training from random init (the whole model trains)"
print(MODEL_NOTE)
'''

# the claim credits self-supervised / unsupervised pre-training of the audio encoder (on unlabelled speech)
_SELF_SUPERVISED = re.compile(r"\bself-?supervis\w*|\bunsupervised pre-?train\w*|\bunlabell?ed (?:audio|speech|data)\b|"
                              r"\bpre-?train\w*\b[^.;]{0,80}\b(?:unlabell?ed|raw audio|speech audio)\b|"
                              r"\bcontrastive (?:task|loss|objective|learning)\b|\bmasked prediction\b", re.I)
_METHOD_CONTRIBUTIONS = ("objective", "training-method", "training method", "pre-training", "pretraining")


def paper_speech_model(spec):
    """The paper's own speech encoder (wav2vec 2.0, HuBERT, a Conformer) from the architecture registry, or None."""
    return paper_model(spec, lambda a: a.kind in SPEECH_KINDS, vocab_size=32)


def default_speech_model():
    """wav2vec 2.0 BASE from the registry: the model when the paper names no speech encoder the registry knows."""
    from ...paper.spec import PaperSpec
    from ..architectures import resolve
    spec = PaperSpec.model_validate({"title": "", "architecture": {"value": "wav2vec 2.0", "kind": "wav2vec2",
                                                                   "variant": "base"}})
    return resolve(spec)


class SpeechRecognition(Recipe):
    family = "speech-recognition"
    priority = 95
    keywords = ((r"\bspeech recognition\b|\bASR\b|\bacoustic models?\b|\bword error rate\b|\bWER\b|\bphonem\w+\b|"
                 r"\bconnectionist temporal classification\b|\bCTC\b|\bspoken\b|\bspeech\b", 2),)
    default_dataset = "LibriSpeech"
    datasets = ((r"librispeech|libri-?light", "LibriSpeech", ""), (r"\btimit\b", "TIMIT", ""),
                (r"switchboard", "Switchboard", ""), (r"common voice", "Common Voice", ""),
                (r"wall street journal|\bwsj\b", "WSJ", ""), (r"ted-?lium", "TED-LIUM", ""))
    stand_in_text = ("synthetic speech made in the cell: words of gensim's lee_background.cor, each character a burst "
                     "of its own chord of tones, 16 kHz (no speech corpus ships offline)")
    model_family = "wav2vec 2.0"
    smoke = {"learning_rate": 2e-3, "batch_size": 8, "max_steps": 120, "optimizer_name": "adamw", "lr_schedule": "linear",
             "warmup_steps": 15, "weight_decay": 0.0, "max_grad_norm": 1.0, "dropout": 0.0}
    full = {"learning_rate": 5e-5, "batch_size": 32, "max_steps": 20000, "optimizer_name": "adamw",
            "lr_schedule": "linear", "warmup_steps": 2000, "weight_decay": 0.0, "max_grad_norm": 1.0, "dropout": 0.1}
    arch_full = {"sample_rate": 16000, "lexicon_size": 1000, "max_word_chars": 8, "max_words": 4, "noise": 0.1,
                 "train_utterances": 5000, "eval_utterances": 500, "unlabelled_utterances": 20000,
                 "mask_time_length": 10, "num_negatives": 100}
    arch_smoke = {"sample_rate": 16000, "lexicon_size": 200, "max_word_chars": 4, "max_words": 2, "noise": 0.05,
                  "train_utterances": 200, "eval_utterances": 32, "unlabelled_utterances": 200,
                  "mask_time_length": 4, "num_negatives": 10}
    baselines = r"\bno pre-?training\b|\bwithout pre-?training\b|\bfrom scratch\b|\brandom(?:ly)? init\w*"

    def _arch(self, spec):
        return paper_speech_model(spec) or default_speech_model()

    def architecture(self, spec, dataset):
        a = self._arch(spec)
        full, smoke = dict(self.arch_full), dict(self.arch_smoke)
        sizes = a.values("full")
        full.update(speech_architecture=a.kind, params=a.count_params("full"), hidden_size=int(sizes["hidden_size"]),
                    num_layers=int(sizes["num_layers"]), conv_channels=int(max(sizes["conv_dim"])))
        smoke["speech_architecture"] = a.kind
        return full, smoke, a.name

    def plan_notes(self, spec, dataset):
        return ["no speech corpus ships offline: the notebook synthesises utterances of real words (one chord of "
                "tones per character) and trains the acoustic model on the raw waveform with CTC over characters; "
                "WER / CER come from greedy decoding without a language model"]

    def stand_in_label(self, dataset):
        return "stand-in: gensim lee_background.cor"  # the words; the audio is synthesised in the cell

    def param_count(self, arch):
        return int(arch.get("params") or 95_000_000)

    def activation_bytes(self, arch, batch_size, seq_len):
        seconds = 15.0  # a long utterance of the paper's corpora (default: not stated)
        frames, samples = seconds * 50, seconds * arch.get("sample_rate", 16000)
        width, layers, conv = arch.get("hidden_size", 768), arch.get("num_layers", 12), arch.get("conv_channels", 512)
        return (batch_size or 8) * (frames * width * layers * 34 + samples * conv * 4 * 2)

    # -- the paper's comparison ------------------------------------------------------------------
    def _pretraining_claim(self, plan) -> bool:
        kind = plan.arch_full.get("speech_architecture")
        said = " ".join([plan.spec.title or "", claim_words(plan)])
        c = contribution(plan.spec).lower()
        if c and not any(w in c for w in _METHOD_CONTRIBUTIONS):
            return False  # the paper's contribution is its architecture / a system, not how it pre-trains
        return kind in PRETRAIN_CLASSES and bool(_SELF_SUPERVISED.search(said))

    def arms(self, plan):
        if not self._pretraining_claim(plan):
            return []
        common = {"metric": "wer", "higher_is_better": False}
        return [dict(common, name="no pre-training (same model, random init)", role="baseline",
                     overrides={"PRETRAIN_STEPS": 0}),
                dict(common, name="self-supervised pre-training, then CTC fine-tuning", role="proposed",
                     overrides={"PRETRAIN_STEPS": PRETRAIN_STEPS[plan.profile]})]

    def no_comparison(self, plan):
        if plan.arch_full.get("speech_architecture") not in PRETRAIN_CLASSES:
            return (f"the paper's encoder ({plan.model_family}) has no pre-training class in transformers, so its "
                    "self-supervised objective is not run offline; the notebook trains it with CTC only")
        return ("the paper's claim does not credit self-supervised pre-training of the encoder (the comparison this "
                "recipe runs: pre-trained on unlabelled audio vs not, identical CTC fine-tuning)")

    def config_lines(self, plan):
        if not plan.arms:
            return []
        kind = plan.arch_full.get("speech_architecture")
        return ["PRETRAIN_STEPS = 0  # the main run trains with CTC from random init; the claim's arms pre-train first",
                f"PRETRAIN_CLASS = {PRETRAIN_CLASSES[kind]!r}  # transformers' pre-training model of the encoder",
                "PRETRAIN_MASK_PROB = 0.65  # share of latent frames starting a masked span (default: not stated in paper)",
                "PRETRAIN_LR = 5e-4 if profile == 'full' else 2e-3  # pre-training peak learning rate (default: not stated in paper)"]

    def cell(self, role, plan):
        if role == "data":
            return DATA
        if role == "eval":
            return EVAL
        if role != "model":
            raise KeyError(role)
        a = self._arch(plan.spec)
        code = notebook_model_code(a, plan.profile, vocab_size="VOCAB_SIZE")
        code = code.replace("\nmodel = ", "\nconfig.hidden_dropout = config.attention_dropout = config.activation_dropout = "
                                          "config.feat_proj_dropout = dropout\nconfig.mask_time_length = ARCH['mask_time_length']"
                                          "\nmodel = ", 1)
        body = MODEL.replace("{code}", code).replace("{name}", a.name)
        if plan.arms:
            body += PRETRAIN
        return body


RECIPE = SpeechRecognition()
