"""Held-out paper: Chung, Gulcehre, Cho & Bengio (2014), Empirical Evaluation of Gated Recurrent
Neural Networks on Sequence Modeling. Condensed retelling written from memory (not the published PDF)."""

PAPER = {
    "title": "Empirical Evaluation of Gated Recurrent Neural Networks on Sequence Modeling",
    "authors": "Junyoung Chung, Caglar Gulcehre, KyungHyun Cho and Yoshua Bengio",
    "affil": "Université de Montréal",
    "header": "Empirical evaluation of gated recurrent neural networks (NIPS 2014 Deep Learning Workshop)",
    "columns": 1,
    "stamp": "arXiv:1412.3555v1 [cs.NE] 11 Dec 2014",
    "abstract": (
        "In this paper we compare different types of recurrent units in recurrent neural networks (RNNs). "
        "Especially, we focus on more sophisticated units that implement a gating mechanism, such as a "
        "long short-term memory (LSTM) unit and a recently proposed gated recurrent unit (GRU). We evaluate "
        "these recurrent units on the tasks of polyphonic music modeling and speech signal modeling. Our "
        "experiments revealed that these advanced recurrent units are indeed better than more traditional "
        "recurrent units such as tanh units. Also, we found GRU to be comparable to LSTM."),
    "sections": [
        ("1 Introduction", [
            "Recurrent neural networks have recently shown promising results in many machine learning tasks, "
            "especially when input and/or output are of variable length. More recently, Sutskever et al. and "
            "Bahdanau et al. reported that recurrent neural networks are able to perform as well as the "
            "existing, well-developed systems on a challenging task of machine translation.",
            "One interesting observation we make from these recent successes is that almost none of them "
            "were achieved with a vanilla recurrent neural network. Rather, it was a recurrent neural network "
            "with sophisticated recurrent hidden units, such as long short-term memory units, that was used "
            "in those successful applications. Among those sophisticated recurrent units, in this paper we "
            "are interested in evaluating two closely related variants. One is the long short-term memory "
            "(LSTM) unit, and the other is the gated recurrent unit (GRU) proposed more recently by Cho et "
            "al. It is well established in the field that the LSTM unit works well on sequence-based tasks "
            "with long-term dependencies, but the latter has only recently been introduced and used in the "
            "context of machine translation.",
            "In this paper, we evaluate these two units and a more traditional tanh unit on the task of "
            "sequence modeling. We consider polyphonic music datasets as well as two internal "
            "datasets provided by Ubisoft in which each sample is a raw speech representation. Based on our "
            "experiments, we concluded that by using fixed number of parameters for all models on some "
            "datasets GRU can outperform LSTM units both in terms of convergence in CPU time and in terms of "
            "parameter updates and generalization."]),
        ("2 Background: Recurrent Neural Network", [
            "A recurrent neural network (RNN) is an extension of a conventional feedforward neural network, "
            "which is able to handle a variable-length sequence input. The RNN handles the variable-length "
            "sequence by having a recurrent hidden state whose activation at each time is dependent on that "
            "of the previous time. Given a sequence x = (x<sub>1</sub>, ..., x<sub>T</sub>), the RNN updates "
            "its recurrent hidden state by h<sub>t</sub> = g(W x<sub>t</sub> + U h<sub>t−1</sub>), where g is "
            "a smooth, bounded function such as a logistic sigmoid or a hyperbolic tangent.",
            "A generative RNN outputs a probability distribution over the next element of the sequence, "
            "given its current state h<sub>t</sub>, and this generative model can capture a distribution "
            "over sequences of variable length by using a special output symbol to represent the end of the "
            "sequence. It has been observed by, e.g., Bengio et al. (1994) that it is difficult to train "
            "RNNs to capture long-term dependencies because the gradients tend to either vanish (most of the "
            "time) or explode (rarely, but with severe effects). There have been two dominant approaches by "
            "which many researchers have tried to reduce the negative impacts of this issue. One such "
            "approach is to devise a better learning algorithm than a simple stochastic gradient descent, "
            "for example using the very simple clipped gradient, by which the norm of the gradient vector is "
            "clipped, or using second-order methods. The other approach, in which we are more interested in "
            "this paper, is to design a more sophisticated activation function than a usual activation "
            "function, consisting of affine transformation followed by a simple element-wise nonlinearity "
            "by using gating units."]),
        ("3 Gated Recurrent Neural Networks", []),
        ("3.1 Long Short-Term Memory Unit", [
            "The Long Short-Term Memory (LSTM) unit was initially proposed by Hochreiter and Schmidhuber "
            "(1997). Since then, a number of minor modifications to the original LSTM unit have been made; "
            "we follow the implementation of LSTM as used in Graves (2013). Unlike the recurrent unit which "
            "simply computes a weighted sum of the input signal and applies a nonlinear function, each "
            "j-th LSTM unit maintains a memory c<super>j</super><sub>t</sub> at time t. The output "
            "h<super>j</super><sub>t</sub>, or the activation, of the LSTM unit is "
            "h<super>j</super><sub>t</sub> = o<super>j</super><sub>t</sub> tanh(c<super>j</super><sub>t</sub>), "
            "where o<super>j</super><sub>t</sub> is an output gate that modulates the amount of memory "
            "content exposure. The memory cell is updated by partially forgetting the existing memory and "
            "adding a new memory content; the extent to which the existing memory is forgotten is modulated "
            "by a forget gate, and the degree to which the new memory content is added is modulated by an "
            "input gate."]),
        ("3.2 Gated Recurrent Unit", [
            "A gated recurrent unit (GRU) was proposed by Cho et al. (2014) to make each recurrent unit "
            "adaptively capture dependencies of different time scales. Similarly to the LSTM unit, the GRU "
            "has gating units that modulate the flow of information inside the unit, however, without having "
            "separate memory cells. The activation h<super>j</super><sub>t</sub> of the GRU at time t is a "
            "linear interpolation between the previous activation and the candidate activation, "
            "h<super>j</super><sub>t</sub> = (1 − z<super>j</super><sub>t</sub>) h<super>j</super><sub>t−1</sub> "
            "+ z<super>j</super><sub>t</sub> h′<super>j</super><sub>t</sub>, where an update gate "
            "z<super>j</super><sub>t</sub> decides how much the unit updates its activation, or content. "
            "The candidate activation is computed similarly to that of the traditional recurrent unit, "
            "h′<sub>t</sub> = tanh(W x<sub>t</sub> + U(r<sub>t</sub> · h<sub>t−1</sub>)), where · is an element-wise multiplication and "
            "r<sub>t</sub> is a set of reset gates. When off, the reset gate effectively makes the unit act "
            "as if it is reading the first symbol of an input sequence, allowing it to forget the previously "
            "computed state.",
            "The most prominent feature shared between these units is the additive component of their "
            "update from t to t + 1, which is lacking in the traditional recurrent unit. The traditional "
            "recurrent unit always replaces the activation with a new value computed from the current input "
            "and the previous hidden state. On the other hand, both LSTM unit and GRU keep the existing "
            "content and add the new content on top of it. There are, however, differences: the GRU exposes "
            "its full content without any control, and it controls the information flow from the previous "
            "activation when computing the new candidate activation, but does not independently control the "
            "amount of the candidate activation being added."]),
        ("4 Experiments Setting", []),
        ("4.1 Tasks and Datasets", [
            "We compare the LSTM unit, GRU and tanh unit in the task of sequence modeling. Sequence "
            "modeling aims at learning a probability distribution over sequences by maximizing the "
            "log-likelihood of a model given a set of training sequences.",
            "We evaluated the recurrent units on the polyphonic music datasets used by Boulanger-Lewandowski "
            "et al. (2012): Nottingham, JSB Chorales, MuseData and Piano-midi. These datasets contain "
            "sequences of which each symbol is respectively a 93-, 96-, 105-, and 108-dimensional binary "
            "vector. We use logistic sigmoid functions as output units.",
            "We use two internal datasets provided by Ubisoft for speech signal modeling. Each sequence is "
            "a one-dimensional raw audio signal, and at each time step, we design a recurrent neural network "
            "to look at 20 consecutive samples to predict the following 10 consecutive samples. We have used "
            "two different versions of the dataset: one with sequences of length 500 (Ubisoft A) and the "
            "other with sequences of length 8,000 (Ubisoft B). Ubisoft A and Ubisoft B have 7,230 and 800 "
            "sequences each. We use a mixture of Gaussians with 20 components as the output layer."]),
        ("4.2 Models", [
            "For each task, we train three different recurrent neural networks, each having either LSTM "
            "units, GRUs or tanh units. As the primary objective of these experiments is to compare all "
            "three units fairly, we choose the size of each model so that each model has approximately the "
            "same number of parameters. We intentionally made the models to be small enough in order to "
            "avoid overfitting which can easily distract the comparison. This approach of comparing "
            "different types of hidden units in neural networks has been done before, for instance, by "
            "Gulcehre et al. (2014). See Table 1 for the details of the model sizes.",
            "@TABLE:0@",
            "We train each model with RMSProp and use weight noise with standard deviation fixed to 0.075. "
            "At every update, we rescale the norm of the gradient to 1, if it is larger than 1, to prevent "
            "exploding gradients. We select a learning rate (scalar multiplier in RMSProp) to maximize the "
            "validation performance, out of 10 randomly chosen log-uniform candidates sampled from "
            "U(−12, −6). The validation set is used for early stopping training as well."]),
        ("5 Results and Analysis", [
            "Table 2 lists all the results from our experiments. In the case of the polyphonic music "
            "datasets, the GRU-RNN outperformed all the others (LSTM-RNN and tanh-RNN) on all the datasets "
            "except for the Nottingham. However, we can see that on these music datasets, all the three "
            "models performed closely to each other.",
            "@TABLE:1@",
            "On the other hand, the RNNs with the gating units (GRU-RNN and LSTM-RNN) clearly outperformed "
            "the more traditional tanh-RNN on both of the Ubisoft datasets. The LSTM-RNN was best with the "
            "Ubisoft A, and with the Ubisoft B, the GRU-RNN performed best.",
            "When we plot the learning curves against both the number of iterations and the wall clock "
            "time, we observe that the GRU-RNN makes faster progress in terms of both the number of updates "
            "and actual CPU time on the music datasets. If we consider the Ubisoft datasets, it is clear "
            "that although the computational requirement for each update in the tanh-RNN is much smaller "
            "than the other models, it did not make much progress each update and eventually stopped making "
            "any progress at much worse level.",
            "These results clearly indicate the advantages of the gating units over the more traditional "
            "recurrent units. Convergence is often faster, and the final solutions tend to be better. "
            "However, our results are not conclusive in comparing the LSTM and the GRU, which suggests "
            "that the choice of the type of gated recurrent unit may depend heavily on the dataset and "
            "corresponding task."]),
        ("6 Conclusion", [
            "In this paper we empirically evaluated recurrent neural networks (RNN) with three widely used "
            "recurrent units; (1) a traditional tanh unit, (2) a long short-term memory (LSTM) unit and "
            "(3) a recently proposed gated recurrent unit (GRU). Our evaluation focused on the task of "
            "sequence modeling on a number of datasets including polyphonic music data and raw speech "
            "signal data.",
            "The evaluation clearly demonstrated the superiority of the gated units; both the LSTM unit and "
            "GRU, over the traditional tanh unit. This was more evident with the more challenging task of "
            "raw speech signal modeling. However, we could not make concrete conclusion on which of the two "
            "gating units was better. We consider the experiments in this paper as preliminary. In order to "
            "understand better how a gated unit helps learning and to separate out the contribution of each "
            "component of the gating units, more thorough experiments will be required in the future."]),
    ],
    "tables": [
        {"caption": "Table 1: The sizes of the models tested in the experiments.",
         "rows": [["Unit", "# of Units", "# of Parameters"],
                  ["Polyphonic music modeling", "", ""],
                  ["LSTM", "36", "≈ 19.8 × 10³"],
                  ["GRU", "46", "≈ 20.2 × 10³"],
                  ["tanh", "100", "≈ 20.1 × 10³"],
                  ["Speech signal modeling", "", ""],
                  ["LSTM", "195", "≈ 169.1 × 10³"],
                  ["GRU", "227", "≈ 168.9 × 10³"],
                  ["tanh", "400", "≈ 168.4 × 10³"]]},
        {"caption": "Table 2: The average negative log-probabilities of the training and test sets.",
         "rows": [["", "Dataset", "tanh", "GRU", "LSTM"],
                  ["Music", "Nottingham (train)", "3.22", "2.79", "3.08"],
                  ["", "Nottingham (test)", "3.13", "3.23", "3.20"],
                  ["", "JSB Chorales (train)", "8.82", "6.94", "8.15"],
                  ["", "JSB Chorales (test)", "9.10", "8.54", "8.67"],
                  ["", "MuseData (train)", "5.64", "5.06", "5.18"],
                  ["", "MuseData (test)", "6.23", "5.99", "6.23"],
                  ["", "Piano-midi (train)", "5.64", "4.93", "6.49"],
                  ["", "Piano-midi (test)", "9.03", "8.82", "9.03"],
                  ["Ubisoft", "Dataset A (train)", "6.29", "2.31", "1.44"],
                  ["", "Dataset A (test)", "6.44", "3.59", "2.70"],
                  ["", "Dataset B (train)", "7.61", "0.38", "0.80"],
                  ["", "Dataset B (test)", "7.62", "0.88", "1.26"]]},
    ],
    "references": [
        "[1] D. Bahdanau, K. Cho, and Y. Bengio. Neural machine translation by jointly learning to align and "
        "translate. arXiv:1409.0473, 2014.",
        "[2] Y. Bengio, P. Simard, and P. Frasconi. Learning long-term dependencies with gradient descent is "
        "difficult. IEEE Transactions on Neural Networks, 5(2):157–166, 1994.",
        "[3] J. Bergstra and Y. Bengio. Random search for hyper-parameter optimization. JMLR, 13:281–305, 2012.",
        "[4] N. Boulanger-Lewandowski, Y. Bengio, and P. Vincent. Modeling temporal dependencies in "
        "high-dimensional sequences: Application to polyphonic music generation and transcription. ICML, 2012.",
        "[5] K. Cho, B. van Merrienboer, C. Gulcehre, F. Bougares, H. Schwenk, and Y. Bengio. Learning phrase "
        "representations using RNN encoder-decoder for statistical machine translation. EMNLP, 2014.",
        "[6] A. Graves. Practical variational inference for neural networks. NIPS, 2011.",
        "[7] A. Graves. Generating sequences with recurrent neural networks. arXiv:1308.0850, 2013.",
        "[8] C. Gulcehre, K. Cho, R. Pascanu, and Y. Bengio. Learned-norm pooling for deep feedforward and "
        "recurrent neural networks. ECML PKDD, 2014.",
        "[9] G. Hinton. Neural networks for machine learning. Coursera video lectures, 2012.",
        "[10] S. Hochreiter and J. Schmidhuber. Long short-term memory. Neural Computation, 9(8):1735–1780, 1997.",
        "[11] R. Pascanu, T. Mikolov, and Y. Bengio. On the difficulty of training recurrent neural networks. "
        "ICML, 2013.",
        "[12] I. Sutskever, O. Vinyals, and Q. V. Le. Sequence to sequence learning with neural networks. "
        "NIPS, 2014."],
}

