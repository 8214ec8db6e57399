"""Held-out paper: Lample, Ballesteros, Subramanian, Kawakami & Dyer (NAACL 2016), Neural Architectures for
Named Entity Recognition. Condensed retelling written from memory (not the published PDF)."""

PAPER = {
    "title": "Neural Architectures for Named Entity Recognition",
    "authors": "Guillaume Lample, Miguel Ballesteros, Sandeep Subramanian, Kazuya Kawakami and Chris Dyer",
    "affil": "Carnegie Mellon University; NLP Group, Pompeu Fabra University",
    "header": "Proceedings of NAACL-HLT 2016",
    "columns": 2,
    "abstract": (
        "State-of-the-art named entity recognition systems rely heavily on hand-crafted features and "
        "domain-specific knowledge in order to learn effectively from the small, supervised training corpora "
        "that are available. In this paper, we introduce two new neural architectures—one based on "
        "bidirectional LSTMs and conditional random fields, and the other that constructs and labels segments "
        "using a transition-based approach inspired by shift-reduce parsers. Our models rely on two sources "
        "of information about words: character-based word representations learned from the supervised "
        "corpus and unsupervised word representations learned from unannotated corpora. Our models obtain "
        "state-of-the-art performance in NER in four languages without resorting to any language-specific "
        "knowledge or resources such as gazetteers."),
    "sections": [
        ("1 Introduction", [
            "Named entity recognition (NER) is a challenging learning problem. One the one hand, in most "
            "languages and domains, there is only a very small amount of supervised training data available. "
            "On the other, there are few constraints on the kinds of words that can be names, so generalizing "
            "from this small sample of data is difficult. As a result, carefully constructed orthographic "
            "features and language-specific knowledge resources, such as gazetteers, are widely used for "
            "solving this task.",
            "In this paper, we present neural architectures for NER that use no language-specific resources "
            "or features beyond a small amount of supervised training data and unlabeled corpora. Our models "
            "are designed to capture two intuitions. First, since names often consist of multiple tokens, "
            "reasoning jointly over tagging decisions for each token is important. We compare two models "
            "here, (i) a bidirectional LSTM with a sequential conditional random layer above it (LSTM-CRF; "
            "§2), and (ii) a new model that constructs and labels chunks of input sentences using an "
            "algorithm inspired by transition-based parsing with states represented by stack LSTMs "
            "(S-LSTM; §3). Second, token-level evidence for \"being a name\" includes both orthographic "
            "evidence and distributional evidence. To capture orthographic sensitivity, we use a "
            "character-based word representation model (§4.1); to capture distributional sensitivity, we "
            "combine these representations with distributional representations (§4.2).",
            "Our experiments on English, Dutch, German, and Spanish show that we are able to obtain "
            "state-of-the-art NER performance with the LSTM-CRF model in Dutch, German, and Spanish, and very "
            "near the state-of-the-art in English without any hand-engineered features or gazetteers."]),
        ("2 LSTM-CRF Model", [
            "Recurrent neural networks (RNNs) are a family of neural networks that operate on sequential data. "
            "Although RNNs can, in theory, learn long dependencies, in practice they fail to do so and tend "
            "to be biased towards their most recent inputs in the sequence. Long Short-term Memory Networks "
            "(LSTMs) have been designed to combat this issue by incorporating a memory-cell. For a given "
            "sentence containing n words, each represented as a d-dimensional vector, a forward LSTM computes "
            "a representation of the left context of the sentence at every word, and a backward LSTM reads "
            "the same sequence in reverse. The representation of a word using this model is obtained by "
            "concatenating its left and right context representations.",
            "A very simple but surprisingly effective tagging model is to use the h<sub>t</sub>'s as features "
            "to make independent tagging decisions for each output. Despite this model's success in simple "
            "problems like POS tagging, its independent classification decisions are limiting when there are "
            "strong dependencies across output labels. Therefore, instead of modeling tagging decisions "
            "independently, we model them jointly using a conditional random field. The score of a sentence "
            "is the sum of the bidirectional LSTM outputs P<sub>i,y<sub>i</sub></sub> and a matrix of "
            "transition scores A<sub>y<sub>i</sub>,y<sub>i+1</sub></sub>; during training, we maximize the "
            "log-probability of the correct tag sequence, and while decoding we predict the output sequence "
            "that obtains the maximum score using dynamic programming.",
            "<b>Tagging schemes.</b> The task of named entity recognition is to assign a named entity label "
            "to every word in a sentence. We use the IOBES tagging scheme, a variant of IOB commonly used for "
            "named entity recognition, which encodes information about singleton entities (S) and explicitly "
            "marks the end of named entities (E). Using this scheme, tagging a word as I-label with high "
            "confidence narrows down the choices for the subsequent word to I-label or E-label."]),
        ("3 Transition-Based Chunking Model", [
            "As an alternative to the LSTM-CRF discussed in the previous section, we explore a new "
            "architecture that chunks and labels a sequence of inputs using an algorithm similar to "
            "transition-based dependency parsing. This model directly constructs representations of the "
            "multi-token names. The model relies on a stack data structure to incrementally construct chunks "
            "of the input; we make use of Stack-LSTMs, in which the LSTM is augmented with a stack pointer. "
            "We designed a transition inventory with three actions: SHIFT, REDUCE(y) and OUT. The "
            "representations of the stack, the buffer and the output, together with the history of actions, "
            "are used to define a distribution over the possible actions at each time step, and the model is "
            "trained to maximize the conditional probability of sequences of reference actions."]),
        ("4 Input Word Embeddings", []),
        ("4.1 Character-based models of words", [
            "An important distinction of our work from most previous approaches is that we learn character-"
            "level features while training instead of hand-engineering prefix and suffix information about "
            "words. A character lookup table initialized at random contains an embedding for every character. "
            "The character embeddings corresponding to every character in a word are given in direct and "
            "reverse order to a forward and a backward LSTM. The embedding for a word derived from its "
            "characters is the concatenation of its forward and backward representations from the "
            "bidirectional LSTM. This character-level representation is then concatenated with a word-level "
            "representation from a word lookup-table. The hidden dimension of the forward and backward "
            "character LSTMs are 25 each, which results in our character-based representation of words being "
            "of dimension 50."]),
        ("4.2 Pretrained embeddings", [
            "As in Collobert et al. (2011), we use pretrained word embeddings to initialize our lookup table. "
            "We observe significant improvements using pretrained word embeddings over randomly initialized "
            "ones. Embeddings are pretrained using skip-n-gram (Ling et al., 2015a), a variation of word2vec "
            "(Mikolov et al., 2013a) that accounts for word order. These embeddings are fine-tuned during "
            "training.",
            "Word embeddings for Spanish, Dutch, German and English are trained using the Spanish Gigaword "
            "version 3, the Leipzig corpora collection, the German monolingual training data from the 2010 "
            "Machine Translation Workshop and the English Gigaword version 4 (with the LA Times and NY Times "
            "portions removed) respectively. We use an embedding dimension of 100 for English, 64 for other "
            "languages."]),
        ("4.3 Dropout training", [
            "Initial experiments showed that character-level embeddings did not improve our overall "
            "performance when used in conjunction with pretrained word representations. To encourage the "
            "model to depend on both representations, we use dropout training (Hinton et al., 2012), applying "
            "a dropout mask to the final embedding layer just before the input to the bidirectional LSTM. We "
            "observe a significant improvement in our model's performance after using dropout (see Table 5)."]),
        ("5 Experiments", [
            "This section presents the methods we use to train our models, the results we obtained on "
            "various tasks and the impact of our networks' configuration on model performance."]),
        ("5.1 Training", [
            "For both models presented, we train our networks using the back-propagation algorithm updating "
            "our parameters on every training example, one at a time, using stochastic gradient descent (SGD) "
            "with a learning rate of 0.01 and a gradient clipping of 5.0. Several methods have been proposed "
            "to enhance the performance of SGD, such as Adadelta (Zeiler, 2012) or Adam (Kingma and Ba, "
            "2014). Although we observe faster convergence using these methods, none of them perform as well "
            "as SGD with gradient clipping.",
            "Our LSTM-CRF model uses a single layer for the forward and backward LSTMs whose dimensions are "
            "set to 100. Tuning this dimension did not significantly impact model performance. We set the "
            "dropout rate to 0.5. Using higher rates negatively impacted our results, while smaller rates led "
            "to longer training time.",
            "The stack-LSTM model uses two layers each of dimension 100 for each stack."]),
        ("5.2 Data Sets", [
            "We test our model on different datasets for named entity recognition. To demonstrate our model's "
            "ability to generalize to different languages, we present results on the CoNLL-2002 and CoNLL-2003 "
            "datasets (Tjong Kim Sang, 2002; Tjong Kim Sang and De Meulder, 2003) that contain independent "
            "named entity labels for English, Spanish, German and Dutch. All datasets contain four different "
            "types of named entities: locations, persons, organizations, and miscellaneous entities that do "
            "not belong in any of the three previous categories. Although POS tags were made available for "
            "all datasets, we did not include them in our models. We did not perform any dataset "
            "preprocessing, apart from replacing every digit with a zero in the English NER dataset."]),
        ("5.3 Results", [
            "Table 1 presents our comparisons with other models for named entity recognition in English. To "
            "make the comparison between our model and others fair, we report the scores of other models with "
            "and without the use of external labeled data such as gazetteers and knowledge bases. Our models "
            "do not use gazetteers or any external labeled resources. The best score reported on this task is "
            "by Luo et al. (2015), obtained 91.2 by jointly modeling the NER and entity linking tasks. Their "
            "model uses a lot of hand-engineered features including spelling features, WordNet clusters, "
            "Brown clusters, POS tags, chunks tags, as well as stemming and external knowledge bases like "
            "Freebase and Wikipedia. Our LSTM-CRF model outperforms all other systems, including the ones "
            "using external labeled data like gazetteers.",
            "@TABLE:0@",
            "Tables 2, 3 and 4 present our results on NER for German, Dutch and Spanish respectively in "
            "comparison to other models. On these three languages, the LSTM-CRF model significantly "
            "outperforms all previous methods, including the ones using external labeled data.",
            "@TABLE:1@",
            "Our models had a significant impact on performance when word embeddings were pretrained and "
            "when dropout was applied; Table 5 reports the effect of each component of the LSTM-CRF on the "
            "English test set, measured in F<sub>1</sub>.",
            "@TABLE:2@"]),
        ("6 Related Work", [
            "In the CoNLL-2002 shared task, Carreras et al. (2002) obtained among the best results on both "
            "Dutch and Spanish by combining several small fixed-depth decision trees. In the CoNLL-2003 shared "
            "task, Florian et al. (2003) obtained the highest F<sub>1</sub> score on German by combining the "
            "output of four diverse classifiers. Collobert et al. (2011) presented a model similar to our "
            "LSTM-CRF, but using convolutions to learn from word sequences, and Huang et al. (2015) presented "
            "a model similar to our LSTM-CRF, but using hand-crafted spelling features. Gillick et al. (2015) "
            "model the task as a sequence-to-sequence learning problem and incorporate character-based "
            "representations into their encoder model."]),
        ("7 Conclusion", [
            "This paper presents two neural architectures for sequence labeling that provide the best NER "
            "results ever reported in standard evaluation settings, even compared with models that use "
            "external resources, such as gazetteers. A key aspect of our models are that they model output "
            "label dependencies, either via a simple CRF architecture, or using a transition-based algorithm "
            "to explicitly construct and label chunks of the input. Word representations are also crucially "
            "important for success: we use both pre-trained word representations and \"character-based\" "
            "representations that capture morphological and orthographic information. To prevent the learner "
            "from depending too heavily on one representation class, dropout is used."]),
    ],
    "tables": [
        {"caption": "Table 1: English NER results (CoNLL-2003 test set). * indicates models trained with the "
                    "use of external labeled data.",
         "rows": [["Model", "F1"],
                  ["Collobert et al. (2011)*", "89.59"],
                  ["Lin and Wu (2009)", "83.78"],
                  ["Lin and Wu (2009)*", "90.90"],
                  ["Huang et al. (2015)*", "90.10"],
                  ["Passos et al. (2014)", "90.05"],
                  ["Passos et al. (2014)*", "90.90"],
                  ["Luo et al. (2015)* + gaz", "89.9"],
                  ["Luo et al. (2015)* + gaz + linking", "91.2"],
                  ["Chiu and Nichols (2015)", "90.69"],
                  ["Chiu and Nichols (2015)*", "90.77"],
                  ["LSTM-CRF (no char)", "90.20"],
                  ["LSTM-CRF", "90.94"],
                  ["S-LSTM", "90.33"]]},
        {"caption": "Tables 2–4 (condensed): F1 of the LSTM-CRF on the German (CoNLL-2003), Dutch (CoNLL-2002) "
                    "and Spanish (CoNLL-2002) test sets.",
         "rows": [["Language", "LSTM-CRF F1"],
                  ["German", "78.76"],
                  ["Dutch", "81.74"],
                  ["Spanish", "85.75"]]},
        {"caption": "Table 5: English NER results with our models, using different configurations. \"pretrain\" "
                    "refers to models that include pretrained word embeddings, \"char\" refers to models that "
                    "include character-based modeling of words, \"dropout\" refers to models that include "
                    "dropout rate.",
         "rows": [["Variant", "F1"],
                  ["random", "83.63"],
                  ["pretrain", "88.39"],
                  ["pretrain + char", "89.77"],
                  ["pretrain + dropout", "90.20"],
                  ["pretrain + dropout + char", "90.94"]]},
    ],
    "references": [
        "Xavier Carreras, Lluís Màrquez, and Lluís Padró. 2002. Named entity extraction using AdaBoost. "
        "In Proc. CoNLL.",
        "Ronan Collobert, Jason Weston, Léon Bottou, Michael Karlen, Koray Kavukcuoglu, and Pavel Kuksa. "
        "2011. Natural language processing (almost) from scratch. JMLR, 12:2493–2537.",
        "Chris Dyer, Miguel Ballesteros, Wang Ling, Austin Matthews, and Noah A. Smith. 2015. Transition-based "
        "dependency parsing with stack long short-term memory. In Proc. ACL.",
        "Radu Florian, Abe Ittycheriah, Hongyan Jing, and Tong Zhang. 2003. Named entity recognition through "
        "classifier combination. In Proc. CoNLL.",
        "Dan Gillick, Cliff Brunk, Oriol Vinyals, and Amarnag Subramanya. 2015. Multilingual language "
        "processing from bytes. arXiv:1512.00103.",
        "Zhiheng Huang, Wei Xu, and Kai Yu. 2015. Bidirectional LSTM-CRF models for sequence tagging. "
        "arXiv:1508.01991.",
        "John Lafferty, Andrew McCallum, and Fernando Pereira. 2001. Conditional random fields: Probabilistic "
        "models for segmenting and labeling sequence data. In Proc. ICML.",
        "Wang Ling, Chris Dyer, Alan Black, and Isabel Trancoso. 2015a. Two/too simple adaptations of "
        "word2vec for syntax problems. In Proc. NAACL.",
        "Diederik Kingma and Jimmy Ba. 2014. Adam: A method for stochastic optimization. arXiv:1412.6980.",
        "Gang Luo, Xiaojiang Huang, Chin-Yew Lin, and Zaiqing Nie. 2015. Joint named entity recognition and "
        "disambiguation. In Proc. EMNLP.",
        "Erik F. Tjong Kim Sang. 2002. Introduction to the CoNLL-2002 shared task: Language-independent named "
        "entity recognition. In Proc. CoNLL.",
        "Erik F. Tjong Kim Sang and Fien De Meulder. 2003. Introduction to the CoNLL-2003 shared task: "
        "Language-independent named entity recognition. In Proc. CoNLL.",
        "Matthew D. Zeiler. 2012. ADADELTA: An adaptive learning rate method. arXiv:1212.5701.",
    ],
}

