"""Held-out paper (batch 2): condensed retelling of Li & Liang, Prefix-Tuning, ACL 2021 (from memory)."""
PAPER = {
    "title": "Prefix-Tuning: Optimizing Continuous Prompts for Generation",
    "authors": "Xiang Lisa Li and Percy Liang",
    "affil": "Stanford University",
    "header": "Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics (ACL 2021)",
    "columns": 2,
    "abstract": (
        "Fine-tuning is the de facto way to leverage large pretrained language models to perform downstream "
        "tasks. However, it modifies all the language model parameters and therefore necessitates storing a "
        "full copy for each task. In this paper, we propose prefix-tuning, a lightweight alternative to "
        "fine-tuning for natural language generation tasks, which keeps language model parameters frozen, but "
        "optimizes a small continuous task-specific vector (called the prefix). Prefix-tuning draws "
        "inspiration from prompting, allowing subsequent tokens to attend to this prefix as if it were "
        "“virtual tokens”. We apply prefix-tuning to GPT-2 for table-to-text generation and to BART for "
        "summarization. We find that by learning only 0.1% of the parameters, prefix-tuning obtains comparable "
        "performance in the full data setting, outperforms fine-tuning in low-data settings, and extrapolates "
        "better to examples with topics unseen during training."),
    "sections": [
        ("1 Introduction", [
            "Fine-tuning is the prevalent paradigm for using large pretrained language models (LMs) to perform "
            "downstream tasks, but it requires updating and storing all the parameters of the LM. Consequently, "
            "to build and deploy NLP systems that rely on large pretrained LMs, one currently needs to store a "
            "modified copy of all the LM parameters for each task. This can be prohibitively expensive given "
            "the size of current LMs; for example, GPT-2 has 774M parameters and GPT-3 has 175B parameters.",
            "A natural approach to this problem is lightweight fine-tuning, which freezes most of the "
            "pretrained parameters and only tunes a smaller set of parameters. For example, adapter-tuning "
            "inserts additional task-specific layers between the layers of pretrained language models and "
            "obtains comparable performance to fine-tuning while adding only around 2–4% task-specific "
            "parameters. In the extreme, GPT-3 can be deployed using in-context learning, a form of prompting, "
            "without modifying any LM parameters.",
            "In this paper, we propose prefix-tuning, a lightweight alternative to fine-tuning for natural "
            "language generation (NLG) tasks, inspired by prompting. Prefix-tuning prepends a sequence of "
            "continuous task-specific vectors to the input, which we call a prefix. Subsequent tokens can "
            "attend to the prefix as if it were a sequence of “virtual tokens”, but unlike prompting, the "
            "prefix consists entirely of free parameters which do not correspond to real tokens. Only the "
            "prefix is optimized, so a single copy of the LM can serve many tasks."]),
        ("2 Related Work", [
            "Fine-tuning for natural language generation. Current state-of-the-art systems for natural language "
            "generation are based on fine-tuning pretrained LMs. For table-to-text generation, Kale (2020) "
            "fine-tunes a sequence-to-sequence model (T5); for extractive and abstractive summarization, "
            "researchers fine-tune masked language models (e.g., BERT) and encoder-decoder models (e.g., BART).",
            "Lightweight fine-tuning. Adapter-tuning (Houlsby et al., 2019) inserts task-specific layers "
            "(adapters) between each layer of the pretrained LM; on GLUE it reaches within 0.4% of full "
            "fine-tuning while adding 3.6% parameters per task. Other methods remove parameters (pruning) or "
            "learn a binary mask over the pretrained weights.",
            "Prompting. GPT-3 (Brown et al., 2020) shows that prepending a natural language task instruction "
            "and a few examples lets a frozen LM perform a task; AutoPrompt (Shin et al., 2020) searches for a "
            "sequence of discrete trigger words. Continuous prompts have been explored concurrently for "
            "classification; we optimize continuous prefixes for generation."]),
        ("3 Problem Statement", [
            "Consider a conditional generation task where the input x is a context and the output y is a "
            "sequence of tokens. We focus on two tasks: in table-to-text, x corresponds to a linearized data "
            "table and y is a textual description; in summarization, x is an article and y is a short summary.",
            "Autoregressive LM. Assume we have an autoregressive language model p<sub>φ</sub>(y | x) based on "
            "the Transformer architecture (e.g., GPT-2) and parametrized by φ. Let z = [x; y] be the "
            "concatenation of x and y, and let h<sub>i</sub> ∈ R<super>d</super> denote the concatenation of "
            "all activation layers at time step i. Encoder-decoder architecture: we can also use an "
            "encoder-decoder architecture (e.g., BART) to model p<sub>φ</sub>(y | x), where x is encoded by the "
            "bidirectional encoder and the decoder predicts y autoregressively."]),
        ("4 Prefix-Tuning", [
            "Method. Prefix-tuning prepends a prefix for an autoregressive LM to obtain z = [PREFIX; x; y], or "
            "prepends prefixes for both encoder and decoder to obtain z = [PREFIX; x; PREFIX′; y]. Here, "
            "P<sub>idx</sub> denotes the sequence of prefix indices, and we use |P<sub>idx</sub>| to denote "
            "the length of the prefix. We initialize a trainable matrix P<sub>θ</sub> (parametrized by θ) of "
            "dimension |P<sub>idx</sub>| × dim(h<sub>i</sub>) to store the prefix parameters: "
            "h<sub>i</sub> = P<sub>θ</sub>[i, :] if i ∈ P<sub>idx</sub>, and h<sub>i</sub> = "
            "LM<sub>φ</sub>(z<sub>i</sub>, h<sub>&lt;i</sub>) otherwise. The training objective is the "
            "log-likelihood of y, but the language model parameters φ are fixed and the prefix parameters θ "
            "are the only trainable parameters.",
            "Parametrization of P<sub>θ</sub>. Empirically, directly updating the P<sub>θ</sub> parameters "
            "leads to unstable optimization and a slight drop in performance. So we reparametrize the matrix "
            "P<sub>θ</sub>[i, :] = MLP<sub>θ</sub>(P′<sub>θ</sub>[i, :]) by a smaller matrix "
            "(P′<sub>θ</sub>) composed with a large feedforward neural network (MLP<sub>θ</sub>). Now, the "
            "trainable parameters include P′<sub>θ</sub> and the parameters of MLP<sub>θ</sub>. Once training "
            "is complete, these reparametrization parameters can be dropped, and only the prefix "
            "(P<sub>θ</sub>) needs to be saved."]),
        ("5 Experimental Setup", []),
        ("5.1 Datasets and Metrics", [
            "We evaluate on three standard neural generation datasets for the table-to-text task: E2E, WebNLG, "
            "and DART. The E2E dataset contains approximately 50K examples with 8 distinct fields; it contains "
            "multiple test references for one source table, in the restaurant domain. We use the official "
            "evaluation script, which reports BLEU, NIST, METEOR, ROUGE-L, and CIDEr.",
            "The WebNLG dataset consists of 22K examples, and the input x is a sequence of (subject, property, "
            "object) triples. The test set is split into two parts: the seen categories are those that appear "
            "in the training data and the unseen categories do not; we report BLEU, METEOR and TER. DART is an "
            "open-domain table-to-text dataset with 82K examples, with inputs from Wikipedia tables; we report "
            "BLEU, METEOR, TER, MoverScore, BERTScore and BLEURT.",
            "For the summarization task, we use the XSUM dataset, which is an abstractive summarization "
            "dataset on news articles. There are 225K examples. We report ROUGE-1, ROUGE-2 and ROUGE-L."]),
        ("5.2 Methods", [
            "For table-to-text generation, we compare prefix-tuning with three other methods: full fine-tuning "
            "(FT-FULL), fine-tuning only the top 2 layers (FT-TOP2), and adapter-tuning (ADAPTER). We also report "
            "the current state-of-the-art results on these datasets. For summarization, we compare against "
            "fine-tuning BART.",
            "We use GPT-2<sub>MEDIUM</sub> and GPT-2<sub>LARGE</sub> for table-to-text tasks and "
            "BART<sub>LARGE</sub> for summarization. On the table-to-text datasets, prefix-tuning trains 0.1% "
            "of the parameters, as does the small variant of ADAPTER; the larger ADAPTER trains 3%."]),
        ("5.3 Architectures and Hyperparameters", [
            "We train with the AdamW optimizer (Loshchilov and Hutter, 2019) and a linear learning rate "
            "scheduler, as suggested by the Hugging Face default setup. The hyperparameters we tune include "
            "the number of epochs, batch size, learning rate, and prefix length. Hyperparameter details are in "
            "the appendix. A default setting trains for 10 epochs, using a batch size of 5, a learning rate of "
            "5 · 10<super>−5</super> and a prefix length of 10. The table-to-text models are trained on TITAN "
            "Xp or GeForce GTX TITAN X machines. Prefix-tuning takes 0.2 hours per epoch to train on 22K "
            "examples, whereas fine-tuning takes around 0.3 hours per epoch. The summarization models are "
            "trained on Tesla V100 machines, taking 1.25 hours per epoch on the XSUM dataset.",
            "At decoding time, for the three table-to-text datasets, we use beam search with a beam size of 5. "
            "For summarization, we use a beam size of 6 and length normalization of 0.8."]),
        ("6 Main Results", []),
        ("6.1 Table-to-text Generation", [
            "We find that adding only 0.1% task-specific parameters, prefix-tuning is effective in "
            "table-to-text generation, outperforming other lightweight baselines (ADAPTER and FT-TOP2) and "
            "achieving a comparable performance with fine-tuning. This trend is true across all three datasets: "
            "E2E, WebNLG, and DART.",
            "@TABLE:0@",
            "On DART, prefix-tuning reaches 46.4 BLEU against 46.2 for full fine-tuning. On WebNLG, prefix-tuning is markedly better than fine-tuning on the unseen categories, which "
            "suggests that it generalizes better beyond the training topics. The same trends hold for "
            "GPT-2<sub>LARGE</sub>, suggesting that prefix-tuning has the potential to scale to even larger "
            "models."]),
        ("6.2 Summarization", [
            "As shown in Table 2, with 2% parameters, prefix-tuning obtains slightly lower performance than "
            "fine-tuning (36.05 vs. 37.25 in ROUGE-L). With only 0.1% parameters, prefix-tuning underperforms "
            "full fine-tuning (35.05 vs. 37.25). There are several differences between XSUM and the three "
            "table-to-text datasets which could account for why prefix-tuning has comparative advantage in "
            "table-to-text: XSUM contains 4x more examples on average, the input articles are 17x longer, and "
            "summarization may be more complex than table-to-text because it requires reading comprehension.",
            "@TABLE:1@"]),
        ("6.3 Low-data Setting and Extrapolation", [
            "We subsample the full datasets of E2E for table-to-text and XSUM for summarization to obtain "
            "small datasets of size {50, 100, 200, 500}. For each size, we sample 5 different datasets and "
            "average over 2 training random seeds. Prefix-tuning outperforms fine-tuning in the low-data "
            "regime by 2.9 BLEU on average, in addition to requiring many fewer parameters, but the gap "
            "narrows as the dataset size increases.",
            "We also construct extrapolation splits of XSUM (news-to-sports and within-news) and of WebNLG "
            "(seen vs. unseen categories); prefix-tuning has better extrapolation than fine-tuning under all "
            "metrics."]),
        ("7 Intrinsic Evaluation", [
            "Prefix length. A longer prefix means more trainable parameters, and therefore more expressive "
            "power. We find that performance increases as the prefix length increases up to a threshold (200 "
            "for summarization, 10 for table-to-text), and then a slight performance drop occurs. Tuning only "
            "the embedding layer (rather than the activations of all layers) performs considerably worse, and "
            "prefixing is better than infixing. Initializing the prefix with activations of real words is "
            "important in the low-data setting."]),
        ("8 Conclusion", [
            "We have proposed prefix-tuning, a lightweight alternative to fine-tuning that prepends a trainable "
            "continuous prefix for NLG tasks. We discover that despite learning 1000x fewer parameters than "
            "fine-tuning, prefix-tuning can maintain a comparable performance in a full data setting and "
            "outperforms fine-tuning in both low-data and extrapolation settings."]),
    ],
    "tables": [
        {"caption": "Table 1: BLEU on the E2E test set with GPT-2<sub>MEDIUM</sub>; the percentage is "
                    "the fraction of trained parameters.",
         "rows": [["Method", "E2E BLEU"],
                  ["FT-FULL", "68.2"],
                  ["FT-TOP2", "68.1"],
                  ["ADAPTER (3%)", "68.9"],
                  ["ADAPTER (0.1%)", "66.3"],
                  ["PREFIX (0.1%)", "69.7"]]},
        {"caption": "Table 2: Metrics (ROUGE) for summarization on XSUM with BART<sub>LARGE</sub>.",
         "rows": [["Method", "R-1", "R-2", "R-L"],
                  ["FT-FULL (Lewis et al., 2020)", "45.14", "22.27", "37.25"],
                  ["PREFIX (2%)", "43.80", "20.93", "36.05"],
                  ["PREFIX (0.1%)", "42.92", "20.03", "35.05"]]},
    ],
    "references": [
        "Tom B. Brown, Benjamin Mann, Nick Ryder, et al. 2020. Language models are few-shot learners. arXiv:2005.14165.",
        "Claire Gardent, Anastasia Shimorina, Shashi Narayan, and Laura Perez-Beltrachini. 2017. The WebNLG "
        "challenge: Generating text from RDF data. INLG.",
        "Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski, et al. 2019. Parameter-efficient transfer learning "
        "for NLP. ICML.",
        "Mihir Kale. 2020. Text-to-text pre-training for data-to-text tasks. arXiv:2005.10433.",
        "Mike Lewis, Yinhan Liu, Naman Goyal, et al. 2020. BART: Denoising sequence-to-sequence pre-training for "
        "natural language generation, translation, and comprehension. ACL.",
        "Ilya Loshchilov and Frank Hutter. 2019. Decoupled weight decay regularization. ICLR.",
        "Shashi Narayan, Shay B. Cohen, and Mirella Lapata. 2018. Don't give me the details, just the summary! "
        "Topic-aware convolutional neural networks for extreme summarization. EMNLP.",
        "Jekaterina Novikova, Ondřej Dušek, and Verena Rieser. 2017. The E2E dataset: New challenges for "
        "end-to-end generation. SIGDIAL.",
        "Alec Radford, Jeffrey Wu, Rewon Child, David Luan, Dario Amodei, and Ilya Sutskever. 2019. Language "
        "models are unsupervised multitask learners. OpenAI Blog.",
        "Dragomir Radev, Rui Zhang, Amrit Rau, et al. 2020. DART: Open-domain structured data record to text "
        "generation. arXiv:2007.02871.",
        "Taylor Shin, Yasaman Razeghi, Robert L. Logan IV, Eric Wallace, and Sameer Singh. 2020. AutoPrompt: "
        "Eliciting knowledge from language models with automatically generated prompts. EMNLP.",
    ],
}

