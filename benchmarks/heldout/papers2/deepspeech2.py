"""Held-out paper (batch 2): Amodei et al. (ICML 2016), Deep Speech 2: End-to-End Speech Recognition in
English and Mandarin. Condensed retelling written from memory (not the published PDF)."""

PAPER = {
    "title": "Deep Speech 2: End-to-End Speech Recognition in English and Mandarin",
    "authors": "Dario Amodei, Rishita Anubhai, Eric Battenberg, Carl Case, Jared Casper, Bryan Catanzaro, "
               "Jingdong Chen, Mike Chrzanowski, Adam Coates, Greg Diamos, Erich Elsen, Jesse Engel, Linxi Fan, "
               "Christopher Fougner, Awni Hannun, Billy Jun, Tony Han, Patrick LeGresley, Xiangang Li, Libby "
               "Lin, Sharan Narang, Andrew Ng, Sherjil Ozair, Ryan Prenger, Sheng Qian, Jonathan Raiman, Sanjeev "
               "Satheesh, David Seetapun, Shubho Sengupta, Chong Wang, Yi Wang, Zhiqian Wang, Bo Xiao, Yan Xie, "
               "Dani Yogatama, Jun Zhan and Zhenyao Zhu",
    "affil": "Baidu Research – Silicon Valley AI Lab",
    "header": "Proceedings of the 33rd International Conference on Machine Learning, New York, NY, USA, 2016",
    "columns": 2,
    "abstract": (
        "We show that an end-to-end deep learning approach can be used to recognize either English or Mandarin "
        "Chinese speech—two vastly different languages. Because it replaces entire pipelines of "
        "hand-engineered components with neural networks, end-to-end learning allows us to handle a diverse "
        "variety of speech including noisy environments, accents and different languages. Key to our approach "
        "is our application of HPC techniques, enabling experiments that previously took weeks to now run in "
        "days. This allows us to iterate more quickly to identify superior architectures and algorithms. As a "
        "result, in several cases, our system is competitive with the transcription of human workers when "
        "benchmarked on standard datasets. Finally, using a technique called Batch Dispatch with GPUs in the "
        "data center, we show that our system can be inexpensively deployed in an online setting, delivering "
        "low latency when serving users at scale."),
    "sections": [
        ("1. Introduction", [
            "Decades worth of hand-engineered domain knowledge has gone into current state-of-the-art automatic "
            "speech recognition (ASR) pipelines. A simple but powerful alternative solution is to train such ASR "
            "models end-to-end, using deep learning to replace most modules with a single model. We present the "
            "second generation of our speech system that exemplifies the major advantages of end-to-end "
            "learning. The Deep Speech 2 ASR pipeline approaches or exceeds the accuracy of Amazon Mechanical "
            "Turk human workers on several benchmarks, works in multiple languages with little modification, and "
            "is deployable in a production setting.",
            "Our system is built on end-to-end deep learning, which requires careful attention to model "
            "architecture, large labeled training datasets, and computational scale. We explore architectures "
            "with up to 11 layers including many bidirectional recurrent layers and convolutional layers. These "
            "models are trained on 11,940 hours of English speech and 9,400 hours of Mandarin speech. Our "
            "optimized system trains each model 7× faster than our previous system (Deep Speech 1), and for "
            "the first time allows a single model to be trained on the full datasets in a few days.",
            "The results of our work are: a significant reduction in word error rate (WER) over our previous "
            "end-to-end system; a system that is "
            "competitive with human transcription on standard read-speech benchmarks; and a Mandarin system "
            "that transcribes short voice-query like utterances better than a typical Mandarin Chinese speaker."]),
        ("2. Related Work", [
            "This work is inspired by previous work in both deep learning and speech recognition. Feed-forward "
            "neural network acoustic models were explored more than 20 years ago. Recurrent neural networks and "
            "networks with convolution were also used in speech recognition around the same time. More recently "
            "DNNs have become a fixture in the ASR pipeline with almost all state of the art speech work "
            "containing some form of deep neural network. Convolutional networks have also been found "
            "beneficial for acoustic models, and recurrent networks, typically LSTMs, are now widely deployed.",
            "End-to-end speech recognition is an active area of research. The connectionist temporal "
            "classification (CTC) loss (Graves et al., 2006) and attention-based sequence-to-sequence models "
            "allow training directly from audio to transcripts. Our previous system, Deep Speech 1 (Hannun et "
            "al., 2014), used five layers of hidden units — three non-recurrent layers, one bidirectional "
            "recurrent layer and an output layer — trained with Nesterov momentum on about 5,000 hours of "
            "read speech augmented with synthesized noise. Exploiting scale in deep learning has been central to "
            "the success of the field thus far; data parallelism over GPUs with synchronous SGD has become the "
            "standard way of training large acoustic models."]),
        ("3. Model Architecture", [
            "The architecture of our English and Mandarin systems is the same. The model is a recurrent "
            "neural network (RNN) that ingests speech spectrograms and generates text transcriptions. Let a "
            "single utterance x<super>(i)</super> and label y<super>(i)</super> be sampled from a training set. "
            "Each utterance is a time-series of length T<super>(i)</super> where every time-slice is a vector of "
            "audio features, x<sub>t,p</sub><super>(i)</super>. We use spectrograms of power normalized audio "
            "clips as the features to the system. The goal of the RNN is to convert an input sequence x into a "
            "final transcription y. The outputs are graphemes: for English, "
            "ℓ<sub>t</sub> ∈ {a, b, c, ..., z, space, apostrophe, blank}; for Mandarin the output is simplified "
            "Chinese characters, roughly 6,000 of them.",
            "The model is composed of several layers of hidden units. The architectures we experiment with "
            "consist of one or more convolutional layers, followed by one or more recurrent layers, followed by "
            "one or more fully connected layers. We use the clipped rectified-linear (ReLU) function "
            "σ(x) = min{max{x, 0}, 20} as our nonlinearity. At inference time, CTC models are paired with a "
            "language model trained on a bigger corpus of text. The model is trained using the CTC loss "
            "function.",
            "<b>3.1. Batch Normalization for Deep RNNs.</b> To efficiently absorb data as we scale the training "
            "set, we increase the depth of the networks by adding more recurrent layers. We apply BatchNorm only "
            "to the vertical connections (i.e., from layer to layer) and not to the horizontal connections "
            "within a recurrent layer; for recurrent networks, the mean and variance statistics are accumulated "
            "over the length of the utterance sequence, which we call sequence-wise normalization. At inference "
            "we use running averages of the mean and variance gathered during training. Our depth study shows that "
            "BatchNorm improves the final generalization error while greatly accelerating training; the gap "
            "grows with depth. In this study the number of parameters is kept constant as the depth increases, "
            "so the number of hidden units per layer decreases: all networks have 38 million parameters, with "
            "one layer of 1D convolution at the input, between one and seven bidirectional recurrent layers, "
            "and the rest fully-connected layers, for five to nine layers in total.",
            "<b>3.2. SortaGrad.</b> Training on examples of varying length poses some algorithmic challenges. "
            "We present a curriculum learning strategy we title SortaGrad: in the first training epoch, we "
            "iterate through the training set in increasing order of the length of the longest utterance in the "
            "minibatch. After the first epoch, training reverts back to a random order over minibatches. "
            "SortaGrad improves the stability of training, particularly without BatchNorm.",
            "<b>3.3. Comparison of simple RNNs and GRUs.</b> We compare simple recurrent layers with Gated "
            "Recurrent Units (GRU). For a fixed parameter budget, GRU architectures achieve better WER for all "
            "network depths in our shallower experiments, while for deep networks the simple RNN with BatchNorm "
            "is competitive; the simple RNN is also faster per parameter.",
            "<b>3.4. Frequency Convolutions.</b> Temporal convolution is commonly used in speech recognition to "
            "efficiently model temporal translation invariance for variable length utterances. We experiment "
            "with adding between one and three layers of convolution, both in the time-and-frequency domain (2D "
            "invariance) and in the time-only domain (1D invariance). 2D convolution improves results "
            "substantially on noisy data, and three layers of 2D convolution perform best.",
            "<b>3.5. Striding.</b> In the convolutional layers, we apply a longer stride and wider context to "
            "speed up training as fewer time-steps are required to model a given utterance. For English, a "
            "stride of two would reduce the number of time-steps below the number of characters in some "
            "utterances, so we use non-overlapping bigrams as output symbols, which shortens the output and "
            "allows striding by two without loss of accuracy.",
            "<b>3.6. Row Convolution and Unidirectional Models.</b> Bidirectional RNN models are challenging to "
            "deploy in an online, low-latency setting. We therefore add a special layer that we call lookahead "
            "(row) convolution on top of a unidirectional model, which learns weights to linearly combine each "
            "neuron's activations τ timesteps into the future, allowing the model to use a small amount of "
            "future context.",
            "<b>3.7. Language Model.</b> We train our RNN models over millions of unique utterances, yet errors "
            "that are phonetically plausible remain, so we add an n-gram language model at decoding. During "
            "inference we search for the transcription y that maximizes Q(y) = log(p<sub>ctc</sub>(y|x)) + "
            "α log(p<sub>lm</sub>(y)) + β wc(y), where wc(y) is the number of words (English) or characters "
            "(Chinese) in the transcription y. We use a beam search, and the weights α and β are tuned on a "
            "development set. For English, our language model is a Kneser-Ney smoothed 5-gram model with "
            "pruning, trained on cleaned text from the Common Crawl Repository, using the 400,000 most frequent "
            "words from 250 million lines of text, giving a model with 850 million n-grams.",
            "<b>3.8. Adaptation to Mandarin.</b> Porting a traditional speech recognition pipeline to another "
            "language typically requires a significant amount of new language-specific development. The only "
            "architectural changes we make to our networks are due to the characteristics of the Chinese "
            "character set: the output layer outputs about 6,000 characters, including the Roman alphabet, and "
            "we use a character level language model in Mandarin as words are not usually segmented in text."]),
        ("4. System Optimizations", [
            "Our networks have tens of millions of parameters, and the training algorithm takes tens of "
            "single-precision exaFLOPs to converge. We use synchronous SGD over 8 or 16 GPUs, a highly optimized "
            "all-reduce implemented with GPUDirect between GPUs, and a GPU implementation of the CTC loss "
            "function. Together with careful memory allocation, these optimizations bring a 7× speedup in "
            "training over Deep Speech 1, so that a model can be trained on the full dataset in days rather than weeks."]),
        ("5. Training Data", [
            "Large-scale deep learning systems require an abundance of labeled training data. Our English model "
            "is trained on 11,940 hours of labeled speech containing 8 million utterances, and the Mandarin "
            "system uses 9,400 hours of labeled audio containing 11 million utterances. The English data "
            "combines public corpora — Wall Street Journal, Switchboard, Fisher and LibriSpeech — with "
            "internally collected read, conversational and noisy speech. Raw long audio with noisy transcripts "
            "is segmented into shorter utterances with an alignment pass using a bidirectional RNN trained "
            "with CTC, and a linear filter removes poor transcriptions.",
            "<b>Data Augmentation.</b> We augment our training data by adding noise to increase the effective "
            "size of our training data and to improve robustness to noisy speech. We find that adding noise to "
            "40% of the utterances that are chosen at random is a good tradeoff; with more noise the accuracy "
            "on clean speech degrades.",
            "<b>Scaling Data.</b> We study the effect of increasing the amount of labeled training data by "
            "training models on 1%, 10%, 20%, 50% and 100% of the English dataset. WER decreases by about 40% "
            "relative for each factor of 10 increase in training set size, on both the regular and noisy "
            "development sets, and we see no sign of saturation."]),
        ("6. Results", [
            "<b>Training details.</b> All models are trained for 20 epochs on either the full English dataset, "
            "or the full Mandarin dataset described in Section 5. We use stochastic gradient descent with "
            "Nesterov momentum (Sutskever et al., 2013) along with a minibatch of 512 utterances. If the norm of "
            "the gradient exceeds a threshold of 400, it is rescaled to 400 (Pascanu et al., 2012). The model "
            "which performs the best on a held-out development set during training is chosen for evaluation. "
            "The learning rate is chosen from [1 × 10<super>−4</super>, 6 × 10<super>−4</super>] to yield "
            "fastest convergence and annealed by a constant factor of 1.2 after each epoch. We use a momentum of "
            "0.99 for all models.",
            "<b>6.1. English.</b> The English system in this comparison is our best bidirectional model, "
            "with 2D convolution and several recurrent layers, trained with BatchNorm and SortaGrad. To put the performance of our system in context, we benchmark against "
            "human workers: we ask workers from Amazon Mechanical Turk to hand-transcribe all of our test sets. "
            "Two workers transcribe the same audio clip, typically about 5 seconds long, and we use the better "
            "of the two transcriptions for the final WER calculation. We report results on read speech (Wall "
            "Street Journal eval'92 and eval'93, LibriSpeech test-clean and test-other), accented speech "
            "(VoxForge, grouped by accent) and noisy speech (the CHiME 3 evaluation sets, real and simulated).",
            "@TABLE:0@",
            "The system outperforms the human transcribers on 3 of the 4 read-speech test sets, and on the "
            "accented sets it narrows the gap substantially relative to Deep Speech 1 while remaining behind "
            "human workers, particularly on the non-American accents. On noisy speech, the CHiME evaluation "
            "sets, the largest gap to humans remains, which suggests that further improvement on noisy and "
            "far-field speech is needed.",
            "<b>6.2. Mandarin.</b> Our Mandarin architecture improvements mirror the English ones: deeper "
            "networks with 2D convolution and BatchNorm reduce character error rate (CER) substantially on our "
            "internal development set. To compare with human performance, we randomly sampled voice queries and "
            "asked individual Mandarin speakers, and a committee of five, to transcribe them; our best Mandarin "
            "system performs better than a typical single speaker and comparable to the committee."]),
        ("7. Deployment", [
            "Bidirectional models are not well-designed for real-time transcription, so for deployment we use a "
            "unidirectional model with row convolution. We present a batching scheduler called Batch Dispatch "
            "that assembles streams of data from user requests into batches before performing forward "
            "propagation on these batches, trading increased batch size (and therefore efficiency) against "
            "latency. We also use half-precision arithmetic and custom kernels, and the deployed system serves "
            "many users per GPU with low latency."]),
        ("8. Conclusion", [
            "End-to-end deep learning presents the exciting opportunity to improve speech recognition systems "
            "continually with increases in data and computation. Since the approach is highly generic, we have "
            "shown that it can quickly be applied to new languages. Creating high-performing recognizers for two "
            "very different languages, English and Mandarin, required essentially no expert knowledge about the "
            "languages. Our results approach or exceed the accuracy of human workers on several benchmarks."]),
    ],
    "tables": [
        {"caption": "Table 1. Comparison of WER for our previous speech system (DS1), Deep Speech 2 (DS2) and "
                    "human-level performance on read, accented and noisy speech.",
         "rows": [["Test set", "DS1", "DS2", "Human"],
                  ["WSJ eval'92", "4.94", "3.60", "5.03"],
                  ["WSJ eval'93", "6.94", "4.98", "8.08"],
                  ["LibriSpeech test-clean", "7.89", "5.33", "5.83"],
                  ["LibriSpeech test-other", "21.74", "13.25", "12.69"],
                  ["VoxForge American-Canadian", "15.01", "7.55", "4.85"],
                  ["VoxForge Commonwealth", "28.46", "13.56", "8.15"],
                  ["VoxForge European", "31.20", "17.55", "12.76"],
                  ["VoxForge Indian", "45.35", "22.44", "22.15"],
                  ["CHiME eval real", "67.94", "21.79", "11.84"],
                  ["CHiME eval sim", "80.27", "45.05", "31.33"]]},
    ],
    "references": [
        "Graves, A., Fernández, S., Gomez, F., and Schmidhuber, J. Connectionist temporal classification: "
        "Labelling unsegmented sequence data with recurrent neural networks. In ICML, pp. 369–376, 2006.",
        "Hannun, A., Case, C., Casper, J., Catanzaro, B., Diamos, G., Elsen, E., Prenger, R., Satheesh, S., "
        "Sengupta, S., Coates, A., and Ng, A. Y. Deep speech: Scaling up end-to-end speech recognition. "
        "arXiv:1412.5567, 2014.",
        "Ioffe, S. and Szegedy, C. Batch normalization: Accelerating deep network training by reducing internal "
        "covariate shift. arXiv:1502.03167, 2015.",
        "Bengio, Y., Louradour, J., Collobert, R., and Weston, J. Curriculum learning. In ICML, 2009.",
        "Cho, K., van Merrienboer, B., Gulcehre, C., Bahdanau, D., Bougares, F., Schwenk, H., and Bengio, Y. "
        "Learning phrase representations using RNN encoder-decoder for statistical machine translation. In "
        "EMNLP, 2014.",
        "Panayotov, V., Chen, G., Povey, D., and Khudanpur, S. Librispeech: an ASR corpus based on public "
        "domain audio books. In ICASSP, 2015.",
        "Pascanu, R., Mikolov, T., and Bengio, Y. On the difficulty of training recurrent neural networks. "
        "arXiv:1211.5063, 2012.",
        "Sutskever, I., Martens, J., Dahl, G., and Hinton, G. On the importance of momentum and initialization "
        "in deep learning. In ICML, 2013.",
        "Barker, J., Marxer, R., Vincent, E., and Watanabe, S. The third 'CHiME' speech separation and "
        "recognition challenge: Dataset, task and baselines. In ASRU, 2015.",
        "Heafield, K., Pouzyrevsky, I., Clark, J. H., and Koehn, P. Scalable modified Kneser-Ney language model "
        "estimation. In ACL, 2013.",
    ],
}