TRUTH = {
    "year": 2014,
    "source": "condensed retelling of Chung, Gulcehre, Cho & Bengio, NIPS 2014 Deep Learning Workshop "
              "(arXiv:1412.3555), written from memory",
    "task_family": "other",
    "task_note": "generative sequence modeling (density estimation) of polyphonic music and raw speech; "
                 "evaluated by average negative log-probability",
    "contribution": {"value": "analysis",
                     "quote": "In this paper we compare different types of recurrent units in recurrent neural"},
    "claim": {"value": "Gated recurrent units (LSTM and GRU) outperform the traditional tanh unit on sequence "
                       "modeling (clearly so on raw speech), with equal parameter budgets; GRU is comparable to "
                       "LSTM and neither is conclusively better",
              "quote": "Also, we found GRU to be comparable to LSTM."},
    "param_counts": [
        {"model": "LSTM-RNN (music)", "value": 19800, "quote": "LSTM 36 ≈ 19.8 × 10³"},
        {"model": "GRU-RNN (music)", "value": 20200, "quote": "GRU 46 ≈ 20.2 × 10³"},
        {"model": "tanh-RNN (music)", "value": 20100, "quote": "tanh 100 ≈ 20.1 × 10³"},
        {"model": "LSTM-RNN (speech)", "value": 169100, "quote": "LSTM 195 ≈ 169.1 × 10³"},
        {"model": "GRU-RNN (speech)", "value": 168900, "quote": "GRU 227 ≈ 168.9 × 10³"},
        {"model": "tanh-RNN (speech)", "value": 168400, "quote": "tanh 400 ≈ 168.4 × 10³"},
    ],
    "architecture": {"value": "RNNs with LSTM, GRU or tanh recurrent units sized for equal parameter budgets "
                              "(music: 36 LSTM / 46 GRU / 100 tanh units, ~20K params; speech: 195 / 227 / 400 "
                              "units, ~169K params); sigmoid outputs for music, 20-component mixture of "
                              "Gaussians output for speech",
                     "quote": "we choose the size of each model so that each model has approximately the"},
    "datasets": [
        {"value": "Nottingham [polyphonic music]",
         "quote": "et al. (2012): Nottingham, JSB Chorales, MuseData and Piano-midi"},
        {"value": "JSB Chorales [polyphonic music]",
         "quote": "et al. (2012): Nottingham, JSB Chorales, MuseData and Piano-midi"},
        {"value": "MuseData [polyphonic music]",
         "quote": "et al. (2012): Nottingham, JSB Chorales, MuseData and Piano-midi"},
        {"value": "Piano-midi [polyphonic music]",
         "quote": "et al. (2012): Nottingham, JSB Chorales, MuseData and Piano-midi"},
        {"value": "Ubisoft A [internal raw speech, 7,230 sequences of length 500]",
         "quote": "Ubisoft A and Ubisoft B have 7,230 and 800"},
        {"value": "Ubisoft B [internal raw speech, 800 sequences of length 8,000]",
         "quote": "Ubisoft A and Ubisoft B have 7,230 and 800"},
    ],
    "metrics": [
        {"value": "average negative log-probability (train and test)",
         "quote": "Table 2: The average negative log-probabilities of the training and test sets."},
    ],
    "training": {
        "all_models": {
            "optimizer": {"value": "RMSProp", "quote": "We train each model with RMSProp and use weight noise"},
            "learning_rate": {"value": "selected per model for best validation performance from 10 log-uniform "
                                       "candidates sampled from U(−12, −6)",
                              "quote": "out of 10 randomly chosen log-uniform candidates sampled from",
                              "note": "no single value; the range bounds are log-scale exponents, not rates"},
            "gradient_clipping": {"value": "gradient norm rescaled to 1 if larger than 1", "numbers": [1],
                                  "quote": "we rescale the norm of the gradient to 1, if it is larger than 1"},
            "weight_noise": {"value": "weight noise, standard deviation 0.075", "numbers": [0.075],
                             "quote": "use weight noise with standard deviation fixed to 0.075"},
            "early_stopping": {"value": "on the validation set",
                               "quote": "The validation set is used for early stopping training as well."},
        },
    },
    "not_stated": ["batch_size", "epochs", "steps", "weight_decay", "dropout", "warmup", "lora_rank",
                   "lora_alpha", "lr_schedule"],
    "paper_notes": [
        "One training recipe for all models and datasets; the learning rate is chosen by random search, "
        "so no single value is given.",
        "The introduction mentions Sutskever et al. / Bahdanau et al. machine translation work; not this "
        "paper's set-up.",
        "Parameter counts are given as '≈ 19.8 × 10³' etc. in Table 1 (sectioned by task).",
        "Table 2 values (NLL per dataset) written from memory; they may differ slightly from the published table.",
    ],
}
