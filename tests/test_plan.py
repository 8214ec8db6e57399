"""Planner: structure of the generated notebooks (fast) and smoke execution under papermill (slow)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from mlintern_nb.plan import load_spec, plan, regenerate_cell
from mlintern_nb.plan.cells import sha256

ROOT = Path(__file__).resolve().parent.parent
REFS = ROOT / "benchmarks" / "reference_specs"
REFERENCE = ["bert_sst2", "resnet_cifar10", "gpt2_wikitext2", "lora_causal_lm"]


def _nb(name, profile="smoke"):
    return plan(load_spec(REFS / f"{name}.json"), profile=profile)


def _roles(nb):
    return [c.metadata["mlintern"]["role"] for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("name", REFERENCE + ["ner_token_classification", "tinyrepro"])
def test_cells_roles_and_metadata(name):
    nb = _nb(name)
    arms = ["claim"] if nb.metadata["mlintern"]["claim"]["arms"] else []  # the paper's comparison, when planned
    assert _roles(nb) == ["parameters", "config", "setup", "data", "model", "train", "eval", "results", "plot"] + arms
    for c in nb.cells:
        if c.cell_type == "code":
            m = c.metadata["mlintern"]
            assert m["generated_sha"] == sha256(c.source) and m["recipe"] == nb.metadata["mlintern"]["recipe"]
    assert nb.cells[1].metadata["tags"] == ["parameters"]
    meta = nb.metadata["mlintern"]
    assert set(meta) >= {"paper", "spec", "profile", "recipe", "defaults"}
    nbformat.validate(nb)


def test_parameters_cell_is_papermill_readable(tmp_path):
    import papermill
    p = tmp_path / "r.ipynb"
    nbformat.write(_nb("bert_sst2"), p)
    params = papermill.inspect_notebook(str(p))
    for name in ("profile", "seed", "learning_rate", "batch_size", "epochs", "max_steps", "grad_accum_steps",
                 "data_dir", "dataset_id", "output_dir", "report_to", "device"):
        assert name in params, name
    assert params["learning_rate"]["inferred_type_name"] == "float"
    assert params["dataset_id"]["default"] == "'glue:sst2'"


def test_header_cites_pages_and_defaults():
    nb = _nb("bert_sst2", "full")
    head = nb.cells[0].source
    assert "default: not stated in paper" in head and "SST-2" in head
    d = nb.metadata["mlintern"]["defaults"]
    assert d["batch_size"]["value"] == 32 and d["batch_size"]["page"] == 6  # BERT fine-tuning, p. 6
    assert d["epochs"]["value"] == 3


def test_full_profile_uses_paper_architecture_and_smoke_scales_down():
    full, smoke = _nb("bert_sst2", "full"), _nb("bert_sst2", "smoke")
    cfg = next(c.source for c in full.cells if c.metadata.get("mlintern", {}).get("role") == "config")
    assert "'num_layers': 12" in cfg and "'hidden_size': 768" in cfg
    assert smoke.metadata["mlintern"]["defaults"]["learning_rate"]["paper"] is not None
    r = _nb("resnet_cifar10", "full").metadata["mlintern"]["defaults"]
    assert r["optimizer_name"]["value"] == "sgd" and r["learning_rate"]["value"] == 0.1 and r["max_steps"]["value"] == 64000


def test_lora_uses_paper_rank_alpha_targets():
    d = _nb("lora_causal_lm").metadata["mlintern"]["defaults"]
    assert d["lora_r"]["value"] == 4 and d["lora_alpha"]["value"] == 32  # GPT-2 E2E set-up, p. 20
    assert d["lora_target_modules"]["value"] == "c_attn"


def test_regenerate_cell_applies_constraints():
    nb = _nb("gpt2_wikitext2")
    idx = next(i for i, c in enumerate(nb.cells) if c.metadata.get("mlintern", {}).get("role") == "train")
    src = regenerate_cell(nb, idx, {"batch_size": 8, "grad_accum_steps": 4, "warmup": 10})
    assert "batch_size = 8" in src and "grad_accum_steps = 4" in src and "warmup_steps = 10" in src
    assert "optimizer.step()" in src
    midx = next(i for i, c in enumerate(nb.cells) if c.metadata.get("mlintern", {}).get("role") == "model")
    assert "gradient_checkpointing = True" in regenerate_cell(nb, midx, {"gradient_checkpointing": True})
    assert regenerate_cell(nb, midx, {}) == nb.cells[midx].source
    pidx = next(i for i, c in enumerate(nb.cells) if c.metadata.get("mlintern", {}).get("role") == "parameters")
    assert "batch_size: int = 4" in regenerate_cell(nb, pidx, {"batch_size": 4})


@pytest.mark.papers
def test_unknown_family_says_what_it_cannot_plan(shared_papers):
    """A family no recipe plans (the Adam paper's `other` is now a method study, so a family without one)."""
    from mlintern_nb.plan import registry, spec_from_dict
    gt = json.loads((shared_papers / "ground_truth.json").read_text())
    from mlintern_nb.paper.spec import TASK_FAMILIES
    family = next((f for f in TASK_FAMILIES if registry.get(f) is None), "a-family-no-recipe-plans")
    data = dict(gt["adam.pdf"], task_family=family)
    assert registry.get(family) is None
    nb = plan(spec_from_dict(data))
    text = "\n".join(c.source for c in nb.cells)
    assert "What could not be planned" in text and nb.metadata["mlintern"]["recipe"] is None
    assert _roles(nb) == ["parameters", "config", "setup"]
    assert nb.metadata["mlintern"]["claim"]["verdict"] == "no comparison"


def test_licenses_flag_non_commercial():
    from mlintern_nb.plan import licenses
    assert licenses.lookup("datasets", "ImageNet")["flag"] == "non-commercial"
    assert licenses.lookup("datasets", "SomeNewSet")["flag"] == "unknown"
    assert "LLaMA" in licenses.catalogue()["models"]


def test_hardware_suggestion_scales():
    from mlintern_nb.plan.hardware import suggestion
    small = suggestion("text-classification", {"num_layers": 12, "hidden_size": 768, "vocab_size": 30522}, 32, 128)
    big = suggestion("causal-lm", {"num_layers": 80, "hidden_size": 8192, "vocab_size": 32000}, 512, 2048)
    assert 80e6 < small["params"] < 140e6 and "single GPU" in small["fits"]
    assert big["params"] > 50e9 and "torchrun" in big["command"]


@pytest.mark.parametrize("args,needle", [
    (["plan", "/nonexistent.json", "-o", "x.ipynb"], "no such file"),
    (["plan", "{spec}", "-o", "out.txt"], "must be a .ipynb"),
    (["plan", "{bad}", "-o", "y.ipynb"], "not a PaperSpec JSON"),
    (["plan", "{fake_pdf}", "-o", "z.ipynb"], "not a PDF"),  # a .pdf of random bytes: the reader's error
])
def test_cli_bad_input_is_one_line(tmp_path, args, needle):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    fake_pdf = tmp_path / "paper.pdf"
    fake_pdf.write_bytes(bytes(range(7, 107)))
    args = [a.format(spec=REFS / "bert_sst2.json", bad=bad, fake_pdf=fake_pdf) for a in args]
    r = subprocess.run([sys.executable, "-m", "mlintern_nb", *args], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode != 0 and needle in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_cli_writes_and_keeps_existing(tmp_path):
    out = tmp_path / "r.ipynb"
    cmd = [sys.executable, "-m", "mlintern_nb", "plan", str(REFS / "resnet_cifar10.json"), "-o", str(out)]
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    before = out.read_bytes()
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode != 0 and "--force" in r.stderr and out.read_bytes() == before


# ---------------------------------------------------------------- execution (papermill, local kernel)
def _kernel():
    try:
        from mlintern_nb.sandbox import kernel_name_for
        return kernel_name_for("local")
    except (ImportError, AttributeError):
        return "python3"


_RUNS: dict = {}


def _execute(name, tmp_path_factory, tag=""):
    import papermill
    key = name + tag
    if key not in _RUNS:
        d = tmp_path_factory.mktemp(key)
        nbformat.write(_nb(name), d / "in.ipynb")
        papermill.execute_notebook(str(d / "in.ipynb"), str(d / "out.ipynb"), kernel_name=_kernel(), cwd=str(d),
                                   progress_bar=False, execution_timeout=300,
                                   parameters={"compare_arms": False})  # the claim's arms have their own tests
        _RUNS[key] = json.loads((d / "mlintern_output" / "metrics.json").read_text())
    return _RUNS[key]


@pytest.mark.slow
@pytest.mark.parametrize("name", REFERENCE)
def test_reference_smoke_runs_and_loss_falls(name, tmp_path_factory):
    m = _execute(name, tmp_path_factory)
    assert m["last_loss"] < m["first_loss"], m
    assert m["metrics"] and all(v == v for v in m["metrics"].values())  # no NaN


@pytest.mark.slow
def test_same_seed_same_metrics(tmp_path_factory):
    a = _execute("bert_sst2", tmp_path_factory)  # text: tokenizer built on the fly, dropout, shuffling
    b = _execute("bert_sst2", tmp_path_factory, tag="again")
    assert a["metrics"] == b["metrics"] and a["losses"] == b["losses"]


@pytest.fixture
def restore_process_state():
    """The generated set-up cell changes env vars, torch threads and determinism: undo that after a test."""
    import os

    import torch
    env, threads = dict(os.environ), torch.get_num_threads()
    yield
    os.environ.clear()
    os.environ.update(env)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(False)


def test_data_dir_override_reads_local_csv(tmp_path, monkeypatch, restore_process_state):
    """The generated parameters/config/setup/data cells, run in-process with data_dir set to local CSVs."""
    rows = ["sentence,label"] + [f"{w} good fine movie,1" if i % 2 else f"{w} bad dull film,0"
                                 for i, w in enumerate(["a", "the", "one", "this", "that", "some", "every", "my"])]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "train.csv").write_text("\n".join(rows))
    (tmp_path / "data" / "validation.csv").write_text("\n".join(rows[:5]))
    monkeypatch.chdir(tmp_path)
    nb = _nb("bert_sst2")
    ns: dict = {}
    for c in nb.cells:
        role = c.metadata.get("mlintern", {}).get("role")
        if role in ("parameters", "config", "setup", "data"):
            src = c.source
            if role == "parameters":
                src += f"\ndata_dir = {str(tmp_path / 'data')!r}\n"
            exec(compile(src, f"<{role}>", "exec"), ns)
    assert len(ns["train_ds"]) == 8 and len(ns["eval_ds"]) == 4
    assert ns["DATA_NOTE"].startswith("local files") and ns["num_labels"] == 2
    env = json.loads((tmp_path / "mlintern_output" / "environment.json").read_text())
    assert env["seed"] == 0 and env["deterministic"] is True and env["libraries"]["torch"]
    import torch
    torch.use_deterministic_algorithms(False)


def _data_cells(name, tmp_path):
    ns: dict = {}
    for c in (_nb(name) if isinstance(name, str) else plan(name, profile="smoke")).cells:
        role = c.metadata.get("mlintern", {}).get("role")
        if role in ("parameters", "config", "setup", "data"):
            src = c.source + (f"\noutput_dir = {str(tmp_path / 'o')!r}\n" if role == "parameters" else "")
            exec(compile(src, f"<{role}>", "exec"), ns)
    return ns


@pytest.mark.parametrize("name", ["bert_sst2", "ner_token_classification", "gpt2_wikitext2", "lora_causal_lm"])
def test_data_cell_is_deterministic(name, tmp_path, restore_process_state):
    """Tokenizers built on the fly give the same ids in two fresh runs (WordPieceTrainer did not)."""
    import torch
    a, b = _data_cells(name, tmp_path), _data_cells(name, tmp_path)
    torch.use_deterministic_algorithms(False)
    for x, y in zip(a["train_ds"].tensors, b["train_ds"].tensors):
        assert torch.equal(x, y)
    assert len(a["train_ds"]) > 50


def test_text_stand_in_split_is_stratified_and_disjoint(tmp_path, restore_process_state):
    """The offline text stand-in (the 2,000 shipped movie-review snippets) is split 80/20 per label:
    a balanced held-out set, no sentence in both."""
    import collections

    import torch
    ns = _data_cells("bert_sst2", tmp_path)
    torch.use_deterministic_algorithms(False)
    assert collections.Counter(ns["eval_labels"]) == {0: 200, 1: 200}
    assert collections.Counter(ns["train_labels"]) == {0: 800, 1: 800}
    assert not set(ns["train_texts"]) & set(ns["eval_texts"])
    assert ns["DATA_NOTE"].startswith("STAND-IN: 2,000 human-rated movie-review sentences")


def test_shipped_movie_snippets_are_balanced_and_licensed():
    """movie_snippets.tsv ships in the package with its licence; the build script reproduces its selection rule."""
    import collections
    import importlib.resources

    from mlintern_nb.plan.data import build_movie_snippets as b
    pkg = importlib.resources.files("mlintern_nb.plan.data")
    rows = [line.split("\t") for line in pkg.joinpath("movie_snippets.tsv").read_text("utf-8").splitlines()]
    assert all(len(r) == 2 and r[1].strip() for r in rows)
    assert collections.Counter(r[0] for r in rows) == {"0": 1000, "1": 1000}
    assert "MIT" in pkg.joinpath("LICENSE-movie-snippets.txt").read_text("utf-8")
    fake = "1\t2.0\tgreat fun\r\n2\t-0.5\tmeh\n3\t-1.0\ta bore\n4\t3.1\t \n"
    assert b.select(fake, per_label=5) == [(0, "a bore"), (1, "great fun")]


def test_paper_on_pang_lee_keeps_its_own_sentences(tmp_path, restore_process_state):
    """A paper whose dataset is the Pang & Lee sentence polarity data trains on it (gensim's 200), not the snippets."""
    import torch
    from mlintern_nb.plan.planner import resolve
    spec = load_spec(REFS / "bert_sst2.json")
    spec = spec.model_copy(update={"datasets": [spec.datasets[0].model_copy(
        update={"value": "Pang & Lee sentence polarity", "quote": "the sentence polarity data of Pang and Lee"})]})
    assert resolve(spec).stand_in == "stand-in: gensim pang_lee_polarity.cor"
    assert resolve(load_spec(REFS / "bert_sst2.json")).stand_in == "stand-in: movie-review snippets (vaderSentiment)"
    ns = _data_cells(spec, tmp_path)
    torch.use_deterministic_algorithms(False)
    assert len(ns["train_texts"]) == 160 and len(ns["eval_texts"]) == 40
    assert ns["DATA_NOTE"].startswith("the paper's own data")
