"""Universal Language Model Fine-tuning for Text Classification (Howard & Ruder, ACL 2018) — condensed retelling
written from memory."""

PAPER = {
    "title": "Universal Language Model Fine-tuning for Text Classification",
    "authors": "Jeremy Howard, Sebastian Ruder",
    "affil": "fast.ai, University of San Francisco; Insight Centre, NUI Galway; Aylien Ltd., Dublin",
    "header": "Universal Language Model Fine-tuning for Text Classification",
    "columns": 2,
    "stamp": "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics, 2018",
    "abstract": (
        "Inductive transfer learning has greatly impacted computer vision, but existing approaches in NLP still "
        "require task-specific modifications and training from scratch. We propose Universal Language Model "
        "Fine-tuning (ULMFiT), an effective transfer learning method that can be applied to any task in NLP, and "
        "introduce techniques that are key for fine-tuning a language model. Our method significantly outperforms "
        "the state-of-the-art on six text classification tasks, reducing the error by 18-24% on the majority of "
        "datasets. Furthermore, with only 100 labeled examples, it matches the performance of training from "
        "scratch on 100× more data. We open-source our pretrained models and code."),
    "sections": [
        ("1 Introduction", [
            "Inductive transfer learning has had a large impact on computer vision (CV). Applied CV models "
            "(including object detection, classification, and segmentation) are rarely trained from scratch, but "
            "instead are fine-tuned from models that have been pretrained on ImageNet, MS-COCO, and other "
            "datasets.",
            "Text classification is a category of Natural Language Processing (NLP) tasks with real-world "
            "applications such as spam, fraud, and bot detection, emergency response, and commercial document "
            "classification, such as for legal discovery. While Deep Learning models have achieved "
            "state-of-the-art on many NLP tasks, these models are trained from scratch, requiring large datasets, "
            "and days to converge. Research in NLP focused mostly on transductive transfer. For inductive "
            "transfer, fine-tuning pretrained word embeddings, a simple transfer technique that only targets a "
            "model's first layer, has had a large impact in practice.",
            "We argue that the idea of LM fine-tuning is not the problem: rather, our lack of knowledge of how to "
            "train them effectively has been hindering wider adoption. LMs overfit to small datasets and suffered "
            "catastrophic forgetting when fine-tuned with a classifier. Compared to CV, NLP models are typically "
            "more shallow and thus require different fine-tuning methods.",
            "We propose a new method, Universal Language Model Fine-tuning (ULMFiT) that addresses these issues "
            "and enables robust inductive transfer learning for any NLP task, akin to fine-tuning ImageNet "
            "models: the same 3-layer LSTM architecture, with the same hyperparameters and no additions other "
            "than tuned dropout hyperparameters, outperforms highly engineered models and transfer learning "
            "approaches on six widely studied text classification tasks. On IMDb, with 100 labeled examples, "
            "ULMFiT matches the performance of training from scratch with 10× and, given 50k unlabeled "
            "examples, with 100× more data.",
            "<b>Contributions.</b> Our contributions are the following: 1) We propose ULMFiT, a method that can "
            "be used to achieve CV-like transfer learning for any task for NLP. 2) We propose discriminative "
            "fine-tuning, slanted triangular learning rates, and gradual unfreezing, novel techniques to retain "
            "previous knowledge and avoid catastrophic forgetting during fine-tuning. 3) We significantly "
            "outperform the state-of-the-art on six representative text classification datasets. 4) We show that "
            "our method enables extremely sample-efficient transfer learning."]),
        ("2 Related work", [
            "<b>Transfer learning in CV.</b> Features in deep neural networks in CV have been observed to "
            "transition from general to task-specific from the first to the last layer. For this reason, most "
            "work in CV focuses on transferring the first layers of the model. Hypercolumns, which concatenate "
            "embeddings from different layers, have been used in CV and more recently in NLP, e.g., by Peters et "
            "al. (2017, 2018) and McCann et al. (2017), whose CoVe pretrains an MT encoder on English-German data "
            "to obtain contextualized word vectors.",
            "<b>Fine-tuning.</b> Fine-tuning has been used successfully to transfer between similar tasks, e.g. in "
            "QA, for distantly supervised sentiment analysis, or MT domains, but has been shown to fail between "
            "unrelated ones. Dai and Le (2015) also fine-tune a language model, but overfit with 10k labeled "
            "examples and require millions of in-domain documents for good performance. In contrast, ULMFiT "
            "leverages general-domain pretraining and novel fine-tuning techniques to prevent overfitting even "
            "with only 100 labeled examples and achieves state-of-the-art results also on small datasets."]),
        ("3 Universal Language Model Fine-tuning", [
            "We are interested in the most general inductive transfer learning setting for NLP: given a static "
            "source task and any target task with a different label space, we would like to improve performance "
            "on the target task. Language modeling can be seen as the ideal source task and a counterpart of "
            "ImageNet for NLP: it captures many facets of language relevant for downstream tasks, such as "
            "long-term dependencies, hierarchical relations, and sentiment.",
            "We propose Universal Language Model Fine-tuning (ULMFiT), which pretrains a language model (LM) on "
            "a large general-domain corpus and fine-tunes it on the target task using novel techniques. The method "
            "is universal in the sense that it meets these practical criteria: 1) It works across tasks varying "
            "in document size, number, and label type; 2) it uses a single architecture and training process; 3) "
            "it requires no custom feature engineering or preprocessing; and 4) it does not require additional "
            "in-domain documents or labels.",
            "In our experiments, we use the state-of-the-art language model AWD-LSTM (Merity et al., 2017a), a "
            "regular LSTM (with no attention, short-cut connections, or other sophisticated additions) with "
            "various tuned dropout hyperparameters. ULMFiT consists of the following steps: a) General-domain LM "
            "pretraining; b) target task LM fine-tuning; and c) target task classifier fine-tuning."]),
        ("3.1 General-domain LM pretraining", [
            "An ImageNet-like corpus for language should be large and capture general properties of language. We "
            "pretrain the language model on Wikitext-103 (Merity et al., 2017b) consisting of 28,595 preprocessed "
            "Wikipedia articles and 103 million words. Pretraining is most beneficial for tasks with small "
            "datasets and enables generalization even with 100 labeled examples. While this stage is the most "
            "expensive, it only needs to be performed once and improves performance and convergence of downstream "
            "models."]),
        ("3.2 Target task LM fine-tuning", [
            "No matter how diverse the general-domain data used for pretraining is, the data of the target task "
            "will likely come from a different distribution. We thus fine-tune the LM on data of the target task. "
            "We propose discriminative fine-tuning and slanted triangular learning rates for fine-tuning the LM.",
            "<b>Discriminative fine-tuning.</b> As different layers capture different types of information, they "
            "should be fine-tuned to different extents. Instead of using the same learning rate for all layers of "
            "the model, discriminative fine-tuning allows us to tune each layer with different learning rates. "
            "The SGD update with discriminative fine-tuning is θ<super>l</super><sub>t</sub> = "
            "θ<super>l</super><sub>t−1</sub> − η<super>l</super> · ∇<sub>θ<super>l</super></sub> J(θ). We "
            "empirically found it to work well to first choose the learning rate η<super>L</super> of the last "
            "layer by fine-tuning only the last layer and using η<super>l−1</super> = η<super>l</super>/2.6 as "
            "the learning rate for lower layers.",
            "<b>Slanted triangular learning rates.</b> For adapting its parameters to task-specific features, we "
            "would like the model to quickly converge to a suitable region of the parameter space in the beginning "
            "of training and then refine its parameters. We propose slanted triangular learning rates (STLR), "
            "which first linearly increases the learning rate and then linearly decays it according to the "
            "following update schedule: cut = ⌊T · cut_frac⌋, p = t/cut if t &lt; cut, otherwise 1 − (t − cut)/"
            "(cut · (1/cut_frac − 1)), η<sub>t</sub> = η<sub>max</sub> · (1 + p · (ratio − 1))/ratio, where T is "
            "the number of training iterations, cut_frac is the fraction of iterations we increase the LR, cut is "
            "the iteration when we switch from increasing to decreasing the LR, p is the fraction of the number "
            "of iterations we have increased or will decrease the LR respectively, ratio specifies how much "
            "smaller the lowest LR is from the maximum LR η<sub>max</sub>, and η<sub>t</sub> is the learning rate "
            "at iteration t. We generally use cut_frac = 0.1, ratio = 32 and η<sub>max</sub> = 0.01."]),
        ("3.3 Target task classifier fine-tuning", [
            "Finally, for fine-tuning the classifier, we augment the pretrained language model with two additional "
            "linear blocks. Following standard practice for CV classifiers, each block uses batch normalization "
            "and dropout, with ReLU activations for the intermediate layer and a softmax activation that outputs "
            "a probability distribution over target classes at the last layer. Note that the parameters in these "
            "task-specific classifier layers are the only ones that are learned from scratch.",
            "<b>Concat pooling.</b> As input documents can consist of hundreds of words, information may get lost "
            "if we only consider the last hidden state of the model. For this reason, we concatenate the hidden "
            "state at the last time step h<sub>T</sub> of the document with both the max-pooled and the "
            "mean-pooled representation of the hidden states over as many time steps as fit in GPU memory.",
            "<b>Gradual unfreezing.</b> Rather than fine-tuning all layers at once, which risks catastrophic "
            "forgetting, we propose to gradually unfreeze the model starting from the last layer as this contains "
            "the least general knowledge. We first unfreeze the last layer and fine-tune all unfrozen layers for "
            "one epoch. We then unfreeze the next lower frozen layer and repeat, until we fine-tune all layers "
            "until convergence at the last iteration.",
            "<b>BPTT for Text Classification (BPT3C).</b> In order to make fine-tuning a classifier for large "
            "documents feasible, we divide the document into fixed-length batches of size b. At the beginning of "
            "each batch, the model is initialized with the final state of the previous batch; we keep track of "
            "the hidden states for mean and max-pooling; gradients are back-propagated to the batches whose "
            "hidden states contributed to the final prediction.",
            "<b>Bidirectional language model.</b> For all our experiments, we pretrain both a forward and a "
            "backward LM. We fine-tune a classifier for each LM independently using BPT3C and average the "
            "classifier predictions."]),
        ("4 Experiments", [
            "While our approach is equally applicable to sequence labeling tasks, we focus on text classification "
            "tasks in this work due to their important real-world applications."]),
        ("4.1 Experimental setup", [
            "<b>Datasets and tasks.</b> We evaluate our method on six widely-studied datasets, with varying "
            "numbers of documents and varying document length, used by state-of-the-art text classification and "
            "transfer learning approaches as instances of three common text classification tasks: sentiment "
            "analysis, question classification, and topic classification. We show the statistics for each dataset "
            "and task in Table 1.",
            "@TABLE:0@",
            "<i>Sentiment Analysis.</i> For sentiment analysis, we evaluate our approach on the binary movie "
            "review IMDb dataset and on the binary and five-class version of the Yelp review dataset compiled by "
            "Zhang et al. (2015). <i>Question Classification.</i> We use the six-class version of the small TREC "
            "dataset of open-domain, fact-based questions divided into broad semantic categories. <i>Topic "
            "classification.</i> For topic classification, we evaluate on the large-scale AG news and DBpedia "
            "ontology datasets created by Zhang et al. (2015).",
            "<b>Pre-processing.</b> We use the same pre-processing as in earlier work. In addition, to allow the "
            "language model to capture aspects that might be relevant for classification, we add special tokens "
            "for upper-case words, elongation, and repetition.",
            "<b>Hyperparameters.</b> We are interested in a model that performs robustly across a diverse set of "
            "tasks. To this end, if not mentioned otherwise, we use the same set of hyperparameters across tasks, "
            "which we tune on the IMDb validation set. We use the AWD-LSTM language model with an embedding size "
            "of 400, 3 layers, 1150 hidden activations per layer, and a BPTT batch size of 70. We apply dropout "
            "of 0.4 to layers, 0.3 to RNN layers, 0.4 to input embedding layers, 0.05 to embedding layers, and "
            "weight dropout of 0.5 to the RNN hidden-to-hidden matrix. The classifier has a hidden layer of size "
            "50. We use Adam with β<sub>1</sub> = 0.7 instead of the default β<sub>1</sub> = 0.9 and "
            "β<sub>2</sub> = 0.99, similar to Dozat and Manning (2017). We use a batch size of 64, a base "
            "learning rate of 0.004 and 0.01 for fine-tuning the LM and the classifier respectively, and tune the "
            "number of epochs on the validation set of each task. We otherwise use the same practices used in "
            "Merity et al. (2017a).",
            "<b>Baselines and comparison models.</b> For each task, we compare against the current "
            "state-of-the-art. For the IMDb and TREC-6 datasets, we compare against CoVe (McCann et al., 2017), a "
            "state-of-the-art transfer learning method for NLP. For the AG, Yelp, and DBpedia datasets, we "
            "compare against the state-of-the-art text categorization method by Johnson and Zhang (2017)."]),
        ("4.2 Results", [
            "For consistency, we report all results as error rates (lower is better). We show the test error "
            "rates on the IMDb and TREC-6 datasets used by McCann et al. (2017) in Table 2. Our method outperforms "
            "both CoVe, a state-of-the-art transfer learning method based on hypercolumns, as well as the "
            "state-of-the-art on both datasets. On IMDb, we reduce the error dramatically by 43.9% and 22% with "
            "regard to CoVe and the state-of-the-art respectively. On TREC-6, our improvement, similar as the "
            "improvements of state-of-the-art approaches, is not statistically significant, due to the small size "
            "of the 500-examples test set.",
            "@TABLE:1@",
            "We show the test error rates on the larger AG, DBpedia, Yelp-bi, and Yelp-full datasets in Table 3. "
            "Our method again outperforms the state-of-the-art significantly. On AG, we observe a similarly "
            "dramatic error reduction by 23.7% compared to the state-of-the-art. On DBpedia, Yelp-bi, and "
            "Yelp-full, we reduce the error by 4.8%, 18.2%, 2.0% respectively.",
            "@TABLE:2@"]),
        ("5 Analysis", [
            "<b>Low-shot learning.</b> One of the main benefits of transfer learning is being able to train a "
            "model for a task with a small number of labels. We evaluate ULMFiT on different numbers of labeled "
            "examples in two settings: only labeled examples are used for LM fine-tuning ('supervised'); and all "
            "task data is available and can be used to fine-tune the LM ('semi-supervised'). We compare ULMFiT to "
            "training from scratch, which is necessary for hypercolumn-based approaches. We split off balanced "
            "fractions of the training data, keep the validation set fixed, and use the same hyperparameters as "
            "before. On IMDb and AG, supervised ULMFiT with only 100 labeled examples matches the performance of "
            "training from scratch with 10× and 20× more data respectively, clearly demonstrating the benefit of "
            "general-domain LM pretraining. If we allow ULMFiT to also utilize unlabeled examples (50k for IMDb, "
            "100k for AG), at 100 labeled examples, we match the performance of training from scratch with 50× "
            "and 100× more data on AG and IMDb respectively.",
            "<b>Impact of pretraining and LM quality.</b> Pretraining is most useful for small and medium-sized "
            "datasets, which are most common in commercial applications; however, even for large datasets, "
            "pretraining improves performance. Using our fine-tuning techniques, even a regular LM without "
            "dropout reaches surprisingly good performance on larger datasets.",
            "<b>Impact of bidirectionality.</b> At the cost of training a second model, ensembling the predictions "
            "of a forward and backwards LM-classifier brings a performance boost of around 0.5–0.7. On IMDb we "
            "lower the test error from 5.30 of a single model to 4.58 for the bidirectional model."]),
        ("6 Discussion and future directions", [
            "While we have shown that ULMFiT can achieve state-of-the-art performance on widely used text "
            "classification tasks, we believe that language model fine-tuning will be particularly useful in "
            "non-English settings where training data for supervised pretraining tasks is scarce, new NLP tasks "
            "where no state-of-the-art architecture exists, and tasks with limited amounts of labeled data.",
            "<b>Conclusion.</b> We have proposed ULMFiT, an effective and extremely sample-efficient transfer "
            "learning method that can be applied to any NLP task. We have also proposed several novel fine-tuning "
            "techniques that in conjunction prevent catastrophic forgetting and enable robust learning across a "
            "diverse range of tasks. Our method significantly outperformed existing transfer learning techniques "
            "and the state-of-the-art on six representative text classification tasks."]),
    ],
    "tables": [
        {"caption": "Table 1: Text classification datasets and tasks with number of classes and training examples.",
         "rows": [["Dataset", "Type", "# classes", "# examples"],
                  ["TREC-6", "Question", "6", "5.5k"],
                  ["IMDb", "Sentiment", "2", "25k"],
                  ["Yelp-bi", "Sentiment", "2", "560k"],
                  ["Yelp-full", "Sentiment", "5", "650k"],
                  ["AG", "Topic", "4", "120k"],
                  ["DBpedia", "Topic", "14", "560k"]]},
        {"caption": "Table 2: Test error rates (%) on two text classification datasets used by McCann et al. "
                    "(2017).",
         "rows": [["Model", "IMDb", "TREC-6"],
                  ["CoVe (McCann et al., 2017)", "8.2", "4.2"],
                  ["oh-LSTM (J&Z, 2016)", "5.9", "–"],
                  ["Virtual (Miyato et al., 2016)", "5.9", "–"],
                  ["TBCNN (Mou et al., 2015)", "–", "4.0"],
                  ["LSTM-CNN (Zhou et al., 2016)", "–", "3.9"],
                  ["ULMFiT (ours)", "4.6", "3.6"]]},
        {"caption": "Table 3: Test error rates (%) on text classification datasets used by Johnson and Zhang "
                    "(2017).",
         "rows": [["Model", "AG", "DBpedia", "Yelp-bi", "Yelp-full"],
                  ["Char-CNN (Zhang, 2015)", "9.51", "1.55", "4.88", "37.95"],
                  ["CNN (J&Z, 2016)", "6.57", "0.84", "2.90", "32.39"],
                  ["DPCNN (J&Z, 2017)", "6.87", "0.88", "2.64", "30.58"],
                  ["ULMFiT (ours)", "5.01", "0.80", "2.16", "29.98"]]},
    ],
    "references": [
        "Andrew M. Dai and Quoc V. Le. 2015. Semi-supervised Sequence Learning. Advances in Neural Information "
        "Processing Systems (NIPS '15).",
        "Timothy Dozat and Christopher D. Manning. 2017. Deep Biaffine Attention for Neural Dependency Parsing. "
        "In Proceedings of ICLR 2017.",
        "Rie Johnson and Tong Zhang. 2016. Supervised and semi-supervised text categorization using LSTM for "
        "region embeddings. In ICML.",
        "Rie Johnson and Tong Zhang. 2017. Deep pyramid convolutional neural networks for text categorization. "
        "In Proceedings of ACL 2017.",
        "Bryan McCann, James Bradbury, Caiming Xiong, and Richard Socher. 2017. Learned in Translation: "
        "Contextualized Word Vectors. In NIPS 2017.",
        "Stephen Merity, Nitish Shirish Keskar, and Richard Socher. 2017a. Regularizing and Optimizing LSTM "
        "Language Models. arXiv preprint arXiv:1708.02182.",
        "Stephen Merity, Caiming Xiong, James Bradbury, and Richard Socher. 2017b. Pointer Sentinel Mixture "
        "Models. In Proceedings of ICLR 2017.",
        "Takeru Miyato, Andrew M. Dai, and Ian Goodfellow. 2016. Adversarial Training Methods for "
        "Semi-Supervised Text Classification. arXiv preprint arXiv:1605.07725.",
        "Matthew E. Peters, Mark Neumann, Mohit Iyyer, Matt Gardner, Christopher Clark, Kenton Lee, and Luke "
        "Zettlemoyer. 2018. Deep contextualized word representations. In Proceedings of NAACL 2018.",
        "Xiang Zhang, Junbo Zhao, and Yann LeCun. 2015. Character-level Convolutional Networks for Text "
        "Classification. Advances in Neural Information Processing Systems, pages 649–657.",
        "Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng, and Christopher Potts. 2011. "
        "Learning Word Vectors for Sentiment Analysis. In Proceedings of ACL 2011."],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Howard & Ruder, ACL 2018, written from memory",
    "task_family": "text-classification",
    "contribution": {"value": "training-method",
                     "quote": "We propose a new method, Universal Language Model Fine-tuning (ULMFiT)"},
    "claim": {"value": "ULMFiT (pretrained AWD-LSTM LM + discriminative fine-tuning, STLR, gradual unfreezing) "
                       "outperforms the state of the art (CoVe, DPCNN, etc.) on six text classification tasks, "
                       "reducing error by 18-24% on most datasets (e.g. IMDb 4.6% vs CoVe 8.2%); with 100 labeled "
                       "examples it matches training from scratch on 100× more data",
              "quote": "reducing the error by 18-24% on the majority of"},
    "param_counts": [],
    "architecture": {
        "value": "AWD-LSTM language model: embedding size 400, 3 LSTM layers with 1150 hidden activations each; "
                 "classifier head of two linear blocks (batch norm, dropout, ReLU; hidden layer of size 50; softmax) "
                 "on concat pooling of last hidden state, max- and mean-pooled hidden states; forward and backward "
                 "LMs ensembled",
        "quote": "We use the AWD-LSTM language model with an embedding size"},
    "datasets": [
        {"value": "Wikitext-103 [LM pretraining; 28,595 articles, 103M words]",
         "quote": "We pretrain the language model on Wikitext-103"},
        {"value": "IMDb [binary sentiment, 25k train]", "quote": "IMDb Sentiment 2 25k"},
        {"value": "TREC-6 [question classification, 6 classes, 5.5k]", "quote": "TREC-6 Question 6 5.5k"},
        {"value": "Yelp-bi [binary sentiment, 560k]", "quote": "Yelp-bi Sentiment 2 560k"},
        {"value": "Yelp-full [five-class sentiment, 650k]", "quote": "Yelp-full Sentiment 5 650k"},
        {"value": "AG news [topic classification, 4 classes, 120k]", "quote": "AG Topic 4 120k"},
        {"value": "DBpedia [topic classification, 14 classes, 560k]", "quote": "DBpedia Topic 14 560k"},
    ],
    "metrics": [
        {"value": "test error rate (%)", "quote": "we report all results as error rates (lower is better)"},
    ],
    "training": {
        "lm_pretraining_wikitext103": {
            "note_setup": {"value": "AWD-LSTM practices of Merity et al. (2017a); no explicit optimizer, learning "
                                    "rate, batch size or epochs given for pretraining",
                           "quote": "We otherwise use the same practices used in"},
            "bptt_length": {"value": 70, "quote": "and a BPTT batch size of 70"},
            "dropout": {"value": "0.4 layers, 0.3 RNN layers, 0.4 input embedding, 0.05 embedding, weight dropout 0.5",
                        "numbers": [0.4, 0.3, 0.4, 0.05, 0.5],
                        "quote": "We apply dropout of 0.4 to layers, 0.3 to RNN layers"},
        },
        "lm_finetuning": {
            "optimizer": {"value": "Adam, β1 = 0.7, β2 = 0.99",
                          "quote": "We use Adam with β1 = 0.7 instead of the default"},
            "learning_rate": {"value": "base 0.004; discriminative per-layer η^(l-1) = η^l/2.6; STLR with "
                                       "η_max = 0.01",
                              "numbers": [0.004],
                              "quote": "a base learning rate of 0.004 and 0.01 for fine-tuning the LM and the "
                                       "classifier respectively",
                              "note": "STLR η_max = 0.01 is stated separately as the general default"},
            "lr_schedule": {"value": "slanted triangular learning rates: cut_frac = 0.1, ratio = 32, η_max = 0.01; "
                                     "discriminative fine-tuning factor 2.6",
                            "quote": "We generally use cut_frac = 0.1, ratio = 32 and ηmax = 0.01."},
            "warmup": {"value": "STLR linear increase over the first 10% of iterations (cut_frac = 0.1)",
                       "numbers": [0.1],
                       "quote": "We generally use cut_frac = 0.1, ratio = 32 and ηmax = 0.01."},
            "batch_size": {"value": 64, "quote": "We use a batch size of 64"},
            "epochs": {"value": "tuned on the validation set of each task", "numbers": [],
                       "quote": "and tune the number of epochs on the validation set of each task"},
            "dropout": {"value": "0.4 layers, 0.3 RNN layers, 0.4 input embedding, 0.05 embedding, weight dropout 0.5",
                        "numbers": [0.4, 0.3, 0.4, 0.05, 0.5],
                        "quote": "We apply dropout of 0.4 to layers, 0.3 to RNN layers"},
            "bptt_length": {"value": 70, "quote": "and a BPTT batch size of 70"},
        },
        "classifier_finetuning": {
            "optimizer": {"value": "Adam, β1 = 0.7, β2 = 0.99",
                          "quote": "We use Adam with β1 = 0.7 instead of the default"},
            "learning_rate": {"value": "base 0.01, discriminative per-layer rates (÷2.6 per layer), STLR",
                              "numbers": [0.01],
                              "quote": "a base learning rate of 0.004 and 0.01 for fine-tuning the LM and the "
                                       "classifier respectively"},
            "lr_schedule": {"value": "STLR (cut_frac 0.1, ratio 32) with gradual unfreezing, one layer per epoch",
                            "quote": "We first unfreeze the last layer and fine-tune all unfrozen layers for"},
            "warmup": {"value": "STLR linear increase over the first 10% of iterations (cut_frac = 0.1)",
                       "numbers": [0.1],
                       "quote": "We generally use cut_frac = 0.1, ratio = 32 and ηmax = 0.01."},
            "batch_size": {"value": 64, "quote": "We use a batch size of 64"},
            "epochs": {"value": "tuned on the validation set of each task", "numbers": [],
                       "quote": "and tune the number of epochs on the validation set of each task"},
            "dropout": {"value": "tuned dropout (classifier blocks use dropout; value not given separately)",
                        "numbers": [],
                        "quote": "each block uses batch normalization and dropout",
                        "note": "the LM dropout values (0.4/0.3/0.4/0.05/0.5) apply to the encoder"},
            "classifier_hidden": {"value": 50, "quote": "The classifier has a hidden layer of size"},
        },
    },
    "not_stated": ["weight_decay", "steps", "exact epochs", "pretraining optimizer/lr/batch size/epochs",
                   "lora_rank", "lora_alpha", "param_counts"],
    "paper_notes": [
        "Related work mentions Dai and Le (2015) overfitting with 10k labeled examples and CoVe's MT pretraining.",
        "'BPTT batch size of 70' is a sequence length, while the batch size is 64.",
        "Two learning-rate statements: base 0.004 (LM) / 0.01 (classifier) vs STLR η_max = 0.01; per-layer factor 2.6.",
        "β1 = 0.9 is mentioned only as the default that is NOT used.",
        "Epochs are tuned per task, not given.",
        "Low-shot analysis mentions 100 labeled / 50k and 100k unlabeled examples — data sizes, not hyper-parameters.",
    ],
}
