"""T5 (Raffel et al., JMLR 2020): condensed retelling written from memory (held-out test material)."""

PAPER = {
    "title": "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer",
    "authors": "Colin Raffel, Noam Shazeer, Adam Roberts, Katherine Lee, Sharan Narang, Michael Matena, "
               "Yanqi Zhou, Wei Li, Peter J. Liu",
    "affil": "Google, Mountain View, CA 94043, USA",
    "header": "Journal of Machine Learning Research 21 (2020) 1-67",
    "columns": 1,
    "abstract": (
        "Transfer learning, where a model is first pre-trained on a data-rich task before being "
        "fine-tuned on a downstream task, has emerged as a powerful technique in natural language "
        "processing (NLP). The effectiveness of transfer learning has given rise to a diversity of "
        "approaches, methodology, and practice. In this paper, we explore the landscape of transfer "
        "learning techniques for NLP by introducing a unified framework that converts all text-based "
        "language problems into a text-to-text format. Our systematic study compares pre-training "
        "objectives, architectures, unlabeled data sets, transfer approaches, and other factors on dozens "
        "of language understanding tasks. By combining the insights from our exploration with scale and "
        "our new \u201cColossal Clean Crawled Corpus\u201d, we achieve state-of-the-art results on many "
        "benchmarks covering summarization, question answering, text classification, and more. To "
        "facilitate future work on transfer learning for NLP, we release our data set, pre-trained "
        "models, and code."),
    "sections": [
        ("1. Introduction", [
            "Training a machine learning model to perform natural language processing tasks often requires "
            "that the model can process text in a way that is amenable to downstream learning. In modern "
            "practice this is increasingly done by pre-training the entire model on a data-rich task, "
            "ideally one that develops general-purpose abilities and knowledge that can then be "
            "transferred to downstream tasks.",
            "The basic idea underlying our work is to treat every text processing problem as a "
            "\u201ctext-to-text\u201d problem, i.e. taking text as input and producing new text as output. "
            "This allows us to directly apply the same model, objective, training procedure, and decoding "
            "process to every task we consider. We emphasize that our goal is not to propose new methods "
            "but instead to provide a comprehensive perspective on where the field stands. We call our "
            "model the \u201cText-to-Text Transfer Transformer\u201d (T5)."]),
        ("2. Setup", []),
        ("2.1 Model", [
            "Overall, our encoder-decoder Transformer implementation closely follows its originally-"
            "proposed form (Vaswani et al., 2017). We use a simplified form of layer normalization where "
            "the activations are only rescaled and no additive bias is applied. Instead of sinusoidal or "
            "learned position embeddings, we use a simplified form of relative position embeddings in "
            "which each embedding is a scalar added to the corresponding logit used for computing the "
            "attention weights; we use 32 embeddings with ranges that increase in size logarithmically up "
            "to an offset of 128.",
            "Our baseline model is designed so that the encoder and decoder are each similar in size and "
            "configuration to a BERT<sub>BASE</sub> stack. Specifically, both the encoder and decoder "
            "consist of 12 blocks (each block comprising self-attention, optional encoder-decoder "
            "attention, and a feed-forward network). The feed-forward networks in each block consist of a "
            "dense layer with an output dimensionality of d<sub>ff</sub> = 3072 followed by a ReLU "
            "nonlinearity and another dense layer. The \u201ckey\u201d and \u201cvalue\u201d matrices of "
            "all attention mechanisms have an inner dimensionality of d<sub>kv</sub> = 64 and all "
            "attention mechanisms have 12 heads. All other sub-layers and embeddings have a "
            "dimensionality of d<sub>model</sub> = 768. In total, this results in a model with about 220 "
            "million parameters. This is roughly twice the number of parameters of BERT<sub>BASE</sub> "
            "since our baseline model contains two layer stacks instead of one. For regularization, we "
            "use a dropout probability of 0.1 everywhere dropout is applied in the model."]),
        ("2.2 The Colossal Clean Crawled Corpus", [
            "To generate a source of unlabeled text we use Common Crawl. We downloaded the web extracted "
            "text from April 2019 and applied heuristic filters: retaining only lines that end in a "
            "terminal punctuation mark, discarding pages with fewer than 5 sentences, removing pages with "
            "offensive words, removing pages containing code, deduplicating three-sentence spans, and "
            "keeping only English pages. This produces a collection of text that is not only orders of "
            "magnitude larger than most data sets used for pre-training (about 750 GB) but also comprises "
            "reasonably clean and natural English text. We dub this data set the \u201cColossal Clean "
            "Crawled Corpus\u201d (or C4 for short)."]),
        ("2.3 Downstream Tasks", [
            "We measure performance on the GLUE and SuperGLUE text classification meta-benchmarks; "
            "CNN/Daily Mail abstractive summarization; SQuAD question answering; and WMT English to "
            "German, French, and Romanian translation. For simplicity, when fine-tuning we treat all of "
            "the tasks in the GLUE benchmark (and similarly for SuperGLUE) as a single task by "
            "concatenating all of the constituent data sets. For translation we use WMT 2014 for "
            "English-German and English-French and WMT 2016 for English-Romanian. We report the average "
            "GLUE and SuperGLUE scores, ROUGE-2-F for CNN/DM, exact match for SQuAD, and BLEU computed with "
            "SacreBLEU for translation. All scores in the systematic study are on validation sets."]),
        ("3. Experiments", []),
        ("3.1 Baseline", [
            "<b>Training.</b> All of our models are trained using standard maximum likelihood, i.e. using "
            "teacher forcing and a cross-entropy loss. For optimization, we use AdaFactor (Shazeer and "
            "Stern, 2018). At test time, we use greedy decoding.",
            "We pre-train each model for 2<super>19</super> = 524,288 steps on C4 before fine-tuning. We "
            "use a maximum sequence length of 512 and a batch size of 128 sequences. Whenever possible, we "
            "\u201cpack\u201d multiple sequences into each entry of the batch so that our batches contain "
            "roughly 2<super>16</super> = 65,536 tokens. In total, this batch size and number of steps "
            "corresponds to pre-training on 2<super>35</super> ≈ 34B tokens. During pre-training, we use "
            "an \u201cinverse square root\u201d learning rate schedule: 1/√max(n, k) where n is the "
            "current training iteration and k is the number of warm-up steps (set to 10<super>4</super> "
            "in all of our experiments). This sets a constant learning rate of 0.01 for the first "
            "10<super>4</super> steps, then exponentially decays the learning rate until pre-training is "
            "over.",
            "Our models are fine-tuned for 2<super>18</super> = 262,144 steps on all tasks. This value was "
            "chosen as a trade-off between the high-resource tasks (i.e. those with large data sets), "
            "which benefit from additional fine-tuning, and low-resource tasks (smaller data sets), which "
            "overfit quickly. During fine-tuning, we continue using batches with 128 length-512 sequences "
            "(i.e. 2<super>16</super> tokens per batch). We use a constant learning rate of 0.001 when "
            "fine-tuning. We save a checkpoint every 5,000 steps and report results on the model "
            "checkpoint corresponding to the highest validation performance.",
            "<b>Vocabulary.</b> We use SentencePiece to encode text as WordPiece tokens, with a vocabulary "
            "of 32,000 wordpieces. Since we ultimately fine-tune on English to German, French, and "
            "Romanian translation, the vocabulary was trained on a mixture of C4 and data in those "
            "languages, mixed in a ratio of 10 parts English to 1 part non-English.",
            "<b>Unsupervised objective.</b> Our baseline uses a \u201cdenoising\u201d objective: we "
            "randomly sample and then drop out 15% of tokens in the input sequence. All consecutive spans "
            "of dropped-out tokens are replaced by a single sentinel token, and the target consists of the "
            "dropped-out spans delimited by the sentinel tokens.",
            "@TABLE:0@",
            "Table 1 shows the average and standard deviation of our baseline over 10 runs with different "
            "initializations, along with the model trained without pre-training. Pre-training provides "
            "significant gains across almost all of our benchmarks; the only exception is WMT "
            "English to French, which is a large enough data set that gains from pre-training tend to be "
            "marginal."]),
        ("3.2 Systematic Study", [
            "Starting from the baseline we vary one factor at a time. Comparing architectures, the "
            "encoder-decoder model with a denoising objective performed best. Among unsupervised "
            "objectives, BERT-style denoising objectives outperformed language modeling and "
            "deshuffling; we found that a span-corruption objective with a mean span length of 3 and a "
            "corruption rate of 15% worked slightly better than i.i.d. corruption while producing shorter "
            "targets. Pre-training on C4 was competitive with or better than smaller, domain-specific "
            "corpora, whereas repeating a small data set many times during pre-training degraded "
            "performance. Updating all parameters during fine-tuning outperformed adapter layers and "
            "gradual unfreezing, and multi-task pre-training followed by fine-tuning matched the "
            "unsupervised pre-training plus fine-tuning baseline."]),
        ("3.3 Putting It All Together", [
            "We combine the insights of our systematic study to train a family of models. Our final "
            "models use the span-corruption objective and the encoder-decoder architecture, and are "
            "pre-trained on a multi-task mixture of unsupervised and supervised tasks before being "
            "fine-tuned on each individual task. We pre-train for 1 million steps on a batch size of "
            "2<super>11</super> sequences of length 512, corresponding to a total of about 1 trillion "
            "pre-training tokens.",
            "We train models of the following sizes: <b>Small.</b> d<sub>model</sub> = 512, "
            "d<sub>ff</sub> = 2,048, 8-headed attention, and only 6 layers each in the encoder and "
            "decoder; this variant has about 60 million parameters. <b>Base.</b> Our baseline model, "
            "which has about 220 million parameters. <b>Large.</b> d<sub>model</sub> = 1,024, "
            "d<sub>ff</sub> = 4,096, d<sub>kv</sub> = 64, 16-headed attention, and 24 layers each in the "
            "encoder and decoder, resulting in around 770 million parameters. <b>3B and 11B.</b> We use "
            "d<sub>model</sub> = 1024, a 24 layer encoder and decoder, and d<sub>kv</sub> = 128. For the "
            "\u201c3B\u201d variant we use d<sub>ff</sub> = 16,384 with 32-headed attention, which "
            "results in around 2.8 billion parameters; for \u201c11B\u201d we use d<sub>ff</sub> = 65,536 "
            "with 128-headed attention producing a model with about 11 billion parameters.",
            "@TABLE:1@",
            "T5-11B achieves state-of-the-art performance on 18 out of the 24 tasks we consider. On "
            "SuperGLUE we improve upon the previous state of the art (84.6) by achieving a score of 88.9, "
            "close to human performance (89.8). We did not achieve state-of-the-art performance on any of "
            "the WMT translation tasks, which we attribute to our English-only unlabeled data set; the best "
            "prior results use back-translation and ensembling."]),
        ("4. Related Work", [
            "Prior work pre-trains encoders such as BERT with a masked language modeling objective, "
            "decoder-only language models such as GPT, and sequence-to-sequence models such as MASS and "
            "UniLM. BERT<sub>BASE</sub> is an encoder-only stack with about 110 million parameters; "
            "RoBERTa showed that BERT-style models benefit from training with larger batches for more "
            "steps on more data."]),
        ("5. Reflection", [
            "Having completed our systematic study, we find that text-to-text is a simple framework that "
            "achieves performance comparable to task-specific architectures, that the original encoder-"
            "decoder form works well, that denoising objectives are preferable to language modeling, and "
            "that scaling model size and training data both improve performance. We release C4, our "
            "code and pre-trained models."]),
    ],
    "tables": [
        {"caption": "Table 1: Average and standard deviation of scores achieved by our baseline model and "
                    "training procedure (validation sets). CNNDM: ROUGE-2-F; SQuAD: exact match; "
                    "translation: BLEU.",
         "rows": [["", "GLUE", "CNNDM", "SQuAD", "SGLUE", "EnDe", "EnFr", "EnRo"],
                  ["Baseline average", "83.28", "19.24", "80.88", "71.36", "26.98", "39.82", "27.65"],
                  ["Baseline standard deviation", "0.235", "0.065", "0.343", "0.416", "0.112", "0.090", "0.108"],
                  ["No pre-training", "66.22", "17.60", "50.31", "53.04", "25.86", "39.77", "24.04"]]},
        {"caption": "Table 2: Performance of T5-11B compared to the previous state of the art on the test "
                    "sets. SQuAD: EM/F1; CNNDM: ROUGE-2-F.",
         "rows": [["Model", "GLUE", "SGLUE", "SQuAD", "CNNDM", "EnDe", "EnFr", "EnRo"],
                  ["Previous best", "89.4", "84.6", "90.1/95.5", "20.30", "33.8", "43.8", "38.5"],
                  ["T5-11B", "90.3", "88.9", "91.26/96.22", "21.55", "32.1", "43.4", "28.1"]]},
    ],
    "references": [
        "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. BERT: Pre-training of deep "
        "bidirectional transformers for language understanding. arXiv preprint arXiv:1810.04805, 2018.",
        "Karl Moritz Hermann, Tomas Kocisky, Edward Grefenstette, Lasse Espeholt, Will Kay, Mustafa "
        "Suleyman, and Phil Blunsom. Teaching machines to read and comprehend. In NeurIPS, 2015.",
        "Taku Kudo and John Richardson. SentencePiece: A simple and language independent subword "
        "tokenizer and detokenizer for neural text processing. arXiv preprint arXiv:1808.06226, 2018.",
        "Yinhan Liu, Myle Ott, Naman Goyal, Jingfei Du, Mandar Joshi, Danqi Chen, Omer Levy, Mike Lewis, "
        "Luke Zettlemoyer, and Veselin Stoyanov. RoBERTa: A robustly optimized BERT pretraining approach. "
        "arXiv preprint arXiv:1907.11692, 2019.",
        "Matt Post. A call for clarity in reporting BLEU scores. arXiv preprint arXiv:1804.08771, 2018.",
        "Alec Radford, Karthik Narasimhan, Tim Salimans, and Ilya Sutskever. Improving language "
        "understanding by generative pre-training, 2018.",
        "Pranav Rajpurkar, Jian Zhang, Konstantin Lopyrev, and Percy Liang. SQuAD: 100,000+ questions "
        "for machine comprehension of text. arXiv preprint arXiv:1606.05250, 2016.",
        "Noam Shazeer and Mitchell Stern. Adafactor: Adaptive learning rates with sublinear memory cost. "
        "arXiv preprint arXiv:1804.04235, 2018.",
        "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Lukasz "
        "Kaiser, and Illia Polosukhin. Attention is all you need. In NeurIPS, 2017.",
        "Alex Wang, Yada Pruksachatkun, Nikita Nangia, Amanpreet Singh, Julian Michael, Felix Hill, Omer "
        "Levy, and Samuel R. Bowman. SuperGLUE: A stickier benchmark for general-purpose language "
        "understanding systems. arXiv preprint arXiv:1905.00537, 2019.",
        "Alex Wang, Amanpreet Singh, Julian Michael, Felix Hill, Omer Levy, and Samuel R. Bowman. GLUE: "
        "A multi-task benchmark and analysis platform for natural language understanding. arXiv preprint "
        "arXiv:1804.07461, 2018."],
}

