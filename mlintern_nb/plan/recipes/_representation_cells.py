"""Cell templates of the representation-learning recipe (``representation_learning.py``): word vectors
trained with gensim's Word2Vec, and contrastive (SimCLR-style) image representations with a torchvision
ResNet; each mode has its data, model and eval cell. Kept apart from the recipe class so the class (what
the paper says -> sizes, parameters, arms) and the cells change independently."""
from __future__ import annotations

WORD_DATA = r'''
# Data: a text corpus, one document per line, tokenised by gensim (lower-case words); no labels
import glob
from gensim.test.utils import datapath
from gensim.utils import simple_preprocess
if data_dir:
    files = sorted(glob.glob(os.path.join(data_dir, "**", "*.txt"), recursive=True))
    if not files:
        raise FileNotFoundError(f"data_dir {data_dir!r} holds no .txt files (one document or sentence per line)")
    lines = [l for f in files for l in open(f, encoding="utf-8", errors="replace")]
    source = f"{len(files)} text files from data_dir"
else:
    with open(datapath("lee_background.cor"), encoding="latin-1") as fh:
        lines = fh.readlines()
    source = "gensim's bundled lee_background.cor (news articles)"
sentences = [s for s in (simple_preprocess(l) for l in lines) if s]
if ARCH["max_documents"]:
    sentences = sentences[: ARCH["max_documents"]]
N_WORDS = sum(map(len, sentences))
train_ds = torch.utils.data.TensorDataset(torch.zeros(1))  # the shared loop's clock: one step = one epoch (model cell)
eval_ds, collate = None, None
DATA_NOTE = (f"{source}: {len(sentences)} documents, {N_WORDS:,} words" if data_dir else
             f"STAND-IN: {source}, {len(sentences)} documents, {N_WORDS:,} words, "
             + ("(the paper names no corpus)" if DATASET_NAME.startswith("lee_background") else f"instead of {DATASET_NAME}"))
print(DATA_NOTE)
'''

WORD_MODEL = r'''
# Model: word2vec — gensim's Word2Vec (the maintained implementation of skip-gram / CBOW with negative
# sampling or hierarchical softmax). One step of the shared training loop = one epoch over the corpus with
# gensim's own SGD, its learning rate decaying linearly to ~0 over all epochs; the loop's optimizer has
# nothing to update (the vectors live in gensim), compute_loss returns gensim's training loss per word
import torch.nn as nn
from gensim.models import Word2Vec

class WordVectors(nn.Module):
    """gensim's Word2Vec inside the shared loop (``clock`` only gives the loop's optimizer a parameter)."""
    def __init__(self, w2v):
        super().__init__()
        self.w2v = w2v
        self.clock = nn.Parameter(torch.zeros(()))

MIN_ALPHA = learning_rate * 1e-4
w2v = Word2Vec(vector_size=ARCH["vector_size"], window=window, min_count=min_count, sample=sample, sg=sg, hs=hs,
               negative=negative, alpha=learning_rate, min_alpha=MIN_ALPHA, workers=1, seed=seed)  # 1 worker: deterministic
w2v.build_vocab(sentences)
model = WordVectors(w2v)
max_steps = max(1, epochs)  # gensim counts epochs: one loop step each
_done = {"epochs": 0}

def compute_loss(model, batch):
    e, E = _done["epochs"], max_steps
    a0 = learning_rate - (learning_rate - MIN_ALPHA) * e / E
    a1 = learning_rate - (learning_rate - MIN_ALPHA) * (e + 1) / E
    words, _ = model.w2v.train(sentences, total_examples=len(sentences), epochs=1, start_alpha=a0, end_alpha=a1,
                               compute_loss=True)
    _done["epochs"] += 1
    return model.clock * 0.0 + model.w2v.get_latest_training_loss() / max(1, words)

VARIANT = ("skip-gram" if sg else "CBOW") + (", hierarchical softmax" if hs else f", negative sampling (k={negative})")
MODEL_NOTE = (f"word2vec ({VARIANT}), {ARCH['vector_size']}-dimensional vectors, window {window}, "
              f"{len(w2v.wv):,} words in the vocabulary (min_count {min_count}), {max_steps} epochs")
print(MODEL_NOTE, f"- {2 * len(w2v.wv) * ARCH['vector_size']:,} parameters (input and output vectors)")
'''

