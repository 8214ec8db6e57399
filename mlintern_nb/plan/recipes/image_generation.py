"""image-generation: a VAE (reparameterised lower bound, AEVB) or a GAN (generator vs discriminator,
alternating updates), MLPs as in the original papers; metrics: the test lower bound (VAE) and a
Gaussian Parzen-window log-likelihood of generated samples (both). Offline stand-in: scikit-learn's
8x8 digits as 64-dimensional vectors in [0, 1]."""
from __future__ import annotations

import re

from ..claims import baseline_sentence, claim_words
from ..params import arch_numbers
from ._generation_nets import (
    PAPER_GAN,
    PAPER_MLP_GAN,
    PAPER_MLP_VAE,
    TEMPLATE_GAN,
    TEMPLATE_VAE,
)
from .base import Recipe, notebook_model_code, paper_model, template_cells

DATA = r'''
# Data: images as flat vectors in [0, 1]
if data_dir or (HUB and dataset_id):
    import datasets
    raw = load_local_dataset(data_dir) if data_dir else datasets.load_dataset(*dataset_id.split(":"))
    img_col = next(c for c in ("image", "img", "pixel_values") if c in raw["train"].column_names)
    _flat = lambda imgs: torch.tensor(np.stack([np.asarray(im.convert("L"), dtype=np.float32).reshape(-1) / 255.0
                                                for im in imgs]))
    x_train = _flat(raw["train"][img_col])
    x_eval = _flat(raw["test" if "test" in raw else "validation"][img_col])
    DATA_NOTE = f"local images in {data_dir}" if data_dir else f"hub dataset {dataset_id}"
else:
    from sklearn.datasets import load_digits
    x_all = torch.tensor(load_digits().images.reshape(-1, 64), dtype=torch.float32) / 16.0
    x_all = x_all[torch.randperm(len(x_all), generator=torch.Generator().manual_seed(seed))]
    cut = int(0.8 * len(x_all))
    x_train, x_eval = x_all[:cut], x_all[cut:]
    DATA_NOTE = ("STAND-IN: scikit-learn's digits (1,797 8x8 grey images as 64-d vectors in [0, 1]) instead of "
                 + DATASET_NAME)
D_IN = x_train.shape[1]
train_ds = torch.utils.data.TensorDataset(x_train)
eval_ds = torch.utils.data.TensorDataset(x_eval)
collate = None
print(f"{DATA_NOTE}\ntrain {len(x_train)} / eval {len(x_eval)} images of {D_IN} values")
'''