TRUTH = {
    "year": 2020,
    "source": "condensed retelling of Raffel et al., JMLR 21 (2020), written from memory",
    "task_family": "seq2seq",
    "task_note": "encoder-decoder text-to-text pre-training (span corruption on C4) then fine-tuning on GLUE, "
                 "SuperGLUE, CNN/DM, SQuAD and WMT translation, all cast as text generation",
    "contribution": {"value": "analysis",
                     "quote": "Our systematic study compares pre-training objectives, architectures, unlabeled data sets"},
    "claim": {"value": "A unified text-to-text encoder-decoder Transformer, pre-trained on C4 and scaled to 11B "
                       "parameters, achieves state-of-the-art results on many benchmarks (e.g. SuperGLUE 88.9 vs "
                       "previous best 84.6; 18 of 24 tasks), though not on WMT translation",
              "quote": "we improve upon the previous state of the art (84.6) by achieving a score of 88.9"},
    "param_counts": [
        {"model": "T5-Base (baseline)", "value": 220000000,
         "quote": "this results in a model with about 220 million parameters"},
        {"model": "T5-Small", "value": 60000000, "quote": "this variant has about 60 million parameters"},
        {"model": "T5-Large", "value": 770000000, "quote": "resulting in around 770 million parameters"},
        {"model": "T5-3B", "value": 2800000000, "quote": "results in around 2.8 billion parameters"},
        {"model": "T5-11B", "value": 11000000000, "quote": "producing a model with about 11 billion parameters"},
    ],
    "architecture": {"value": "encoder-decoder Transformer; baseline 12+12 blocks, d_model=768, d_ff=3072 (ReLU), "
                              "d_kv=64, 12 heads, simplified layer norm, relative position embeddings; Small/Large/"
                              "3B/11B variants",
                     "quote": "both the encoder and decoder consist of 12 blocks"},
    "datasets": [
        {"value": "C4 (Colossal Clean Crawled Corpus, ~750 GB, Common Crawl April 2019) [pre-training]",
         "quote": "We dub this data set the"},
        {"value": "GLUE", "quote": "We measure performance on the GLUE and SuperGLUE text classification"},
        {"value": "SuperGLUE", "quote": "We measure performance on the GLUE and SuperGLUE text classification"},
        {"value": "CNN/Daily Mail abstractive summarization", "quote": "CNN/Daily Mail abstractive summarization"},
        {"value": "SQuAD", "quote": "SQuAD question answering; and WMT English"},
        {"value": "WMT 2014 English-German and English-French, WMT 2016 English-Romanian",
         "quote": "For translation we use WMT 2014 for English-German"},
    ],
    "metrics": [
        {"value": "GLUE and SuperGLUE average score", "quote": "We report the average GLUE and SuperGLUE scores"},
        {"value": "ROUGE-2-F (CNN/DM)", "quote": "ROUGE-2-F for CNN/DM"},
        {"value": "exact match (SQuAD; F1 also in final results)", "quote": "exact match for SQuAD"},
        {"value": "BLEU (SacreBLEU)", "quote": "BLEU computed with SacreBLEU for translation"},
    ],
    "training": {
        "pretraining_baseline": {
            "optimizer": {"value": "AdaFactor", "quote": "For optimization, we use AdaFactor"},
            "learning_rate": {"value": "inverse square root schedule 1/sqrt(max(n, k)): constant 0.01 for the first "
                                       "10^4 steps, then exponential decay", "numbers": [0.01],
                              "quote": "This sets a constant learning rate of 0.01 for the first"},
            "lr_schedule": {"value": "inverse square root", "quote": "learning rate schedule: 1/√max(n, k)"},
            "warmup": {"value": "10^4 steps (k in the inverse square root schedule)", "numbers": [10000],
                       "quote": "k is the number of warm-up steps"},
            "batch_size": {"value": "128 sequences of length 512 (~2^16 = 65,536 tokens)", "numbers": [128],
                           "quote": "use a maximum sequence length of 512 and a batch size of 128 sequences"},
            "steps": {"value": "2^19 = 524,288", "numbers": [524288],
                      "quote": "We pre-train each model for 2<super>19</super> = 524,288 steps on C4"},
            "dropout": {"value": 0.1, "quote": "use a dropout probability of 0.1 everywhere dropout is applied"},
            "max_seq_length": {"value": 512, "quote": "use a maximum sequence length of 512 and a batch size of 128 sequences"},
            "corruption_rate": {"value": "15% of tokens", "numbers": [0.15],
                                "quote": "randomly sample and then drop out 15% of tokens"},
        },
        "finetuning_baseline": {
            "optimizer": {"value": "AdaFactor", "quote": "For optimization, we use AdaFactor",
                          "note": "stated once for all training"},
            "learning_rate": {"value": 0.001, "quote": "We use a constant learning rate of 0.001 when"},
            "batch_size": {"value": "128 length-512 sequences (2^16 tokens)", "numbers": [128],
                           "quote": "we continue using batches with 128 length-512 sequences"},
            "steps": {"value": "2^18 = 262,144", "numbers": [262144],
                      "quote": "Our models are fine-tuned for 2<super>18</super> = 262,144 steps"},
            "dropout": {"value": 0.1, "quote": "use a dropout probability of 0.1 everywhere dropout is applied"},
        },
        "pretraining_final": {
            "steps": {"value": 1000000, "quote": "We pre-train for 1 million steps on a batch size of"},
            "batch_size": {"value": "2^11 = 2048 sequences of length 512", "numbers": [2048],
                           "quote": "We pre-train for 1 million steps on a batch size of"},
            "objective": {"value": "span corruption, mean span length 3, 15% corruption",
                          "quote": "mean span length of 3 and a corruption rate of 15%"},
        },
    },
    "not_stated": ["weight_decay", "epochs", "final-model fine-tuning hyper-parameters",
                   "learning rate of the final models", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "Learning rate for pre-training is given through the inverse-square-root schedule formula with "
        "k = 10^4 (constant 0.01 during warm-up); steps as powers of two with superscripts (2^19, 2^18, 2^11).",
        "Related work mentions BERT-BASE's 110 million parameters (not this paper's model).",
        "Table 2's 'Previous best' row is prior work.",
    ],
}
