"""GPT (Radford et al., 2018): condensed retelling written from memory (held-out test material)."""

PAPER = {
    "title": "Improving Language Understanding by Generative Pre-Training",
    "authors": "Alec Radford, Karthik Narasimhan, Tim Salimans, Ilya Sutskever",
    "affil": "OpenAI",
    "header": "Improving Language Understanding by Generative Pre-Training",
    "columns": 1,
    "abstract": (
        "Natural language understanding comprises a wide range of diverse tasks such as textual "
        "entailment, question answering, semantic similarity assessment, and document classification. "
        "Although large unlabeled text corpora are abundant, labeled data for learning these specific "
        "tasks is scarce, making it challenging for discriminatively trained models to perform "
        "adequately. We demonstrate that large gains on these tasks can be realized by generative "
        "pre-training of a language model on a diverse corpus of unlabeled text, followed by "
        "discriminative fine-tuning on each specific task. In contrast to previous approaches, we make "
        "use of task-aware input transformations during fine-tuning to achieve effective transfer while "
        "requiring minimal changes to the model architecture. We demonstrate the effectiveness of our "
        "approach on a wide range of benchmarks for natural language understanding. Our general "
        "task-agnostic model outperforms discriminatively trained models that use architectures "
        "specifically crafted for each task, significantly improving upon the state of the art in 9 out "
        "of the 12 tasks studied. For instance, we achieve absolute improvements of 8.9% on commonsense "
        "reasoning (Stories Cloze Test), 5.7% on question answering (RACE), and 1.5% on textual "
        "entailment (MultiNLI)."),
    "sections": [
        ("1 Introduction", [
            "The ability to learn effectively from raw text is crucial to alleviating the dependence on "
            "supervised learning in natural language processing (NLP). In this paper, we explore a "
            "semi-supervised approach for language understanding tasks using a combination of unsupervised "
            "pre-training and supervised fine-tuning. Our goal is to learn a universal representation that "
            "transfers with little adaptation to a wide range of tasks. We employ a two-stage training "
            "procedure. First, we use a language modeling objective on the unlabeled data to learn the "
            "initial parameters of a neural network model. Subsequently, we adapt these parameters to a "
            "target task using the corresponding supervised objective.",
            "For our model architecture, we use the Transformer, which has been shown to perform strongly "
            "on various tasks such as machine translation, document generation, and syntactic parsing. "
            "We evaluate our approach on four types of language understanding tasks: natural language "
            "inference, question answering, semantic similarity, and text classification."]),
        ("2 Related Work", [
            "<b>Semi-supervised learning for NLP.</b> Early approaches used unlabeled data to compute "
            "word-level or phrase-level statistics, which were then used as features in a supervised "
            "model. Over the last few years, researchers have demonstrated the benefits of using word "
            "embeddings trained on unlabeled corpora. Recent approaches have investigated learning and "
            "utilizing more than word-level semantics from unlabeled data.",
            "<b>Unsupervised pre-training.</b> Dai and Le and Howard and Ruder follow the approach of "
            "pre-training a neural network using a language modeling objective and then fine-tuning it "
            "on a target task with supervision. Although the pre-training phase helps capture some "
            "linguistic information, their usage of LSTM models restricts their prediction ability to a "
            "short range. In contrast, our choice of transformer networks allows us to capture "
            "longer-range linguistic structure. Other approaches such as Peters et al. (ELMo) use hidden "
            "representations from a language model pre-trained on the 1B Word Benchmark as auxiliary "
            "features while training a supervised model on the target task; this involves a substantial "
            "amount of new parameters for each separate target task."]),
        ("3 Framework", [
            "Our training procedure consists of two stages. The first stage is learning a high-capacity "
            "language model on a large corpus of text. This is followed by a fine-tuning stage, where we "
            "adapt the model to a discriminative task with labeled data.",
            "<b>Unsupervised pre-training.</b> Given an unsupervised corpus of tokens U = {u<sub>1</sub>, "
            "..., u<sub>n</sub>}, we use a standard language modeling objective to maximize the "
            "likelihood L<sub>1</sub>(U) = Σ<sub>i</sub> log P(u<sub>i</sub> | u<sub>i−k</sub>, ..., "
            "u<sub>i−1</sub>; Θ), where k is the size of the context window. In our experiments, we use a "
            "multi-layer Transformer decoder for the language model, which is a variant of the "
            "transformer. This model applies a multi-headed self-attention operation over the input "
            "context tokens followed by position-wise feedforward layers to produce an output distribution "
            "over target tokens.",
            "<b>Supervised fine-tuning.</b> After training the model, we adapt the parameters to the "
            "supervised target task. The inputs are passed through our pre-trained model to obtain the "
            "final transformer block's activation, which is then fed into an added linear output layer "
            "with parameters W<sub>y</sub> to predict y. We additionally found that including language "
            "modeling as an auxiliary objective to the fine-tuning helped learning by improving "
            "generalization of the supervised model and accelerating convergence. Specifically, we "
            "optimize the objective L<sub>3</sub>(C) = L<sub>2</sub>(C) + λ · L<sub>1</sub>(C). Overall, "
            "the only extra parameters we require during fine-tuning are W<sub>y</sub>, and embeddings "
            "for delimiter tokens.",
            "<b>Task-specific input transformations.</b> For tasks like textual entailment, similarity "
            "and question answering, we use a traversal-style approach, where we convert structured "
            "inputs into an ordered sequence that our pre-trained model can process: premise and "
            "hypothesis are concatenated with a delimiter token ($) in between; for similarity both "
            "possible sentence orderings are processed independently; for question answering each "
            "possible answer is concatenated with the context and question and normalized via a softmax."]),
        ("4 Experiments", []),
        ("4.1 Setup", [
            "<b>Unsupervised pre-training.</b> We use the BooksCorpus dataset for training the language "
            "model. It contains over 7,000 unique unpublished books from a variety of genres including "
            "Adventure, Fantasy, and Romance. Crucially, it contains long stretches of contiguous text, "
            "which allows the generative model to learn to condition on long-range information. Our "
            "language model achieves a very low token level perplexity of 18.4 on this corpus.",
            "<b>Model specifications.</b> Our model largely follows the original transformer work. We "
            "trained a 12-layer decoder-only transformer with masked self-attention heads (768 "
            "dimensional states and 12 attention heads). For the position-wise feed-forward networks, we "
            "used 3072 dimensional inner states. We used the Adam optimization scheme with a max learning "
            "rate of 2.5e-4. The learning rate was increased linearly from zero over the first 2000 "
            "updates and annealed to 0 using a cosine schedule. We train for 100 epochs on minibatches of "
            "64 randomly sampled, contiguous sequences of 512 tokens. Since layernorm is used extensively "
            "throughout the model, a simple weight initialization of N(0, 0.02) was sufficient. We used a "
            "bytepair encoding (BPE) vocabulary with 40,000 merges and residual, embedding, and attention "
            "dropouts with a rate of 0.1 for regularization. We also employed a modified version of L2 "
            "regularization proposed in Loshchilov and Hutter, with w = 0.01 on all non bias or gain "
            "weights. For the activation function, we used the Gaussian Error Linear Unit (GELU). We used "
            "learned position embeddings instead of the sinusoidal version proposed in the original work. "
            "We use the <i>ftfy</i> library to clean the raw text in BooksCorpus, standardize some "
            "punctuation and whitespace, and use the <i>spaCy</i> tokenizer.",
            "<b>Fine-tuning details.</b> Unless specified, we reuse the hyperparameter settings from "
            "unsupervised pre-training. We add dropout to the classifier with a rate of 0.1. For most "
            "tasks, we use a learning rate of 6.25e-5 and a batchsize of 32. Our model finetunes quickly "
            "and 3 epochs of training was sufficient for most cases. We use a linear learning rate decay "
            "schedule with warmup over 0.2% of training. λ was set to 0.5.",
            "@TABLE:0@"]),
        ("4.2 Supervised fine-tuning", [
            "<b>Natural Language Inference.</b> We evaluate on five datasets with diverse sources, "
            "including image captions (SNLI), transcribed speech, popular fiction and government reports "
            "(MNLI), Wikipedia articles (QNLI), science exams (SciTail) or news articles (RTE). Table 2 "
            "details results on the different NLI tasks for our model and previous state-of-the-art "
            "approaches. Our method significantly outperforms the baselines on four of the five "
            "datasets, achieving absolute improvements of upto 1.5% on MNLI, 5% on SciTail, 5.8% on QNLI "
            "and 0.6% on SNLI over the previous best results.",
            "@TABLE:1@",
            "<b>Question answering and commonsense reasoning.</b> We use the recently released RACE "
            "dataset, consisting of English passages with associated questions from middle and high "
            "school exams, and the Story Cloze Test, which involves selecting the correct ending to "
            "multi-sentence stories from two options. On these tasks, our model again outperforms the "
            "previous best results by significant margins, up to 8.9% on Story Cloze, and 5.7% overall "
            "on RACE.",
            "@TABLE:2@",
            "<b>Semantic similarity and classification.</b> We use the Microsoft Paraphrase corpus "
            "(MRPC), the Quora Question Pairs (QQP) dataset, and the Semantic Textual Similarity "
            "benchmark (STS-B) for semantic similarity, and the Corpus of Linguistic Acceptability "
            "(CoLA) and the Stanford Sentiment Treebank (SST-2) for classification. Our model obtains an "
            "overall score of 72.8 on the GLUE benchmark, which is significantly better than the "
            "previous best of 68.9.",
            "@TABLE:3@"]),
        ("5 Analysis", [
            "<b>Impact of number of layers transferred.</b> We observe the standard result that "
            "transferring embeddings improves performance and that each transformer layer provides "
            "further benefits, up to 9% for full transfer on MultiNLI.",
            "<b>Ablation studies.</b> We perform three different ablation studies (Table 5). First, we "
            "examine the performance of our method without the auxiliary LM objective during "
            "fine-tuning: the auxiliary objective helps on the NLI tasks and QQP, i.e. larger datasets. "
            "Second, we compare with a single layer 2048 unit LSTM using the same framework, which "
            "produces a 5.6 average score drop. Finally, we also compare with our transformer "
            "architecture directly trained on supervised target tasks, without pre-training: the lack "
            "of pre-training hurts performance across all the tasks, resulting in a 14.8% decrease "
            "compared to our full model.",
            "@TABLE:4@"]),
        ("6 Conclusion", [
            "We introduced a framework for achieving strong natural language understanding with a single "
            "task-agnostic model through generative pre-training and discriminative fine-tuning. By "
            "pre-training on a diverse corpus with long stretches of contiguous text our model acquires "
            "significant world knowledge and ability to process long-range dependencies, which are then "
            "successfully transferred to solving discriminative tasks, improving the state of the art on "
            "9 of the 12 datasets we study."]),
    ],
    "tables": [
        {"caption": "Table 1: A list of the different tasks and datasets used in our experiments.",
         "rows": [["Task", "Datasets"],
                  ["Natural language inference", "SNLI, MultiNLI, Question NLI, RTE, SciTail"],
                  ["Question Answering", "RACE, Story Cloze"],
                  ["Sentence similarity", "MSR Paraphrase Corpus, Quora Question Pairs, STS Benchmark"],
                  ["Classification", "Stanford Sentiment Treebank-2, CoLA"]]},
        {"caption": "Table 2: Experimental results on natural language inference tasks (accuracy), "
                    "comparing our model with current state-of-the-art methods. 5x indicates an ensemble "
                    "of 5 models.",
         "rows": [["Method", "MNLI-m", "MNLI-mm", "SNLI", "SciTail", "QNLI", "RTE"],
                  ["ESIM + ELMo (5x)", "-", "-", "89.3", "-", "-", "-"],
                  ["CAFE (5x)", "80.2", "79.0", "89.3", "-", "-", "-"],
                  ["Stochastic Answer Network (3x)", "80.6", "80.1", "-", "-", "-", "-"],
                  ["Multi-task BiLSTM + Attn", "72.2", "72.1", "-", "-", "82.1", "61.7"],
                  ["Finetuned Transformer LM (ours)", "82.1", "81.4", "89.9", "88.3", "88.1", "56.0"]]},
        {"caption": "Table 3: Results on question answering and commonsense reasoning (accuracy). "
                    "9x means an ensemble of 9 models.",
         "rows": [["Method", "Story Cloze", "RACE-m", "RACE-h", "RACE"],
                  ["val-LS-skip", "76.5", "-", "-", "-"],
                  ["Hidden Coherence Model", "77.6", "-", "-", "-"],
                  ["Dynamic Fusion Net (9x)", "-", "55.6", "49.4", "51.2"],
                  ["BiAttention MRU (9x)", "-", "60.2", "50.3", "53.3"],
                  ["Finetuned Transformer LM (ours)", "86.5", "62.9", "57.4", "59.0"]]},
        {"caption": "Table 4: Semantic similarity and classification results. CoLA: Matthews correlation "
                    "(mc); SST2: accuracy; MRPC and QQP: F1; STSB: Pearson correlation (pc).",
         "rows": [["Method", "CoLA (mc)", "SST2 (acc)", "MRPC (F1)", "STSB (pc)", "QQP (F1)", "GLUE"],
                  ["Sparse byte mLSTM", "-", "93.2", "-", "-", "-", "-"],
                  ["TF-KLD", "-", "-", "86.0", "-", "-", "-"],
                  ["Single-task BiLSTM + ELMo + Attn", "35.0", "90.2", "80.2", "55.5", "66.1", "64.8"],
                  ["Multi-task BiLSTM + ELMo + Attn", "18.9", "91.6", "83.5", "72.8", "63.3", "68.9"],
                  ["Finetuned Transformer LM (ours)", "45.4", "91.3", "82.3", "82.0", "70.3", "72.8"]]},
        {"caption": "Table 5: Analysis of various model ablations on different tasks. Avg. score is an "
                    "unweighted average of all the results.",
         "rows": [["Method", "Avg. Score"],
                  ["Transformer w/ aux LM (full)", "74.7"],
                  ["Transformer w/o pre-training", "59.9"],
                  ["Transformer w/o aux LM", "75.0"],
                  ["LSTM w/ aux LM", "69.1"]]},
    ],
    "references": [
        "[1] A. M. Dai and Q. V. Le. Semi-supervised sequence learning. In NIPS, 2015.",
        "[2] D. Hendrycks and K. Gimpel. Bridging nonlinearities and stochastic regularizers with "
        "Gaussian error linear units. arXiv preprint arXiv:1606.08415, 2016.",
        "[3] J. Howard and S. Ruder. Universal language model fine-tuning for text classification. "
        "Association for Computational Linguistics (ACL), 2018.",
        "[4] D. Kingma and J. Ba. Adam: A method for stochastic optimization. ICLR, 2015.",
        "[5] G. Lai, Q. Xie, H. Liu, Y. Yang, and E. Hovy. RACE: Large-scale reading comprehension "
        "dataset from examinations. EMNLP, 2017.",
        "[6] I. Loshchilov and F. Hutter. Fixing weight decay regularization in Adam. arXiv preprint "
        "arXiv:1711.05101, 2017.",
        "[7] N. Mostafazadeh, M. Roth, A. Louis, N. Chambers, and J. Allen. LSDSem 2017 shared task: "
        "The story cloze test. 2017.",
        "[8] M. E. Peters, M. Neumann, M. Iyyer, M. Gardner, C. Clark, K. Lee, and L. Zettlemoyer. Deep "
        "contextualized word representations. NAACL, 2018.",
        "[9] A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones, A. N. Gomez, L. Kaiser, and "
        "I. Polosukhin. Attention is all you need. In NIPS, 2017.",
        "[10] A. Wang, A. Singh, J. Michael, F. Hill, O. Levy, and S. R. Bowman. GLUE: A multi-task "
        "benchmark and analysis platform for natural language understanding. arXiv preprint "
        "arXiv:1804.07461, 2018.",
        "[11] Y. Zhu, R. Kiros, R. Zemel, R. Salakhutdinov, R. Urtasun, A. Torralba, and S. Fidler. "
        "Aligning books and movies: Towards story-like visual explanations by watching movies and "
        "reading books. In ICCV, 2015."],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Radford, Narasimhan, Salimans & Sutskever, OpenAI technical report "
              "(2018), written from memory",
    "task_family": "text-classification",
    "task_note": "generative (causal LM) pre-training of a Transformer decoder, then discriminative fine-tuning "
                 "on NLI, QA/commonsense (multiple choice), similarity and classification tasks",
    "contribution": {"value": "training-method",
                     "quote": "generative pre-training of a language model on a diverse corpus of unlabeled text"},
    "claim": {"value": "A task-agnostic Transformer LM pre-trained generatively and fine-tuned discriminatively "
                       "outperforms discriminatively trained task-specific architectures, improving the state "
                       "of the art on 9 of 12 tasks (e.g. +8.9% Story Cloze, +5.7% RACE, +1.5% MultiNLI; GLUE "
                       "72.8 vs 68.9)",
              "quote": "significantly improving upon the state of the art in 9 out of the 12 tasks studied"},
    "param_counts": [],
    "architecture": {"value": "12-layer decoder-only Transformer, masked self-attention, 768-d states, 12 heads, "
                              "3072-d FFN, GELU, learned position embeddings, BPE with 40,000 merges",
                     "quote": "trained a 12-layer decoder-only transformer with masked self-attention heads"},
    "datasets": [
        {"value": "BooksCorpus (7,000+ unpublished books) [pre-training]",
         "quote": "It contains over 7,000 unique unpublished books"},
        {"value": "SNLI", "quote": "including image captions (SNLI)"},
        {"value": "MultiNLI", "quote": "popular fiction and government reports"},
        {"value": "QNLI (Question NLI)", "quote": "Wikipedia articles (QNLI)"},
        {"value": "SciTail", "quote": "5% on SciTail, 5.8% on QNLI"},
        {"value": "RTE", "quote": "or news articles (RTE)"},
        {"value": "RACE", "quote": "We use the recently released RACE"},
        {"value": "Story Cloze Test", "quote": "the Story Cloze Test, which involves selecting the correct ending"},
        {"value": "MRPC", "quote": "We use the Microsoft Paraphrase corpus"},
        {"value": "Quora Question Pairs (QQP)", "quote": "the Quora Question Pairs (QQP) dataset"},
        {"value": "STS-B", "quote": "Semantic Textual Similarity benchmark (STS-B)"},
        {"value": "CoLA", "quote": "the Corpus of Linguistic Acceptability"},
        {"value": "SST-2", "quote": "the Stanford Sentiment Treebank (SST-2)"},
    ],
    "metrics": [
        {"value": "accuracy (NLI, QA, SST-2)", "quote": "Experimental results on natural language inference tasks (accuracy)"},
        {"value": "Matthews correlation (CoLA)", "quote": "CoLA: Matthews correlation"},
        {"value": "F1 (MRPC, QQP)", "quote": "MRPC and QQP: F1"},
        {"value": "Pearson correlation (STS-B)", "quote": "STSB: Pearson correlation (pc)"},
        {"value": "GLUE score", "quote": "overall score of 72.8 on the GLUE benchmark"},
        {"value": "perplexity (LM pre-training)", "quote": "token level perplexity of 18.4"},
    ],
    "training": {
        "pretraining": {
            "optimizer": {"value": "Adam", "quote": "We used the Adam optimization scheme with a max learning"},
            "learning_rate": {"value": 0.00025, "quote": "rate of 2.5e-4", "note": "max learning rate"},
            "lr_schedule": {"value": "linear warmup from zero over 2000 updates, then cosine annealing to 0",
                            "quote": "annealed to 0 using a cosine schedule"},
            "warmup": {"value": "2000 updates", "numbers": [2000],
                       "quote": "increased linearly from zero over the first 2000"},
            "epochs": {"value": 100, "quote": "We train for 100 epochs on minibatches of"},
            "batch_size": {"value": "64 sequences of 512 tokens", "numbers": [64],
                           "quote": "64 randomly sampled, contiguous sequences of 512 tokens"},
            "dropout": {"value": "0.1 (residual, embedding and attention dropout)", "numbers": [0.1],
                        "quote": "attention dropouts with a rate of 0.1 for regularization"},
            "weight_decay": {"value": "modified L2 regularization (decoupled weight decay), w = 0.01 on all non "
                                      "bias or gain weights", "numbers": [0.01],
                             "quote": "with w = 0.01 on all non bias or gain weights"},
            "max_seq_length": {"value": 512, "quote": "64 randomly sampled, contiguous sequences of 512 tokens"},
            "init": {"value": "N(0, 0.02)", "quote": "a simple weight initialization of N(0, 0.02)"},
        },
        "finetuning": {
            "optimizer": {"value": "Adam (reused from pre-training)",
                          "quote": "we reuse the hyperparameter settings from"},
            "learning_rate": {"value": 6.25e-05, "quote": "we use a learning rate of 6.25e-5"},
            "batch_size": {"value": 32, "quote": "and a batchsize of 32"},
            "epochs": {"value": 3, "quote": "3 epochs of training was sufficient for most cases"},
            "warmup": {"value": "0.2% of training", "numbers": [0.002],
                       "quote": "schedule with warmup over 0.2% of training"},
            "lr_schedule": {"value": "linear decay with warmup", "quote": "We use a linear learning rate decay"},
            "dropout": {"value": "0.1 on the classifier (plus pre-training dropouts reused)", "numbers": [0.1],
                        "quote": "We add dropout to the classifier with a rate of 0.1."},
            "aux_lm_weight": {"value": 0.5, "quote": "was set to 0.5"},
        },
    },
    "not_stated": ["steps", "lora_rank", "lora_alpha", "parameter count (not stated in the paper)",
                   "fine-tuning weight decay (only implied by reuse of pre-training settings)"],
    "paper_notes": [
        "Weight decay is stated as 'a modified version of L2 regularization ... with w = 0.01'.",
        "Fine-tuning says 'we reuse the hyperparameter settings from unsupervised pre-training' unless specified.",
        "Related work mentions ELMo's 1B Word Benchmark pre-training (not this paper's data).",
        "The paper states no parameter count for its model.",
    ],
}