MODEL = r'''
# Model: {kind} with MLP networks; compute_loss is the paper's objective
import torch.nn as nn
import torch.nn.functional as F

{vae_class}def neg_elbo(model, x):
    """Negative variational lower bound per example (nats): reconstruction + KL(q(z|x) || p(z)),
    estimated with the reparameterisation z = mu + sigma * eps (the SGVB estimator)."""
    mu, logvar = model.encode(x)
    z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
    rec = F.binary_cross_entropy_with_logits(model.dec(z), x, reduction="none").sum(1)
    return rec + 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum(1)

def wake_sleep_loss(model, x):
    """Wake-sleep: the decoder learns from z ~ q(z|x) without a gradient through the sample (wake);
    the recognition model learns to infer z from dreams x ~ p(x|z), z ~ p(z) (sleep)."""
    mu, logvar = model.encode(x)
    z = (mu + torch.randn_like(mu) * (0.5 * logvar).exp()).detach()
    wake = F.binary_cross_entropy_with_logits(model.dec(z), x, reduction="none").sum(1).mean()
    with torch.no_grad():
        zs = torch.randn_like(mu)
        xs = torch.bernoulli(torch.sigmoid(model.dec(zs)))
    mu_s, logvar_s = model.encode(xs)
    sleep = 0.5 * ((zs - mu_s).pow(2) / logvar_s.exp() + logvar_s).sum(1).mean()
    return wake + sleep

{gan_class}_gan_calls = [0]

def gan_loss(model, x):
    """Alternating updates, k = 1: odd calls train D (real -> 1, generated -> 0), even calls train G
    to maximise log D(G(z)) (the non-saturating form the paper recommends); the other net is frozen."""
    _gan_calls[0] += 1
    z = torch.randn(len(x), model.z, device=x.device)
    ones, zeros = torch.ones(len(x), 1, device=x.device), torch.zeros(len(x), 1, device=x.device)
    if _gan_calls[0] % 2:
        model.D.requires_grad_(True); model.G.requires_grad_(False)
        return (F.binary_cross_entropy_with_logits(model.D(x), ones)
                + F.binary_cross_entropy_with_logits(model.D(model.G(z)), zeros))
    model.D.requires_grad_(False); model.G.requires_grad_(True)
    return F.binary_cross_entropy_with_logits(model.D(model.G(z)), ones)

{dbn}
{build}
def compute_loss(model, batch):
    x = batch[0]
    if objective == "dbn":
        return dbn_loss(model, x)
    if ARCH["kind"] == "gan":
        return gan_loss(model, x)
    return wake_sleep_loss(model, x) if objective == "wake-sleep" else neg_elbo(model, x).mean()

MODEL_NOTE = f"{'dbn' if objective == 'dbn' else ARCH['kind']} ({objective}), hidden {ARCH['hidden_size']}, latent {ARCH['latent_dim']}, random init"
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

# which model the cell builds: the objective's (a DBN for the baseline arm), else the recipe's MLP template
BUILD = r'''
if objective == "dbn":
    model = DBN(D_IN, ARCH["hidden_size"])
elif ARCH["kind"] == "gan":
    model = GAN(D_IN, ARCH["hidden_size"], ARCH["latent_dim"])
else:
    model = VAE(D_IN, ARCH["hidden_size"], ARCH["latent_dim"])
'''

DBN = r'''
from threadpoolctl import ThreadpoolController
from sklearn.neural_network import BernoulliRBM

class DBN(nn.Module):
    """Deep belief network, the baseline model class: scikit-learn BernoulliRBMs (persistent contrastive
    divergence, its default learning rate) stacked and trained greedily, each on the hidden probabilities of
    the one below. Samples: Gibbs sampling in the top RBM from random states, then a down pass (binary
    samples in between, the mean image at the bottom)."""
    def __init__(self, d, h, layers=2):
        super().__init__()
        self.rbms = [BernoulliRBM(n_components=h, batch_size=batch_size, random_state=seed + i) for i in range(layers)]
        self.placeholder = nn.Parameter(torch.zeros(1))  # the train cell's optimizer needs one; the RBMs learn by CD
    def up(self, v, layers):
        for r in self.rbms[:layers]:
            v = r.transform(v)
        return v
    def sample(self, n):
        rng = np.random.RandomState(seed)
        with _blas.limit(limits=torch.get_num_threads()):
            v = (rng.rand(n, self.rbms[-1].components_.shape[1]) < 0.5).astype(np.float64)
            for _ in range(DBN_GIBBS_STEPS):
                v = self.rbms[-1].gibbs(v)
            for i, r in enumerate(reversed(self.rbms[:-1])):
                v = 1 / (1 + np.exp(-(v @ r.components_ + r.intercept_visible_)))
                if i < len(self.rbms) - 2:
                    v = (rng.rand(*v.shape) < v).astype(np.float64)
        return torch.tensor(v, dtype=torch.float32, device=DEVICE)

