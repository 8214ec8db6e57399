"""Held-out paper (batch 2): Dai, Yang, Yang, Carbonell, Le & Salakhutdinov (ACL 2019), Transformer-XL:
Attentive Language Models Beyond a Fixed-Length Context. Condensed retelling written from memory (not the
published PDF)."""

PAPER = {
    "title": "Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context",
    "authors": "Zihang Dai, Zhilin Yang, Yiming Yang, Jaime Carbonell, Quoc V. Le and Ruslan Salakhutdinov",
    "affil": "Carnegie Mellon University; Google Brain",
    "header": "Proceedings of the 57th Annual Meeting of the Association for Computational Linguistics (ACL 2019)",
    "columns": 2,
    "abstract": (
        "Transformers have a potential of learning longer-term dependency, but are limited by a fixed-length "
        "context in the setting of language modeling. We propose a novel neural architecture Transformer-XL "
        "that enables learning dependency beyond a fixed length without disrupting temporal coherence. It "
        "consists of a segment-level recurrence mechanism and a novel positional encoding scheme. Our method "
        "not only enables capturing longer-term dependency, but also resolves the context fragmentation "
        "problem. As a result, Transformer-XL learns dependency that is 80% longer than RNNs and 450% longer "
        "than vanilla Transformers, achieves better performance on both short and long sequences, and is up "
        "to 1,800+ times faster than vanilla Transformers during evaluation. Notably, we improve the "
        "state-of-the-art results of bpc/perplexity to 0.99 on enwiki8, 1.08 on text8, 18.3 on WikiText-103, "
        "21.8 on One Billion Word, and 54.5 on Penn Treebank (without finetuning). When trained only on "
        "WikiText-103, Transformer-XL manages to generate reasonably coherent, novel text articles with "
        "thousands of tokens."),
    "sections": [
        ("1 Introduction", [
            "Language modeling is among the important problems that require modeling long-term dependency, "
            "with successful applications such as unsupervised pretraining. However, it has been a challenge "
            "to equip neural networks with the capability to model long-term dependency in sequential data. "
            "Recurrent neural networks (RNNs), in particular Long Short-Term Memory (LSTM) networks, have been a "
            "standard solution to language modeling, but they are difficult to optimize due to gradient "
            "vanishing and explosion, and previous work has found that LSTM language models use 200 context "
            "words on average.",
            "On the other hand, the direct connections between long-distance word pairs baked in attention "
            "mechanisms might ease optimization and enable the learning of long-term dependency. Recently, "
            "Al-Rfou et al. (2018) designed a set of auxiliary losses to train deep Transformer networks for "
            "character-level language modeling, which outperform LSTMs by a large margin. Despite the success, "
            "the LM training in Al-Rfou et al. (2018) is performed on separated fixed-length segments of a few "
            "hundred characters, without any information flow across segments. As a consequence of the fixed "
            "context length, the model cannot capture any longer-term dependency beyond the predefined context "
            "length. In addition, the fixed-length segments are created by selecting a consecutive chunk of "
            "symbols without respecting the sentence or any other semantic boundary. Hence, the model lacks "
            "necessary contextual information needed to well predict the first few symbols, leading to "
            "inefficient optimization and inferior performance. We refer to this problem as context "
            "fragmentation.",
            "To address the aforementioned limitations of fixed-length contexts, we propose a new architecture "
            "called Transformer-XL (meaning extra long). We introduce the notion of recurrence into our deep "
            "self-attention network. In particular, instead of computing the hidden states from scratch for "
            "each new segment, we reuse the hidden states obtained in previous segments. The reused hidden "
            "states serve as memory for the current segment, which builds up a recurrent connection between "
            "the segments. Moreover, we show the necessity of using relative positional encodings rather than "
            "absolute ones, in order to enable state reuse without causing temporal confusion.",
            "Transformer-XL obtained strong results on five datasets, varying from word-level to "
            "character-level language modeling. Transformer-XL is also able to generate relatively coherent "
            "long text articles with thousands of tokens, trained on only 100M tokens."]),
        ("2 Related Work", [
            "In the last few years, the field of language modeling has witnessed many significant advances, "
            "including but not limited to devising novel architectures to better encode the context, improving "
            "regularization and optimization algorithms, speeding up the Softmax computation, and enriching the "
            "output distribution family. Merity et al. (2017) regularized a three-layer AWD-LSTM with "
            "DropConnect on the hidden-to-hidden weights and averaged SGD, reaching 58.8 perplexity on Penn "
            "Treebank with 24M parameters before finetuning. Baevski and Auli (2018) introduced adaptive input "
            "representations for a Transformer of 247M parameters trained on WikiText-103, and Shazeer et al. "
            "(2017) scaled a mixture-of-experts LSTM to billions of parameters on One Billion Word.",
            "To capture the long-range context in language modeling, a line of work directly feeds a "
            "representation of the wider context into the network as an additional input. Existing works range "
            "from ones where context representations are manually defined to others that rely on "
            "document-level topics learned from data. More broadly, in generic sequence modeling, how to "
            "capture long-term dependency has been a long-standing research problem; ideas such as "
            "LSTM-specific gating and better initialization have been proposed to ease the vanishing gradient "
            "problem. Different from them, our work is based on the Transformer architecture and shows that "
            "language modeling as a real-world task benefits from the ability to learn longer-term dependency."]),
        ("3 Model", [
            "Given a corpus of tokens x = (x<sub>1</sub>, ..., x<sub>T</sub>), the task of language modeling is "
            "to estimate the joint probability P(x), which is often auto-regressively factorized as "
            "P(x) = Π<sub>t</sub> P(x<sub>t</sub> | x<sub>&lt;t</sub>). In this work, we stick to the standard "
            "neural approach to modeling the conditional probability: a trainable network encodes the context "
            "x<sub>&lt;t</sub> into a fixed size hidden state, which is multiplied with the word embeddings to "
            "obtain the logits, which are fed into the Softmax function.",
            "<b>3.1 Vanilla Transformer Language Models.</b> One feasible but crude approximation is to split "
            "the entire corpus into shorter segments of manageable sizes, and only train the model within each "
            "segment, ignoring all contextual information from previous segments. Under this training paradigm, "
            "information never flows across segments in either the forward or backward pass. During evaluation, "
            "at each step, the vanilla model also consumes a segment of the same length as in training, but only "
            "makes one prediction at the last position; then the segment is shifted to the right by only one "
            "position, and the new segment has to be processed all from scratch. This evaluation procedure is "
            "extremely expensive.",
            "<b>3.2 Segment-Level Recurrence with State Reuse.</b> During training, the hidden state sequence "
            "computed for the previous segment is fixed and cached to be reused as an extended context when the "
            "model processes the next new segment. Formally, let the two consecutive segments of length L be "
            "s<sub>τ</sub> and s<sub>τ+1</sub>. Denoting the n-th layer hidden state sequence produced for the "
            "τ-th segment by h<sub>τ</sub><super>n</super>, the n-th layer hidden state for segment "
            "s<sub>τ+1</sub> is produced by concatenating SG(h<sub>τ</sub><super>n−1</super>) with "
            "h<sub>τ+1</sub><super>n−1</super> along the length dimension to form keys and values, where SG(·) "
            "stands for stop-gradient; the queries come from the current segment only. Consequently, the "
            "largest possible dependency length grows linearly with respect to the number of layers as well as "
            "the segment length, i.e., O(N × L). Besides achieving extra long context and resolving "
            "fragmentation, the recurrence scheme brings significantly faster evaluation, since the "
            "representations from the previous segments can be reused instead of being computed from scratch. "
            "In our experiments on enwiki8, Transformer-XL is up to 1,800+ times faster than the vanilla model "
            "during evaluation. We can cache a predefined length-M of old hidden states spanning (possibly) "
            "multiple segments, and refer to them as the memory m<sub>τ</sub><super>n</super>.",
            "<b>3.3 Relative Positional Encodings.</b> Naively applying absolute positional encodings together "
            "with recurrence leads to temporal confusion, since tokens of the current and the previous segment "
            "would share the same positions. We instead inject relative positional information into the "
            "attention score of each layer. The attention score between query i and key j is decomposed into "
            "four terms, (a) content-based addressing, (b) a content-dependent positional bias, (c) a global "
            "content bias u and (d) a global positional bias v. The absolute position embedding U<sub>j</sub> "
            "of the key is replaced by a sinusoid encoding matrix R<sub>i−j</sub> without learnable "
            "parameters, and the query-side position term is replaced by the trainable vectors u and v. The key "
            "weight matrix is split into W<sub>k,E</sub> and W<sub>k,R</sub> for content-based and "
            "location-based keys respectively.",
            "Equipping the recurrence mechanism with our proposed relative positional embedding, we finally "
            "arrive at the Transformer-XL architecture: for each layer n = 1, ..., N, the layer computes "
            "multi-head relative attention over the concatenation of the memory and the current segment, "
            "followed by a residual connection and layer normalization, and a position-wise feed-forward "
            "network, again with a residual connection and layer normalization."]),
        ("4 Experiments", [
            "<b>4.1 Main Results.</b> We apply Transformer-XL to a variety of datasets on both word-level and "
            "character-level language modeling to have a comparison with state-of-the-art systems, including "
            "WikiText-103, enwik8, text8, One Billion Word, and Penn Treebank.",
            "WikiText-103 is the largest available word-level language modeling benchmark with long-term "
            "dependency. It contains 103M training tokens from 28K articles, with an average length of 3.6K "
            "tokens per article, which allows testing the ability of long-term dependency modeling. We set the "
            "attention length to 384 during training and 1,600 during evaluation. We adopted adaptive softmax "
            "and input representations. As shown in Table 1, Transformer-XL reduces the previous "
            "state-of-the-art (SoTA) perplexity from 20.5 to 18.3, which demonstrates the superiority of the "
            "Transformer-XL architecture.",
            "@TABLE:0@",
            "The dataset enwik8 contains 100M bytes of unprocessed Wikipedia text. We compare our architecture "
            "with the previous results in Table 2. Under the model size constraint, the 12-layer Transformer-XL "
            "achieves a new SoTA result, outperforming the 12-layer vanilla Transformer from Al-Rfou et al. "
            "(2018) by 0.05, while both Transformer variants have a large margin over conventional RNN-based "
            "models. Notably, our 12-layer architecture achieves the same result as the 64-layer network from "
            "Al-Rfou et al. (2018), using only 17% of the parameter budget. In order to see whether better "
            "performances can be obtained by increasing the model size, we train 18-layer and 24-layer "
            "Transformer-XLs with increased model sizes. With the attention length 784 during training and "
            "3,800 during evaluation, we obtained a new SoTA result and our method is the first to break "
            "through 1.0 on widely-studied character-level benchmarks. Unlike Al-Rfou et al. (2018), "
            "Transformer-XL does not need any auxiliary losses, and thus all benefits are credited to a better "
            "architecture.",
            "@TABLE:1@",
            "Similar to but different from enwik8, text8 contains 100M processed Wikipedia characters created "
            "by lowering case the text and removing any character other than the 26 letters a through z, and "
            "space. Due to the similarity, we simply adapt the best model and the same hyper-parameters on "
            "enwik8 to text8 without further tuning. The comparison with previous methods is summarized in "
            "Table 3. Again, Transformer-XL achieves the new SoTA result with a clear margin.",
            "@TABLE:2@",
            "One Billion Word does not preserve any long-term dependency because sentences have been shuffled. "
            "Consequently, this dataset mainly tests the ability of modeling only short-term dependency. The "
            "comparison between Transformer-XL and the other methods is shown in Table 4. Although "
            "Transformer-XL is mainly designed to better capture longer-term dependency, it dramatically "
            "improves the single-model SoTA from 23.7 to 21.8.",
            "@TABLE:3@",
            "We also report the results on word-level Penn Treebank in Table 5. Similar to AWD-LSTM (Merity et "
            "al., 2017), we apply variational dropout and weight average to Transformer-XL. With proper "
            "regularization, Transformer-XL achieves a new SoTA result among models without two-step "
            "finetuning. Penn Treebank has only 1M training tokens, which implies that Transformer-XL also "
            "generalizes well even on small datasets.",
            "@TABLE:4@",
            "<b>4.2 Ablation Study.</b> We conduct two sets of ablation studies to examine the effects of two "
            "proposed techniques used in Transformer-XL: the recurrence mechanism and the new positional "
            "encoding scheme. The first study is performed on WikiText-103, which requires modeling long-term "
            "dependency; we compare models with the same parameter budget and vary the encoding scheme, the "
            "loss design and the attention length used in training and evaluation. Both the recurrence "
            "mechanism and our encoding scheme are necessary to achieve the best performance, and to generalize "
            "to longer attention sequences during evaluation. The second study, on One Billion Word, isolates "
            "the effect of resolving context fragmentation: since there is no long-term dependency, any gain "
            "from recurrence must come from better-conditioned predictions at the beginning of each segment, "
            "and Transformer-XL indeed improves over a vanilla Transformer with the same size.",
            "<b>4.3 Relative Effective Context Length.</b> We propose a new metric, Relative Effective Context "
            "Length (RECL), that measures the length beyond which increasing the context does not bring a gain "
            "larger than a threshold, relative to a group of models. As shown in Table 6, Transformer-XL manages "
            "to model dependency of 900 words long on average with r = 0.1. The RECL of Transformer-XL is 80% "
            "and 450% longer than recurrent networks and Transformer respectively.",
            "@TABLE:5@",
            "<b>4.4 Evaluation Speed.</b> Finally, we compare the evaluation speed of our model with the "
            "vanilla Transformer model (Al-Rfou et al., 2018). As shown in Table 7, due to the state reuse "
            "scheme, Transformer-XL achieves an up to 1,874 times speedup during evaluation.",
            "@TABLE:6@"]),
        ("5 Conclusions", [
            "Transformer-XL obtains strong perplexity results, models longer-term dependency than RNNs and "
            "Transformer, achieves substantial speedup during evaluation, and is able to generate coherent "
            "text articles. We envision interesting applications of Transformer-XL in the fields of text "
            "generation, unsupervised feature learning, image and speech modeling."]),
    ],
    "tables": [
        {"caption": "Table 1: Comparison with state-of-the-art results on WikiText-103. ◊ indicates "
                    "contemporary work.",
         "rows": [["Model", "#Param", "PPL"],
                  ["Grave et al. (2016b) – LSTM", "–", "48.7"],
                  ["Dauphin et al. (2016) – GCNN-8", "–", "44.9"],
                  ["Grave et al. (2016b) – LSTM + Neural cache", "–", "40.8"],
                  ["Dauphin et al. (2016) – GCNN-14", "–", "37.2"],
                  ["Merity et al. (2018) – QRNN", "151M", "33.0"],
                  ["Ours – Transformer-XL Standard", "151M", "24.0"],
                  ["Baevski and Auli (2018) – Adaptive Input ◊", "247M", "20.5"],
                  ["Ours – Transformer-XL Large", "257M", "18.3"]]},
        {"caption": "Table 2: Comparison with state-of-the-art results on enwik8.",
         "rows": [["Model", "#Param", "bpc"],
                  ["Ha et al. (2016) – LN HyperNetworks", "27M", "1.34"],
                  ["Chung et al. (2016) – LN HM-LSTM", "35M", "1.32"],
                  ["Zilly et al. (2016) – RHN", "46M", "1.27"],
                  ["Krause et al. (2016) – Large mLSTM", "46M", "1.24"],
                  ["Al-Rfou et al. (2018) – 12L Transformer", "44M", "1.11"],
                  ["Ours – 12L Transformer-XL", "41M", "1.06"],
                  ["Al-Rfou et al. (2018) – 64L Transformer", "235M", "1.06"],
                  ["Ours – 18L Transformer-XL", "88M", "1.03"],
                  ["Ours – 24L Transformer-XL", "277M", "0.99"]]},
        {"caption": "Table 3: Comparison with state-of-the-art results on text8.",
         "rows": [["Model", "#Param", "bpc"],
                  ["Chung et al. (2016) – LN HM-LSTM", "35M", "1.29"],
                  ["Zilly et al. (2016) – RHN", "45M", "1.27"],
                  ["Al-Rfou et al. (2018) – 64L Transformer", "235M", "1.13"],
                  ["Ours – 24L Transformer-XL (text8)", "277M", "1.08"]]},
        {"caption": "Table 4: Comparison with state-of-the-art results on One Billion Word. ◊ indicates "
                    "contemporary work.",
         "rows": [["Model", "#Param", "PPL"],
                  ["Shazeer et al. (2017) – Low-Budget MoE", "~5B", "34.1"],
                  ["Shazeer et al. (2017) – High-Budget MoE", "~5B", "28.0"],
                  ["Shazeer et al. (2018) – Mesh Tensorflow", "4.9B", "24.0"],
                  ["Baevski and Auli (2018) – Adaptive Input ◊", "0.46B", "24.1"],
                  ["Baevski and Auli (2018) – Adaptive Input ◊", "1.0B", "23.7"],
                  ["Ours – Transformer-XL Base", "0.46B", "23.5"],
                  ["Ours – Transformer-XL Large", "0.8B", "21.8"]]},
        {"caption": "Table 5: Comparison with state-of-the-art results on Penn Treebank. † indicates using "
                    "two-step finetuning.",
         "rows": [["Model", "#Param", "PPL"],
                  ["Zilly et al. (2016) – Variational RHN", "23M", "65.4"],
                  ["Zoph and Le (2016) – NAS Cell", "25M", "64.0"],
                  ["Merity et al. (2017) – AWD-LSTM", "24M", "58.8"],
                  ["Liu et al. (2018) – Differentiable NAS", "23M", "56.1"],
                  ["Ours – Transformer-XL (PTB)", "24M", "54.52"]]},
        {"caption": "Table 6: Relative effective context length (RECL) comparison on WikiText-103 with "
                    "r = 0.1. Models in the same group have the same parameter budget.",
         "rows": [["Model", "#Param", "RECL (r = 0.1)"],
                  ["Transformer-XL", "151M", "900"],
                  ["QRNN", "151M", "500"],
                  ["LSTM", "151M", "400"],
                  ["Transformer-XL", "128M", "700"],
                  ["Transformer", "128M", "128"]]},
        {"caption": "Table 7: Slowdown in terms of running time during evaluation of the vanilla Transformer "
                    "relative to Transformer-XL. Evaluation is conducted with models of similar size on enwik8.",
         "rows": [["Attn Len", "How much Al-Rfou et al. (2018) is slower"],
                  ["3,800", "1,874x"],
                  ["2,800", "1,409x"],
                  ["1,800", "773x"],
                  ["800", "363x"]]},
    ],
    "references": [
        "Rami Al-Rfou, Dokook Choe, Noah Constant, Mandy Guo, and Llion Jones. 2018. Character-level language "
        "modeling with deeper self-attention. arXiv preprint arXiv:1808.04444.",
        "Alexei Baevski and Michael Auli. 2018. Adaptive input representations for neural language modeling. "
        "arXiv preprint arXiv:1809.10853.",
        "Yann N. Dauphin, Angela Fan, Michael Auli, and David Grangier. 2016. Language modeling with gated "
        "convolutional networks. arXiv preprint arXiv:1612.08083.",
        "Edouard Grave, Armand Joulin, and Nicolas Usunier. 2016. Improving neural language models with a "
        "continuous cache. arXiv preprint arXiv:1612.04426.",
        "Urvashi Khandelwal, He He, Peng Qi, and Dan Jurafsky. 2018. Sharp nearby, fuzzy far away: How neural "
        "language models use context. In ACL.",
        "Stephen Merity, Nitish Shirish Keskar, and Richard Socher. 2017. Regularizing and optimizing LSTM "
        "language models. arXiv preprint arXiv:1708.02182.",
        "Peter Shaw, Jakob Uszkoreit, and Ashish Vaswani. 2018. Self-attention with relative position "
        "representations. In NAACL.",
        "Noam Shazeer, Azalia Mirhoseini, Krzysztof Maziarz, Andy Davis, Quoc Le, Geoffrey Hinton, and Jeff "
        "Dean. 2017. Outrageously large neural networks: The sparsely-gated mixture-of-experts layer. arXiv "
        "preprint arXiv:1701.06538.",
        "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz "
        "Kaiser, and Illia Polosukhin. 2017. Attention is all you need. In NIPS.",
        "Zhilin Yang, Zihang Dai, Ruslan Salakhutdinov, and William W. Cohen. 2017. Breaking the softmax "
        "bottleneck: A high-rank RNN language model. arXiv preprint arXiv:1711.03953.",
    ],
}