WORD_EVAL = r'''
# Evaluate: gensim's bundled test sets — word analogies (questions-words.txt, "a is to b as c is to ?", the
# 3CosAdd vector offset; accuracy on the questions whose words are all in the vocabulary, semantic and
# syntactic sections apart) and word similarity (WordSim-353, Spearman correlation with human scores)
from gensim.test.utils import datapath
wv = model.w2v.wv
_pearson, _spearman, _oov = wv.evaluate_word_pairs(datapath("wordsim353.tsv"))
_score, _sections = wv.evaluate_word_analogies(datapath("questions-words.txt"))
def _acc(secs):
    right, n = sum(len(s["correct"]) for s in secs), sum(len(s["correct"]) + len(s["incorrect"]) for s in secs)
    return right / n if n else 0.0
_parts = [s for s in _sections if s["section"] != "Total accuracy"]
with open(datapath("questions-words.txt"), encoding="utf-8") as fh:
    N_QUESTIONS = sum(1 for l in fh if l.strip() and not l.startswith(":"))
answered = sum(len(s["correct"]) + len(s["incorrect"]) for s in _parts)
rho = float(_spearman.correlation)
metrics = {"analogy_accuracy": float(_score),
           "analogy_semantic_accuracy": _acc([s for s in _parts if not s["section"].startswith("gram")]),
           "analogy_syntactic_accuracy": _acc([s for s in _parts if s["section"].startswith("gram")]),
           "analogy_coverage": answered / N_QUESTIONS,
           "wordsim_spearman": rho if math.isfinite(rho) else 0.0,  # 0.0: no WordSim pair in the vocabulary
           "wordsim_coverage": 1.0 - float(_oov) / 100.0}
print(metrics)
'''

IMAGE_DATA = r'''
# Data: images without their labels for the representation; the labels only for the linear probe after it
from sklearn.datasets import load_digits
import torch.nn.functional as F
if data_dir:
    raise NotImplementedError("data_dir for image representations: load images as a float tensor X (N, C, H, W) "
                              "and integer labels y here, in place of the digits below")
_digits = load_digits()
X_all = torch.tensor(_digits.images, dtype=torch.float32).unsqueeze(1) / 16.0  # (N, 1, 8, 8) in [0, 1]
y_all = torch.tensor(_digits.target)
if ARCH["image_size"] != X_all.shape[-1]:
    X_all = F.interpolate(X_all, size=ARCH["image_size"], mode="bilinear", align_corners=False)
_perm = torch.randperm(len(X_all), generator=torch.Generator().manual_seed(0))  # one split for every seed and arm
_perm = _perm[: ARCH["max_images"] or None]  # smoke: a subset of the images (fewer to pre-train on and to probe)
_n_eval = len(X_all) // 4
X_probe, y_probe = X_all[_perm[_n_eval:]], y_all[_perm[_n_eval:]]
X_eval, y_eval = X_all[_perm[:_n_eval]], y_all[_perm[:_n_eval]]
train_ds = torch.utils.data.TensorDataset(X_probe)  # images only: the representation never sees a label
eval_ds, collate = torch.utils.data.TensorDataset(X_eval, y_eval), None
DATA_NOTE = (f"STAND-IN: sklearn's digits ({len(X_probe)} training / {len(X_eval)} held-out images, "
             f"{ARCH['image_size']}x{ARCH['image_size']} grey, 10 classes) "
             + ("(the paper names no image set)" if DATASET_NAME.startswith("digits") else f"instead of {DATASET_NAME}"))
print(DATA_NOTE)
'''