TRUTH = {
    "year": 2016,
    "source": "condensed retelling of Amodei et al., ICML 2016 (arXiv:1512.02595), written from memory",
    "task_family": "speech-recognition",
    "contribution": {"value": "system",
                     "quote": "We present the second generation of our speech system that exemplifies"},
    "claim": {"value": "A single end-to-end RNN+CTC system (Deep Speech 2) recognizes English and Mandarin, "
                       "greatly improving on Deep Speech 1 (e.g. WSJ eval'92 3.60 vs 4.94 WER, CHiME real "
                       "21.79 vs 67.94) and is competitive with Amazon Mechanical Turk human transcribers on "
                       "several benchmarks (better on 3 of 4 read-speech sets, e.g. LibriSpeech test-clean 5.33 "
                       "vs 5.83 human)",
              "quote": "our system is competitive with the transcription of human workers"},
    "param_counts": [
        {"model": "BatchNorm depth-study networks (all depths, 5–9 layers)", "value": 38000000,
         "quote": "all networks have 38 million parameters"},
    ],
    "architecture": {"value": "RNN on power-normalized spectrograms: 1–3 convolutional layers (1D or 2D, strided), "
                              "1–7 recurrent layers (simple RNN or GRU, bidirectional; unidirectional + lookahead "
                              "row convolution for deployment), fully connected layers, softmax over graphemes "
                              "(English characters / bigrams, ~6,000 Mandarin characters); clipped ReLU "
                              "min(max(x,0),20); sequence-wise BatchNorm on vertical connections; CTC loss; "
                              "up to 11 layers; n-gram LM in beam search",
                     "quote": "consist of one or more convolutional layers, followed by one or more recurrent"},
    "datasets": [
        {"value": "English training set [11,940 hours, 8 million utterances; WSJ, Switchboard, Fisher, "
                  "LibriSpeech + internal Baidu data]",
         "quote": "trained on 11,940 hours of labeled speech containing 8 million utterances"},
        {"value": "Mandarin training set [9,400 hours, 11 million utterances, internal]",
         "quote": "9,400 hours of labeled audio containing 11 million utterances"},
        {"value": "Wall Street Journal eval'92 / eval'93 [test]", "quote": "WSJ eval'92 4.94 3.60 5.03"},
        {"value": "LibriSpeech test-clean / test-other [test]",
         "quote": "LibriSpeech test-clean 7.89 5.33 5.83"},
        {"value": "VoxForge [accented speech test sets]", "quote": "VoxForge Indian 45.35 22.44 22.15"},
        {"value": "CHiME 3 eval real / sim [noisy speech test]", "quote": "CHiME eval real 67.94 21.79 11.84"},
        {"value": "Common Crawl text [5-gram language model: 250M lines, 400K words]",
         "quote": "trained on cleaned text from the Common Crawl Repository"},
    ],
    "metrics": [
        {"value": "word error rate (WER), English", "quote": "a significant reduction in word error rate (WER)"},
        {"value": "character error rate (CER), Mandarin", "quote": "reduce character error rate (CER) substantially"},
        {"value": "human transcriber WER (Amazon Mechanical Turk, best of two) as reference",
         "quote": "we use the better of the two transcriptions for the final WER calculation"},
    ],
    "training": {
        "english_and_mandarin": {
            "optimizer": {"value": "SGD with Nesterov momentum 0.99",
                          "quote": "We use stochastic gradient descent with Nesterov momentum"},
            "momentum": {"value": 0.99, "quote": "We use a momentum of 0.99 for all models."},
            "learning_rate": {"value": "chosen from [1e-4, 6e-4], annealed by a constant factor of 1.2 after "
                                       "each epoch",
                              "numbers": [0.0001, 0.0006],
                              "quote": "to yield fastest convergence and annealed by a constant factor of 1.2"},
            "batch_size": {"value": "512 utterances", "numbers": [512],
                           "quote": "along with a minibatch of 512 utterances"},
            "epochs": {"value": 20,
                       "quote": "All models are trained for 20 epochs on either the full English dataset"},
            "gradient_clipping": {"value": "gradient norm rescaled to 400 if it exceeds 400", "numbers": [400],
                                  "quote": "If the norm of the gradient exceeds a threshold of 400"},
            "lr_schedule": {"value": "divide by 1.2 after each epoch", "numbers": [1.2],
                            "quote": "annealed by a constant factor of 1.2 after each epoch"},
            "curriculum": {"value": "SortaGrad: first epoch in increasing utterance-length order, then random",
                           "quote": "We present a curriculum learning strategy we title SortaGrad"},
            "augmentation": {"value": "noise added to 40% of utterances chosen at random", "numbers": [0.4],
                             "quote": "adding noise to 40% of the utterances that are chosen at random"},
            "hardware": {"value": "synchronous SGD over 8 or 16 GPUs",
                         "quote": "We use synchronous SGD over 8 or 16 GPUs"},
        },
    },
    "not_stated": ["weight_decay", "dropout", "warmup", "steps", "lora_rank", "lora_alpha",
                   "exact learning rate per model (only the range)"],
    "paper_notes": [
        "Training details appear once, in the results section, for all models of both languages.",
        "Related work restates Deep Speech 1's set-up (five layers, one bidirectional recurrent layer, Nesterov "
        "momentum, ~5,000 hours); not this paper's.",
        "Learning rate is a range [1e-4, 6e-4], not one value; 1.2 is an annealing divisor, 400 a clipping "
        "threshold, 0.99 the momentum.",
        "'40%' is the fraction of noise-augmented utterances; '40% relative' also appears as the WER gain per "
        "10× data — two different quantities.",
        "The published BatchNorm depth table (Table 1), the GRU/conv/stride ablation tables, Mandarin CER "
        "tables, the data-scaling table and deployment latency numbers were left out (values not remembered "
        "reliably); the BatchNorm study is told in prose with its 38M-parameter budget.",
        "The exact configuration of the best English model is not stated (left out as not remembered reliably).",
        "The only parameter count stated is the 38M of the BatchNorm depth study.",
    ],
}
