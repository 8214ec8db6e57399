"""Efficient Estimation of Word Representations in Vector Space (Mikolov et al., 2013) — condensed retelling
written from memory."""

PAPER = {
    "title": "Efficient Estimation of Word Representations in Vector Space",
    "authors": "Tomas Mikolov, Kai Chen, Greg Corrado, Jeffrey Dean",
    "affil": "Google Inc., Mountain View, CA",
    "header": "Efficient Estimation of Word Representations in Vector Space",
    "columns": 1,
    "stamp": "arXiv:1301.3781v3 [cs.CL] 7 Sep 2013",
    "abstract": (
        "We propose two novel model architectures for computing continuous vector representations of words from "
        "very large data sets. The quality of these representations is measured in a word similarity task, and "
        "the results are compared to the previously best performing techniques based on different types of "
        "neural networks. We observe large improvements in accuracy at much lower computational cost, i.e. it "
        "takes less than a day to learn high quality word vectors from a 1.6 billion words data set. Furthermore, "
        "we show that these vectors provide state-of-the-art performance on our test set for measuring syntactic "
        "and semantic word similarities."),
    "sections": [
        ("1 Introduction", [
            "Many current NLP systems and techniques treat words as atomic units—there is no notion of similarity "
            "between words, as these are represented as indices in a vocabulary. However, the simple techniques "
            "are at their limits in many tasks, and probably the most successful concept is to use distributed "
            "representations of words.",
            "The main goal of this paper is to introduce techniques that can be used for learning high-quality "
            "word vectors from huge data sets with billions of words, and with millions of words in the "
            "vocabulary. As far as we know, none of the previously proposed architectures has been successfully "
            "trained on more than a few hundred of millions of words, with a modest dimensionality of the word "
            "vectors between 50 - 100. We use recently proposed techniques for measuring the quality of the "
            "resulting vector representations, with the expectation that not only will similar words tend to be "
            "close to each other, but that words can have multiple degrees of similarity. Using a word offset "
            "technique where simple algebraic operations are performed on the word vectors, it was shown for "
            "example that vector(\"King\") − vector(\"Man\") + vector(\"Woman\") results in a vector that is "
            "closest to the vector representation of the word Queen.",
            "In this paper, we try to maximize accuracy of these vector operations by developing new model "
            "architectures that preserve the linear regularities among words. We design a new comprehensive test "
            "set for measuring both syntactic and semantic regularities, and show that many such regularities can "
            "be learned with high accuracy. Moreover, we discuss how training time and accuracy depends on the "
            "dimensionality of the word vectors and on the amount of the training data.",
            "<i>Previous work.</i> Representation of words as continuous vectors has a long history. A very "
            "popular model architecture for estimating a neural network language model (NNLM) was proposed in [1], "
            "where a feedforward neural network with a linear projection layer and a non-linear hidden layer was "
            "used to learn jointly the word vector representation and a statistical language model. Collobert and Weston "
            "trained 50-dimensional word vectors on 660M words, and Turian et al. released 50- and 200-dimensional "
            "vectors trained on 37M words; these vectors were made available for future research and comparison."]),
        ("2 Model Architectures", [
            "In this paper, we focus on distributed representations of words learned by neural networks. Similar to "
            "[18], to compare different model architectures we define first the computational complexity of a "
            "model as the number of parameters that need to be accessed to fully train the model. Next, we will "
            "try to maximize the accuracy, while minimizing the computational complexity.",
            "For all the following models, the training complexity is proportional to O = E × T × Q, where E is "
            "number of the training epochs, T is the number of the words in the training set and Q is defined "
            "further for each model architecture. Common choice is E = 3 − 50 and T up to one billion. All models "
            "are trained using stochastic gradient descent and backpropagation."]),
        ("2.1 Feedforward Neural Net Language Model (NNLM)", [
            "The probabilistic feedforward neural network language model consists of input, projection, hidden "
            "and output layers. At the input layer, N previous words are encoded using 1-of-V coding, where V is "
            "size of the vocabulary. The input layer is then projected to a projection layer P that has "
            "dimensionality N × D, using a shared projection matrix. The computational complexity per each "
            "training example is Q = N × D + N × D × H + H × V, where the dominating term is H × V. For a common "
            "choice of N = 10, the size of the projection layer (P) might be 500 to 2000, while the hidden layer "
            "size H is typically 500 to 1000 units. However, several practical solutions were proposed for "
            "avoiding it; in our models, we use hierarchical softmax where the vocabulary is represented as a "
            "Huffman binary tree, so that the number of output units that need to be evaluated can go down to "
            "around log<sub>2</sub>(Unigram_perplexity(V))."]),
        ("2.2 Recurrent Neural Net Language Model (RNNLM)", [
            "Recurrent neural network based language model has been proposed to overcome certain limitations of "
            "the feedforward NNLM, such as the need to specify the context length. The RNN model does not have a "
            "projection layer; only input, hidden and output layer. The complexity per training example of the "
            "RNN model is Q = H × H + H × V, where the word representations D have the same dimensionality as the "
            "hidden layer H."]),
        ("2.3 Parallel Training of Neural Networks", [
            "To train models on huge data sets, we have implemented several models on top of a large-scale "
            "distributed framework called DistBelief, including the feedforward NNLM and the new models proposed "
            "in this paper. The framework allows us to run multiple replicas of the same model in parallel, and "
            "each replica synchronizes its gradient updates through a centralized server that keeps all the "
            "parameters. For this parallel training, we use mini-batch asynchronous gradient descent with an "
            "adaptive learning rate procedure called Adagrad. Under this framework, it is common to use one "
            "hundred or more model replicas, each using many CPU cores at different machines in a data center."]),
        ("3 New Log-linear Models", [
            "In this section, we propose two new model architectures for learning distributed representations of "
            "words that try to minimize computational complexity. The main observation from the previous section "
            "was that most of the complexity is caused by the non-linear hidden layer in the model; we explore "
            "simpler models that can possibly be trained on much more data efficiently."]),
        ("3.1 Continuous Bag-of-Words Model", [
            "The first proposed architecture is similar to the feedforward NNLM, where the non-linear hidden layer "
            "is removed and the projection layer is shared for all words (not just the projection matrix); thus, "
            "all words get projected into the same position (their vectors are averaged). We call this "
            "architecture a bag-of-words model as the order of words in the history does not influence the "
            "projection. Furthermore, we also use words from the future; we have obtained the best performance on "
            "the task introduced in the next section by building a log-linear classifier with four future and "
            "four history words at the input, where the training criterion is to correctly classify the current "
            "(middle) word. Training complexity is then Q = N × D + D × log<sub>2</sub>(V). We denote this model "
            "further as CBOW, as unlike standard bag-of-words model, it uses continuous distributed representation "
            "of the context."]),
        ("3.2 Continuous Skip-gram Model", [
            "The second architecture is similar to CBOW, but instead of predicting the current word based on the "
            "context, it tries to maximize classification of a word based on another word in the same sentence. "
            "More precisely, we use each current word as an input to a log-linear classifier with continuous "
            "projection layer, and predict words within a certain range before and after the current word. We "
            "found that increasing the range improves quality of the resulting word vectors, but it also increases "
            "the computational complexity. Since the more distant words are usually less related to the current "
            "word than those close to it, we give less weight to the distant words by sampling less from those "
            "words in our training examples. The training complexity of this architecture is proportional to "
            "Q = C × (D + D × log<sub>2</sub>(V)), where C is the maximum distance of the words. Thus, if we "
            "choose C = 5, for each training word we will select randomly a number R in range &lt;1; C&gt;, and "
            "then use R words from history and R words from the future of the current word as correct labels. In "
            "the following experiments, we use C = 10."]),
        ("4 Results", []),
        ("4.1 Task Description", [
            "To measure quality of the word vectors, we define a comprehensive test set that contains five types "
            "of semantic questions, and nine types of syntactic questions. Overall, there are 8869 semantic and "
            "10675 syntactic questions. The questions in each category were created in two steps: first, a list "
            "of similar word pairs was created manually; then, a large list of questions is formed by connecting "
            "two word pairs. We evaluate the overall accuracy for all question types, and for each question type "
            "separately (semantic, syntactic). Question is assumed to be correctly answered only if the closest "
            "word to the vector computed using the above method is exactly the same as the correct word in the "
            "question; synonyms are thus counted as mistakes."]),
        ("4.2 Maximization of Accuracy", [
            "We have used a Google News corpus for training the word vectors. This corpus contains about 6B "
            "tokens. We have restricted the vocabulary size to 1 million most frequent words. Clearly, we are "
            "facing time constrained optimization problem, as it can be expected that both using more data and "
            "higher dimensional word vectors will improve the accuracy. To estimate the best choice of model "
            "architecture for obtaining as good as possible results quickly, we have first evaluated models "
            "trained on subsets of the training data, with vocabulary restricted to the most frequent 30k words. "
            "The results using the CBOW architecture with different choice of word vector dimensionality and "
            "increasing amount of the training data are shown in Table 2.",
            "@TABLE:0@",
            "It can be seen that after some point, adding more dimensions or adding more training data provides "
            "diminishing improvements. So, we have to increase both vector dimensionality and the amount of the "
            "training data together. For the experiments reported in Tables 2 and 4, we have used three training "
            "epochs with stochastic gradient descent and backpropagation. We chose starting learning rate 0.025 "
            "and decreased it linearly, so that it approaches zero at the end of the last training epoch."]),
        ("4.3 Comparison of Model Architectures", [
            "First we compare different model architectures for deriving the word vectors using the same training "
            "data and using the same dimensionality of 640 of the word vectors. In the further experiments, we use "
            "full set of questions in the new Semantic-Syntactic Word Relationship test set, i.e. unrestricted to "
            "the 30k vocabulary. We also include results on a test set introduced in [20] that focuses on "
            "syntactic similarity between words.",
            "The training data consists of several LDC corpora (320M words, 82K vocabulary). We used these data to "
            "provide a comparison to a previously trained recurrent neural network language model that took about "
            "8 weeks to train on a single CPU. We trained a feedforward NNLM with the same number of 640 hidden "
            "units using the DistBelief parallel training, using a history of 8 previous words (thus, the NNLM has "
            "more parameters than the RNNLM, as the projection layer has size 640 × 8).",
            "@TABLE:1@",
            "The word vectors from the RNN perform well mostly on the syntactic questions. The NNLM vectors perform "
            "significantly better than the RNN. The CBOW architecture works better than the NNLM on the syntactic "
            "tasks, and about the same on the semantic one. Finally, the Skip-gram architecture works slightly "
            "worse on the syntactic task than the CBOW model (but still better than the NNLM), and much better on "
            "the semantic part of the test than all the other models.",
            "Next, we evaluated our models trained using one CPU only and compared the results against publicly "
            "available word vectors. The comparison is given in Table 4. The CBOW model was trained on subset of "
            "the Google News data in about a day, while training time for the Skip-gram model was about three days.",
            "@TABLE:2@",
            "For experiments reported further, we used just one training epoch (again, we decrease the learning "
            "rate linearly so that it approaches zero at the end of training). Training a model on twice as much "
            "data using one epoch gives comparable or better results than iterating over the same data for three "
            "epochs, as is shown in Table 5, and provides additional small speedup.",
            "@TABLE:3@"]),
        ("4.4 Large Scale Parallel Training of Models", [
            "As mentioned earlier, we have implemented various models in a distributed framework called "
            "DistBelief. Below we report the results of several models trained on the Google News 6B data set, "
            "with mini-batch asynchronous gradient descent and the adaptive learning rate procedure called "
            "Adagrad. We used 50 to 100 model replicas during the training. The number of CPU cores is an "
            "estimate since the data center machines are shared with other production tasks.",
            "@TABLE:4@"]),
        ("4.5 Microsoft Research Sentence Completion Challenge", [
            "The Microsoft Sentence Completion Challenge has been recently introduced as a task for advancing "
            "language modeling and other NLP techniques. This task consists of 1040 sentences, where one word is "
            "missing in each sentence and the goal is to select word that is the most coherent with the rest of "
            "the sentence, given a list of five reasonable choices. We have explored the performance of Skip-gram "
            "architecture on this task. First, we train the 640-dimensional model on 50M words provided in [32]. "
            "Then, we compute score of each sentence in the test set by using the unknown word at the input, and "
            "predict all surrounding words in a sentence.",
            "@TABLE:5@",
            "While the Skip-gram model itself does not perform on this task better than LSA similarity, the scores "
            "from this model are complementary to scores obtained with RNNLMs, and a weighted combination leads to "
            "a new state of the art result 58.9% accuracy."]),
        ("5 Conclusion", [
            "In this paper we studied the quality of vector representations of words derived by various models on "
            "a collection of syntactic and semantic language tasks. We observed that it is possible to train high "
            "quality word vectors using very simple model architectures, compared to the popular neural network "
            "models (both feedforward and recurrent). Because of the much lower computational complexity, it is "
            "possible to compute very accurate high dimensional word vectors from a much larger data set. Using "
            "the DistBelief distributed framework, it should be possible to train the CBOW and Skip-gram models "
            "even on corpora with one trillion words, for basically unlimited size of the vocabulary."]),
    ],
    "tables": [
        {"caption": "Table 2: Accuracy on subset of the Semantic-Syntactic Word Relationship test set, using word "
                    "vectors from the CBOW architecture with limited vocabulary. Only questions containing words "
                    "from the most frequent 30k words are used.",
         "rows": [["Dimensionality / Training words", "24M", "49M", "98M", "196M", "391M", "783M"],
                  ["50", "13.4", "15.7", "18.6", "19.1", "22.5", "23.2"],
                  ["100", "19.4", "23.1", "27.8", "28.7", "33.4", "32.2"],
                  ["300", "23.2", "29.2", "35.3", "38.6", "43.7", "45.9"],
                  ["600", "24.0", "30.1", "36.5", "40.8", "46.6", "50.4"]]},
        {"caption": "Table 3: Comparison of architectures using models trained on the same data, with "
                    "640-dimensional word vectors. The accuracies are reported on our Semantic-Syntactic Word "
                    "Relationship test set, and on the syntactic relationship test set of [20].",
         "rows": [["Model Architecture", "Semantic Accuracy [%]", "Syntactic Accuracy [%]", "MSR Word Relatedness"],
                  ["RNNLM", "9", "36", "35"],
                  ["NNLM", "23", "53", "47"],
                  ["CBOW", "24", "64", "61"],
                  ["Skip-gram", "55", "59", "56"]]},
        {"caption": "Table 4: Comparison of publicly available word vectors on the Semantic-Syntactic Word "
                    "Relationship test set, and word vectors from our models. Full vocabularies are used.",
         "rows": [["Model", "Vector Dimensionality", "Training words", "Semantic", "Syntactic", "Total"],
                  ["Collobert-Weston NNLM", "50", "660M", "9.3", "12.3", "11.0"],
                  ["Turian NNLM", "50", "37M", "1.4", "2.6", "2.1"],
                  ["Turian NNLM", "200", "37M", "1.4", "2.2", "1.8"],
                  ["Mnih NNLM", "50", "37M", "1.8", "9.1", "5.8"],
                  ["Mnih NNLM", "100", "37M", "3.3", "13.2", "8.8"],
                  ["Mikolov RNNLM", "80", "320M", "4.9", "18.4", "12.7"],
                  ["Mikolov RNNLM", "640", "320M", "8.6", "36.5", "24.6"],
                  ["Huang NNLM", "50", "990M", "13.3", "11.6", "12.3"],
                  ["Our NNLM", "20", "6B", "12.9", "26.4", "20.3"],
                  ["Our NNLM", "50", "6B", "27.9", "55.8", "43.2"],
                  ["Our NNLM", "100", "6B", "34.2", "64.5", "50.8"],
                  ["CBOW", "300", "783M", "15.5", "53.1", "36.1"],
                  ["Skip-gram", "300", "783M", "50.0", "55.9", "53.3"]]},
        {"caption": "Table 5: Comparison of models trained for three epochs on the same data and models trained for "
                    "one epoch. Accuracy is reported on the full Semantic-Syntactic data set.",
         "rows": [["Model", "Vector Dim.", "Training words", "Semantic", "Syntactic", "Total", "Training time [days]"],
                  ["3 epoch CBOW", "300", "783M", "15.5", "53.1", "36.1", "1"],
                  ["3 epoch Skip-gram", "300", "783M", "50.0", "55.9", "53.3", "3"],
                  ["1 epoch CBOW", "300", "783M", "13.8", "49.9", "33.6", "0.3"],
                  ["1 epoch CBOW", "300", "1.6B", "16.1", "52.6", "36.1", "0.6"],
                  ["1 epoch CBOW", "600", "783M", "15.4", "53.3", "36.2", "0.7"],
                  ["1 epoch Skip-gram", "300", "783M", "45.6", "52.2", "49.2", "1"],
                  ["1 epoch Skip-gram", "300", "1.6B", "52.2", "55.1", "53.8", "2"],
                  ["1 epoch Skip-gram", "600", "783M", "56.7", "54.5", "55.5", "2.5"]]},
        {"caption": "Table 6: Comparison of models trained using the DistBelief distributed framework. Note that "
                    "training of NNLM with 1000-dimensional vectors would take too long to complete.",
         "rows": [["Model", "Vector Dim.", "Training words", "Semantic", "Syntactic", "Total",
                   "Training time [days x CPU cores]"],
                  ["NNLM", "100", "6B", "34.2", "64.5", "50.8", "14 x 180"],
                  ["CBOW", "1000", "6B", "57.3", "68.9", "63.7", "2 x 140"],
                  ["Skip-gram", "1000", "6B", "66.1", "65.1", "65.6", "2.5 x 125"]]},
        {"caption": "Table 7: Comparison and combination of models on the Microsoft Sentence Completion Challenge.",
         "rows": [["Architecture", "Accuracy [%]"],
                  ["4-gram [32]", "39"],
                  ["Average LSA similarity [32]", "49"],
                  ["Log-bilinear model [24]", "54.8"],
                  ["RNNLMs [19]", "55.4"],
                  ["Skip-gram", "48.0"],
                  ["Skip-gram + RNNLMs", "58.9"]]},
    ],
    "references": [
        "[1] Y. Bengio, R. Ducharme, P. Vincent. A neural probabilistic language model. Journal of Machine "
        "Learning Research, 3:1137-1155, 2003.",
        "[2] R. Collobert and J. Weston. A Unified Architecture for Natural Language Processing: Deep Neural "
        "Networks with Multitask Learning. In International Conference on Machine Learning, ICML, 2008.",
        "[3] J. Dean, G.S. Corrado, R. Monga, K. Chen, M. Devin, Q.V. Le, M.Z. Mao, M.A. Ranzato, A. Senior, "
        "P. Tucker, K. Yang, A. Y. Ng. Large Scale Distributed Deep Networks. NIPS, 2012.",
        "[4] J.C. Duchi, E. Hazan, and Y. Singer. Adaptive subgradient methods for online learning and "
        "stochastic optimization. Journal of Machine Learning Research, 2011.",
                "[18] T. Mikolov. Statistical Language Models based on Neural Networks. PhD thesis, Brno University of "
        "Technology, 2012.",
        "[19] T. Mikolov, S. Kombrink, L. Burget, J. Cernocky, S. Khudanpur. Extensions of recurrent neural "
        "network language model. In: Proceedings of ICASSP 2011.",
        "[20] T. Mikolov, W.T. Yih, G. Zweig. Linguistic Regularities in Continuous Space Word Representations. "
        "NAACL HLT 2013.",
        "[24] A. Mnih, G. Hinton. A Scalable Hierarchical Distributed Language Model. Advances in Neural "
        "Information Processing Systems 21, MIT Press, 2009.",
        "[32] G. Zweig, C.J.C. Burges. The Microsoft Research Sentence Completion Challenge, Microsoft Research "
        "Technical Report MSR-TR-2011-129, 2011.",
    ],
}