TRUTH = {
    "year": 2019,
    "source": "condensed retelling of Dai et al., ACL 2019 (arXiv:1901.02860), written from memory",
    "task_family": "causal-lm",
    "contribution": {"value": "architecture",
                     "quote": "We introduce the notion of recurrence into our deep self-attention network"},
    "claim": {"value": "Transformer-XL (segment-level recurrence + relative positional encodings) improves "
                       "state-of-the-art bpc/perplexity on five LM benchmarks (enwik8 0.99, text8 1.08, "
                       "WikiText-103 18.3 vs previous 20.5 of Adaptive Input, One Billion Word 21.8 vs 23.7, "
                       "PTB 54.5 without finetuning), models dependency 80%/450% longer than RNNs/vanilla "
                       "Transformers and evaluates up to 1,800+ times faster than the vanilla Transformer",
              "quote": "state-of-the-art results of bpc/perplexity to 0.99 on enwiki8"},
    "param_counts": [
        {"model": "Transformer-XL Standard (WikiText-103)", "value": 151000000,
         "quote": "Ours – Transformer-XL Standard 151M 24.0"},
        {"model": "Transformer-XL Large (WikiText-103)", "value": 257000000,
         "quote": "Ours – Transformer-XL Large 257M 18.3"},
        {"model": "12L Transformer-XL (enwik8)", "value": 41000000,
         "quote": "Ours – 12L Transformer-XL 41M 1.06"},
        {"model": "18L Transformer-XL (enwik8)", "value": 88000000,
         "quote": "Ours – 18L Transformer-XL 88M 1.03"},
        {"model": "24L Transformer-XL (enwik8)", "value": 277000000,
         "quote": "Ours – 24L Transformer-XL 277M 0.99"},
        {"model": "24L Transformer-XL (text8)", "value": 277000000,
         "quote": "Ours – 24L Transformer-XL (text8) 277M 1.08"},
        {"model": "Transformer-XL Base (One Billion Word)", "value": 460000000,
         "quote": "Ours – Transformer-XL Base 0.46B 23.5"},
        {"model": "Transformer-XL Large (One Billion Word)", "value": 800000000,
         "quote": "Ours – Transformer-XL Large 0.8B 21.8"},
        {"model": "Transformer-XL (RECL comparison, WikiText-103)", "value": 128000000,
         "quote": "Transformer-XL 128M 700"},
        {"model": "Transformer-XL (Penn Treebank)", "value": 24000000,
         "quote": "Ours – Transformer-XL (PTB) 24M 54.52"},
    ],
    "architecture": {"value": "decoder-only Transformer language model with segment-level recurrence (cached, "
                              "stop-gradient hidden states of previous segments used as memory for keys/values) "
                              "and relative positional encodings (sinusoid R_{i−j}, global biases u, v, split "
                              "key matrices W_{k,E}, W_{k,R}); 12/18/24 layers on enwik8; adaptive softmax and "
                              "adaptive input representations on WikiText-103",
                     "quote": "we finally arrive at the Transformer-XL architecture"},
    "datasets": [
        {"value": "WikiText-103 [103M training tokens, 28K articles]",
         "quote": "It contains 103M training tokens from 28K articles"},
        {"value": "enwik8 [100M bytes of unprocessed Wikipedia text]",
         "quote": "The dataset enwik8 contains 100M bytes of unprocessed Wikipedia text."},
        {"value": "text8 [100M processed Wikipedia characters]",
         "quote": "text8 contains 100M processed Wikipedia characters"},
        {"value": "One Billion Word [shuffled sentences]",
         "quote": "One Billion Word does not preserve any long-term dependency"},
        {"value": "Penn Treebank (word-level) [1M training tokens]",
         "quote": "Penn Treebank has only 1M training tokens"},
    ],
    "metrics": [
        {"value": "perplexity (WikiText-103, One Billion Word, Penn Treebank)",
         "quote": "reduces the previous state-of-the-art (SoTA) perplexity from 20.5 to 18.3"},
        {"value": "bits per character (enwik8, text8)",
         "quote": "first to break through 1.0 on widely-studied character-level benchmarks"},
        {"value": "Relative Effective Context Length (RECL)",
         "quote": "We propose a new metric, Relative Effective Context Length (RECL)"},
        {"value": "evaluation slowdown/speedup vs vanilla Transformer",
         "quote": "achieves an up to 1,874 times speedup during evaluation"},
    ],
    "training": {
        "wikitext103": {
            "attention_length": {"value": "384 during training, 1,600 during evaluation",
                                 "numbers": [384, 1600],
                                 "quote": "attention length to 384 during training and 1,600 during evaluation"},
            "softmax": {"value": "adaptive softmax and adaptive input representations",
                        "quote": "We adopted adaptive softmax and input representations."},
        },
        "enwik8": {
            "attention_length": {"value": "784 during training, 3,800 during evaluation (18L/24L models)",
                                 "numbers": [784, 3800],
                                 "quote": "With the attention length 784 during training and 3,800 during evaluation"},
            "auxiliary_losses": {"value": "none",
                                 "quote": "Transformer-XL does not need any auxiliary losses"},
        },
        "text8": {
            "hyperparameters": {"value": "same model and hyper-parameters as the best enwik8 model, no further tuning",
                                "quote": "we simply adapt the best model and the same hyper-parameters on enwik8"},
        },
        "penn_treebank": {
            "dropout": {"value": "variational dropout (rate not stated), plus weight averaging",
                        "numbers": [],
                        "quote": "we apply variational dropout and weight average to Transformer-XL"},
        },
    },
    "not_stated": ["optimizer", "learning_rate", "batch_size", "epochs", "steps", "weight_decay", "warmup",
                   "lora_rank", "lora_alpha", "dropout rates", "layer widths / number of heads"],
    "paper_notes": [
        "The condensed text states no optimizer, learning rate, batch size or step count (the published paper "
        "leaves these to its released code); only attention lengths and regularization types are given.",
        "Related work restates AWD-LSTM's set-up (three layers, DropConnect, averaged SGD, 58.8 PTB, 24M "
        "parameters) and the 247M adaptive-input Transformer; these are prior work, not this paper's.",
        "Result tables mix baselines' parameter counts (e.g. 64L Transformer 235M, Mesh Tensorflow 4.9B) with "
        "the paper's own; only 'Ours' rows are annotated.",
        "Table numbers written from memory; some baseline rows may differ slightly from the published tables.",
        "'up to 1,800+ times faster' (abstract) vs '1,874 times' (Sec. 4.4): same result, two roundings.",
    ],
}