IMAGE_MODEL = r'''
# Model: contrastive pre-training (SimCLR-style) — torchvision's ResNet-{depth}{smoke} as the encoder (small
# images: a 3x3 stride-1 stem and no max-pool, as for CIFAR), a 2-layer MLP projection head, NT-Xent (InfoNCE)
# loss between two augmented views of each image, the other 2N-2 views of the batch as the negatives
import copy
import torch.nn as nn
import torch.nn.functional as F
from torchvision.models.resnet import ResNet, BasicBlock, Bottleneck
from torchvision.transforms import v2

encoder = ResNet({block}, {blocks})
encoder.conv1 = nn.Conv2d(X_all.shape[1], 64, 3, 1, 1, bias=False)
encoder.maxpool = nn.Identity()
FEATURES = encoder.fc.in_features
encoder.fc = nn.Identity()  # the representation: the pooled features before the classifier

class Contrastive(nn.Module):
    def __init__(self, encoder, features, hidden, out):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Sequential(nn.Linear(features, hidden), nn.ReLU(), nn.Linear(hidden, out))
    def forward(self, x):
        return self.head(self.encoder(x))

model = Contrastive(encoder, FEATURES, ARCH["proj_hidden"], ARCH["proj_dim"])
random_encoder = copy.deepcopy(model.encoder)  # the baseline: the same encoder at its random init, the same probe
S = ARCH["image_size"]
# SimCLR's augmentations: random resized crop, colour (here: brightness/contrast, grey images) jitter, blur;
# no horizontal flip (a digit's orientation is its class)
augment = v2.Compose([v2.RandomResizedCrop(S, scale=(0.4, 1.0), antialias=True),
                      v2.RandomApply([v2.ColorJitter(brightness=0.4, contrast=0.4)], p=0.8),
                      v2.RandomApply([v2.GaussianBlur(3, sigma=(0.1, 1.0))], p=0.5)])

def nt_xent(z1, z2, t):
    z = F.normalize(torch.cat([z1, z2]), dim=1)
    n = z1.shape[0]
    sim = (z @ z.T / t).masked_fill(torch.eye(2 * n, dtype=torch.bool, device=z.device), float("-inf"))
    target = torch.cat([torch.arange(n, 2 * n), torch.arange(0, n)]).to(z.device)  # each view's positive: its twin
    return F.cross_entropy(sim, target)

def compute_loss(model, batch):
    x = batch[0] if isinstance(batch, (list, tuple)) else batch
    view1 = torch.stack([augment(i) for i in x])
    view2 = torch.stack([augment(i) for i in x])
    return nt_xent(model(view1), model(view2), temperature)

MODEL_NOTE = (f"ResNet-{depth} encoder ({FEATURES}-d features) + projection head {ARCH['proj_hidden']}->"
              f"{ARCH['proj_dim']}, NT-Xent at temperature {temperature}, random init")
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

IMAGE_EVAL = r'''
# Evaluate: linear probe — logistic regression on the frozen encoder's features (the projection head
# dropped), accuracy on the held-out images; fitted on all training labels and on FEW_LABELS per class (the
# semi-supervised probe: on the digits stand-in a random encoder's features with all labels are already
# near-perfect, so the few-label probe is the one that can tell the representations apart); the same probes
# on the random-init encoder (the baseline) and on the raw pixels (reference)
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
FEW_LABELS = ARCH["probe_labels_per_class"]
_y_tr, _y_te = y_probe.numpy(), y_eval.numpy()
_few = np.concatenate([np.flatnonzero(_y_tr == c)[:FEW_LABELS] for c in np.unique(_y_tr)])

def features(enc, X):
    enc.to(DEVICE).eval()
    with torch.no_grad():
        return torch.cat([enc(X[i:i + 256].to(DEVICE)).cpu() for i in range(0, len(X), 256)]).numpy()

def probes(train_x, test_x):
    """(accuracy with all training labels, accuracy with FEW_LABELS per class)."""
    fit = lambda idx: make_pipeline(StandardScaler(), LogisticRegression(max_iter=ARCH["probe_iters"])).fit(
        train_x[idx], _y_tr[idx]).score(test_x, _y_te)
    return float(fit(np.arange(len(_y_tr)))), float(fit(_few))

_learned = probes(features(model.encoder, X_probe), features(model.encoder, X_eval))
_random = probes(features(random_encoder, X_probe), features(random_encoder, X_eval))
_pixels = probes(X_probe.flatten(1).numpy(), X_eval.flatten(1).numpy())
metrics = {"probe_accuracy": _learned[0], "few_label_probe_accuracy": _learned[1],
           "random_init_probe_accuracy": _random[0], "random_init_few_label_probe_accuracy": _random[1],
           "pixel_probe_accuracy": _pixels[0], "pixel_few_label_probe_accuracy": _pixels[1]}
print(metrics)
'''
