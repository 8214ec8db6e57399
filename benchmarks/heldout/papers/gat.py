"""Graph Attention Networks (Veličković et al., ICLR 2018) — condensed retelling written from memory."""

PAPER = {
    "title": "Graph Attention Networks",
    "authors": "Petar Velickovic, Guillem Cucurull, Arantxa Casanova, Adriana Romero, Pietro Liò, Yoshua Bengio",
    "affil": "University of Cambridge · Centre de Visió per Computador, UAB · Montreal Institute for Learning Algorithms",
    "header": "Published as a conference paper at ICLR 2018",
    "columns": 1,
    "abstract": (
        "We present graph attention networks (GATs), novel neural network architectures that operate on "
        "graph-structured data, leveraging masked self-attentional layers to address the shortcomings of prior "
        "methods based on graph convolutions or their approximations. By stacking layers in which nodes are able "
        "to attend over their neighborhoods' features, we enable (implicitly) specifying different weights to "
        "different nodes in a neighborhood, without requiring any kind of costly matrix operation (such as "
        "inversion) or depending on knowing the graph structure upfront. In this way, we address several key "
        "challenges of spectral-based graph neural networks simultaneously, and make our model readily applicable "
        "to inductive as well as transductive problems. Our GAT models have achieved or matched state-of-the-art "
        "results across four established transductive and inductive graph benchmarks: the Cora, Citeseer and "
        "Pubmed citation network datasets, as well as a protein-protein interaction dataset (wherein test graphs "
        "remain unseen during training)."),
    "sections": [
        ("1 Introduction", [
            "Convolutional Neural Networks (CNNs) have been successfully applied to tackle problems such as image "
            "classification, semantic segmentation or machine translation, where the underlying data representation "
            "has a grid-like structure. However, many interesting tasks involve data that can not be represented in "
            "a grid-like structure and that instead lies in an irregular domain: 3D meshes, social networks, "
            "telecommunication networks, biological networks or brain connectomes. Such data can usually be "
            "represented in the form of graphs.",
            "Attention mechanisms have become almost a de facto standard in many sequence-based tasks. One of the "
            "benefits of attention mechanisms is that they allow for dealing with variable sized inputs, focusing on "
            "the most relevant parts of the input to make decisions. When an attention mechanism is used to compute "
            "a representation of a single sequence, it is commonly referred to as self-attention or intra-attention.",
            "Inspired by this recent work, we introduce an attention-based architecture to perform node "
            "classification of graph-structured data. The idea is to compute the hidden representations of each "
            "node in the graph, by attending over its neighbors, following a self-attention strategy. The attention "
            "architecture has several interesting properties: (1) the operation is efficient, since it is "
            "parallelizable across node-neighbor pairs; (2) it can be applied to graph nodes having different "
            "degrees by specifying arbitrary weights to the neighbors; and (3) the model is directly applicable to "
            "inductive learning problems, including tasks where the model has to generalize to completely unseen "
            "graphs.",
            "We validate the proposed approach on four challenging benchmarks: Cora, Citeseer and Pubmed citation "
            "networks as well as an inductive protein-protein interaction dataset, achieving or matching "
            "state-of-the-art results that highlight the potential of attention-based models when dealing with "
            "arbitrarily structured graphs."]),
        ("2 Related Work", [
            "Spectral approaches work with a spectral representation of the graphs. Bruna et al. (2014) define the "
            "convolution operation in the Fourier domain by computing the eigendecomposition of the graph "
            "Laplacian; Defferrard et al. (2016) approximate the filters by Chebyshev expansions, and Kipf &amp; "
            "Welling (2017) restrict the filters to operate in a 1-step neighborhood around each node. In their "
            "semi-supervised experiments, Kipf &amp; Welling train a two-layer GCN with 16 hidden units using Adam "
            "with a learning rate of 0.01, dropout of 0.5 and an L2 factor of 5 · 10<super>−4</super>, for at most "
            "200 epochs. In all of the aforementioned spectral approaches, the learned filters depend on the "
            "Laplacian eigenbasis, which depends on the graph structure, so a model trained on one graph cannot be "
            "directly applied to a graph with a different structure.",
            "Non-spectral approaches define convolutions directly on the graph, operating on groups of spatially "
            "close neighbors. MoNet (Monti et al., 2016) provides a unified generalization of CNN architectures to "
            "graphs. GraphSAGE (Hamilton et al., 2017) computes node representations in an inductive manner by "
            "sampling a fixed-size neighborhood of each node and then performing a specific aggregator over it "
            "(such as the mean over all the sampled neighbors' feature vectors, or the result of feeding them "
            "through a recurrent neural network); it uses neighborhood sample sizes of 25 and 10 in its two "
            "layers. Our work is also closely related to the self-attention of Vaswani et al. (2017)."]),
        ("3 GAT Architecture", []),
        ("3.1 Graph Attentional Layer", [
            "The input to our layer is a set of node features, <b>h</b> = {h<sub>1</sub>, …, h<sub>N</sub>}, "
            "h<sub>i</sub> ∈ R<super>F</super>, where N is the number of nodes and F is the number of features in "
            "each node. The layer produces a new set of node features of potentially different cardinality F′. "
            "As an initial step, a shared linear transformation, parametrized by a weight matrix "
            "<b>W</b> ∈ R<super>F′×F</super>, is applied to every node. We then perform self-attention on the "
            "nodes, a shared attentional mechanism a computing attention coefficients "
            "e<sub>ij</sub> = a(<b>W</b>h<sub>i</sub>, <b>W</b>h<sub>j</sub>) that indicate the importance of "
            "node j's features to node i.",
            "We inject the graph structure by performing masked attention: we only compute e<sub>ij</sub> for nodes "
            "j ∈ N<sub>i</sub>, where N<sub>i</sub> is some neighborhood of node i in the graph. In all our "
            "experiments, these will be exactly the first-order neighbors of i (including i). The coefficients are "
            "normalized across all choices of j using the softmax function. In our experiments, the attention "
            "mechanism a is a single-layer feedforward neural network, parametrized by a weight vector "
            "<b>a</b> ∈ R<super>2F′</super>, and applying the LeakyReLU nonlinearity (with negative input slope "
            "α = 0.2). Fully expanded, α<sub>ij</sub> = softmax<sub>j</sub>(LeakyReLU(<b>a</b><super>T</super>"
            "[<b>W</b>h<sub>i</sub> || <b>W</b>h<sub>j</sub>])), where || is the concatenation operation.",
            "To stabilize the learning process of self-attention, we have found extending our mechanism to employ "
            "multi-head attention to be beneficial. Specifically, K independent attention mechanisms execute the "
            "transformation, and their features are concatenated, resulting in an output of KF′ features for "
            "each node. If we perform multi-head attention on the final (prediction) layer of the network, "
            "concatenation is no longer sensible; instead, we employ averaging, and delay applying the final "
            "nonlinearity (usually a softmax or logistic sigmoid for classification problems) until then."]),
        ("3.2 Comparisons to Related Work", [
            "The graph attentional layer is computationally highly efficient: the operation of the self-attentional "
            "layer can be parallelized across all edges, and the computation of output features can be "
            "parallelized across all nodes. No eigendecompositions or similar costly matrix operations are "
            "required. The time complexity of a single GAT attention head computing F′ features is "
            "O(|V|FF′ + |E|F′), on par with the baseline methods such as Graph Convolutional Networks. As opposed "
            "to GCNs, our model allows for (implicitly) assigning different importances to nodes of a same "
            "neighborhood. The attention mechanism is applied in a shared manner to all edges in the graph, and "
            "therefore it does not depend on upfront access to the global graph structure or (features of) all of "
            "its nodes. Unlike GraphSAGE, our model does not need to sample a fixed-size neighborhood: it works "
            "with the entirety of the neighborhood."]),
        ("4 Evaluation", [
            "We have performed comparative evaluation of GAT models against a wide variety of strong baselines and "
            "previous approaches, on four established graph-based benchmark tasks (transductive as well as "
            "inductive), achieving or matching state-of-the-art performance across all of them."]),
        ("4.1 Datasets", [
            "<i>Transductive learning.</i> We utilize three standard citation network benchmark datasets—Cora, "
            "Citeseer and Pubmed—and closely follow the transductive experimental setup of Yang et al. (2016). In "
            "all of these datasets, nodes correspond to documents and edges to (undirected) citations. Node "
            "features correspond to elements of a bag-of-words representation of a document. Each node has a class "
            "label. We allow for only 20 nodes per class to be used for training; however, honoring the "
            "transductive setup, the training algorithm has access to all of the nodes' feature vectors. The "
            "predictive power of the trained models is evaluated on 1000 test nodes, and we use 500 additional "
            "nodes for validation purposes. The Cora dataset contains 2708 nodes, 5429 edges, 7 classes and 1433 "
            "features per node. The Citeseer dataset contains 3327 nodes, 4732 edges, 6 classes and 3703 features "
            "per node. The Pubmed dataset contains 19717 nodes, 44338 edges, 3 classes and 500 features per node.",
            "<i>Inductive learning.</i> We make use of a protein-protein interaction (PPI) dataset that consists of "
            "graphs corresponding to different human tissues. The dataset contains 20 graphs for training, 2 for "
            "validation and 2 for testing. Critically, testing graphs remain completely unobserved during training. "
            "The average number of nodes per graph is 2372. Each node has 50 features that are composed of "
            "positional gene sets, motif gene sets and immunological signatures. There are 121 labels for each node "
            "set from gene ontology, collected from the Molecular Signatures Database, and a node can possess "
            "several labels simultaneously.",
            "@TABLE:0@"]),
        ("4.2 State-of-the-art Methods", [
            "<i>Transductive learning.</i> We compare against the same strong baselines and state-of-the-art "
            "approaches as specified in Kipf &amp; Welling (2017): label propagation (LP), semi-supervised "
            "embedding (SemiEmb), manifold regularization (ManiReg), skip-gram based graph embeddings (DeepWalk), "
            "the iterative classification algorithm (ICA) and Planetoid. We also directly compare our model against "
            "GCNs, graph convolutional models utilising higher-order Chebyshev filters, and the MoNet model. We "
            "further provide the performance of a GCN model computing 64 hidden features per layer (GCN-64*), "
            "attempting both the ReLU and ELU activation and reporting the better result after 100 runs.",
            "<i>Inductive learning.</i> We compare against the four different supervised GraphSAGE inductive "
            "methods: GraphSAGE-GCN, GraphSAGE-mean, GraphSAGE-LSTM and GraphSAGE-pool. Other transductive "
            "approaches are either completely inappropriate in an inductive setting or assume that nodes are "
            "incrementally added to a single graph. We additionally report our own best GraphSAGE result "
            "(GraphSAGE*), obtained with a three-layer GraphSAGE-LSTM with [512, 512, 726] features computed in "
            "each layer and 128 features used for aggregating neighborhoods. Finally, we evaluate a Const-GAT "
            "model with the same architecture as GAT but a constant attention mechanism a(x, y) = 1.",
            "For both tasks, we also provide the performance of a per-node shared multilayer perceptron (MLP) "
            "classifier that does not incorporate graph structure at all."]),
        ("4.3 Experimental Setup", [
            "<i>Transductive learning.</i> For the transductive learning tasks, we apply a two-layer GAT model. "
            "Its architectural hyperparameters have been optimized on the Cora dataset and are then reused for "
            "Citeseer. The first layer consists of K = 8 attention heads computing F′ = 8 features each (for a "
            "total of 64 features), followed by an exponential linear unit (ELU) nonlinearity. The second layer is "
            "used for classification: a single attention head that computes C features (where C is the number of "
            "classes), followed by a softmax activation. For coping with the small training set sizes, "
            "regularization is liberally applied within the model. During training, we apply L2 regularization "
            "with λ = 0.0005. Furthermore, dropout with p = 0.6 is applied to both layers' inputs, as well as to "
            "the normalized attention coefficients (critically, this means that at each training iteration, each "
            "node is exposed to a stochastically sampled neighborhood). Similarly as observed by Monti et al. "
            "(2016), we found that Pubmed's training set size (60 examples) required slight changes to the GAT "
            "architecture: we have applied K = 8 output attention heads (instead of one), and strengthened the L2 "
            "regularization to λ = 0.001. Otherwise, the architecture matches the one used for Cora and Citeseer.",
            "<i>Inductive learning.</i> For the inductive learning task, we apply a three-layer GAT model. Both of "
            "the first two layers consist of K = 4 attention heads computing F′ = 256 features (for a total of "
            "1024 features), followed by an ELU nonlinearity. The final layer is used for (multi-label) "
            "classification: K = 6 attention heads computing 121 features each, that are averaged and followed by "
            "a logistic sigmoid activation. The training sets for this task are sufficiently large and we found no "
            "need to apply L2 regularization or dropout—we have, however, successfully employed skip connections "
            "across the intermediate attentional layer. We utilize a batch size of 2 graphs during training.",
            "Both models are initialized using Glorot initialization and trained to minimize cross-entropy on the "
            "training nodes using the Adam SGD optimizer with an initial learning rate of 0.01 for Pubmed, and "
            "0.005 for all other datasets. In both cases we use an early stopping strategy on both the "
            "cross-entropy loss and accuracy (transductive) or micro-F1 (inductive) score on the validation nodes, "
            "with a patience of 100 epochs."]),
        ("4.4 Results", [
            "For the transductive tasks, we report the mean classification accuracy (with standard deviation) on "
            "the test nodes of our method after 100 runs, and reuse the metrics already reported in Kipf &amp; "
            "Welling (2017) and Monti et al. (2016) for state-of-the-art techniques. For the inductive task, we "
            "report the micro-averaged F1 score on the nodes of the two unseen test graphs, averaged after 10 runs.",
            "@TABLE:1@",
            "@TABLE:2@",
            "Our results successfully demonstrate state-of-the-art performance being achieved or matched across all "
            "four datasets. More specifically, we are able to improve upon GCNs by a margin of 1.5% and 1.6% on "
            "Cora and Citeseer, respectively, suggesting that assigning different weights to nodes of a same "
            "neighborhood may be beneficial. On the PPI dataset, our GAT model improves by 20.5% with respect to "
            "the best GraphSAGE result we were able to obtain, demonstrating that our model has the potential to "
            "be applied in inductive settings. Furthermore, it improves by 3.9% with respect to Const-GAT, once "
            "again demonstrating the significance of being able to assign different weights to different "
            "neighbors."]),
        ("5 Conclusions", [
            "We have presented graph attention networks (GATs), novel convolution-style neural networks that "
            "operate on graph-structured data, leveraging masked self-attentional layers. The graph attentional "
            "layer utilized throughout these networks is computationally efficient (does not require costly "
            "matrix operations, and is parallelizable across all nodes in the graph), allows for (implicitly) "
            "assigning different importances to different nodes within a neighborhood while dealing with "
            "different sized neighborhoods, and does not depend on knowing the entire graph structure upfront. Our "
            "models leveraging attention have successfully achieved or matched state-of-the-art performance "
            "across four well-established node classification benchmarks, both transductive and inductive. "
            "Extending the method to perform graph classification and to take advantage of edge features are "
            "interesting directions for future work."]),
    ],
    "tables": [
        {"caption": "Table 1: Summary of the datasets used in our experiments.",
         "rows": [["", "Cora", "Citeseer", "Pubmed", "PPI"],
                  ["Task", "Transductive", "Transductive", "Transductive", "Inductive"],
                  ["# Nodes", "2708 (1 graph)", "3327 (1 graph)", "19717 (1 graph)", "56944 (24 graphs)"],
                  ["# Edges", "5429", "4732", "44338", "818716"],
                  ["# Features/Node", "1433", "3703", "500", "50"],
                  ["# Classes", "7", "6", "3", "121 (multilabel)"],
                  ["# Training Nodes", "140", "120", "60", "44906 (20 graphs)"],
                  ["# Validation Nodes", "500", "500", "500", "6514 (2 graphs)"],
                  ["# Test Nodes", "1000", "1000", "1000", "5524 (2 graphs)"]]},
        {"caption": "Table 2: Summary of results in terms of classification accuracies, for Cora, Citeseer and "
                    "Pubmed. GCN-64* corresponds to the best GCN result computing 64 hidden features.",
         "rows": [["Transductive", "Cora", "Citeseer", "Pubmed"],
                  ["MLP", "55.1%", "46.5%", "71.4%"],
                  ["ManiReg", "59.5%", "60.1%", "70.7%"],
                  ["SemiEmb", "59.0%", "59.6%", "71.7%"],
                  ["LP", "68.0%", "45.3%", "63.0%"],
                  ["DeepWalk", "67.2%", "43.2%", "65.3%"],
                  ["ICA", "75.1%", "69.1%", "73.9%"],
                  ["Planetoid", "75.7%", "64.7%", "77.2%"],
                  ["Chebyshev", "81.2%", "69.8%", "74.4%"],
                  ["GCN", "81.5%", "70.3%", "79.0%"],
                  ["MoNet", "81.7 ± 0.5%", "—", "78.8 ± 0.3%"],
                  ["GCN-64*", "81.4 ± 0.5%", "70.9 ± 0.5%", "79.0 ± 0.3%"],
                  ["GAT (ours)", "83.0 ± 0.7%", "72.5 ± 0.7%", "79.0 ± 0.3%"]]},
        {"caption": "Table 3: Summary of results in terms of micro-averaged F1 scores, for the PPI dataset. "
                    "GraphSAGE* corresponds to the best GraphSAGE result we were able to obtain by just modifying "
                    "its architecture. Const-GAT corresponds to a model with the same architecture as GAT, but "
                    "with a constant attention mechanism.",
         "rows": [["Inductive", "PPI"],
                  ["Random", "0.396"],
                  ["MLP", "0.422"],
                  ["GraphSAGE-GCN", "0.500"],
                  ["GraphSAGE-mean", "0.598"],
                  ["GraphSAGE-LSTM", "0.612"],
                  ["GraphSAGE-pool", "0.600"],
                  ["GraphSAGE*", "0.768"],
                  ["Const-GAT (ours)", "0.934 ± 0.006"],
                  ["GAT (ours)", "0.973 ± 0.002"]]},
    ],
    "references": [
        "Joan Bruna, Wojciech Zaremba, Arthur Szlam, and Yann LeCun. Spectral networks and locally connected "
        "networks on graphs. International Conference on Learning Representations (ICLR), 2014.",
        "Michaël Defferrard, Xavier Bresson, and Pierre Vandergheynst. Convolutional neural networks on graphs "
        "with fast localized spectral filtering. In Advances in Neural Information Processing Systems, 2016.",
        "Xavier Glorot and Yoshua Bengio. Understanding the difficulty of training deep feedforward neural "
        "networks. In AISTATS, 2010.",
        "William L. Hamilton, Rex Ying, and Jure Leskovec. Inductive representation learning on large graphs. "
        "Neural Information Processing Systems (NIPS), 2017.",
        "Diederik Kingma and Jimmy Ba. Adam: A method for stochastic optimization. ICLR, 2015.",
        "Thomas N. Kipf and Max Welling. Semi-supervised classification with graph convolutional networks. "
        "International Conference on Learning Representations (ICLR), 2017.",
        "Federico Monti, Davide Boscaini, Jonathan Masci, Emanuele Rodolà, Jan Svoboda, and Michael M. "
        "Bronstein. Geometric deep learning on graphs and manifolds using mixture model CNNs. arXiv preprint "
        "arXiv:1611.08402, 2016.",
        "Bryan Perozzi, Rami Al-Rfou, and Steven Skiena. DeepWalk: Online learning of social representations. "
        "In KDD, 2014.",
        "Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever, and Ruslan Salakhutdinov. Dropout: "
        "a simple way to prevent neural networks from overfitting. JMLR, 2014.",
        "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Lukasz Kaiser, "
        "and Illia Polosukhin. Attention is all you need. arXiv preprint arXiv:1706.03762, 2017.",
        "Zhilin Yang, William Cohen, and Ruslan Salakhutdinov. Revisiting semi-supervised learning with graph "
        "embeddings. In ICML, 2016.",
    ],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Veličković et al., ICLR 2018, written from memory",
    "task_family": "graph-learning",
    "contribution": {"value": "architecture",
                     "quote": "we introduce an attention-based architecture to perform node classification"},
    "claim": {"value": "GAT (masked self-attention over neighborhoods) achieves or matches state-of-the-art node "
                       "classification: 83.0% / 72.5% / 79.0% accuracy on Cora / Citeseer / Pubmed vs GCN 81.5% / "
                       "70.3% / 79.0%, and 0.973 micro-F1 on inductive PPI vs 0.768 for the best GraphSAGE",
              "quote": "we are able to improve upon GCNs by a margin of 1.5% and 1.6%"},
    "param_counts": [],
    "architecture": {
        "value": "Graph attention network: stacked graph attentional layers (shared linear map W, single-layer "
                 "feedforward attention a over [Wh_i || Wh_j] with LeakyReLU slope 0.2, masked softmax over first-"
                 "order neighbours, multi-head concatenation / averaging in the output layer). Transductive: 2 "
                 "layers, 8 heads × 8 features + ELU, then 1 head (Pubmed: 8 output heads) with C outputs + "
                 "softmax. Inductive (PPI): 3 layers, 4 heads × 256 features + ELU twice, 6 averaged heads × 121 "
                 "+ sigmoid, skip connections across the intermediate layer",
        "quote": "For the transductive learning tasks, we apply a two-layer GAT model."},
    "datasets": [
        {"value": "Cora (citation network; 2708 nodes, 5429 edges, 1433 features, 7 classes; 140/500/1000 "
                  "train/val/test nodes)",
         "quote": "The Cora dataset contains 2708 nodes, 5429 edges, 7 classes and 1433"},
        {"value": "Citeseer (citation network; 3327 nodes, 4732 edges, 3703 features, 6 classes)",
         "quote": "The Citeseer dataset contains 3327 nodes, 4732 edges, 6 classes"},
        {"value": "Pubmed (citation network; 19717 nodes, 44338 edges, 500 features, 3 classes, 60 training "
                  "nodes)",
         "quote": "The Pubmed dataset contains 19717 nodes, 44338 edges, 3 classes"},
        {"value": "PPI protein-protein interaction (24 graphs: 20 train / 2 val / 2 test; 50 features, 121 "
                  "labels, multi-label; inductive)",
         "quote": "The dataset contains 20 graphs for training, 2 for validation and 2 for testing."},
    ],
    "metrics": [
        {"value": "mean classification accuracy (± std) on 1000 test nodes over 100 runs (transductive)",
         "quote": "we report the mean classification accuracy (with standard deviation) on the test nodes"},
        {"value": "micro-averaged F1 on the two unseen test graphs, averaged over 10 runs (PPI)",
         "quote": "report the micro-averaged F1 score on the nodes of the two unseen test graphs"},
    ],
    "training": {
        "cora_citeseer": {
            "optimizer": {"value": "Adam", "quote": "using the Adam SGD optimizer with an initial learning rate"},
            "learning_rate": {"value": 0.005, "quote": "0.005 for all other datasets"},
            "weight_decay": {"value": "L2 regularization λ = 0.0005", "numbers": [0.0005],
                             "quote": "we apply L2 regularization with λ = 0.0005"},
            "dropout": {"value": "0.6 on both layers' inputs and on the normalized attention coefficients",
                        "numbers": [0.6], "quote": "dropout with p = 0.6 is applied to both layers' inputs"},
            "early_stopping": {"value": "patience of 100 epochs on validation loss and accuracy", "numbers": [100],
                               "quote": "with a patience of 100 epochs"},
            "heads": {"value": "8 heads × 8 features (first layer), 1 output head", "numbers": [8, 8, 1],
                      "quote": "The first layer consists of K = 8 attention heads computing F′ = 8 features each"},
            "weight_init": {"value": "Glorot", "quote": "Both models are initialized using Glorot initialization"},
        },
        "pubmed": {
            "optimizer": {"value": "Adam", "quote": "using the Adam SGD optimizer with an initial learning rate"},
            "learning_rate": {"value": 0.01, "quote": "with an initial learning rate of 0.01 for Pubmed"},
            "weight_decay": {"value": "L2 regularization λ = 0.001", "numbers": [0.001],
                             "quote": "strengthened the L2 regularization to λ = 0.001"},
            "dropout": {"value": 0.6, "note": "same architecture as Cora/Citeseer otherwise",
                        "quote": "dropout with p = 0.6 is applied to both layers' inputs"},
            "early_stopping": {"value": "patience of 100 epochs", "numbers": [100],
                               "quote": "with a patience of 100 epochs"},
            "heads": {"value": "K = 8 output attention heads", "numbers": [8],
                      "quote": "we have applied K = 8 output attention heads (instead of one)"},
        },
        "ppi_inductive": {
            "optimizer": {"value": "Adam", "quote": "using the Adam SGD optimizer with an initial learning rate"},
            "learning_rate": {"value": 0.005, "quote": "0.005 for all other datasets"},
            "batch_size": {"value": "2 graphs", "numbers": [2],
                           "quote": "We utilize a batch size of 2 graphs during training."},
            "weight_decay": {"value": "none", "numbers": [],
                             "quote": "we found no need to apply L2 regularization or dropout"},
            "dropout": {"value": "none", "numbers": [],
                        "quote": "we found no need to apply L2 regularization or dropout"},
            "early_stopping": {"value": "patience of 100 epochs on validation loss and micro-F1", "numbers": [100],
                               "quote": "with a patience of 100 epochs"},
            "heads": {"value": "4 heads × 256 features in layers 1-2; 6 averaged heads × 121 in the output layer",
                      "numbers": [4, 256, 6, 121],
                      "quote": "K = 6 attention heads computing 121 features"},
        },
    },
    "not_stated": ["epochs (early stopping only)", "steps", "warmup", "batch_size (transductive runs)",
                   "lr_schedule", "lora_rank", "lora_alpha", "Adam betas"],
    "paper_notes": [
        "Related work restates GCN's (Kipf & Welling) settings: Adam lr 0.01, dropout 0.5, L2 5·10^-4, 200 "
        "epochs, 16 hidden units — not GAT's set-up.",
        "Related work restates GraphSAGE neighbourhood sample sizes 25 and 10 — not GAT's.",
        "The learning rate 0.01 applies to Pubmed only; 0.005 to Cora, Citeseer and PPI (one sentence).",
        "The Pubmed set-up is described as a delta on the Cora set-up.",
        "No parameter counts are stated in the paper.",
    ],
}
