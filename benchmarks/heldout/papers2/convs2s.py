"""Held-out paper (batch 2): Gehring, Auli, Grangier, Yarats & Dauphin (ICML 2017), Convolutional Sequence
to Sequence Learning. Condensed retelling written from memory (not the published PDF)."""

PAPER = {
    "title": "Convolutional Sequence to Sequence Learning",
    "authors": "Jonas Gehring, Michael Auli, David Grangier, Denis Yarats and Yann N. Dauphin",
    "affil": "Facebook AI Research",
    "header": "Proceedings of the 34th International Conference on Machine Learning, Sydney, Australia, 2017",
    "columns": 2,
    "abstract": (
        "The prevalent approach to sequence to sequence learning maps an input sequence to a variable length "
        "output sequence via recurrent neural networks. We introduce an architecture based entirely on "
        "convolutional neural networks. Compared to recurrent models, computations over all elements can be "
        "fully parallelized during training to better exploit the GPU hardware and optimization is easier "
        "since the number of non-linearities is fixed and independent of the input length. Our use of gated "
        "linear units eases gradient propagation and we equip each decoder layer with a separate attention "
        "module. We outperform the accuracy of the deep LSTM setup of Wu et al. (2016) on both WMT'14 "
        "English-German and WMT'14 English-French translation at an order of magnitude faster speed, both on "
        "GPU and CPU."),
    "sections": [
        ("1. Introduction", [
            "Sequence to sequence learning has been successful in many tasks such as machine translation, "
            "speech recognition and text summarization amongst others. The dominant approach to date encodes "
            "the input sequence with a series of bi-directional recurrent neural networks (RNN) and generates a "
            "variable length output with another set of decoder RNNs, both of which interface via a soft-"
            "attention mechanism.",
            "Convolutional neural networks are less common for sequence modeling, despite several advantages. "
            "Compared to recurrent layers, convolutions create representations for fixed size contexts, "
            "however, the effective context size of the network can easily be made larger by stacking several "
            "layers on top of each other. This allows to precisely control the maximum length of dependencies "
            "to be modeled. Convolutional networks do not depend on the computations of the previous time step "
            "and therefore allow parallelization over every element in a sequence. Multi-layer convolutional "
            "neural networks create hierarchical representations over the input sequence in which nearby input "
            "elements interact at lower layers while distant elements interact at higher layers. Hierarchical "
            "structure provides a shorter path to capture long-range dependencies compared to the chain "
            "structure modeled by recurrent networks, e.g. we can obtain a feature representation capturing "
            "relationships within a window of n words by applying only O(n/k) convolutional operations for "
            "kernels of width k, compared to a linear number O(n) for recurrent neural networks.",
            "In this paper we propose an architecture for sequence to sequence modeling that is entirely "
            "convolutional. Our model is equipped with gated linear units (Dauphin et al., 2016) and residual "
            "connections (He et al., 2015a). We also use attention in every decoder layer and demonstrate that "
            "each attention layer only adds a negligible amount of overhead. The combination of these choices "
            "enables us to tackle large scale problems.",
            "We evaluate our approach on several large datasets for machine translation as well as "
            "summarization and compare to the current best architectures reported in the literature. On WMT'16 "
            "English-Romanian translation we achieve a new state of the art, outperforming the previous best "
            "result by 1.9 BLEU. On WMT'14 English-German we outperform the strong LSTM setup of Wu et al. "
            "(2016) by 0.5 BLEU and on WMT'14 English-French we outperform the likelihood trained system of Wu "
            "et al. (2016) by 1.6 BLEU. Furthermore, our model can translate unseen sentences at an order of "
            "magnitude faster speed than Wu et al. (2016) on GPU and CPU hardware."]),
        ("2. Recurrent Sequence to Sequence Learning", [
            "Sequence to sequence modeling has been synonymous with recurrent neural network based "
            "encoder-decoder architectures. The encoder RNN processes an input sequence x = (x<sub>1</sub>, "
            "..., x<sub>m</sub>) of m elements and returns state representations z = (z<sub>1</sub>, ..., "
            "z<sub>m</sub>). The decoder RNN takes z and generates the output sequence y = (y<sub>1</sub>, "
            "..., y<sub>n</sub>) left to right, one element at a time. Models without attention consider only "
            "the final encoder state z<sub>m</sub>, whereas attention-based models compute a conditional input "
            "c<sub>i</sub> as a weighted sum of encoder states. Popular choices for recurrent networks in "
            "encoder-decoder models are long short term memory networks and gated recurrent units. Wu et al. "
            "(2016) stacked eight LSTM layers in the encoder and eight in the decoder with residual connections, "
            "and trained the model with Adam followed by plain SGD on 96 GPUs; Sutskever et al. (2014) used four "
            "LSTM layers of 1000 cells trained with SGD at a learning rate of 0.7.",
            "Several recent approaches achieve their best results with convolutional encoders but still rely on "
            "recurrent decoders (Kalchbrenner et al., 2016; Gehring et al., 2016), or use convolutions with "
            "recurrent pooling (Bradbury et al., 2016). Kalchbrenner et al. (2016) introduced the ByteNet, "
            "a convolutional network with dilated convolutions applied to character-level translation, without "
            "attention."]),
        ("3. A Convolutional Architecture", [
            "Next we introduce a fully convolutional architecture for sequence to sequence modeling. Instead of "
            "relying on RNNs to compute intermediate encoder states z and decoder states h we use convolutional "
            "neural networks (CNN).",
            "<b>3.1. Position Embeddings.</b> First, we embed input elements x = (x<sub>1</sub>, ..., "
            "x<sub>m</sub>) in distributional space as w = (w<sub>1</sub>, ..., w<sub>m</sub>), where "
            "w<sub>j</sub> ∈ R<super>f</super> is a column in an embedding matrix D ∈ R<super>V×f</super>. We "
            "also equip our model with a sense of order by embedding the absolute position of input elements "
            "p = (p<sub>1</sub>, ..., p<sub>m</sub>) where p<sub>j</sub> ∈ R<super>f</super>. Both are combined "
            "to obtain input element representations e = (w<sub>1</sub> + p<sub>1</sub>, ..., w<sub>m</sub> + "
            "p<sub>m</sub>). We proceed similarly for output elements that were already generated by the "
            "decoder network.",
            "<b>3.2. Convolutional Block Structure.</b> Both encoder and decoder networks share a simple block "
            "structure that computes intermediate states based on a fixed number of input elements. Each block "
            "contains a one dimensional convolution followed by a non-linearity. For a decoder network with a "
            "single block and kernel width k, each resulting state contains information over k input elements. "
            "Stacking several blocks on top of each other increases the number of input elements represented in "
            "a state. For instance, stacking 6 blocks with k = 5 results in an input field of 25 elements. Each "
            "convolution kernel is parameterized as W ∈ R<super>2d×kd</super>, b<sub>w</sub> ∈ "
            "R<super>2d</super> and takes as input X ∈ R<super>k×d</super> which is a concatenation of k input "
            "elements embedded in d dimensions and maps them to a single output element Y = [A B] ∈ "
            "R<super>2d</super> that has twice the dimensionality of the input elements. We choose gated linear "
            "units (GLU) as non-linearity, v([A B]) = A ⊗ σ(B), where the gates σ(B) control which inputs A of "
            "the current context are relevant. To enable deep convolutional networks, we add residual "
            "connections from the input of each convolution to the output of the block. For encoder networks we "
            "ensure that the output of the convolutional layers matches the input length by padding the input "
            "at each layer; for decoder networks we have to take care that no future information is available "
            "to the decoder. We also add linear mappings to project between the embedding size f and the "
            "convolution outputs that are of size 2d.",
            "<b>3.3. Multi-step Attention.</b> We introduce a separate attention mechanism for each decoder "
            "layer. To compute the attention, we combine the current decoder state h<sub>i</sub><super>l</super> "
            "with an embedding of the previous target element g<sub>i</sub>: d<sub>i</sub><super>l</super> = "
            "W<sub>d</sub><super>l</super> h<sub>i</sub><super>l</super> + b<sub>d</sub><super>l</super> + "
            "g<sub>i</sub>. The attention weights are a softmax over the dot products of "
            "d<sub>i</sub><super>l</super> with the outputs z<sub>j</sub><super>u</super> of the last encoder "
            "block u, and the conditional input c<sub>i</sub><super>l</super> is a weighted sum of the encoder "
            "outputs plus the input element embeddings e<sub>j</sub>. Once c<sub>i</sub><super>l</super> has "
            "been computed, it is simply added to the output of the corresponding decoder layer. This can be "
            "seen as attention with multiple 'hops'.",
            "<b>3.4. Normalization Strategy.</b> We stabilize learning through careful weight initialization "
            "and by scaling parts of the network to ensure that the variance throughout the network does not "
            "change dramatically. We scale the output of residual blocks as well as the attention to preserve "
            "the variance of activations: we multiply the sum of the input and output of a residual block by "
            "√0.5 to halve the variance of the sum. For convolutional decoders with multiple attention, we "
            "scale the gradients for the encoder layers by the number of attention mechanisms we use; we "
            "exclude source word embeddings.",
            "<b>3.5. Initialization.</b> All embeddings are initialized from a normal distribution with mean 0 "
            "and standard deviation 0.1. For layers whose output is not directly fed to a gated linear unit, we "
            "initialize weights from N(0, √(1/n<sub>l</sub>)) where n<sub>l</sub> is the number of input "
            "connections to each neuron. For layers which are followed by a GLU activation we propose a weight "
            "initialization scheme that accounts for dropout, N(0, √(4p/n<sub>l</sub>)), where p is the "
            "probability of retaining a unit. Biases are uniformly set to zero when the network is constructed."]),
        ("4. Experimental Setup", [
            "<b>4.1. Datasets.</b> We consider three major WMT translation tasks as well as a text "
            "summarization task.",
            "<i>WMT'16 English-Romanian.</i> We use the same data and pre-processing as Sennrich et al. "
            "(2016b) but remove sentences with more than 175 words. This results in 2.8M sentence pairs for "
            "training and we evaluate on newstest2016. We experiment with word-based models using a source "
            "vocabulary of 200K types and a target vocabulary of 80K types. We also consider a joint source and "
            "target byte-pair encoding (BPE) with 40K types.",
            "<i>WMT'14 English-German.</i> We use the same setup as Luong et al. (2015) which comprises 4.5M "
            "sentence pairs for training and we test on newstest2014. As vocabulary we use 40K sub-word types "
            "based on BPE.",
            "<i>WMT'14 English-French.</i> We use the full training set of 36M sentence pairs, and remove "
            "sentences longer than 175 words as well as pairs with a source/target length ratio exceeding 1.5. "
            "This results in 35.5M sentence-pairs for training. Results are reported on newstest2014. We use a "
            "source and target vocabulary with 40K BPE types.",
            "In all setups a small subset of the training data serves as validation set (about 0.5-1% for each "
            "dataset) for early stopping and learning rate annealing.",
            "<i>Abstractive summarization.</i> We train on the Gigaword corpus (Graff et al., 2003) and "
            "pre-process it identically to Rush et al. (2015) resulting in 3.8M training examples and 190K for "
            "validation. We evaluate on the DUC-2004 test data comprising 500 article-title pairs and report "
            "three variants of recall-based ROUGE, namely ROUGE-1 (unigrams), ROUGE-2 (bigrams), and ROUGE-L "
            "(longest-common substring). We also evaluate on a Gigaword test set of 2000 pairs which is "
            "identical to the one used by Rush et al. (2015) and we report F1 ROUGE similar to prior work. "
            "Similar to Shen et al. (2016) we use a source and target vocabulary of 30K words and require "
            "outputs to be at least 14 words long.",
            "<b>4.2. Model Parameters and Optimization.</b> We use 512 hidden units for both encoders and "
            "decoders, unless otherwise stated. All embeddings, including the output produced by the decoder "
            "before the final linear layer, have dimensionality 512; we use the same dimensionalities for "
            "linear layers mapping between the hidden and embedding sizes.",
            "We train our convolutional models with Nesterov's accelerated gradient method (Sutskever et al., "
            "2013) using a momentum value of 0.99 and renormalize gradients if their norm exceeds 0.1 (Pascanu "
            "et al., 2013). We use a learning rate of 0.25 and once the validation perplexity stops improving, "
            "we reduce the learning rate by an order of magnitude after each epoch until it falls below "
            "10<super>−4</super>.",
            "Unless otherwise stated, we use mini-batches of 64 sentences. We restrict the maximum number of "
            "words in a mini-batch to make sure that batches with long sentences still fit in GPU memory. If "
            "the threshold is exceeded, we simply split the batch until the threshold is met and process the "
            "parts separately. Gradients are normalized by the number of non-padding tokens per mini-batch. We "
            "also use weight normalization for all layers except for lookup tables.",
            "Besides dropout on the embeddings and the decoder output, we also apply dropout to the input of "
            "the convolutional blocks (Srivastava et al., 2014). All models are implemented in Torch and trained "
            "on a single Nvidia M40 GPU except for WMT'14 English-French for which we use a multi-GPU setup on a "
            "single machine. We train on up to eight GPUs synchronously by maintaining copies of the model on "
            "each card and split the batch so that each worker computes 1/8-th of the gradients; at the end we "
            "sum the gradients via Nvidia NCCL.",
            "<b>4.3. Evaluation.</b> We report average results over three runs of each model, where each "
            "differs only in the initial random seed. Translations are generated by a beam search and we "
            "normalize log-likelihood scores by sentence length. We use a beam of width 5. We divide the "
            "log-likelihoods of the final hypothesis in beam search by their length |y|. For WMT'14 "
            "English-German we tune a length penalty parameter using newstest2015. We measure case-sensitive "
            "tokenized BLEU, except for WMT'16 English-Romanian where we use detokenized BLEU to be comparable "
            "with Sennrich et al. (2016b)."]),
        ("5. Results", [
            "<b>5.1. Recurrent vs. Convolutional Models.</b> We first evaluate our convolutional model on three "
            "translation tasks. On WMT'16 English-Romanian translation we compare to Sennrich et al. (2016b) "
            "which is the winning entry on this language pair at WMT'16. Their model implements the "
            "attention-based sequence to sequence architecture of Bahdanau et al. (2014) and uses GRU cells "
            "both in the encoder and decoder. We test both word-based and BPE vocabularies.",
            "For WMT'16 English-Romanian our models use 20 layers in the encoder and 20 layers in the decoder, "
            "both using 512 hidden units and kernels of width 3. Our fully convolutional sequence to sequence "
            "model (ConvS2S) outperforms the WMT'16 winning entry for English-Romanian by 1.9 BLEU with a BPE "
            "encoding and by 1.3 BLEU with a word factored vocabulary.",
            "On WMT'14 English to German translation we compare to the following prior work: Luong et al. "
            "(2015) is based on a four layer LSTM attention model, ByteNet (Kalchbrenner et al., 2016) "
            "propose a convolutional model based on characters without attention, with 30 layers in the "
            "encoder and 30 layers in the decoder, GNMT (Wu et al., 2016) represents the state of the art on "
            "this dataset and they use eight encoder LSTMs as well as eight decoder LSTMs. Our encoder and "
            "decoder for this task have 15 layers each: 9 layers with 512 hidden units, 4 layers with 1024 "
            "hidden units and 2 layers with 2048 hidden units, all using kernels of width 3. ConvS2S "
            "outperforms the state of the art by 0.5 BLEU.",
            "Finally, we train on the much larger WMT'14 English-French task where we compare to the state of "
            "the art result of GNMT (Wu et al., 2016). Our model is trained with a simple token-level "
            "likelihood objective and we improve over GNMT in the same setting by 1.6 BLEU on average. We also "
            "outperform their reinforcement (RL) models by 0.5 BLEU. The English-French model was trained for "
            "37 days on eight GPUs.",
            "@TABLE:0@",
            "Ensembles of eight models improve further, to 26.43 BLEU on WMT'14 English-German and 41.62 BLEU on "
            "WMT'14 English-French, above the corresponding GNMT ensembles.",
            "@TABLE:1@",
            "<b>5.2. Generation Speed.</b> Next, we evaluate the inference speed of our architecture on the "
            "development set of the WMT'14 English-French task which is the concatenation of newstest2012 and "
            "newstest2013; it comprises 6003 sentences. We measure generation speed both on GPU and CPU "
            "hardware. We find that ConvS2S is faster than GNMT on GPU by about an order of magnitude at higher "
            "accuracy, and that it remains faster on CPU even though GNMT uses 88 cores.",
            "<b>5.3. Position Embeddings and Multi-step Attention.</b> Ablations on WMT'16 English-Romanian show "
            "that removing the position embeddings from the encoder and decoder costs little accuracy, since "
            "the model can learn relative position information within the context of its convolutions, and "
            "that attention in every decoder layer works best, while adding it costs only a small amount of "
            "extra computation.",
            "<b>5.4. Abstractive Summarization.</b> We train a fully convolutional model on Gigaword "
            "(Table 3). Our model "
            "outperforms the likelihood-trained RNN of Shen et al. (2016), and is competitive with models that "
            "use a sequence-level loss.",
            "@TABLE:2@"]),
        ("6. Conclusion and Future Work", [
            "We introduce the first fully convolutional model for sequence to sequence learning that "
            "outperforms strong recurrent models on very large benchmark datasets at an order of magnitude "
            "faster speed. Compared to recurrent networks, our convolutional approach allows to discover "
            "compositional structure in the sequences more easily since representations are built "
            "hierarchically. Our model relies on gating and performs multiple attention steps. We achieve a new "
            "state of the art on several public translation benchmark data sets. On the WMT'16 "
            "English-Romanian task we outperform the previous best result by 1.9 BLEU, on WMT'14 "
            "English-French translation we improve over the LSTM model of Wu et al. (2016) by 1.6 BLEU in a "
            "comparable setting, and on WMT'14 English-German translation we outperform the same model by 0.5 "
            "BLEU."]),
    ],
    "tables": [
        {"caption": "Table 1. Accuracy on WMT tasks compared to previous work. ConvS2S results are averaged "
                    "over three runs; GNMT (RL) uses reinforcement learning in addition to likelihood training.",
         "rows": [["WMT'16 English-Romanian", "BLEU"],
                  ["Sennrich et al. (2016b) GRU (BPE 90K)", "28.1"],
                  ["ConvS2S (Word 80K)", "29.45"],
                  ["ConvS2S (BPE 40K)", "30.02"],
                  ["WMT'14 English-German", "BLEU"],
                  ["Luong et al. (2015) LSTM (Word 50K)", "20.9"],
                  ["Kalchbrenner et al. (2016) ByteNet (Char)", "23.75"],
                  ["Wu et al. (2016) GNMT (Word pieces)", "24.61"],
                  ["ConvS2S (BPE 40K) En-De", "25.16"],
                  ["WMT'14 English-French", "BLEU"],
                  ["Wu et al. (2016) GNMT (Word pieces)", "39.92"],
                  ["Wu et al. (2016) GNMT (Word pieces) + RL", "40.32"],
                  ["ConvS2S (BPE 40K) En-Fr", "40.51"]]},
        {"caption": "Table 2. Accuracy of ensembles with eight models.",
         "rows": [["", "WMT'14 En-De", "WMT'14 En-Fr"],
                  ["Wu et al. (2016) GNMT + RL", "26.30", "41.16"],
                  ["ConvS2S ensemble", "26.43", "41.62"]]},
        {"caption": "Table 3. Accuracy on two summarization tasks in terms of Rouge-1 (RG-1), Rouge-2 (RG-2), "
                    "and Rouge-L (RG-L): DUC-2004 (recall) and Gigaword (F1).",
         "rows": [["Model", "RG-1", "RG-2", "RG-L"],
                  ["DUC-2004", "", "", ""],
                  ["RNN MLE (Shen et al., 2016)", "24.92", "8.60", "22.25"],
                  ["RNN MRT (Shen et al., 2016)", "30.41", "10.87", "26.79"],
                  ["ConvS2S (DUC-2004)", "30.44", "10.84", "26.90"],
                  ["Gigaword", "", "", ""],
                  ["RNN MLE (Shen et al., 2016)", "32.67", "15.23", "30.56"],
                  ["RNN MRT (Shen et al., 2016)", "36.54", "16.59", "33.44"],
                  ["ConvS2S (Gigaword)", "35.88", "17.48", "33.29"]]},
    ],
    "references": [
        "Bahdanau, Dzmitry, Cho, Kyunghyun, and Bengio, Yoshua. Neural machine translation by jointly learning "
        "to align and translate. arXiv preprint arXiv:1409.0473, 2014.",
        "Dauphin, Yann N., Fan, Angela, Auli, Michael, and Grangier, David. Language modeling with gated linear "
        "units. arXiv preprint arXiv:1612.08083, 2016.",
        "He, Kaiming, Zhang, Xiangyu, Ren, Shaoqing, and Sun, Jian. Deep residual learning for image "
        "recognition. In Proc. of CVPR, 2015a.",
        "Kalchbrenner, Nal, Espeholt, Lasse, Simonyan, Karen, van den Oord, Aaron, Graves, Alex, and "
        "Kavukcuoglu, Koray. Neural machine translation in linear time. arXiv, 2016.",
        "Luong, Minh-Thang, Pham, Hieu, and Manning, Christopher D. Effective approaches to attention-based "
        "neural machine translation. In Proc. of EMNLP, 2015.",
        "Pascanu, Razvan, Mikolov, Tomas, and Bengio, Yoshua. On the difficulty of training recurrent neural "
        "networks. In Proc. of ICML, 2013.",
        "Rush, Alexander M., Chopra, Sumit, and Weston, Jason. A neural attention model for abstractive "
        "sentence summarization. In Proc. of EMNLP, 2015.",
        "Salimans, Tim and Kingma, Diederik P. Weight normalization: A simple reparameterization to accelerate "
        "training of deep neural networks. arXiv, 2016.",
        "Sennrich, Rico, Haddow, Barry, and Birch, Alexandra. Edinburgh neural machine translation systems for "
        "WMT 16. In Proc. of WMT, 2016b.",
        "Shen, Shiqi, Zhao, Yu, Liu, Zhiyuan, Sun, Maosong, et al. Neural headline generation with sentence-wise "
        "optimization. arXiv, 2016.",
        "Sutskever, Ilya, Martens, James, Dahl, George E., and Hinton, Geoffrey E. On the importance of "
        "initialization and momentum in deep learning. In ICML, 2013.",
        "Wu, Yonghui, Schuster, Mike, Chen, Zhifeng, Le, Quoc V, Norouzi, Mohammad, et al. Google's Neural "
        "Machine Translation System: Bridging the Gap between Human and Machine Translation. arXiv, 2016.",
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of Gehring, Auli, Grangier, Yarats & Dauphin, ICML 2017 (arXiv:1705.03122), "
              "written from memory",
    "task_family": "seq2seq",
    "contribution": {"value": "architecture",
                     "quote": "We introduce an architecture based entirely on convolutional neural networks."},
    "claim": {"value": "A fully convolutional encoder-decoder (ConvS2S, GLUs, residual connections, attention in "
                       "every decoder layer) outperforms the deep LSTM GNMT of Wu et al. (2016) on WMT'14 En-De "
                       "(25.16 vs 24.61 BLEU) and En-Fr (40.51 vs 39.92) and the WMT'16 En-Ro winner (30.02 vs "
                       "28.1), at an order of magnitude faster generation speed on GPU and CPU",
              "quote": "We outperform the accuracy of the deep LSTM setup of Wu et al. (2016) on both WMT'14"},
    "param_counts": [],
    "architecture": {"value": "fully convolutional encoder-decoder: word + absolute position embeddings; stacked "
                              "blocks of 1-D convolution + gated linear unit with residual connections (scaled by "
                              "√0.5); separate dot-product attention in every decoder layer (multi-step "
                              "attention); 512 hidden units and 512-d embeddings by default; En-Ro 20+20 layers, "
                              "kernel 3; En-De 15 layers each (9×512, 4×1024, 2×2048), kernel 3; summarization "
                              "weight normalization",
                     "quote": "We use 512 hidden units for both encoders and decoders, unless otherwise stated."},
    "datasets": [
        {"value": "WMT'16 English-Romanian [2.8M sentence pairs; test newstest2016]",
         "quote": "This results in 2.8M sentence pairs for training and we evaluate on newstest2016"},
        {"value": "WMT'14 English-German [4.5M sentence pairs, setup of Luong et al.; test newstest2014]",
         "quote": "We use the same setup as Luong et al. (2015) which comprises 4.5M"},
        {"value": "WMT'14 English-French [35.5M sentence pairs after filtering; test newstest2014]",
         "quote": "This results in 35.5M sentence-pairs for training."},
        {"value": "Gigaword [3.8M training examples, Rush et al. pre-processing; 2000-pair test set]",
         "quote": "We train on the Gigaword corpus (Graff et al., 2003)"},
        {"value": "DUC-2004 [500 article-title pairs, test only]",
         "quote": "We evaluate on the DUC-2004 test data comprising 500 article-title pairs"},
    ],
    "metrics": [
        {"value": "BLEU (case-sensitive tokenized; detokenized for WMT'16 En-Ro)",
         "quote": "We measure case-sensitive tokenized BLEU"},
        {"value": "ROUGE-1/2/L (recall on DUC-2004, F1 on Gigaword)",
         "quote": "report three variants of recall-based ROUGE"},
        {"value": "generation speed on GPU and CPU",
         "quote": "We measure generation speed both on GPU and CPU hardware."},
    ],
    "training": {
        "translation": {
            "optimizer": {"value": "Nesterov's accelerated gradient, momentum 0.99",
                          "quote": "We train our convolutional models with Nesterov's accelerated gradient method"},
            "momentum": {"value": 0.99, "quote": "using a momentum value of 0.99"},
            "learning_rate": {"value": "0.25, reduced by an order of magnitude after each epoch once validation "
                                       "perplexity stops improving, until below 1e-4",
                              "numbers": [0.25],
                              "quote": "We use a learning rate of 0.25 and once the validation perplexity"},
            "lr_schedule": {"value": "divide by 10 each epoch after validation perplexity plateaus, until < 1e-4",
                            "numbers": [0.0001],
                            "quote": "we reduce the learning rate by an order of magnitude after each epoch"},
            "batch_size": {"value": "64 sentences (unless otherwise stated), with a cap on words per mini-batch",
                           "numbers": [64],
                           "quote": "Unless otherwise stated, we use mini-batches of 64 sentences."},
            "gradient_clipping": {"value": "renormalize gradients if norm exceeds 0.1", "numbers": [0.1],
                                  "quote": "renormalize gradients if their norm exceeds 0.1"},
            "dropout": {"value": "applied to embeddings, decoder output and input of conv blocks (rate not stated)",
                        "numbers": [],
                        "quote": "Besides dropout on the embeddings and the decoder output"},
            "normalization": {"value": "weight normalization for all layers except lookup tables",
                              "quote": "also use weight normalization for all layers except for lookup tables"},
            "hardware": {"value": "single Nvidia M40 GPU; WMT'14 En-Fr on up to eight GPUs (37 days)",
                         "quote": "The English-French model was trained for 37 days on eight GPUs."},
            "beam_size": {"value": 5, "quote": "We use a beam of width 5."},
        },
    },
    "not_stated": ["weight_decay", "warmup", "epochs", "steps", "dropout rate", "lora_rank", "lora_alpha",
                   "separate summarization optimization settings"],
    "paper_notes": [
        "One optimization paragraph (Sec. 4.2) covers all tasks; per-dataset paragraphs give model depths.",
        "Related work restates GNMT (eight LSTM layers, Adam then SGD, 96 GPUs) and Sutskever et al. (four "
        "LSTM layers of 1000 cells, lr 0.7); these are prior work, not this paper's set-up.",
        "Momentum 0.99 and gradient-norm threshold 0.1 and learning rate 0.25 are close together; the 1e-4 is "
        "the annealing floor, not a learning rate.",
        "Dropout is applied but its rate is not given in this text (the published paper's per-task dropout "
        "values, if any, were left out as not remembered with confidence).",
        "No parameter counts are stated.",
        "Ensemble and summarization numbers written from memory; they may differ slightly from the published "
        "tables. Sec. 5.3 ablation numbers and the speed table were omitted.",
    ],
}
