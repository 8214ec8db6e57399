"""ELECTRA (Clark et al., ICLR 2020): condensed retelling written from memory (held-out test material)."""

PAPER = {
    "title": "ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators",
    "authors": "Kevin Clark, Minh-Thang Luong, Quoc V. Le, Christopher D. Manning",
    "affil": "Stanford University; Google Brain",
    "header": "Published as a conference paper at ICLR 2020",
    "columns": 1,
    "abstract": (
        "Masked language modeling (MLM) pre-training methods such as BERT corrupt the input by replacing "
        "some tokens with [MASK] and then train a model to reconstruct the original tokens. While they "
        "produce good results when transferred to downstream NLP tasks, they generally require large "
        "amounts of compute to be effective. As an alternative, we propose a more sample-efficient "
        "pre-training task called replaced token detection. Instead of masking the input, our approach "
        "corrupts it by replacing some tokens with plausible alternatives sampled from a small generator "
        "network. Then, instead of training a model that predicts the original identities of the "
        "corrupted tokens, we train a discriminative model that predicts whether each token in the "
        "corrupted input was replaced by a generator sample or not. Thorough experiments demonstrate this "
        "new pre-training task is more efficient than MLM because the task is defined over all input "
        "tokens rather than just the small subset that was masked out. As a result, the contextual "
        "representations learned by our approach substantially outperform the ones learned by BERT given "
        "the same model size, data, and compute. The gains are particularly strong for small models; for "
        "example, we train a model on one GPU for 4 days that outperforms GPT (trained using 30× more "
        "compute) on the GLUE natural language understanding benchmark. Our approach also works well at "
        "scale, where it performs comparably to RoBERTa and XLNet while using less than 1/4 of their "
        "compute and outperforms them when using the same amount of compute."),
    "sections": [
        ("1 Introduction", [
            "Current state-of-the-art representation learning methods for language can be viewed as "
            "learning denoising autoencoders. They select a small subset of the unlabeled input sequence "
            "(typically 15%), mask the identities of those tokens or attention to those tokens, and then "
            "train the network to recover the original input. While more effective than conventional "
            "language-model pre-training due to learning bidirectional representations, these masked "
            "language modeling approaches incur a substantial compute cost because the network only "
            "learns from 15% of the tokens per example.",
            "As an alternative, we propose replaced token detection, a pre-training task in which the "
            "model learns to distinguish real input tokens from plausible but synthetically generated "
            "replacements. A key advantage of our discriminative task is that the model learns from all "
            "input tokens instead of just the small masked-out subset, making it more computationally "
            "efficient. We call our approach ELECTRA, for \u201cEfficiently Learning an Encoder that "
            "Classifies Token Replacements Accurately.\u201d",
            "ELECTRA-Small, which can be trained on 1 GPU in 4 days, outperforms a comparably small BERT "
            "model by 5 points on GLUE, and even outperforms the much larger GPT model. Our approach also "
            "works well at large scale, where we train an ELECTRA-Large model that performs comparably to "
            "RoBERTa and XLNet, despite having fewer parameters and using 1/4 of the compute for "
            "training."]),
        ("2 Method", [
            "Our approach trains two neural networks, a generator G and a discriminator D. Each one "
            "primarily consists of an encoder (e.g., a Transformer network) that maps a sequence of input "
            "tokens x = [x<sub>1</sub>, ..., x<sub>n</sub>] into a sequence of contextualized vector "
            "representations h(x). The generator is trained to perform masked language modeling: given "
            "an input, MLM first selects a random set of positions to mask out, and the generator learns "
            "to predict the original identities of the masked-out tokens. The discriminator is trained "
            "to distinguish tokens in the data from tokens that have been replaced by generator samples.",
            "We minimize the combined loss min<sub>θG,θD</sub> Σ<sub>x∈X</sub> L<sub>MLM</sub>(x, "
            "θ<sub>G</sub>) + λ L<sub>Disc</sub>(x, θ<sub>D</sub>) over a large corpus X of raw text. "
            "Although similar to the training objective of a GAN, the generator is trained with maximum "
            "likelihood rather than adversarially, because of the difficulty of back-propagating through "
            "sampling. We do not back-propagate the discriminator loss through the generator. After "
            "pre-training, we throw out the generator and fine-tune the discriminator on downstream "
            "tasks."]),
        ("3 Experiments", []),
        ("3.1 Experimental Setup", [
            "We evaluate on the General Language Understanding Evaluation (GLUE) benchmark and on the "
            "Stanford Question Answering (SQuAD) dataset. GLUE contains a variety of tasks covering "
            "textual entailment (RTE and MNLI), question-answer entailment (QNLI), paraphrase (MRPC), "
            "question paraphrase (QQP), textual similarity (STS), sentiment (SST), and linguistic "
            "acceptability (CoLA). Our evaluation metrics are Spearman correlation for STS, Matthews "
            "correlation for CoLA, and accuracy for the other GLUE tasks; we generally report the "
            "average score over all tasks. For SQuAD, we evaluate on versions 1.1 and 2.0 and report "
            "Exact-Match (EM) and F1 scores.",
            "For most experiments we pre-train on the same data as BERT, which consists of 3.3 Billion "
            "tokens from Wikipedia and BooksCorpus. However, for our Large model we pre-trained on the "
            "data used for XLNet, which extends the BERT dataset to 33B tokens by including data from "
            "ClueWeb, CommonCrawl, and Gigaword. All of the pre-training and evaluation is on English "
            "data. Our model architecture and most hyperparameters are the same as BERT's. For "
            "fine-tuning on GLUE, we add simple linear classifiers on top of ELECTRA; for SQuAD we add "
            "the question-answering module from XLNet. Some of our evaluations are on small datasets, "
            "so we report the median of 10 fine-tuning runs from the same pre-trained checkpoint for "
            "each result. Full hyperparameters are listed in Appendix A."]),
        ("3.2 Model Extensions", [
            "<b>Weight sharing.</b> We propose improving the efficiency of the pre-training by sharing "
            "weights between the generator and discriminator. When the two models are the same size, "
            "GLUE scores are 83.6 for no weight tying, 84.3 for tying token embeddings, and 84.4 for "
            "tying all weights. We use tied embeddings for further experiments.",
            "<b>Smaller generators.</b> We find that models work best with generators 1/4–1/2 the size "
            "of the discriminator. We speculate that having too strong of a generator may pose a too-"
            "challenging task for the discriminator. Unless stated otherwise we jointly train the "
            "generator and discriminator."]),
        ("3.3 Small Models", [
            "As a goal of this work is to improve the efficiency of pre-training, we develop a small "
            "model that can be quickly trained on a single GPU. Starting with the BERT-Base "
            "hyperparameters, we shortened the sequence length (from 512 to 128), reduced the batch size "
            "(from 256 to 128), reduced the model's hidden dimension size (from 768 to 256), and used "
            "smaller token embeddings (from 768 to 128). To provide a fair comparison, we also train a "
            "BERT-Small model using the same hyperparameters. We train BERT-Small for 1.5M steps, so it "
            "uses the same training FLOPs as ELECTRA-Small, which was trained for 1M steps. Results are "
            "shown in Table 1.",
            "@TABLE:0@",
            "ELECTRA-Small performs remarkably well given its size, achieving a higher GLUE score than "
            "other methods using substantially more compute and parameters. ELECTRA-Base also "
            "substantially outperforms BERT-Base, scoring 85.1 versus 82.2 on the GLUE dev set."]),
        ("3.4 Large Models", [
            "We train big ELECTRA models to measure the effectiveness of the replaced token detection "
            "pre-training task at the large scale of current state-of-the-art pre-trained Transformers. "
            "Our ELECTRA-Large models are the same size as BERT-Large (335M parameters) but are trained "
            "for much longer. In particular, we train a model for 400k steps (ELECTRA-400K; roughly 1/4 "
            "the pre-training compute of RoBERTa) and one for 1.75M steps (ELECTRA-1.75M; similar "
            "compute to RoBERTa). We use a batch size 2048 and the XLNet pre-training data.",
            "ELECTRA-400K performs comparably to RoBERTa and XLNet on the GLUE dev set. However, it took "
            "less than 1/4 of the compute to train ELECTRA-400K as it did to train RoBERTa and XLNet, "
            "demonstrating that ELECTRA's sample-efficiency gains hold at large scale. Training ELECTRA "
            "for longer (ELECTRA-1.75M) results in a model that outscores them on most GLUE tasks while "
            "still requiring less pre-training compute. ELECTRA also outperforms masked-language-"
            "modeling-based methods given the same compute on SQuAD 2.0."]),
        ("3.5 Efficiency Analysis", [
            "To better understand where the gains from ELECTRA come from, we compare a series of other "
            "pre-training objectives designed to be a set of \u201cstepping stones\u201d between BERT "
            "and ELECTRA: ELECTRA 15%, which computes the discriminator loss only over the 15% of "
            "tokens that were masked out; Replace MLM, in which masked-out tokens are replaced with "
            "generator samples instead of [MASK]; and All-Tokens MLM, which predicts the identities of "
            "all tokens in the input. Results are shown in Table 2.",
            "@TABLE:1@",
            "ELECTRA greatly benefits from having a loss defined over all input tokens rather than just "
            "a subset: ELECTRA 15% performs much worse than ELECTRA. All-Tokens MLM closes most of the "
            "gap between BERT and ELECTRA."]),
        ("4 Related Work", [
            "Self-supervised pre-training for NLP includes word representations and, more recently, "
            "contextual representations. GPT (Radford et al., 2018) trains a left-to-right Transformer "
            "language model; BERT (Devlin et al., 2019) pre-trains a large Transformer at the masked-"
            "language modeling task; SpanBERT masks contiguous spans; XLNet uses permutation language "
            "modeling; and RoBERTa trains BERT for longer with larger batches and more data. Our "
            "generator/discriminator set-up is reminiscent of GANs (Goodfellow et al., 2014), and "
            "related to noise-contrastive estimation."]),
        ("5 Conclusion", [
            "We have proposed replaced token detection, a new self-supervised task for language "
            "representation learning. The key idea is training a text encoder to distinguish input "
            "tokens from high-quality negative samples produced by a small generator network. Compared "
            "to masked language modeling, our pre-training objective is more compute-efficient and "
            "results in better performance on downstream tasks. It works well even when using "
            "relatively small amounts of compute."]),
    ],
    "tables": [
        {"caption": "Table 1: Comparison of small models on the GLUE dev set. BERT-Small/Base are our "
                    "implementation and use the same hyperparameters as ELECTRA-Small/Base.",
         "rows": [["Model", "Train / Infer FLOPs", "Params", "Train Time + Hardware", "GLUE"],
                  ["ELMo", "3.3e18 / 2.6e10", "96M", "14d on 3 GTX 1080 GPUs", "71.2"],
                  ["GPT", "4.0e19 / 3.0e10", "117M", "25d on 8 P6000 GPUs", "78.8"],
                  ["BERT-Small", "1.4e18 / 3.7e9", "14M", "4d on 1 V100 GPU", "75.1"],
                  ["ELECTRA-Small", "1.4e18 / 3.7e9", "14M", "4d on 1 V100 GPU", "79.9"],
                  ["BERT-Base", "6.4e19 / 2.9e10", "110M", "4d on 16 TPUv3s", "82.2"],
                  ["ELECTRA-Base", "6.4e19 / 2.9e10", "110M", "4d on 16 TPUv3s", "85.1"]]},
        {"caption": "Table 2: Compute-efficiency experiments (GLUE dev score) with base-sized models.",
         "rows": [["Model", "GLUE score"],
                  ["ELECTRA", "85.0"],
                  ["All-Tokens MLM", "84.3"],
                  ["Replace MLM", "82.4"],
                  ["ELECTRA 15%", "82.4"],
                  ["BERT", "82.2"]]},
        {"caption": "Table 6: Pre-train hyperparameters.",
         "rows": [["Hyperparameter", "Small", "Base", "Large"],
                  ["Number of layers", "12", "12", "24"],
                  ["Hidden Size", "256", "768", "1024"],
                  ["FFN inner hidden size", "1024", "3072", "4096"],
                  ["Attention heads", "4", "12", "16"],
                  ["Attention head size", "64", "64", "64"],
                  ["Embedding Size", "128", "768", "1024"],
                  ["Generator Size (multiplier for hidden-size, FFN-size, and num-attention-heads)",
                   "1/4", "1/3", "1/4"],
                  ["Mask percent", "15", "15", "25"],
                  ["Learning Rate Decay", "Linear", "Linear", "Linear"],
                  ["Warmup steps", "10000", "10000", "10000"],
                  ["Learning Rate", "5e-4", "2e-4", "2e-4"],
                  ["Adam ε", "1e-6", "1e-6", "1e-6"],
                  ["Adam β1", "0.9", "0.9", "0.9"],
                  ["Adam β2", "0.999", "0.999", "0.999"],
                  ["Attention Dropout", "0.1", "0.1", "0.1"],
                  ["Dropout", "0.1", "0.1", "0.1"],
                  ["Weight Decay", "0.01", "0.01", "0.01"],
                  ["Batch Size", "128", "256", "2048"],
                  ["Train Steps (BERT/ELECTRA)", "1.45M/1M", "1M/766K", "464K/400K"]]},
        {"caption": "Table 7: Fine-tune hyperparameters.",
         "rows": [["Hyperparameter", "GLUE Value"],
                  ["Learning Rate", "3e-4 for Small, 1e-4 for Base, 5e-5 for Large"],
                  ["Adam ε", "1e-6"],
                  ["Adam β1", "0.9"],
                  ["Adam β2", "0.999"],
                  ["Layerwise LR decay", "0.8 for Base/Small, 0.9 for Large"],
                  ["Learning rate decay", "Linear"],
                  ["Warmup fraction", "0.1"],
                  ["Attention Dropout", "0.1"],
                  ["Dropout", "0.1"],
                  ["Weight Decay", "0"],
                  ["Batch Size", "32"],
                  ["Train Epochs", "10 for RTE and STS, 2 for SQuAD, 3 for other tasks"]]},
    ],
    "references": [
        "Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. BERT: Pre-training of deep "
        "bidirectional transformers for language understanding. In NAACL-HLT, 2019.",
        "Ian Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, Bing Xu, David Warde-Farley, Sherjil Ozair, "
        "Aaron Courville, and Yoshua Bengio. Generative adversarial nets. In NIPS, 2014.",
        "Mandar Joshi, Danqi Chen, Yinhan Liu, Daniel S. Weld, Luke Zettlemoyer, and Omer Levy. "
        "SpanBERT: Improving pre-training by representing and predicting spans. arXiv preprint "
        "arXiv:1907.10529, 2019.",
        "Diederik P. Kingma and Jimmy Ba. Adam: A method for stochastic optimization. In ICLR, 2015.",
        "Yinhan Liu, Myle Ott, Naman Goyal, Jingfei Du, Mandar Joshi, Danqi Chen, Omer Levy, Mike "
        "Lewis, Luke S. Zettlemoyer, and Veselin Stoyanov. RoBERTa: A robustly optimized BERT "
        "pretraining approach. arXiv preprint arXiv:1907.11692, 2019.",
        "Matthew E. Peters, Mark Neumann, Mohit Iyyer, Matt Gardner, Christopher Clark, Kenton Lee, and "
        "Luke Zettlemoyer. Deep contextualized word representations. In NAACL-HLT, 2018.",
        "Alec Radford, Karthik Narasimhan, Tim Salimans, and Ilya Sutskever. Improving language "
        "understanding by generative pre-training. https://blog.openai.com/language-unsupervised, 2018.",
        "Pranav Rajpurkar, Jian Zhang, Konstantin Lopyrev, and Percy Liang. SQuAD: 100,000+ questions "
        "for machine comprehension of text. In EMNLP, 2016.",
        "Kevin Clark, Minh-Thang Luong, Urvashi Khandelwal, Christopher D. Manning, and Quoc V. Le. BAM! "
        "Born-again multi-task networks for natural language understanding. In ACL, 2019.",
        "Alex Wang, Amanpreet Singh, Julian Michael, Felix Hill, Omer Levy, and Samuel R. Bowman. GLUE: "
        "A multi-task benchmark and analysis platform for natural language understanding. In ICLR, 2019.",
        "Zhilin Yang, Zihang Dai, Yiming Yang, Jaime G. Carbonell, Ruslan Salakhutdinov, and Quoc V. Le. "
        "XLNet: Generalized autoregressive pretraining for language understanding. In NeurIPS, 2019."],
    "appendix": [
        ("A Pre-training Details", [
            "The following details apply to both our ELECTRA models and BERT baselines. We mostly use "
            "the same hyperparameters as BERT. We set λ, the weight for the discriminator objective in "
            "the loss, to 50. We use dynamic token masking with the masked positions decided on-the-fly "
            "instead of during preprocessing. Also, we did not use the next sentence prediction "
            "objective proposed in the original BERT paper, as recent work has suggested it does not "
            "improve scores. For our ELECTRA-Large model, we used a higher mask percent (25 instead of "
            "15) because we noticed the generator was achieving high accuracy with 15% masking, "
            "resulting in very few replaced tokens. We searched for the best learning rate for the Base "
            "and Small models out of [1e-4, 2e-4, 3e-4, 5e-4] and selected λ out of [1, 10, 20, 50, "
            "100] in early experiments. The full set of hyperparameters are listed in Table 6.",
            "@TABLE:2@"]),
        ("B Fine-tuning Details", [
            "For Large-sized models, we used the hyperparameters from Clark et al. (2019) for the most "
            "part. However, after noticing that RTE and STS are small tasks and that fine-tuning for "
            "longer helps, we train for 10 epochs on them instead of 3. We use layerwise learning-rate "
            "decay, where the learning rate of a layer is scaled by α raised to its depth from the top. "
            "We do not use weight decay during fine-tuning. The full set of hyperparameters is listed in "
            "Table 7.",
            "@TABLE:3@"]),
    ],
}