_blas = ThreadpoolController()  # numpy's BLAS threads as torch's (one in smoke): small matrices, no oversubscription
DBN_GIBBS_STEPS = 200 if profile == "smoke" else 1000
DBN_CALLS = (max_steps if max_steps > 0 else epochs * max(1, len(train_ds) // batch_size // grad_accum_steps)) * grad_accum_steps
_dbn_calls = [0]

def dbn_loss(model, x):
    """Greedy layer-wise training in the same budget: the RBMs take turns of DBN_CALLS / layers minibatches
    (layer 1 on the images first), one persistent-CD update per minibatch (BernoulliRBM.partial_fit), so each
    RBM sees as many minibatches as each GAN net. Returned for the log: the layer's mean-field reconstruction
    cross-entropy (no gradient flows; the placeholder keeps the train cell's optimizer step a no-op)."""
    layer = min(len(model.rbms) - 1, _dbn_calls[0] * len(model.rbms) // max(1, DBN_CALLS))
    _dbn_calls[0] += 1
    with _blas.limit(limits=torch.get_num_threads()):
        v = model.up(x.detach().cpu().double().numpy(), layer)
        r = model.rbms[layer]
        r.partial_fit(v)
        rec = 1 / (1 + np.exp(-(r.transform(v) @ r.components_ + r.intercept_visible_)))
    bce = -(v * np.log(rec + 1e-7) + (1 - v) * np.log(1 - rec + 1e-7)).sum(1).mean()
    return torch.tensor(float(bce), device=x.device) + 0.0 * model.placeholder.sum()
'''

EVAL = r'''
# Evaluate: Gaussian Parzen-window log-likelihood of held-out images under generated samples
# (window width chosen on the first half of the held-out set, reported on the second), and for a VAE
# the lower bound on the held-out set (nats per image)
model.eval()
model.requires_grad_(True)

def parzen_log_likelihood(samples, x, sigma):
    sq = (x * x).sum(1, keepdim=True) - 2 * x @ samples.T + (samples * samples).sum(1)
    d = x.shape[1]
    return (torch.logsumexp(-sq.clamp_min(0) / (2 * sigma ** 2), 1) - math.log(len(samples))
            - d * math.log(sigma * math.sqrt(2 * math.pi))).mean().item()

with torch.no_grad():
    xe = x_eval.to(DEVICE)
    samples = model.sample(2000 if profile == "smoke" else 10000)
    half = len(xe) // 2
    sigma = max((0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0), key=lambda s: parzen_log_likelihood(samples, xe[:half], s))
    metrics = {"parzen_log_likelihood": parzen_log_likelihood(samples, xe[half:], sigma), "parzen_sigma": sigma}
    if ARCH["kind"] != "gan":
        torch.manual_seed(seed)
        metrics["elbo"] = -neg_elbo(model, xe).mean().item()
print(metrics)
'''


def paper_gan(spec):
    """The paper's own convolutional GAN from the architecture registry (DCGAN ...), or None (the MLP template)."""
    return paper_model(spec, lambda a: a.kind == "dcgan", image_size=8, channels=1)


def paper_mlp(spec, kind: str):
    """The paper's own GAN or VAE multilayer perceptrons (``kind``) from the architecture registry, or None."""
    return paper_model(spec, lambda a: a.kind == kind, profiles=("smoke", "full"), data_size=64)


_KINDS = (("gan", r"adversarial|\bgans?\b|generator and (?:a )?discriminator"),
          ("vae", r"variational|auto-?encod|\bvaes?\b|reparameteri[sz]"))


# the baseline model class a GAN paper compares with that an installed package provides (scikit-learn's RBM)
_DBN = r"deep belief net\w*|\bDBNs?\b|restricted Boltzmann"
# a claim of parity: the method is "competitive with" / "comparable to" / "on par with" the others
_PARITY = r"\bcompetitive with\b|\bcomparable (?:to|with)\b|\bon par with\b"


def _parity(plan) -> dict | None:
    """Where the paper claims parity: the claim sentence, the baseline sentence, else the paper's first comparing
    sentence that says so (``{page, quote}``); None when it claims a win."""
    c = plan.claim or {}
    for part in (c, c.get("baseline") or {}):
        if re.search(_PARITY, f"{part.get('text', '')} {part.get('quote', '')}", re.I):
            return {"page": part.get("page"), "quote": part.get("quote") or part.get("text", "")}
    return baseline_sentence(plan.spec, _PARITY)


def kind_of(spec) -> str:
    """gan or vae, from what the paper says it builds (title, architecture, loss)."""
    text = " ".join(f"{g.value} {g.quote or ''}" for g in (spec.architecture, spec.loss) if g is not None)
    for where in (spec.title, text):
        for kind, pat in _KINDS:
            if re.search(pat, where, re.I):
                return kind
    return "vae"


class ImageGeneration(Recipe):
    family = "image-generation"
    priority = 70
    keywords = ((r"\bgenerative adversarial\b|\bvariational auto-?encoder\b|\bdiffusion (?:model|probabilistic)\b|"
                 r"\bimage (?:synthesis|generation)\b|\bgenerative models?\b|\bauto-encoding variational\b", 2),)
    default_dataset = "MNIST"
    datasets = ((r"\bmnist\b", "MNIST", "mnist"), (r"cifar-?10\b|cifar", "CIFAR-10", "cifar10"),
                (r"frey", "Frey Face", ""), (r"toronto face|\btfd\b", "Toronto Face Database", ""),
                (r"celeba", "CelebA", ""), (r"digits", "digits (8x8)", ""))
    native_datasets = ("digits (8x8)",)
    stand_in_text = "scikit-learn's 8×8 digits as 64-dimensional vectors in [0, 1]"
    model_family = "VAE"
    smoke = {"learning_rate": 1e-3, "batch_size": 64, "max_steps": 400, "optimizer_name": "adam",
             "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 10.0}
    full = {"learning_rate": 1e-3, "batch_size": 100, "max_steps": 100000, "optimizer_name": "adam",
            "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 10.0}
    arch_full = {"kind": "vae", "hidden_size": 500, "latent_dim": 20}
    arch_smoke = {"kind": "vae", "hidden_size": 128, "latent_dim": 8}

    def architecture(self, spec, dataset):
        kind = kind_of(spec)
        nums = arch_numbers(spec)
        full, smoke = dict(self.arch_full, kind=kind), dict(self.arch_smoke, kind=kind)
        if kind == "gan":
            full.update(hidden_size=1200, latent_dim=100)
            smoke.update(hidden_size=128, latent_dim=16)
        if 16 <= nums.get("hidden_size", 0) <= 8192:
            full["hidden_size"] = int(nums["hidden_size"])
        pa = paper_gan(spec) if kind == "gan" else None
        if pa is not None:
            full["paper_architecture"] = smoke["paper_architecture"] = pa.kind
            return full, smoke, pa.name
        pa = paper_mlp(spec, kind)
        if pa is not None:
            full.update(paper_architecture=pa.kind, params=pa.count_params("full"))
            smoke["paper_architecture"] = pa.kind
            return full, smoke, pa.name
        return full, smoke, "GAN" if kind == "gan" else "VAE"

    def adjust_defaults(self, spec, dataset, smoke, full):
        if kind_of(spec) == "gan":  # two nets in turn: the same number of updates for each
            smoke.update(max_steps=800, learning_rate=2e-4)
            full.update(learning_rate=2e-4)

    def extra_params(self, add, value_of, spec, setup):
        kind = kind_of(spec)
        add("objective", "str", "aevb (reparameterised lower bound) | wake-sleep, VAE; adversarial | dbn (deep belief "
            "network baseline), GAN", None, None,
            full_default="adversarial" if kind == "gan" else "aevb",
            smoke_default="adversarial" if kind == "gan" else "aevb")

    def stand_in_label(self, dataset):
        return "stand-in: sklearn digits"

    def param_count(self, arch):
        if arch.get("params"):
            return int(arch["params"])
        d, h, z = int(arch.get("image_size", 28)) ** 2, int(arch["hidden_size"]), int(arch["latent_dim"])
        if arch.get("kind") == "gan":
            return z * h + h * h + h * d + d * h + h * h + h
        return d * h + 2 * h * z + z * h + h * d

    def activation_bytes(self, arch, batch_size, seq_len):
        return (batch_size or 100) * int(arch["hidden_size"]) * 8 * 4

    baselines = rf"wake[- ]sleep|{_DBN}"

    def arms(self, plan):
        said = claim_words(plan).lower()
        if plan.arch_full.get("kind") == "vae" and re.search(r"wake[- ]sleep", said):
            common = {"metric": "elbo", "higher_is_better": True}
            return [dict(common, name="wake-sleep", role="baseline", overrides={"objective": "wake-sleep"}),
                    dict(common, name="AEVB", role="proposed", overrides={"objective": "aevb"})]
        if plan.arch_full.get("kind") == "gan" and re.search(_DBN, said, re.I):
            # both sampled, both scored by the same Parzen window (sigma chosen on held-out data), same budget
            common = {"metric": "parzen_log_likelihood", "higher_is_better": True}
            proposed = dict(common, name="GAN", role="proposed", overrides={"objective": "adversarial"})
            parity = _parity(plan)
            if parity:  # "at least competitive with": the paper claims parity, not a win
                proposed.update(kind="not worse", margin=0.0)
                note = (f"claim kind 'not worse' (margin 0): the paper says {parity['quote'][:160]!r} "
                        f"(p. {parity['page']})")
                if note not in plan.notes:
                    plan.notes.append(note)
            return [dict(common, name="DBN", role="baseline", overrides={"objective": "dbn"}), proposed]
        return []

    def no_comparison(self, plan):
        if plan.arch_full.get("kind") == "gan":
            return ("the paper's claim names no baseline this recipe runs (it runs a deep belief network, stacked "
                    "RBMs, when the paper compares with one); the notebook reports the Parzen metric for the GAN alone")
        return "the paper's claim names no baseline this recipe runs (it runs wake-sleep when the claim names it)"

    def cell(self, role, plan):
        body = template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})
        arch = plan.arch_smoke if plan.profile == "smoke" else plan.arch_full
        kind = arch["kind"]
        body = body.replace("{dbn}", DBN.strip("\n") if kind == "gan" else "").replace(
            "{kind}", {"gan": "GAN", "vae": "VAE"}[kind])
        if role != "model":
            return body
        if arch.get("paper_architecture") in ("gan", "vae"):
            # the paper's GAN / VAE MLPs, built by the registry's code, behind the interface the objective uses
            pa = paper_mlp(plan.spec, kind)
            code = notebook_model_code(pa, plan.profile, data_size="D_IN").replace("\nmodel = ", "\npaper_net = ")
            nets = (PAPER_MLP_GAN if kind == "gan" else PAPER_MLP_VAE).replace("{code}", code).replace("{name}", pa.name)
            build = ('model = DBN(D_IN, ARCH["hidden_size"]) if objective == "dbn" else PaperMLPGAN(paper_net)\n'
                     if kind == "gan" else "model = PaperVAE(paper_net)\n")
            return body.replace("{vae_class}", "").replace("{gan_class}", "").replace(
                "{build}", nets.lstrip("\n") + build).replace("with MLP networks", f"with the paper's {pa.name}", 1).replace(
                "hidden {ARCH['hidden_size']}, latent {ARCH['latent_dim']}", pa.name, 1)
        body = body.replace("{vae_class}", TEMPLATE_VAE.lstrip("\n")).replace(
            "{gan_class}", TEMPLATE_GAN.lstrip("\n")).replace("{build}", BUILD.lstrip("\n"))
        if arch.get("paper_architecture"):  # the paper's convolutional G and D (DCGAN)
            pa = paper_gan(plan.spec)
            code = notebook_model_code(pa, plan.profile, image_size="IMG_SIDE", channels="IMG_CH")
            code = code.replace("\nmodel = ", "\npaper_net = ")
            body = body.replace('\nif objective == "dbn":', "\n" + PAPER_GAN.replace("{code}", code).replace(
                "{name}", pa.name) + 'if objective == "dbn":', 1).replace(
                'model = GAN(D_IN, ARCH["hidden_size"], ARCH["latent_dim"])', "model = PaperGAN(paper_net)").replace(
                "with MLP networks", f"with the paper's {pa.name}", 1)
        return body


RECIPE = ImageGeneration()