TRUTH = {
    "year": 2013,
    "source": "condensed retelling of Mikolov, Chen, Corrado & Dean, arXiv 1301.3781 (ICLR 2013 workshop), "
              "written from memory",
    "task_family": "representation-learning",
    "contribution": {"value": "architecture",
                     "quote": "We propose two novel model architectures for computing continuous vector"},
    "claim": {"value": "The log-linear CBOW and Skip-gram models learn word vectors with large accuracy gains on the "
                       "Semantic-Syntactic Word Relationship test set at much lower computational cost than "
                       "feedforward and recurrent neural network language models (e.g. Skip-gram 53.3% vs 24.6% "
                       "for the 640-d RNNLM and 50.8% for a 100-d NNLM trained on 6B words); less than a day for "
                       "1.6B words",
              "quote": "We observe large improvements in accuracy at much lower computational cost"},
    "param_counts": [],
    "architecture": {
        "value": "Log-linear word-vector models without a non-linear hidden layer, with hierarchical softmax over a "
                 "Huffman tree: CBOW (shared projection averaging 4 history and 4 future words to predict the "
                 "middle word) and continuous Skip-gram (current word predicts words within a range C = 10, "
                 "nearer words sampled more often)",
        "quote": "with four future and four history words at the input"},
    "datasets": [
        {"value": "Google News corpus (about 6B tokens; vocabulary restricted to 1M most frequent words) [training]",
         "quote": "This corpus contains about 6B tokens."},
        {"value": "LDC corpora (320M words, 82K vocabulary) [training for the architecture comparison]",
         "quote": "The training data consists of several LDC corpora (320M words, 82K vocabulary)."},
        {"value": "Semantic-Syntactic Word Relationship test set (8869 semantic, 10675 syntactic questions) "
                  "[evaluation]",
         "quote": "Overall, there are 8869 semantic and 10675 syntactic questions."},
        {"value": "MSR syntactic relationship test set [20] [evaluation]",
         "quote": "We also include results on a test set introduced in [20]"},
        {"value": "Microsoft Research Sentence Completion Challenge (1040 sentences; Skip-gram trained on the 50M "
                  "words provided with it)",
         "quote": "This task consists of 1040 sentences, where one word is"},
    ],
    "metrics": [
        {"value": "accuracy on semantic / syntactic / total word-analogy questions (exact nearest-word match)",
         "quote": "Question is assumed to be correctly answered only if the closest"},
        {"value": "accuracy on the MSR Sentence Completion Challenge", "quote": "Architecture Accuracy [%]"},
        {"value": "training time (days; days × CPU cores)", "quote": "Training time [days x CPU cores]"},
    ],
    "training": {
        "single_machine_sgd": {
            "optimizer": {"value": "stochastic gradient descent with backpropagation",
                          "quote": "three training epochs with stochastic gradient descent and backpropagation"},
            "learning_rate": {"value": "0.025, decreased linearly to zero at the end of the last epoch",
                              "numbers": [0.025], "quote": "We chose starting learning rate 0.025"},
            "lr_schedule": {"value": "linear decay to zero",
                            "quote": "decreased it linearly, so that it approaches zero at the end of the last"},
            "epochs": {"value": "3 (Tables 2 and 4); 1 for later experiments (Table 5)", "numbers": [3, 1],
                       "quote": "we used just one training epoch"},
            "context": {"value": "CBOW: 4 history + 4 future words; Skip-gram C = 10", "numbers": [4, 10],
                        "quote": "In the following experiments, we use C = 10."},
        },
        "distbelief": {
            "optimizer": {"value": "mini-batch asynchronous gradient descent with Adagrad (DistBelief)",
                          "quote": "with mini-batch asynchronous gradient descent and the adaptive learning rate"},
            "replicas": {"value": "50 to 100 model replicas", "numbers": [50, 100],
                         "quote": "We used 50 to 100 model replicas during the training."},
        },
    },
    "not_stated": ["batch_size (mini-batch size of the DistBelief runs)", "learning_rate (DistBelief/Adagrad)",
                   "epochs (DistBelief runs)", "steps", "weight_decay", "dropout", "warmup", "lora_rank",
                   "lora_alpha", "parameter counts"],
    "paper_notes": [
        "'Common choice is E = 3 − 50' is a generic statement about NNLM training, not this paper's set-up.",
        "NNLM typical sizes (N = 10, P 500-2000, H 500-1000) are generic, not this paper's models.",
        "Previous work restates prior vectors' sizes/corpora (Collobert-Weston 50-d on 660M words, Turian 50/200-d "
        "on 37M) — baselines, not the paper's models.",
        "Skip-gram range: the text gives C = 5 as an illustrative example, the experiments use C = 10.",
        "Epochs change between sections: 3 for Tables 2/4, 1 for later experiments; Table 5 compares both.",
        "The 8-week RNNLM was a previously trained model (baseline).",
    ],
}