TRUTH = {
    "year": 2020,
    "source": "condensed retelling of Clark, Luong, Le & Manning, ICLR 2020, written from memory",
    "task_family": "text-classification",
    "task_note": "replaced-token-detection pre-training of a Transformer encoder, then fine-tuning on GLUE "
                 "(classification) and SQuAD (span extraction)",
    "contribution": {"value": "objective",
                     "quote": "we propose a more sample-efficient pre-training task called replaced token detection"},
    "claim": {"value": "Replaced token detection learns representations that substantially outperform BERT's "
                       "(MLM) given the same model size, data and compute (ELECTRA-Small 79.9 vs BERT-Small "
                       "75.1 GLUE; ELECTRA-Base 85.1 vs BERT-Base 82.2), and at large scale matches RoBERTa "
                       "and XLNet with under 1/4 of their compute",
              "quote": "substantially outperform the ones learned by BERT given the same model size, data, and compute"},
    "param_counts": [
        {"model": "ELECTRA-Small", "value": 14000000, "quote": "ELECTRA-Small 1.4e18 / 3.7e9 14M"},
        {"model": "ELECTRA-Base", "value": 110000000, "quote": "ELECTRA-Base 6.4e19 / 2.9e10 110M"},
        {"model": "ELECTRA-Large", "value": 335000000, "quote": "the same size as BERT-Large (335M parameters)"},
        {"model": "BERT-Small (authors' re-implementation)", "value": 14000000,
         "quote": "BERT-Small 1.4e18 / 3.7e9 14M", "note": "baseline trained by the authors"},
    ],
    "architecture": {"value": "generator (small MLM Transformer encoder) + discriminator Transformer encoder "
                              "(BERT architecture); Small L=12 H=256 4 heads emb 128; Base L=12 H=768; Large "
                              "L=24 H=1024 16 heads; generator 1/4-1/3 discriminator size; tied token embeddings",
                     "quote": "Our approach trains two neural networks, a generator G and a discriminator D."},
    "datasets": [
        {"value": "Wikipedia + BooksCorpus (3.3B tokens) [pre-training]",
         "quote": "3.3 Billion tokens from Wikipedia and BooksCorpus"},
        {"value": "XLNet data (33B tokens: + ClueWeb, CommonCrawl, Gigaword) [pre-training, Large]",
         "quote": "extends the BERT dataset to 33B tokens"},
        {"value": "GLUE (RTE, MNLI, QNLI, MRPC, QQP, STS, SST, CoLA) [fine-tuning]",
         "quote": "We evaluate on the General Language Understanding Evaluation (GLUE) benchmark"},
        {"value": "SQuAD 1.1 and 2.0 [fine-tuning]",
         "quote": "For SQuAD, we evaluate on versions 1.1 and 2.0"},
    ],
    "metrics": [
        {"value": "Spearman correlation (STS), Matthews correlation (CoLA), accuracy (other GLUE tasks); GLUE average",
         "quote": "Our evaluation metrics are Spearman correlation for STS"},
        {"value": "Exact-Match and F1 (SQuAD)", "quote": "Exact-Match (EM) and F1 scores"},
        {"value": "pre-training FLOPs / compute", "quote": "Train / Infer FLOPs"},
    ],
    "training": {
        "pretraining_small": {
            "optimizer": {"value": "Adam, β1=0.9, β2=0.999, ε=1e-6", "quote": "Adam β2 0.999 0.999 0.999"},
            "learning_rate": {"value": 0.0005, "numbers": [0.0005], "quote": "Learning Rate 5e-4 2e-4 2e-4"},
            "batch_size": {"value": 128, "numbers": [128], "quote": "Batch Size 128 256 2048"},
            "steps": {"value": 1000000, "numbers": [1000000], "quote": "Train Steps (BERT/ELECTRA) 1.45M/1M",
                      "note": "ELECTRA-Small 1M steps; BERT-Small 1.45M in Table 6 (prose says 1.5M)"},
            "warmup": {"value": "10000 steps", "numbers": [10000], "quote": "Warmup steps 10000 10000 10000"},
            "weight_decay": {"value": 0.01, "quote": "Weight Decay 0.01 0.01 0.01"},
            "dropout": {"value": 0.1, "quote": "Attention Dropout 0.1 0.1 0.1",
                        "note": "dropout and attention dropout both 0.1"},
            "max_seq_length": {"value": 128, "quote": "we shortened the sequence length (from 512 to 128)"},
            "mask_percent": {"value": 15, "quote": "Mask percent 15 15 25"},
            "loss_weight_lambda": {"value": 50, "quote": "in the loss, to 50"},
        },
        "pretraining_base": {
            "optimizer": {"value": "Adam, β1=0.9, β2=0.999, ε=1e-6", "quote": "Adam β2 0.999 0.999 0.999"},
            "learning_rate": {"value": 0.0002, "numbers": [0.0002], "quote": "Learning Rate 5e-4 2e-4 2e-4"},
            "batch_size": {"value": 256, "numbers": [256], "quote": "Batch Size 128 256 2048"},
            "steps": {"value": "766K (ELECTRA); 1M for the BERT baseline", "numbers": [766000],
                      "quote": "Train Steps (BERT/ELECTRA) 1.45M/1M 1M/766K"},
            "warmup": {"value": "10000 steps", "numbers": [10000], "quote": "Warmup steps 10000 10000 10000"},
            "weight_decay": {"value": 0.01, "quote": "Weight Decay 0.01 0.01 0.01"},
            "dropout": {"value": 0.1, "quote": "Attention Dropout 0.1 0.1 0.1"},
        },
        "pretraining_large": {
            "optimizer": {"value": "Adam, β1=0.9, β2=0.999, ε=1e-6", "quote": "Adam β2 0.999 0.999 0.999"},
            "learning_rate": {"value": 0.0002, "numbers": [0.0002], "quote": "Learning Rate 5e-4 2e-4 2e-4"},
            "batch_size": {"value": 2048, "numbers": [2048], "quote": "We use a batch size 2048 and the XLNet"},
            "steps": {"value": "400K (ELECTRA-400K) and 1.75M (ELECTRA-1.75M)", "numbers": [400000, 1750000],
                      "quote": "we train a model for 400k steps (ELECTRA-400K"},
            "warmup": {"value": "10000 steps", "numbers": [10000], "quote": "Warmup steps 10000 10000 10000"},
            "weight_decay": {"value": 0.01, "quote": "Weight Decay 0.01 0.01 0.01"},
            "dropout": {"value": 0.1, "quote": "Attention Dropout 0.1 0.1 0.1"},
            "mask_percent": {"value": 25, "quote": "used a higher mask percent (25 instead of 15)"},
        },
        "finetuning": {
            "optimizer": {"value": "Adam, β1=0.9, β2=0.999, ε=1e-6", "quote": "Adam β2 0.999 Layerwise LR decay",
                          "note": "Adam rows of Table 7 (ε, β1, β2)"},
            "learning_rate": {"value": "3e-4 (Small), 1e-4 (Base), 5e-5 (Large)", "numbers": [0.0003, 0.0001, 5e-05],
                              "quote": "3e-4 for Small, 1e-4 for Base, 5e-5 for Large"},
            "batch_size": {"value": 32, "quote": "Batch Size 32"},
            "epochs": {"value": "10 for RTE and STS, 2 for SQuAD, 3 for other tasks", "numbers": [10, 2, 3],
                       "quote": "10 for RTE and STS, 2 for SQuAD, 3 for other tasks"},
            "warmup": {"value": "10% of steps", "numbers": [0.1], "quote": "Warmup fraction 0.1"},
            "weight_decay": {"value": 0, "quote": "We do not use weight decay during fine-tuning."},
            "dropout": {"value": 0.1, "quote": "Attention Dropout 0.1 Dropout 0.1 Weight Decay 0",
                        "note": "Table 7: dropout 0.1 and attention dropout 0.1"},
            "layerwise_lr_decay": {"value": "0.8 (Base/Small), 0.9 (Large)", "numbers": [0.8, 0.9],
                                   "quote": "Layerwise LR decay 0.8 for Base/Small, 0.9 for Large"},
        },
    },
    "not_stated": ["epochs (pre-training)", "gradient clipping", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "Pre-training and fine-tuning hyper-parameters are only in appendix tables (Table 6/7) with one column "
        "per model size.",
        "BERT baselines' step counts appear in the same table cell as ELECTRA's (BERT/ELECTRA).",
        "Table 1 lists ELMo's and GPT's parameter counts and compute (not this paper's models).",
        "Related work mentions GPT/BERT/RoBERTa recipes without numbers.",
    ],
}
