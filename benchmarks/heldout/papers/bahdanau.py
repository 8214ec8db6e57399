"""Held-out paper: Bahdanau, Cho & Bengio (ICLR 2015), Neural Machine Translation by Jointly Learning to
Align and Translate. Condensed retelling written from memory (not the published PDF)."""

PAPER = {
    "title": "Neural Machine Translation by Jointly Learning to Align and Translate",
    "authors": "Dzmitry Bahdanau, KyungHyun Cho and Yoshua Bengio",
    "affil": "Jacobs University Bremen, Germany; Université de Montréal",
    "header": "Published as a conference paper at ICLR 2015",
    "columns": 1,
    "abstract": (
        "Neural machine translation is a recently proposed approach to machine translation. Unlike the "
        "traditional statistical machine translation, the neural machine translation aims at building a "
        "single neural network that can be jointly tuned to maximize the translation performance. The models "
        "proposed recently for neural machine translation often belong to a family of encoder–decoders and "
        "encode a source sentence into a fixed-length vector from which a decoder generates a translation. In "
        "this paper, we conjecture that the use of a fixed-length vector is a bottleneck in improving the "
        "performance of this basic encoder–decoder architecture, and propose to extend this by allowing a "
        "model to automatically (soft-)search for parts of a source sentence that are relevant to predicting "
        "a target word, without having to form these parts as a hard segment explicitly. With this new "
        "approach, we achieve a translation performance comparable to the existing state-of-the-art "
        "phrase-based system on the task of English-to-French translation. Furthermore, qualitative analysis "
        "reveals that the (soft-)alignments found by the model agree well with our intuition."),
    "sections": [
        ("1 Introduction", [
            "Neural machine translation is a newly emerging approach to machine translation, recently proposed "
            "by Kalchbrenner and Blunsom (2013), Sutskever et al. (2014) and Cho et al. (2014b). Unlike the "
            "traditional phrase-based translation system which consists of many small sub-components that are "
            "tuned separately, neural machine translation attempts to build and train a single, large neural "
            "network that reads a sentence and outputs a correct translation.",
            "A potential issue with this encoder–decoder approach is that a neural network needs to be able to "
            "compress all the necessary information of a source sentence into a fixed-length vector. This may "
            "make it difficult for the neural network to cope with long sentences, especially those that are "
            "longer than the sentences in the training corpus. Cho et al. (2014b) showed that indeed the "
            "performance of a basic encoder–decoder deteriorates rapidly as the length of an input sentence "
            "increases.",
            "In order to address this issue, we introduce an extension to the encoder–decoder model which "
            "learns to align and translate jointly. Each time the proposed model generates a word in a "
            "translation, it (soft-)searches for a set of positions in a source sentence where the most "
            "relevant information is concentrated. The model then predicts a target word based on the context "
            "vectors associated with these source positions and all the previous generated target words.",
            "In this paper, we show that the proposed approach of jointly learning to align and translate "
            "achieves significantly improved translation performance over the basic encoder–decoder approach. "
            "The improvement is more apparent with longer sentences, but can be observed with sentences of any "
            "length. On the task of English-to-French translation, the proposed approach achieves, with a "
            "single model, a translation performance comparable, or close, to the conventional phrase-based "
            "system."]),
        ("2 Background: Neural Machine Translation", [
            "From a probabilistic perspective, translation is equivalent to finding a target sentence y that "
            "maximizes the conditional probability of y given a source sentence x. In neural machine "
            "translation, we fit a parameterized model to maximize the conditional probability of sentence "
            "pairs using a parallel training corpus.",
            "Recently, a number of papers have proposed the use of neural networks to directly learn this "
            "conditional distribution. Sutskever et al. (2014) used a deep LSTM with four layers of 1000 "
            "cells each, reading the source sentence in reverse order, and reported a BLEU score of 34.8 "
            "with an ensemble of such models on the same English-to-French task. Cho et al. (2014a) used a "
            "gated recurrent encoder–decoder to score phrase pairs in a phrase-based system. Adding neural "
            "components to existing translation systems, for instance, to score the phrase pairs in the "
            "phrase table or to re-rank candidate translations, has allowed to surpass the previous "
            "state-of-the-art performance level."]),
        ("3 Learning to Align and Translate", [
            "In this section, we propose a novel architecture for neural machine translation. The new "
            "architecture consists of a bidirectional RNN as an encoder and a decoder that emulates searching "
            "through a source sentence during decoding a translation.",
            "<b>Decoder.</b> In the new model architecture, we define each conditional probability as "
            "p(y<sub>i</sub> | y<sub>1</sub>, ..., y<sub>i−1</sub>, x) = g(y<sub>i−1</sub>, s<sub>i</sub>, "
            "c<sub>i</sub>), where s<sub>i</sub> is an RNN hidden state for time i. Unlike the existing "
            "encoder–decoder approach, here the probability is conditioned on a distinct context vector "
            "c<sub>i</sub> for each target word. The context vector c<sub>i</sub> is computed as a weighted "
            "sum of annotations h<sub>j</sub>, with weights α<sub>ij</sub> = exp(e<sub>ij</sub>) / "
            "Σ<sub>k</sub> exp(e<sub>ik</sub>), where e<sub>ij</sub> = a(s<sub>i−1</sub>, h<sub>j</sub>) is "
            "an alignment model which scores how well the inputs around position j and the output at "
            "position i match. We parametrize the alignment model a as a feedforward neural network which is "
            "jointly trained with all the other components of the proposed system. Note that unlike in "
            "traditional machine translation, the alignment is not considered to be a latent variable; "
            "instead, the alignment model directly computes a soft alignment, which allows the gradient of "
            "the cost function to be backpropagated through.",
            "<b>Encoder: bidirectional RNN for annotating sequences.</b> We would like the annotation of each "
            "word to summarize not only the preceding words, but also the following words. Hence, we propose "
            "to use a bidirectional RNN. A BiRNN consists of forward and backward RNNs; we obtain an "
            "annotation for each word x<sub>j</sub> by concatenating the forward hidden state and the backward "
            "one. Due to the tendency of RNNs to better represent recent inputs, the annotation h<sub>j</sub> "
            "will be focused on the words around x<sub>j</sub>."]),
        ("4 Experiment Settings", [
            "We evaluate the proposed approach on the task of English-to-French translation. We use the "
            "bilingual, parallel corpora provided by ACL WMT '14. As a comparison, we also report the "
            "performance of an RNN Encoder–Decoder which was proposed recently by Cho et al. (2014a). We use "
            "the same training procedures and the same dataset for both models."]),
        ("4.1 Dataset", [
            "WMT '14 contains the following English-French parallel corpora: Europarl (61M words), news "
            "commentary (5.5M), UN (421M) and two crawled corpora of 90M and 272.5M words respectively, "
            "totaling 850M words. Following the procedure described in Cho et al. (2014a), we reduce the size "
            "of the combined corpus to have 348M words using the data selection method by Axelrod et al. "
            "(2011). We do not use any monolingual data other than the mentioned parallel corpora, although it "
            "may be possible to use a much larger monolingual corpus to pretrain an encoder. We concatenate "
            "news-test-2012 and news-test-2013 to make a development (validation) set, and evaluate the models "
            "on the test set (news-test-2014) from WMT '14, which consists of 3003 sentences not present in "
            "the training data.",
            "After a usual tokenization, we use a shortlist of 30,000 most frequent words in each language to "
            "train our models. Any word not included in the shortlist is mapped to a special token ([UNK]). "
            "We do not apply any other special preprocessing, such as lowercasing or stemming, to the data."]),
        ("4.2 Models", [
            "We train two types of models. The first one is an RNN Encoder–Decoder (RNNencdec, Cho et al., "
            "2014a), and the other is the proposed model, to which we refer as RNNsearch. We train each model "
            "twice: first with the sentences of length up to 30 words (RNNencdec-30, RNNsearch-30) and then "
            "with the sentences of length up to 50 words (RNNencdec-50, RNNsearch-50).",
            "The encoder and decoder of the RNNencdec have 1000 hidden units each. The encoder of the RNNsearch "
            "consists of forward and backward recurrent neural networks (RNN) each having 1000 hidden units. "
            "Its decoder has 1000 hidden units. In both cases, we use a multilayer network with a single maxout "
            "hidden layer to compute the conditional probability of each target word.",
            "We use a minibatch stochastic gradient descent (SGD) algorithm together with Adadelta to train "
            "each model. Each SGD update direction is computed using a minibatch of 80 sentences. We trained "
            "each model for approximately 5 days.",
            "Once a model is trained, we use a beam search to find a translation that approximately maximizes "
            "the conditional probability. Sutskever et al. (2014) used this approach to generate translations "
            "from their neural machine translation model. For more details on the architectures of the models "
            "and training procedure used in the experiments, see Appendices A and B."]),
        ("5 Results", [
            "In Table 1, we list the translation performances measured in BLEU score. It is clear from the "
            "table that in all the cases, the proposed RNNsearch outperforms the conventional RNNencdec. More "
            "importantly, the performance of the RNNsearch is as high as that of the conventional phrase-based "
            "translation system (Moses), when only the sentences consisting of known words are considered. "
            "This is a significant achievement, considering that Moses uses a separate monolingual corpus "
            "(418M words) in addition to the parallel corpora we used to train the RNNsearch and RNNencdec.",
            "@TABLE:0@",
            "One of the motivations behind the proposed approach was the use of a fixed-length context vector "
            "in the basic encoder–decoder approach. We conjectured that this limitation may make the basic "
            "encoder–decoder approach to underperform with long sentences. Both RNNencdec-30 and RNNencdec-50 "
            "degrade sharply as the length of the source sentence increases. On the other hand, both "
            "RNNsearch-30 and RNNsearch-50 are more robust to the length of the sentences; RNNsearch-50, "
            "especially, shows no performance deterioration even with sentences of length 50 or more.",
            "The proposed approach provides an intuitive way to inspect the (soft-)alignment between the words "
            "in a generated translation and those in a source sentence, by visualizing the annotation weights "
            "α<sub>ij</sub>. The alignment of words between English and French is largely monotonic, but we "
            "see strong weights off the diagonal where adjectives and nouns are ordered differently between "
            "the two languages."]),
        ("6 Conclusion", [
            "The conventional approach to neural machine translation, called an encoder–decoder approach, "
            "encodes a whole input sentence into a fixed-length vector from which a translation will be "
            "decoded. In this paper, we proposed a novel architecture that extends the basic encoder–decoder "
            "by letting a model (soft-)search for a set of input words, or their annotations computed by an "
            "encoder, when generating each target word. We tested the proposed model, called RNNsearch, on the "
            "task of English-to-French translation. The experiment revealed that the proposed RNNsearch "
            "outperforms the conventional encoder–decoder model (RNNencdec) significantly, regardless of the "
            "sentence length and that it is much more robust to the length of a source sentence. Perhaps more "
            "importantly, the proposed approach achieved a translation performance comparable to the existing "
            "phrase-based statistical machine translation."]),
    ],
    "tables": [
        {"caption": "Table 1: BLEU scores of the trained models computed on the test set. The second and third "
                    "columns show respectively the scores on all the sentences and, on the sentences without "
                    "any unknown word in themselves and in the reference translations. Note that RNNsearch-50* "
                    "was trained much longer until the performance on the development set stopped improving.",
         "rows": [["Model", "All", "No UNK"],
                  ["RNNencdec-30", "13.93", "24.19"],
                  ["RNNsearch-30", "21.50", "31.44"],
                  ["RNNencdec-50", "17.82", "26.71"],
                  ["RNNsearch-50", "26.75", "34.16"],
                  ["RNNsearch-50*", "28.45", "36.15"],
                  ["Moses", "33.30", "35.63"]]},
        {"caption": "Table 2: Learning statistics relevant to training. Updates are counted in units of 10<super>5</super>.",
         "rows": [["Model", "Updates", "Epochs", "Hours"],
                  ["RNNenc-30", "8.46", "6.4", "109"],
                  ["RNNsearch-30", "4.71", "3.6", "113"],
                  ["RNNenc-50", "6.00", "4.5", "108"],
                  ["RNNsearch-50", "2.88", "2.2", "111"],
                  ["RNNsearch-50*", "6.67", "5.0", "252"]]},
    ],
    "references": [
        "Axelrod, A., He, X., and Gao, J. (2011). Domain adaptation via pseudo in-domain data selection. "
        "In Proceedings of EMNLP 2011.",
        "Cho, K., van Merrienboer, B., Gulcehre, C., Bougares, F., Schwenk, H., and Bengio, Y. (2014a). "
        "Learning phrase representations using RNN encoder-decoder for statistical machine translation. "
        "In Proceedings of EMNLP 2014.",
        "Cho, K., van Merriënboer, B., Bahdanau, D., and Bengio, Y. (2014b). On the properties of neural "
        "machine translation: Encoder–Decoder approaches. In Eighth Workshop on Syntax, Semantics and "
        "Structure in Statistical Translation.",
        "Goodfellow, I., Warde-Farley, D., Mirza, M., Courville, A., and Bengio, Y. (2013). Maxout networks. "
        "In Proceedings of ICML 2013.",
        "Kalchbrenner, N. and Blunsom, P. (2013). Recurrent continuous translation models. In Proceedings of "
        "EMNLP 2013.",
        "Koehn, P. (2010). Statistical Machine Translation. Cambridge University Press.",
        "Pascanu, R., Mikolov, T., and Bengio, Y. (2013). On the difficulty of training recurrent neural "
        "networks. In Proceedings of ICML 2013.",
        "Saxe, A. M., McClelland, J. L., and Ganguli, S. (2014). Exact solutions to the nonlinear dynamics of "
        "learning in deep linear neural networks. In Proceedings of ICLR 2014.",
        "Schuster, M. and Paliwal, K. K. (1997). Bidirectional recurrent neural networks. IEEE Transactions "
        "on Signal Processing, 45(11), 2673–2681.",
        "Sutskever, I., Vinyals, O., and Le, Q. (2014). Sequence to sequence learning with neural networks. "
        "In Advances in Neural Information Processing Systems (NIPS 2014).",
        "Zeiler, M. D. (2012). ADADELTA: An adaptive learning rate method. arXiv:1212.5701.",
    ],
    "appendix": [
        ("A Model Architecture", [
            "<b>Recurrent units.</b> For the activation function of an RNN, we use the gated hidden unit "
            "recently proposed by Cho et al. (2014a). The gated hidden unit is an alternative to the "
            "conventional simple units such as an element-wise tanh; it is similar to a long short-term "
            "memory (LSTM) unit and shares with it the ability to better model and learn long-term "
            "dependencies.",
            "<b>Alignment model.</b> The alignment model should be designed considering that the model needs "
            "to be evaluated T<sub>x</sub> × T<sub>y</sub> times for each sentence pair of lengths "
            "T<sub>x</sub> and T<sub>y</sub>. In order to reduce computation, we use a single-layer "
            "multilayer perceptron a(s<sub>i−1</sub>, h<sub>j</sub>) = v<sub>a</sub><super>T</super> "
            "tanh(W<sub>a</sub> s<sub>i−1</sub> + U<sub>a</sub> h<sub>j</sub>).",
            "<b>Sizes.</b> In all the experiments, the size of a hidden layer n is 1000, the word embedding "
            "dimensionality m is 620 and the size of the maxout hidden layer in the deep output l is 500. The "
            "number of hidden units in the alignment model n′ is 1000. The source word embeddings are shared "
            "by the forward and backward RNNs of the encoder."]),
        ("B Training Procedure", [
            "<b>Parameter initialization.</b> We initialized the recurrent weight matrices as random "
            "orthogonal matrices. For W<sub>a</sub> and U<sub>a</sub>, we initialized them by sampling each "
            "element from the Gaussian distribution of mean 0 and variance 0.001<super>2</super>. All the "
            "elements of V<sub>a</sub> and all the bias vectors were initialized to zero. Any other weight "
            "matrix was initialized by sampling from the Gaussian distribution of mean 0 and variance "
            "0.01<super>2</super>.",
            "<b>Training.</b> We used the stochastic gradient descent (SGD) algorithm. Adadelta (Zeiler, 2012) "
            "was used to automatically adapt the learning rate of each parameter (ε = 10<super>−6</super> and "
            "ρ = 0.95). We explicitly normalized the L<sub>2</sub>-norm of the gradient of the cost function "
            "each time to be at most a predefined threshold of 1, when the norm was larger than the threshold "
            "(Pascanu et al., 2013). Each SGD update direction was computed with a minibatch of 80 sentences.",
            "At each update our implementation requires time proportional to the length of the longest "
            "sentence in a minibatch. Hence, to minimize the waste of computation, before every 20-th update, "
            "we retrieved 1600 sentence pairs, sorted them according to the lengths and split them into 20 "
            "minibatches. The training data was shuffled once before training and was traversed sequentially "
            "in this manner. In Table 2 we present the statistics related to training all the models used in "
            "the experiments.",
            "@TABLE:1@"]),
    ],
}