TRUTH = {
    "year": 2021,
    "source": "condensed retelling of Li & Liang, ACL 2021, written from memory",
    "task_family": "seq2seq",
    "task_note": "conditional generation (table-to-text with GPT-2, summarization with BART) by parameter-efficient "
                 "tuning of a frozen pretrained LM; lora-finetune (PEFT) is a defensible alternative family",
    "contribution": {"value": "training-method",
                     "quote": "we propose prefix-tuning, a lightweight alternative to fine-tuning for natural language generation tasks"},
    "claim": {"value": "training only 0.1% of the parameters (a continuous prefix, LM frozen), prefix-tuning matches full "
                       "fine-tuning in the full-data setting (E2E BLEU 69.7 vs 68.2), outperforms it in low-data "
                       "settings and extrapolates better to unseen topics; on XSUM it is slightly below fine-tuning",
              "quote": "We find that by learning only 0.1% of the parameters, prefix-tuning obtains comparable"},
    "param_counts": [],
    "architecture": {"value": "frozen GPT-2 Medium / GPT-2 Large (table-to-text) or BART-Large (summarization) with a "
                              "trainable prefix of activations at every layer, P_θ reparametrized as MLP_θ(P′_θ) during training",
                     "quote": "We use GPT-2MEDIUM and GPT-2LARGE for table-to-text tasks"},
    "datasets": [
        {"value": "E2E (~50K examples, 8 fields, restaurant domain)", "quote": "The E2E dataset contains approximately 50K examples"},
        {"value": "WebNLG (22K examples; seen/unseen test categories)", "quote": "The WebNLG dataset consists of 22K examples"},
        {"value": "DART (82K examples, open-domain)", "quote": "open-domain table-to-text dataset with 82K examples"},
        {"value": "XSUM (225K examples, news summarization)", "quote": "we use the XSUM dataset, which is an abstractive summarization"},
    ],
    "metrics": [
        {"value": "BLEU, NIST, METEOR, ROUGE-L, CIDEr (E2E)", "quote": "which reports BLEU, NIST, METEOR, ROUGE-L, and CIDEr"},
        {"value": "BLEU, METEOR, TER (WebNLG)", "quote": "we report BLEU, METEOR and TER"},
        {"value": "BLEU, METEOR, TER, MoverScore, BERTScore, BLEURT (DART)", "quote": "BLEU, METEOR, TER, MoverScore, BERTScore and BLEURT"},
        {"value": "ROUGE-1, ROUGE-2, ROUGE-L (XSUM)", "quote": "We report ROUGE-1, ROUGE-2 and ROUGE-L."},
    ],
    "training": {
        "default_table_to_text": {
            "optimizer": {"value": "AdamW", "quote": "We train with the AdamW optimizer"},
            "lr_schedule": {"value": "linear (Hugging Face default)", "quote": "a linear learning rate scheduler"},
            "learning_rate": {"value": 5e-05, "quote": "a learning rate of 5 · 10−5"},
            "batch_size": {"value": 5, "quote": "using a batch size of 5"},
            "epochs": {"value": 10, "quote": "A default setting trains for 10 epochs"},
            "prefix_length": {"value": 10, "quote": "and a prefix length of 10"},
            "beam_size": {"value": 5, "quote": "we use beam search with a beam size of 5"},
        },
        "summarization_xsum": {
            "optimizer": {"value": "AdamW", "quote": "We train with the AdamW optimizer"},
            "beam_size": {"value": "6, length normalization 0.8", "numbers": [6, 0.8],
                          "quote": "we use a beam size of 6 and length normalization of 0.8"},
        },
    },
    "not_stated": ["weight_decay", "dropout", "warmup", "steps", "lora_rank", "lora_alpha",
                   "per-dataset tuned hyper-parameters incl. all XSUM training values (appendix of the real paper)", "MLP reparametrization sizes"],
    "paper_notes": [
        "the default setting is one sentence with epochs, batch size, learning rate and prefix length together; "
        "per-dataset tuned values left out (writer unsure of them)",
        "related work restates adapter-tuning's GLUE figure (3.6% parameters); intro quotes GPT-2 774M and GPT-3 175B "
        "which are not the paper's own trained parameters (the LM is frozen)",
        "'0.1%' and '2%' are fractions of trained parameters, not parameter counts",
                "E2E FT-TOP2/ADAPTER BLEU from memory (moderately sure); DART baselines other than FT-FULL left out; XSUM and E2E FT/PREFIX figures more sure",
    ],
}