TRUTH = {
    "year": 2016,
    "source": "condensed retelling of Lample, Ballesteros, Subramanian, Kawakami & Dyer, NAACL-HLT 2016, "
              "written from memory",
    "task_family": "token-classification",
    "contribution": {"value": "architecture",
                     "quote": "we introduce two new neural architectures"},
    "claim": {"value": "LSTM-CRF (and S-LSTM) with character-based and pretrained word representations reach "
                       "state-of-the-art NER in Dutch, German and Spanish and near/at state of the art in English "
                       "(90.94 F1 on CoNLL-2003) without gazetteers or hand-crafted features, outperforming prior "
                       "systems including ones using external labeled data",
              "quote": "Our models obtain state-of-the-art performance in NER in four languages"},
    "param_counts": [],
    "architecture": {"value": "LSTM-CRF: character-level BiLSTM (25 units per direction, 50-dim char "
                              "representation) concatenated with pretrained skip-n-gram word embeddings (100-d "
                              "English, 64-d others), dropout on the embedding layer, single-layer BiLSTM "
                              "(100 per direction) and a CRF output layer over IOBES tags; S-LSTM: transition-"
                              "based chunker with stack LSTMs (two layers of 100 per stack)",
                     "quote": "Our LSTM-CRF model uses a single layer for the forward and backward LSTMs"},
    "datasets": [
        {"value": "CoNLL-2003 English NER", "quote": "present results on the CoNLL-2002 and CoNLL-2003"},
        {"value": "CoNLL-2003 German NER", "quote": "present results on the CoNLL-2002 and CoNLL-2003"},
        {"value": "CoNLL-2002 Dutch NER", "quote": "present results on the CoNLL-2002 and CoNLL-2003"},
        {"value": "CoNLL-2002 Spanish NER", "quote": "present results on the CoNLL-2002 and CoNLL-2003"},
        {"value": "English Gigaword v4 [word-embedding pre-training]",
         "quote": "the English Gigaword version 4 (with the LA Times and NY Times"},
        {"value": "Spanish Gigaword v3 [word-embedding pre-training]",
         "quote": "Word embeddings for Spanish, Dutch, German and English are trained"},
        {"value": "Leipzig corpora collection [Dutch word-embedding pre-training]",
         "quote": "version 3, the Leipzig corpora collection, the German monolingual"},
        {"value": "WMT 2010 German monolingual training data [word-embedding pre-training]",
         "quote": "version 3, the Leipzig corpora collection, the German monolingual"},
    ],
    "metrics": [
        {"value": "F1 (entity-level, CoNLL test sets)", "quote": "Table 1: English NER results (CoNLL-2003 test set)."},
    ],
    "training": {
        "conll_ner": {
            "optimizer": {"value": "SGD", "quote": "using stochastic gradient descent (SGD)"},
            "learning_rate": {"value": 0.01, "quote": "with a learning rate of 0.01 and a gradient clipping of 5.0"},
            "batch_size": {"value": 1, "note": "parameters updated on every training example, one at a time",
                           "quote": "our parameters on every training example, one at a time"},
            "gradient_clipping": {"value": 5.0, "quote": "with a learning rate of 0.01 and a gradient clipping of 5.0"},
            "dropout": {"value": 0.5, "note": "on the final embedding layer before the BiLSTM",
                        "quote": "dropout rate to 0.5. Using higher rates negatively"},
            "word_embedding_dim": {"value": "100 (English), 64 (other languages)", "numbers": [100, 64],
                                   "quote": "We use an embedding dimension of 100 for English, 64 for other"},
            "tagging_scheme": {"value": "IOBES", "quote": "We use the IOBES tagging scheme"},
        },
    },
    "not_stated": ["epochs", "steps", "weight_decay", "warmup", "lr_schedule", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "One training recipe 'for both models' (LSTM-CRF and S-LSTM) and all four languages.",
        "Batch size is implicit: 'updating our parameters on every training example, one at a time'.",
        "Mentions Adadelta and Adam as tried alternatives that did not work as well; the optimizer is SGD.",
        "Related work / results restate prior systems' scores (Luo et al. 91.2 etc.); not this paper's.",
        "No parameter count is stated.",
        "Results for German/Dutch/Spanish condensed into one table with only the LSTM-CRF numbers (baselines "
        "and S-LSTM scores for those languages left out as uncertain from memory).",
    ],
}
