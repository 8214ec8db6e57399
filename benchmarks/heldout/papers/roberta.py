"""RoBERTa (Liu et al., 2019): condensed retelling written from memory (held-out test material)."""

PAPER = {
    "title": "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
    "authors": "Yinhan Liu, Myle Ott, Naman Goyal, Jingfei Du, Mandar Joshi, Danqi Chen, Omer Levy, "
               "Mike Lewis, Luke Zettlemoyer, Veselin Stoyanov",
    "affil": "Paul G. Allen School of Computer Science &amp; Engineering, University of Washington; "
             "Facebook AI",
    "header": "RoBERTa: A Robustly Optimized BERT Pretraining Approach",
    "columns": 2,
    "stamp": "arXiv:1907.11692v1 [cs.CL] 26 Jul 2019",
    "abstract": (
        "Language model pretraining has led to significant performance gains but careful comparison "
        "between different approaches is challenging. Training is computationally expensive, often done "
        "on private datasets of different sizes, and, as we will show, hyperparameter choices have "
        "significant impact on the final results. We present a replication study of BERT pretraining "
        "(Devlin et al., 2019) that carefully measures the impact of many key hyperparameters and "
        "training data size. We find that BERT was significantly undertrained, and can match or exceed "
        "the performance of every model published after it. Our best model achieves state-of-the-art "
        "results on GLUE, RACE and SQuAD. These results highlight the importance of previously "
        "overlooked design choices, and raise questions about the source of recently reported "
        "improvements. We release our models and code."),
    "sections": [
        ("1 Introduction", [
            "Self-training methods such as ELMo, GPT, BERT, XLM and XLNet have brought significant "
            "performance gains, but it can be challenging to determine which aspects of the methods "
            "contribute the most. Training is computationally expensive, limiting the amount of tuning "
            "that can be done, and is often done with private training data of varying sizes.",
            "We present a replication study of BERT pretraining, which includes a careful evaluation "
            "of the effects of hyperparameter tuning and training set size. We find that BERT was "
            "significantly undertrained and propose an improved recipe for training BERT models, which "
            "we call RoBERTa, that can match or exceed the performance of all of the post-BERT methods. "
            "Our modifications are simple, they include: (1) training the model longer, with bigger "
            "batches, over more data; (2) removing the next sentence prediction objective; (3) training "
            "on longer sequences; and (4) dynamically changing the masking pattern applied to the "
            "training data. We also collect a large new dataset (CC-News) of comparable size to other "
            "privately used datasets, to better control for training set size effects.",
            "When controlling for training data, our improved training procedure improves upon the "
            "published BERT results on both GLUE and SQuAD. When trained for longer over additional "
            "data, our model achieves a score of 88.5 on the public GLUE leaderboard, matching the 88.4 "
            "reported by Yang et al. (2019)."]),
        ("2 Background", [
            "In this section we give a brief overview of the BERT pretraining approach and some of the "
            "training choices that we will examine experimentally in the following section.",
            "<b>Architecture.</b> BERT uses the now ubiquitous transformer architecture (Vaswani et al., "
            "2017). We use a transformer architecture with L layers; each block uses A self-attention "
            "heads and hidden dimension H.",
            "<b>Training objectives.</b> During pretraining, BERT uses two objectives: masked language "
            "modeling and next sentence prediction. BERT uniformly selects 15% of the input tokens for "
            "possible replacement; of the selected tokens, 80% are replaced with [MASK], 10% are left "
            "unchanged, and 10% are replaced by a randomly selected vocabulary token. Next Sentence "
            "Prediction (NSP) is a binary classification loss for predicting whether two segments "
            "follow each other in the original text.",
            "<b>Optimization.</b> BERT is optimized with Adam (Kingma and Ba, 2015) using the following "
            "parameters: β<sub>1</sub> = 0.9, β<sub>2</sub> = 0.999, ε = 1e-6 and L<sub>2</sub> weight "
            "decay of 0.01. The learning rate is warmed up over the first 10,000 steps to a peak value "
            "of 1e-4, and then linearly decayed. BERT trains with a dropout of 0.1 on all layers and "
            "attention weights, and a GELU activation function. Models are pretrained for S = 1,000,000 "
            "updates, with minibatches containing B = 256 sequences of maximum length T = 512 tokens.",
            "<b>Data.</b> BERT is trained on a combination of BookCorpus (Zhu et al., 2015) plus "
            "English Wikipedia, which totals 16GB of uncompressed text."]),
        ("3 Experimental Setup", []),
        ("3.1 Implementation", [
            "We reimplement BERT in FAIRSEQ (Ott et al., 2019). We primarily follow the original BERT "
            "optimization hyperparameters, given in Section 2, except for the peak learning rate and "
            "number of warmup steps, which are tuned separately for each setting. We additionally found "
            "training to be very sensitive to the Adam epsilon term, and in some cases we obtained "
            "better performance or improved stability after tuning it. Similarly, we found setting "
            "β<sub>2</sub> = 0.98 to improve stability when training with large batch sizes.",
            "We pretrain with sequences of at most T = 512 tokens. Unlike Devlin et al. (2019), we do "
            "not randomly inject short sequences, and we do not train with a reduced sequence length "
            "for the first 90% of updates. We train only with full-length sequences. We train with "
            "mixed precision floating point arithmetic on DGX-1 machines, each with 8 × 32GB Nvidia "
            "V100 GPUs interconnected by Infiniband."]),
        ("3.2 Data", [
            "BERT-style pretraining crucially relies on large quantities of text. We consider five "
            "English-language corpora of varying sizes and domains, totaling over 160GB of uncompressed "
            "text: BookCorpus plus English Wikipedia (16GB); CC-News, which we collected from the "
            "English portion of the CommonCrawl News dataset and which contains 63 million English news "
            "articles crawled between September 2016 and February 2019 (76GB after filtering); "
            "OpenWebText, an open-source recreation of the WebText corpus (38GB); and Stories, a subset "
            "of CommonCrawl data filtered to match the story-like style of Winograd schemas (31GB)."]),
        ("3.3 Evaluation", [
            "Following previous work, we evaluate our pretrained models on downstream tasks using the "
            "following three benchmarks. The General Language Understanding Evaluation (GLUE) benchmark "
            "is a collection of 9 datasets for evaluating natural language understanding systems. The "
            "Stanford Question Answering Dataset (SQuAD) provides a paragraph of context and a question; "
            "we evaluate on two versions, V1.1 and V2.0. The ReAding Comprehension from Examinations "
            "(RACE) task is a large-scale reading comprehension dataset with more than 28,000 passages "
            "and nearly 100,000 questions, collected from English examinations in China."]),
        ("4 Training Procedure Analysis", [
            "This section explores and quantifies which choices are important for successfully "
            "pretraining BERT models. We keep the model architecture fixed; specifically, we begin by "
            "training BERT models with the same configuration as BERT<sub>BASE</sub> (L = 12, H = 768, "
            "A = 12, 110M params).",
            "<b>Static vs. dynamic masking.</b> The original BERT implementation performed masking once "
            "during data preprocessing, resulting in a single static mask. To avoid using the same mask "
            "for each training instance in every epoch, training data was duplicated 10 times so that "
            "each sequence is masked in 10 different ways over the 40 epochs of training. We compare "
            "this strategy with dynamic masking, where we generate the masking pattern every time we "
            "feed a sequence to the model (Table 1). Dynamic masking is comparable or slightly better "
            "than static masking, and we use it in the remaining experiments.",
            "@TABLE:0@",
            "<b>Model input format and next sentence prediction.</b> We compare SEGMENT-PAIR+NSP, "
            "SENTENCE-PAIR+NSP, FULL-SENTENCES and DOC-SENTENCES inputs. Removing the NSP loss matches or "
            "slightly improves downstream task performance; DOC-SENTENCES performs slightly better than "
            "FULL-SENTENCES, but we use FULL-SENTENCES in the remainder of our experiments for easier "
            "comparison with related work, since it results in variable batch sizes.",
            "<b>Training with large batches.</b> Devlin et al. (2019) originally trained "
            "BERT<sub>BASE</sub> for 1M steps with a batch size of 256 sequences. This is equivalent in "
            "computational cost, via gradient accumulation, to training for 125K steps with a batch size "
            "of 2K sequences, or for 31K steps with a batch size of 8K. In Table 2 we compare perplexity "
            "and end-task performance of BERT<sub>BASE</sub> as we increase the batch size, controlling "
            "for the number of passes through the training data.",
            "@TABLE:1@",
            "<b>Text encoding.</b> The original BERT implementation uses a character-level BPE vocabulary "
            "of size 30K. We instead consider training BERT with a larger byte-level BPE vocabulary "
            "containing 50K subword units, without any additional preprocessing or tokenization of the "
            "input. This adds approximately 15M and 20M additional parameters for BERT<sub>BASE</sub> "
            "and BERT<sub>LARGE</sub>, respectively."]),
        ("5 RoBERTa", [
            "We aggregate these improvements and evaluate their combined impact. We call this "
            "configuration RoBERTa for Robustly optimized BERT approach. Specifically, RoBERTa is "
            "trained with dynamic masking, FULL-SENTENCES without NSP loss, large mini-batches and a "
            "larger byte-level BPE.",
            "We pretrain RoBERTa following the BERT<sub>LARGE</sub> architecture (L = 24, H = 1024, "
            "A = 16, 355M parameters). We pretrain for 100K steps over a comparable BookCorpus plus "
            "Wikipedia dataset as was used in Devlin et al. (2019), using 1024 V100 GPUs for "
            "approximately one day. We then combine this data with the three additional datasets of "
            "Section 3.2 and pretrain for longer, increasing the number of pretraining steps from 100K "
            "to 300K, and then further to 500K (Table 3). The full set of pretraining hyperparameters is "
            "listed in Appendix A.",
            "@TABLE:2@",
            "<b>GLUE results.</b> We consider two finetuning settings. In the first setting "
            "(single-task, dev) we finetune RoBERTa separately for each of the GLUE tasks, using only "
            "the training data for the corresponding task. We consider a limited hyperparameter sweep "
            "for each task, with batch sizes ∈ {16, 32} and learning rates ∈ {1e-5, 2e-5, 3e-5}, with a "
            "linear warmup for the first 6% of steps followed by a linear decay to 0. We finetune for "
            "10 epochs and perform early stopping based on each task's evaluation metric on the dev set. "
            "In the second setting (ensembles, test) we compare RoBERTa to other approaches on the test "
            "set via the GLUE leaderboard; for RTE, STS and MRPC we found it helpful to finetune starting "
            "from the MNLI single-task model, rather than the baseline pretrained RoBERTa.",
            "@TABLE:3@",
            "<b>SQuAD and RACE results.</b> For SQuAD we only finetune using the provided SQuAD "
            "training data, whereas BERT and XLNet augment their training data with additional QA "
            "datasets. RoBERTa reaches 94.6 F1 on the SQuAD v1.1 development set and 89.4 F1 on "
            "SQuAD v2.0. On RACE, RoBERTa achieves 83.2% accuracy on the test set, compared with 72.0% "
            "for BERT<sub>LARGE</sub> and 81.7% for XLNet<sub>LARGE</sub>, with evaluation on both the "
            "middle-school and high-school subsets."]),
        ("6 Conclusion", [
            "We carefully evaluate a number of design decisions when pretraining BERT models. We find "
            "that performance can be substantially improved by training the model longer, with bigger "
            "batches over more data; removing the next sentence prediction objective; training on longer "
            "sequences; and dynamically changing the masking pattern applied to the training data. Our "
            "improved pretraining procedure, which we call RoBERTa, achieves state-of-the-art results on "
            "GLUE, RACE and SQuAD, without multi-task finetuning for GLUE or additional data for SQuAD."]),
    ],
    "tables": [
        {"caption": "Table 1: Comparison between static and dynamic masking for BERT<sub>BASE</sub>. "
                    "We report F1 for SQuAD and accuracy for MNLI-m and SST-2.",
         "rows": [["Masking", "SQuAD 2.0", "MNLI-m", "SST-2"],
                  ["reference", "76.3", "84.3", "92.8"],
                  ["static", "78.3", "84.3", "92.5"],
                  ["dynamic", "78.7", "84.0", "92.9"]]},
        {"caption": "Table 2: Perplexity on held-out training data (ppl) and dev set accuracy on "
                    "MNLI-m and SST-2 for BERT<sub>BASE</sub> trained with varying batch sizes (bsz).",
         "rows": [["bsz", "steps", "lr", "ppl", "MNLI-m", "SST-2"],
                  ["256", "1M", "1e-4", "3.99", "84.7", "92.7"],
                  ["2K", "125K", "7e-4", "3.68", "85.2", "92.9"],
                  ["8K", "31K", "1e-3", "3.77", "84.6", "92.8"]]},
        {"caption": "Table 3: Development set results for RoBERTa as we pretrain over more data "
                    "(16GB → 160GB of text) and pretrain for longer (100K → 300K → 500K steps). "
                    "SQuAD: F1 v1.1/v2.0.",
         "rows": [["Model", "data", "steps", "SQuAD", "MNLI-m", "SST-2"],
                  ["RoBERTa w/ books+wiki", "16GB", "100K", "93.6/87.3", "89.0", "95.3"],
                  ["+ additional data", "160GB", "100K", "94.0/87.7", "89.3", "95.6"],
                  ["+ pretrain longer", "160GB", "300K", "94.4/88.7", "90.0", "96.1"],
                  ["+ pretrain even longer", "160GB", "500K", "94.6/89.4", "90.2", "96.4"],
                  ["BERT-LARGE", "13GB", "1M", "90.9/81.8", "86.6", "93.7"],
                  ["XLNet-LARGE", "126GB", "500K", "94.5/88.8", "89.8", "95.6"]]},
        {"caption": "Table 4: GLUE development set results for single-task single models "
                    "(MNLI-m, QNLI, RTE, SST-2, CoLA).",
         "rows": [["Model", "MNLI", "QNLI", "RTE", "SST", "CoLA"],
                  ["BERT-LARGE", "86.6", "92.3", "70.4", "93.2", "60.6"],
                  ["XLNet-LARGE", "89.8", "93.9", "83.8", "95.6", "63.6"],
                  ["RoBERTa", "90.2", "94.7", "86.6", "96.4", "68.0"]]},
    ],
    "references": [
        "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: Pre-training of "
        "deep bidirectional transformers for language understanding. In NAACL.",
        "Diederik Kingma and Jimmy Ba. 2015. Adam: A method for stochastic optimization. In ICLR.",
        "Myle Ott, Sergey Edunov, Alexei Baevski, Angela Fan, Sam Gross, Nathan Ng, David Grangier, "
        "and Michael Auli. 2019. FAIRSEQ: A fast, extensible toolkit for sequence modeling. In NAACL: "
        "Demonstrations.",
        "Alec Radford, Karthik Narasimhan, Tim Salimans, and Ilya Sutskever. 2018. Improving language "
        "understanding with unsupervised learning. Technical report, OpenAI.",
        "Pranav Rajpurkar, Robin Jia, and Percy Liang. 2018. Know what you don't know: Unanswerable "
        "questions for SQuAD. In ACL.",
        "Guokun Lai, Qizhe Xie, Hanxiao Liu, Yiming Yang, and Eduard Hovy. 2017. RACE: Large-scale "
        "reading comprehension dataset from examinations. arXiv preprint arXiv:1704.04683.",
        "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N Gomez, Lukasz "
        "Kaiser, and Illia Polosukhin. 2017. Attention is all you need. In NIPS.",
        "Alex Wang, Amanpreet Singh, Julian Michael, Felix Hill, Omer Levy, and Samuel R. Bowman. 2019. "
        "GLUE: A multi-task benchmark and analysis platform for natural language understanding. In ICLR.",
        "Zhilin Yang, Zihang Dai, Yiming Yang, Jaime Carbonell, Ruslan Salakhutdinov, and Quoc V. Le. "
        "2019. XLNet: Generalized autoregressive pretraining for language understanding. arXiv "
        "preprint arXiv:1906.08237.",
        "Yukun Zhu, Ryan Kiros, Richard Zemel, Ruslan Salakhutdinov, Raquel Urtasun, Antonio Torralba, "
        "and Sanja Fidler. 2015. Aligning books and movies: Towards story-like visual explanations by "
        "watching movies and reading books. In ICCV."],
    "appendix": [
        ("Appendix A: Pretraining Hyperparameters", [
            "Table 5 describes the hyperparameters for pretraining of RoBERTa<sub>LARGE</sub> and "
            "RoBERTa<sub>BASE</sub>.",
            "@TABLE:4@"]),
        ("Appendix B: Finetuning Hyperparameters", [
            "Finetuning hyperparameters for RACE, SQuAD and GLUE are given in Table 6. Development set results "
            "are reported as the median over five random initializations.",
            "@TABLE:5@"]),
    ],
}
PAPER["tables"] += [
    {"caption": "Table 5: Hyperparameters for pretraining RoBERTa<sub>LARGE</sub> and "
                "RoBERTa<sub>BASE</sub>.",
     "rows": [["Hyperparam", "RoBERTa-LARGE", "RoBERTa-BASE"],
              ["Number of Layers", "24", "12"],
              ["Hidden size", "1024", "768"],
              ["FFN inner hidden size", "4096", "3072"],
              ["Attention heads", "16", "12"],
              ["Attention head size", "64", "64"],
              ["Dropout", "0.1", "0.1"],
              ["Attention Dropout", "0.1", "0.1"],
              ["Warmup Steps", "30k", "24k"],
              ["Peak Learning Rate", "4e-4", "6e-4"],
              ["Batch Size", "8k", "8k"],
              ["Weight Decay", "0.01", "0.01"],
              ["Max Steps", "500k", "500k"],
              ["Learning Rate Decay", "Linear", "Linear"],
              ["Adam ε", "1e-6", "1e-6"],
              ["Adam β1", "0.9", "0.9"],
              ["Adam β2", "0.98", "0.98"],
              ["Gradient Clipping", "0.0", "0.0"]]},
    {"caption": "Table 6: Hyperparameters for finetuning RoBERTa<sub>LARGE</sub> on RACE, SQuAD and GLUE.",
     "rows": [["Hyperparam", "RACE", "SQuAD", "GLUE"],
              ["Learning Rate", "1e-5", "1.5e-5", "{1e-5, 2e-5, 3e-5}"],
              ["Batch Size", "16", "48", "{16, 32}"],
              ["Weight Decay", "0.1", "0.01", "0.1"],
              ["Max Epochs", "4", "2", "10"],
              ["Learning Rate Decay", "Linear", "Linear", "Linear"],
              ["Warmup ratio", "0.06", "0.06", "0.06"]]},
]