TRUTH = {
    "year": 2015,
    "source": "condensed retelling of Bahdanau, Cho & Bengio, ICLR 2015 (arXiv:1409.0473), written from memory",
    "task_family": "seq2seq",
    "contribution": {"value": "architecture",
                     "quote": "we introduce an extension to the encoder–decoder model which"},
    "claim": {"value": "RNNsearch (encoder–decoder with jointly learned soft alignment/attention) significantly "
                       "outperforms the basic RNN encoder–decoder (RNNencdec) on WMT'14 English-to-French, "
                       "especially on long sentences, and is comparable to the phrase-based system Moses "
                       "(RNNsearch-50* 28.45 BLEU all / 36.15 no-UNK vs Moses 33.30 / 35.63; RNNencdec-50 17.82)",
              "quote": "the proposed RNNsearch outperforms the conventional RNNencdec"},
    "param_counts": [],
    "architecture": {"value": "RNNsearch: bidirectional GRU-style (gated hidden unit) encoder, 1000 hidden units "
                              "per direction; GRU decoder with 1000 hidden units; single-layer MLP alignment "
                              "model (n′=1000) producing soft attention weights; deep output with a single "
                              "maxout hidden layer (l=500); word embeddings m=620; 30,000-word shortlists",
                     "quote": "consists of forward and backward recurrent neural networks (RNN) each having 1000"},
    "datasets": [
        {"value": "WMT'14 English-French [parallel corpora, 850M words reduced to 348M by data selection; "
                  "dev: news-test-2012+2013; test: news-test-2014, 3003 sentences]",
         "quote": "We use the bilingual, parallel corpora provided by ACL WMT '14."},
    ],
    "metrics": [
        {"value": "BLEU (all sentences, and sentences without unknown words)",
         "quote": "we list the translation performances measured in BLEU score"},
    ],
    "training": {
        "wmt14_en_fr": {
            "optimizer": {"value": "minibatch SGD with Adadelta (ε = 1e-6, ρ = 0.95)",
                          "quote": "Adadelta (Zeiler, 2012) was used to automatically adapt the learning rate"},
            "batch_size": {"value": 80, "note": "sentences per minibatch",
                           "quote": "Each SGD update direction was computed with a minibatch of 80 sentences."},
            "epochs": {"value": "RNNenc-30 6.4, RNNsearch-30 3.6, RNNenc-50 4.5, RNNsearch-50 2.2, "
                                "RNNsearch-50* 5.0",
                       "numbers": [6.4, 3.6, 4.5, 2.2, 5.0],
                       "quote": "RNNsearch-50 2.88 2.2 111",
                       "note": "per model in Table 2 (Appendix B); quote is the RNNsearch-50 row"},
            "steps": {"value": "RNNenc-30 8.46e5, RNNsearch-30 4.71e5, RNNenc-50 6.00e5, RNNsearch-50 2.88e5, "
                               "RNNsearch-50* 6.67e5 updates",
                      "numbers": [846000, 471000, 600000, 288000, 667000],
                      "quote": "Updates are counted in units of 10<super>5</super>",
                      "note": "Table 2, in units of 10^5"},
            "training_time": {"value": "approximately 5 days per model (108–252 hours in Table 2)",
                              "quote": "We trained each model for approximately 5 days."},
            "gradient_clipping": {"value": "L2 gradient norm rescaled to at most 1", "numbers": [1],
                                  "quote": "to be at most a predefined threshold of 1"},
            "max_sentence_length": {"value": "30 or 50 words (the -30 / -50 models)", "numbers": [30, 50],
                                    "quote": "with the sentences of length up to 50 words"},
            "vocabulary": {"value": "30,000 most frequent words per language", "numbers": [30000],
                           "quote": "we use a shortlist of 30,000 most frequent words in each language"},
            "initialization": {"value": "orthogonal recurrent weights; W_a, U_a ~ N(0, 0.001²); V_a and biases "
                                        "zero; other weights ~ N(0, 0.01²)",
                               "quote": "We initialized the recurrent weight matrices as random"},
        },
    },
    "not_stated": ["learning_rate", "weight_decay", "dropout", "warmup", "lr_schedule", "lora_rank",
                   "lora_alpha"],
    "paper_notes": [
        "Learning rate is not given: Adadelta adapts it per parameter (only ε and ρ are stated).",
        "Main text gives the minibatch size and '5 days'; epochs and update counts only in Appendix Table 2.",
        "Background section restates Sutskever et al.'s set-up (4-layer LSTM, 1000 cells, 34.8 BLEU); not this "
        "paper's.",
        "Moses uses an extra 418M-word monolingual corpus; it is a baseline, not a training run of this paper.",
        "No parameter count is stated.",
        "Table 2 values written from memory; they may differ slightly from the published appendix.",
    ],
}