TRUTH = {
    "year": 2019,
    "source": "condensed retelling of Liu et al., arXiv:1907.11692 (2019), written from memory",
    "task_family": "text-classification",
    "task_note": "masked-LM pretraining (no NSP) then finetuning on GLUE (classification), SQuAD (span "
                 "extraction) and RACE (multiple choice)",
    "contribution": {"value": "training-method",
                     "quote": "propose an improved recipe for training BERT models, which we call RoBERTa"},
    "claim": {"value": "BERT was significantly undertrained: with the improved recipe (longer training, bigger "
                       "batches, more data, no NSP, longer sequences, dynamic masking) RoBERTa matches or exceeds "
                       "every post-BERT model, e.g. 88.5 on the GLUE leaderboard vs 88.4 for XLNet, and "
                       "state-of-the-art on GLUE, RACE and SQuAD",
              "quote": "We find that BERT was significantly undertrained, and can match or exceed the performance"},
    "param_counts": [
        {"model": "RoBERTa (BERT-LARGE architecture)", "value": 355000000,
         "quote": "A = 16, 355M parameters"},
    ],
    "architecture": {"value": "BERT Transformer encoder; RoBERTa-LARGE L=24, H=1024, A=16, FFN 4096 (355M "
                              "params); RoBERTa-BASE L=12, H=768, A=12, FFN 3072; byte-level BPE vocabulary "
                              "of 50K subword units",
                     "quote": "We pretrain RoBERTa following the BERT"},
    "datasets": [
        {"value": "BookCorpus + English Wikipedia (16GB) [pretraining]",
         "quote": "BookCorpus plus English Wikipedia (16GB)"},
        {"value": "CC-News (76GB, 63M English news articles) [pretraining]",
         "quote": "63 million English news articles crawled between September 2016"},
        {"value": "OpenWebText (38GB) [pretraining]",
         "quote": "an open-source recreation of the WebText corpus (38GB)"},
        {"value": "Stories (31GB) [pretraining]",
         "quote": "story-like style of Winograd schemas (31GB)"},
        {"value": "GLUE [finetuning]",
         "quote": "The General Language Understanding Evaluation (GLUE) benchmark"},
        {"value": "SQuAD v1.1 and v2.0 [finetuning]",
         "quote": "we evaluate on two versions, V1.1 and V2.0"},
        {"value": "RACE [finetuning]",
         "quote": "(RACE) task is a large-scale reading comprehension dataset"},
    ],
    "metrics": [
        {"value": "accuracy (MNLI, SST-2, RACE, GLUE tasks)", "quote": "We report F1 for SQuAD and accuracy for MNLI-m and SST-2."},
        {"value": "F1 (SQuAD)", "quote": "RoBERTa reaches 94.6 F1 on the SQuAD v1.1 development set"},
        {"value": "perplexity on held-out training data", "quote": "Perplexity on held-out training data (ppl)"},
        {"value": "GLUE leaderboard score", "quote": "achieves a score of 88.5 on the public GLUE leaderboard"},
    ],
    "training": {
        "pretraining_large": {
            "optimizer": {"value": "Adam, β1=0.9, β2=0.98, ε=1e-6", "quote": "Adam β2 0.98 0.98",
                          "note": "Adam named in Sec. 2; β2 = 0.98 in Sec. 3.1 and Table 5"},
            "learning_rate": {"value": 0.0004, "quote": "Peak Learning Rate 4e-4 6e-4", "numbers": [0.0004],
                              "note": "LARGE column"},
            "batch_size": {"value": "8K sequences", "numbers": [8000], "quote": "Batch Size 8k 8k", "note": "written '8k'"},
            "steps": {"value": 500000, "quote": "Max Steps 500k 500k",
                      "note": "also 100K and 300K in the Table 3 progression"},
            "warmup": {"value": "30k steps", "numbers": [30000], "quote": "Warmup Steps 30k 24k"},
            "weight_decay": {"value": 0.01, "quote": "Weight Decay 0.01 0.01"},
            "dropout": {"value": 0.1, "quote": "Attention Dropout 0.1 0.1",
                        "note": "dropout 0.1 and attention dropout 0.1"},
            "gradient_clipping": {"value": "0.0 (none)", "numbers": [0.0], "quote": "Gradient Clipping 0.0 0.0"},
            "max_seq_length": {"value": 512, "quote": "We pretrain with sequences of at most T = 512 tokens."},
        },
        "pretraining_base": {
            "optimizer": {"value": "Adam, β1=0.9, β2=0.98, ε=1e-6", "quote": "Adam β2 0.98 0.98"},
            "learning_rate": {"value": 0.0006, "quote": "Peak Learning Rate 4e-4 6e-4", "numbers": [0.0006],
                              "note": "BASE column"},
            "batch_size": {"value": "8K sequences", "numbers": [8000], "quote": "Batch Size 8k 8k", "note": "written '8k'"},
            "steps": {"value": 500000, "quote": "Max Steps 500k 500k"},
            "warmup": {"value": "24k steps", "numbers": [24000], "quote": "Warmup Steps 30k 24k"},
            "weight_decay": {"value": 0.01, "quote": "Weight Decay 0.01 0.01"},
            "dropout": {"value": 0.1, "quote": "Attention Dropout 0.1 0.1"},
        },
        "finetuning_glue": {
            "learning_rate": {"value": [1e-05, 2e-05, 3e-05],
                              "quote": "learning rates ∈ {1e-5, 2e-5, 3e-5}", "note": "swept per task"},
            "batch_size": {"value": [16, 32], "quote": "with batch sizes ∈ {16, 32}"},
            "epochs": {"value": "10 epochs with early stopping on the dev set", "numbers": [10],
                       "quote": "We finetune for 10 epochs and perform early stopping"},
            "warmup": {"value": "6% of steps", "numbers": [0.06],
                       "quote": "linear warmup for the first 6% of steps followed by a linear decay to 0"},
            "weight_decay": {"value": 0.1, "quote": "Weight Decay 0.1 0.01 0.1", "numbers": [0.1],
                             "note": "GLUE column of Table 6"},
        },
        "finetuning_squad": {
            "learning_rate": {"value": 1.5e-05, "quote": "Learning Rate 1e-5 1.5e-5", "numbers": [1.5e-05]},
            "batch_size": {"value": 48, "quote": "Batch Size 16 48", "numbers": [48]},
            "epochs": {"value": 2, "quote": "Max Epochs 4 2 10", "numbers": [2]},
            "weight_decay": {"value": 0.01, "quote": "Weight Decay 0.1 0.01 0.1", "numbers": [0.01]},
            "warmup": {"value": "warmup ratio 0.06", "numbers": [0.06], "quote": "Warmup ratio 0.06 0.06 0.06"},
        },
        "finetuning_race": {
            "learning_rate": {"value": 1e-05, "quote": "Learning Rate 1e-5 1.5e-5", "numbers": [1e-05]},
            "batch_size": {"value": 16, "quote": "Batch Size 16 48", "numbers": [16]},
            "epochs": {"value": 4, "quote": "Max Epochs 4 2 10", "numbers": [4]},
            "weight_decay": {"value": 0.1, "quote": "Weight Decay 0.1 0.01 0.1", "numbers": [0.1]},
            "warmup": {"value": "warmup ratio 0.06", "numbers": [0.06], "quote": "Warmup ratio 0.06 0.06 0.06"},
        },
    },
    "not_stated": ["finetuning optimizer (not named separately; Adam from pretraining implied)",
                   "finetuning dropout", "lora_rank", "lora_alpha", "epochs (pretraining)"],
    "paper_notes": [
        "Trap: Section 2 (Background) restates the original BERT settings (Adam β2=0.999, lr 1e-4, 10,000 "
        "warmup steps, 1M steps, batch 256) which are NOT RoBERTa's final set-up.",
        "Trap: Table 2 batch-size ablation (256/2K/8K, lr 1e-4/7e-4/1e-3) uses BERT-BASE ablation runs.",
        "Final pretraining hyper-parameters only in Appendix Table 5; finetuning per-task values in Table 6.",
        "Table 3 compares 100K/300K/500K steps for the LARGE model; 500K is the final.",
    ],
}
