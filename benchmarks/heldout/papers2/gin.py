"""How Powerful are Graph Neural Networks? (Xu, Hu, Leskovec & Jegelka, ICLR 2019) — condensed retelling
written from memory."""

PAPER = {
    "title": "How Powerful are Graph Neural Networks?",
    "authors": "Keyulu Xu, Weihua Hu, Jure Leskovec, Stefanie Jegelka",
    "affil": "Massachusetts Institute of Technology; Stanford University",
    "header": "Published as a conference paper at ICLR 2019",
    "columns": 1,
    "stamp": "arXiv:1810.00826v3 [cs.LG] 22 Feb 2019",
    "abstract": (
        "Graph Neural Networks (GNNs) are an effective framework for representation learning of graphs. GNNs "
        "follow a neighborhood aggregation scheme, where the representation vector of a node is computed by "
        "recursively aggregating and transforming representation vectors of its neighboring nodes. Many GNN "
        "variants have been proposed and have achieved state-of-the-art results on both node and graph "
        "classification tasks. However, despite GNNs revolutionizing graph representation learning, there is "
        "limited understanding of their representational properties and limitations. Here, we present a "
        "theoretical framework for analyzing the expressive power of GNNs to capture different graph structures. "
        "Our results characterize the discriminative power of popular GNN variants, such as Graph Convolutional "
        "Networks and GraphSAGE, and show that they cannot learn to distinguish certain simple graph structures. "
        "We then develop a simple architecture that is provably the most expressive among the class of GNNs and "
        "is as powerful as the Weisfeiler-Lehman graph isomorphism test. We empirically validate our theoretical "
        "findings on a number of graph classification benchmarks, and demonstrate that our model achieves "
        "state-of-the-art performance."),
    "sections": [
        ("1 Introduction", [
            "Learning with graph structured data, such as molecules, social, biological, and financial networks, "
            "requires effective representation of their graph structure. Recently, there has been a surge of "
            "interest in Graph Neural Network (GNN) approaches for representation learning of graphs. GNNs "
            "broadly follow a recursive neighborhood aggregation (or message passing) scheme, where each node "
            "aggregates feature vectors of its neighbors to compute its new feature vector. After k iterations of "
            "aggregation, a node is represented by its transformed feature vector, which captures the structural "
            "information within the node's k-hop neighborhood. The representation of an entire graph can then be "
            "obtained through pooling, for example, by summing the representation vectors of all nodes in the "
            "graph.",
            "The design of new GNNs is mostly based on empirical intuition, heuristics, and experimental "
            "trial-and-error. There is little theoretical understanding of the properties and limitations of GNNs, "
            "and formal analysis of GNNs' representational capacity is limited.",
            "Here, we present a theoretical framework for analyzing the representational power of GNNs. Our "
            "framework is inspired by the close connection between GNNs and the Weisfeiler-Lehman (WL) graph "
            "isomorphism test. Our main results are summarized as follows: 1) We show that GNNs are at most as "
            "powerful as the WL test in distinguishing graph structures. 2) We establish conditions on the "
            "neighbor aggregation and graph readout functions under which the resulting GNN is as powerful as the "
            "WL test. 3) We identify graph structures that cannot be distinguished by popular GNN variants, such "
            "as GCN and GraphSAGE, and we precisely characterize the kinds of graph structures such GNN-based "
            "models can capture. 4) We develop a simple neural architecture, Graph Isomorphism Network (GIN), and "
            "show that its discriminative/representational power is equal to the power of the WL test.",
            "We validate our theory via experiments on graph classification datasets, where the expressive power "
            "of GNNs is crucial to capture graph structures. In particular, we compare the performance of GNNs "
            "with various aggregation functions. Our results confirm that the most powerful GNN by our theory, "
            "i.e., Graph Isomorphism Network (GIN), also empirically has high representational power as it almost "
            "perfectly fits the training data, whereas the less powerful GNN variants often severely underfit the "
            "training data. In addition, the representationally more powerful GNNs outperform the others by test "
            "set accuracy and achieve state-of-the-art performance on many graph classification benchmarks."]),
        ("2 Preliminaries", [
            "Let G = (V, E) denote a graph with node feature vectors X<sub>v</sub> for v ∈ V. There are two tasks "
            "of interest: (1) node classification, where each node has an associated label and the goal is to "
            "learn a representation vector h<sub>v</sub> of v such that v's label can be predicted; and (2) graph "
            "classification, where, given a set of graphs and their labels, we aim to learn a representation "
            "vector h<sub>G</sub> that helps predict the label of an entire graph.",
            "<i>Graph Neural Networks.</i> Formally, the k-th layer of a GNN is a<super>(k)</super><sub>v</sub> = "
            "AGGREGATE<super>(k)</super>({h<super>(k−1)</super><sub>u</sub> : u ∈ N(v)}), "
            "h<super>(k)</super><sub>v</sub> = COMBINE<super>(k)</super>(h<super>(k−1)</super><sub>v</sub>, "
            "a<super>(k)</super><sub>v</sub>). In the pooling variant of GraphSAGE, AGGREGATE is an element-wise "
            "max-pooling over transformed neighbor features, and COMBINE could be concatenation followed by a "
            "linear mapping. In Graph Convolutional Networks (GCN), element-wise mean pooling is used instead, and "
            "the AGGREGATE and COMBINE steps are integrated. For graph classification, the READOUT function "
            "aggregates node features from the final iteration to obtain the entire graph's representation.",
            "<i>Weisfeiler-Lehman test.</i> The WL test iteratively (1) aggregates the labels of nodes and their "
            "neighborhoods, and (2) hashes the aggregated labels into unique new labels. The algorithm decides that "
            "two graphs are non-isomorphic if at some iteration the labels of the nodes between the two graphs "
            "differ. Based on the WL test, Shervashidze et al. (2011) proposed the WL subtree kernel that measures "
            "the similarity between graphs."]),
        ("3 Theoretical Framework: Overview", [
            "We start with an overview of our framework. A node's rooted subtree structures are represented by its "
            "neighborhood, a multiset of feature vectors. A GNN maps two nodes to the same location in the "
            "embedding space only if they have identical subtree structures with identical features on the "
            "corresponding nodes. A maximally powerful GNN would never map two different neighborhoods, i.e., "
            "multisets of feature vectors, to the same representation. This means its aggregation scheme must be "
            "injective. Thus, we abstract a GNN's aggregation scheme as a class of functions over multisets that "
            "their neural networks can represent, and analyze whether they are able to represent injective "
            "multiset functions."]),
        ("4 Building Powerful Graph Neural Networks", [
            "<b>Lemma 2.</b> Let G<sub>1</sub> and G<sub>2</sub> be any two non-isomorphic graphs. If a graph "
            "neural network maps G<sub>1</sub> and G<sub>2</sub> to different embeddings, the Weisfeiler-Lehman "
            "graph isomorphism test also decides G<sub>1</sub> and G<sub>2</sub> are not isomorphic.",
            "<b>Theorem 3.</b> With a sufficient number of GNN layers, a GNN maps any graphs that the WL test "
            "decides as non-isomorphic to different embeddings if (a) it aggregates and updates node features "
            "with injective functions of the multiset of neighbor features together with the node's own feature, "
            "and (b) the graph-level readout, which operates on the multiset of node features, is injective."]),
        ("4.1 Graph Isomorphism Network (GIN)", [
            "Having developed conditions for a maximally powerful GNN, we next develop a simple architecture, "
            "Graph Isomorphism Network (GIN), that provably satisfies the conditions in Theorem 3. This model "
            "generalizes the WL test and hence achieves maximum discriminative power among GNNs. To model "
            "injective multiset functions for the neighbor aggregation, we develop a theory of deep multisets: "
            "sum aggregators can represent injective, in fact universal, functions over multisets. We use "
            "multi-layer perceptrons (MLPs) to model and learn the required functions, thanks to the universal "
            "approximation theorem. In practice, we model f<super>(k+1)</super> ∘ φ<super>(k)</super> with one "
            "MLP, because MLPs can represent the composition of functions. In the first iteration, we do not need "
            "MLPs before summation if input features are one-hot encodings, as their summation alone is "
            "injective. We can make ε a learnable parameter or a fixed scalar. Then, GIN updates node "
            "representations as",
            "h<super>(k)</super><sub>v</sub> = MLP<super>(k)</super>((1 + ε<super>(k)</super>) · "
            "h<super>(k−1)</super><sub>v</sub> + Σ<sub>u∈N(v)</sub> h<super>(k−1)</super><sub>u</sub>).    (4.1)"]),
        ("4.2 Graph-Level Readout of GIN", [
            "Node embeddings learned by GIN can be directly used for tasks like node classification and link "
            "prediction. For graph classification tasks we propose the following readout function. An important "
            "aspect of the graph-level readout is that node representations, corresponding to subtree structures, "
            "get more refined and global as the number of iterations increases. A sufficient number of iterations "
            "is key to achieving good discriminative power. Yet, features from earlier iterations may sometimes "
            "generalize better. To consider all structural information, we use information from all "
            "depths/iterations of the model. We achieve this by an architecture similar to Jumping Knowledge "
            "Networks, where we replace Eq. 2.4 with graph representations concatenated across all iterations/"
            "layers of GIN: h<sub>G</sub> = CONCAT(READOUT({h<super>(k)</super><sub>v</sub> | v ∈ G}) | k = 0, "
            "1, . . . , K). If GIN replaces READOUT with summing all node features from the same iterations, it "
            "provably generalizes the WL test and the WL subtree kernel."]),
        ("5 Less Powerful but Still Interesting GNNs", [
            "Next we study GNNs that do not satisfy the conditions in Theorem 3, including GCN and GraphSAGE. We "
            "conduct ablation studies on two aspects of the aggregator in Eq. 4.1: (1) 1-layer perceptrons "
            "instead of MLPs and (2) mean or max-pooling instead of the sum. 1-layer perceptrons, even with bias "
            "terms, are not sufficient: there exist finite multisets that any 1-layer perceptron maps to the same "
            "representation. Mean aggregation captures the distribution (proportions) of elements in a multiset "
            "but not the exact multiset; max-pooling captures neither, treating a multiset as a set. Therefore "
            "mean and max aggregators may perform well for node classification when node features are diverse and "
            "rarely repeat, but they are strictly less powerful than sum aggregation."]),
        ("6 Other Related Work", [
            "Despite the empirical success of GNNs, there has been relatively little work that mathematically "
            "studies their properties. The GCN of Kipf &amp; Welling (2017) was introduced for semi-supervised node "
            "classification with a two-layer model of 16 hidden units trained with dropout of 0.5 and a learning "
            "rate of 0.01; GraphSAGE (Hamilton et al., 2017) samples fixed-size neighborhoods of 25 and 10 nodes "
            "at its two layers. Those settings belong to the cited node classification works. Closer to our "
            "aims, Lei et al. (2017) showed that the feature maps of certain GNN-style kernels lie in the same "
            "Hilbert space as graph kernels, and Scarselli et al. (2009) studied the universal approximation of "
            "the earliest GNN model. Our work differs in studying discriminative power over multisets for modern "
            "aggregation-based GNNs."]),
        ("7 Experiments", [
            "We evaluate and compare the training and test performance of GIN and less powerful GNN variants. "
            "Training set performance allows us to compare different GNN models based on their representational "
            "power and test set performance quantifies generalization ability.",
            "<b>Datasets.</b> We use 9 graph classification benchmarks: 4 bioinformatics datasets (MUTAG, PTC, "
            "NCI1, PROTEINS) and 5 social network datasets (COLLAB, IMDB-BINARY, IMDB-MULTI, REDDIT-BINARY and "
            "REDDIT-MULTI5K). Importantly, our goal here is not to allow the models to rely on the input node "
            "features but mainly learn from the network structure. Thus, in the bioinformatic graphs, the nodes "
            "have categorical input features but in the social networks, they have no features. For social "
            "networks we create node features as follows: for the REDDIT datasets, we set all node feature "
            "vectors to be the same (thus, features here are uninformative); for the other social graphs, we use "
            "one-hot encodings of node degrees. Dataset statistics are summarized in Table 1.",
            "@TABLE:0@",
            "<b>Models and configurations.</b> We evaluate GINs (Eqs. 4.1 and 4.2) and the less powerful GNN "
            "variants. Under the GIN framework, we consider two variants: (1) a GIN that learns ε in Eq. 4.1 by "
            "gradient descent, which we call GIN-ε, and (2) a simpler (slightly less powerful) GIN, where ε in "
            "Eq. 4.1 is fixed to 0, which we call GIN-0. As we will see, GIN-0 shows strong empirical "
            "performance: not only does GIN-0 fit training data equally well as GIN-ε, it also demonstrates good "
            "generalization, slightly but consistently outperforming GIN-ε in terms of test accuracy. For the less "
            "powerful GNN variants, we consider architectures that replace the sum in the GIN-0 aggregation with "
            "mean or max-pooling, or replace MLPs with 1-layer perceptrons. For instance, mean-1-layer corresponds "
            "to GCN, and max-1-layer corresponds to GraphSAGE, up to minor architecture modifications. We apply "
            "the same graph-level readout (READOUT in Eq. 4.2) for GINs and all the GNN variants, specifically, "
            "sum readout on bioinformatics datasets and mean readout on social datasets due to better test "
            "performance.",
            "Following (Yanardag &amp; Vishwanathan, 2015; Niepert et al., 2016), we perform 10-fold "
            "cross-validation with LIB-SVM. We report the average and standard deviation of validation accuracies "
            "across the 10 folds within the cross-validation. For all configurations, 5 GNN layers (including the "
            "input layer) are applied, and all MLPs have 2 layers. Batch normalization is applied on every hidden "
            "layer. We use the Adam optimizer with initial learning rate 0.01 and decay the learning rate by 0.5 "
            "every 50 epochs. The hyper-parameters we tune for each dataset are: (1) the number of hidden units "
            "∈ {16, 32} for bioinformatics graphs and 64 for social graphs; (2) the batch size ∈ {32, 128}; (3) "
            "the dropout ratio ∈ {0, 0.5} after the dense layer; (4) the number of epochs, i.e., a single epoch "
            "with the best cross-validation accuracy averaged over the 10 folds was selected. Note that due to the "
            "small dataset sizes, an alternative setting, where hyper-parameter selection is done using a "
            "validation set, is extremely unstable, e.g., for MUTAG, the validation set only contains 18 data "
            "points. We also report the training accuracy of different GNNs, where all the hyper-parameters were "
            "fixed across the datasets: 5 GNN layers (including the input layer), hidden units of size 64, "
            "minibatch of size 128, and 0.5 dropout ratio. For comparison, the training accuracy of the WL subtree "
            "kernel is reported, where we set the number of iterations to 4, which is comparable to the 5 GNN "
            "layers.",
            "<b>Baselines.</b> We compare the GNNs above with a number of state-of-the-art baselines for graph "
            "classification: (1) the WL subtree kernel, where C-SVM was used as a classifier; the hyper-parameters "
            "we tune are C of the SVM and the number of WL iterations ∈ {1, 2, . . . , 6}; (2) state-of-the-art "
            "deep learning architectures, i.e., Diffusion-convolutional neural networks (DCNN), PATCHY-SAN and "
            "Deep Graph CNN (DGCNN); (3) Anonymous Walk Embeddings (AWL). For the deep learning methods and AWL, "
            "we report the accuracies reported in the original papers."]),
        ("7.1 Results", [
            "<b>Training set performance.</b> We validate our theoretical analysis of the representational power "
            "of GNNs by comparing their training accuracies. Models with higher representational power should "
            "have higher training set accuracy. GINs, GIN-ε and GIN-0, almost perfectly fit all the training "
            "sets. In our experiments, explicit learning of ε in GIN-ε yields no gain in fitting training data "
            "compared to fixing ε to 0 as in GIN-0. In comparison, the GNN variants using mean/max pooling or "
            "1-layer perceptrons severely underfit on many datasets. In particular, the training accuracy patterns "
            "align with our ranking by the models' representational power: GNN variants with MLPs tend to have "
            "higher training accuracies than those with 1-layer perceptrons, and GNNs with sum aggregators tend "
            "to fit the training sets better than those with mean and max-pooling aggregators.",
            "@TABLE:1@",
            "<b>Test set performance.</b> Next, we compare test accuracies. Although our theoretical results do "
            "not directly speak about the generalization ability of GNNs, it is reasonable to expect that GNNs "
            "with strong expressive power can accurately capture graph structures of interest and thus generalize "
            "well. Table 2 compares test accuracies of GINs (Sum–MLP), other GNN variants, as well as the "
            "state-of-the-art baselines. First, GINs, especially GIN-0, outperform (or achieve comparable "
            "performance as) the less powerful GNN variants on all the 9 datasets, achieving state-of-the-art "
            "performance. GINs shine on the social network datasets, which contain a relatively large number of "
            "training graphs. For the Reddit datasets, all nodes share the same scalar as node feature. Here, GINs "
            "and sum-aggregation GNNs accurately capture the graph structure and significantly outperform other "
            "models. Mean-aggregation GNNs, however, fail to capture any structures of the unlabeled graphs and do "
            "not perform better than random guessing."]),
        ("8 Conclusion", [
            "In this paper, we developed theoretical foundations for reasoning about the expressive power of GNNs, "
            "and proved tight bounds on the representational capacity of popular GNN variants. We also designed a "
            "provably maximally powerful GNN under the neighborhood aggregation framework. An interesting "
            "direction for future work is to go beyond neighborhood aggregation (or message passing) in order to "
            "pursue possibly even more powerful architectures for learning with graphs."]),
    ],
    "tables": [
        {"caption": "Table 1: Dataset statistics.",
         "rows": [["Dataset", "# graphs", "# classes", "Avg # nodes"],
                  ["IMDB-B", "1000", "2", "19.8"],
                  ["IMDB-M", "1500", "3", "13.0"],
                  ["RDT-B", "2000", "2", "429.6"],
                  ["RDT-M5K", "5000", "5", "508.5"],
                  ["COLLAB", "5000", "3", "74.5"],
                  ["MUTAG", "188", "2", "17.9"],
                  ["PROTEINS", "1113", "2", "39.1"],
                  ["PTC", "344", "2", "25.5"],
                  ["NCI1", "4110", "2", "29.8"]]},
        {"caption": "Table 2: Classification accuracies (%). The best-performing GNNs are highlighted with boldface. "
                    "Baseline numbers are taken from the original papers; '–' means not reported.",
         "rows": [["Method", "IMDB-B", "IMDB-M", "RDT-B", "RDT-M5K", "COLLAB", "MUTAG", "PROTEINS", "PTC", "NCI1"],
                  ["WL subtree", "73.8 ± 3.9", "50.9 ± 3.8", "81.0 ± 3.1", "52.5 ± 2.1", "78.9 ± 1.9",
                   "90.4 ± 5.7", "75.0 ± 3.1", "59.9 ± 4.3", "86.0 ± 1.8"],
                  ["DGCNN", "70.0", "47.8", "–", "–", "73.7", "85.8", "75.5", "58.6", "74.4"],
                  ["Mean–1-layer (GCN)", "74.0 ± 3.4", "51.9 ± 3.8", "50.0 ± 0.0", "20.0 ± 0.0", "79.0 ± 1.8",
                   "85.6 ± 5.8", "76.0 ± 3.2", "64.2 ± 4.3", "80.2 ± 2.0"],
                  ["Max–1-layer (GraphSAGE)", "72.3 ± 5.3", "50.9 ± 2.2", "50.0 ± 0.0", "20.0 ± 0.0",
                   "73.9 ± 1.7", "85.1 ± 7.6", "75.9 ± 3.2", "63.9 ± 7.7", "77.7 ± 1.5"],
                  ["GIN-ε (Sum–MLP)", "74.3 ± 5.1", "52.1 ± 3.6", "92.2 ± 2.3", "57.0 ± 1.7", "80.1 ± 1.9",
                   "89.0 ± 6.0", "75.9 ± 3.8", "63.7 ± 8.2", "82.7 ± 1.6"],
                  ["GIN-0 (Sum–MLP)", "75.1 ± 5.1", "52.3 ± 2.8", "92.4 ± 2.5", "57.5 ± 1.5", "80.2 ± 1.9",
                   "89.4 ± 5.6", "76.2 ± 2.8", "64.6 ± 7.0", "82.7 ± 1.7"]]},
    ],
    "references": [
        "Will Hamilton, Zhitao Ying, and Jure Leskovec. Inductive representation learning on large graphs. In "
        "Advances in Neural Information Processing Systems (NIPS), pp. 1025–1035, 2017.",
        "Thomas N. Kipf and Max Welling. Semi-supervised classification with graph convolutional networks. In "
        "International Conference on Learning Representations (ICLR), 2017.",
        "Tao Lei, Wengong Jin, Regina Barzilay, and Tommi Jaakkola. Deriving neural architectures from sequence "
        "and graph kernels. In ICML, 2017.",
        "Mathias Niepert, Mohamed Ahmed, and Konstantin Kutzkov. Learning convolutional neural networks for "
        "graphs. In ICML, 2016.",
        "Franco Scarselli, Marco Gori, Ah Chung Tsoi, Markus Hagenbuchner, and Gabriele Monfardini. The graph "
        "neural network model. IEEE Transactions on Neural Networks, 20(1):61–80, 2009.",
        "Nino Shervashidze, Pascal Schweitzer, Erik Jan van Leeuwen, Kurt Mehlhorn, and Karsten M. Borgwardt. "
        "Weisfeiler-Lehman graph kernels. Journal of Machine Learning Research, 12:2539–2561, 2011.",
        "Boris Weisfeiler and A. A. Lehman. A reduction of a graph to a canonical form and an algebra arising "
        "during this reduction. Nauchno-Technicheskaya Informatsia, 2(9):12–16, 1968.",
        "Keyulu Xu, Chengtao Li, Yonglong Tian, Tomohiro Sonobe, Ken-ichi Kawarabayashi, and Stefanie Jegelka. "
        "Representation learning on graphs with jumping knowledge networks. In ICML, 2018.",
        "Pinar Yanardag and S.V.N. Vishwanathan. Deep graph kernels. In KDD, 2015.",
        "Muhan Zhang, Zhicheng Cui, Marion Neumann, and Yixin Chen. An end-to-end deep learning architecture for "
        "graph classification. In AAAI, 2018.",
        "Manzil Zaheer, Satwik Kottur, Siamak Ravanbakhsh, Barnabas Poczos, Ruslan R. Salakhutdinov, and "
        "Alexander J. Smola. Deep sets. In NIPS, 2017."],
}

TRUTH = {
    "year": 2019,
    "source": "condensed retelling of Xu, Hu, Leskovec & Jegelka, ICLR 2019, written from memory",
    "task_family": "graph-learning",
    "contribution": {"value": "architecture",
                     "quote": "We develop a simple neural architecture, Graph Isomorphism Network (GIN)"},
    "claim": {"value": "GNNs are at most as powerful as the WL test; GIN (sum aggregation + MLP) is as powerful as "
                       "the WL test, almost perfectly fits training data where mean/max/1-layer variants (GCN, "
                       "GraphSAGE) underfit, and reaches state-of-the-art test accuracy on 9 graph classification "
                       "benchmarks vs the WL subtree kernel and deep baselines (e.g. GIN-0 92.4% on REDDIT-BINARY vs "
                       "81.0% WL subtree, 50.0% GCN)",
              "quote": "outperform (or achieve comparable performance as) the less powerful GNN variants"},
    "param_counts": [],
    "architecture": {
        "value": "Graph Isomorphism Network: h_v^(k) = MLP^(k)((1+ε^(k)) h_v^(k-1) + Σ_{u∈N(v)} h_u^(k-1)); GIN-ε "
                 "learns ε, GIN-0 fixes ε = 0; 5 GNN layers (incl. input layer), 2-layer MLPs, batch normalization "
                 "on every hidden layer; graph readout concatenates per-layer sum (bioinformatics) or mean (social) "
                 "readouts across all layers",
        "quote": "5 GNN layers (including the input layer) are applied, and all MLPs have 2 layers"},
    "datasets": [
        {"value": "MUTAG [bioinformatics graph classification, 188 graphs]",
         "quote": "MUTAG 188 2 17.9"},
        {"value": "PTC [bioinformatics, 344 graphs]", "quote": "PTC 344 2 25.5"},
        {"value": "NCI1 [bioinformatics, 4110 graphs]", "quote": "NCI1 4110 2 29.8"},
        {"value": "PROTEINS [bioinformatics, 1113 graphs]", "quote": "PROTEINS 1113 2 39.1"},
        {"value": "COLLAB [social network, 5000 graphs]", "quote": "COLLAB 5000 3 74.5"},
        {"value": "IMDB-BINARY [social network, 1000 graphs]", "quote": "IMDB-B 1000 2 19.8"},
        {"value": "IMDB-MULTI [social network, 1500 graphs]", "quote": "IMDB-M 1500 3 13.0"},
        {"value": "REDDIT-BINARY [social network, 2000 graphs]", "quote": "RDT-B 2000 2 429.6"},
        {"value": "REDDIT-MULTI5K [social network, 5000 graphs]", "quote": "RDT-M5K 5000 5 508.5"},
    ],
    "metrics": [
        {"value": "classification accuracy (mean ± std over 10-fold cross-validation)",
         "quote": "We report the average and standard deviation of validation accuracies"},
        {"value": "training accuracy (representational power)",
         "quote": "We also report the training accuracy of different GNNs"},
    ],
    "training": {
        "graph_classification": {
            "optimizer": {"value": "Adam", "quote": "We use the Adam optimizer with initial learning rate 0.01"},
            "learning_rate": {"value": "0.01, decayed by 0.5 every 50 epochs", "numbers": [0.01],
                              "quote": "We use the Adam optimizer with initial learning rate 0.01"},
            "lr_schedule": {"value": "step decay ×0.5 every 50 epochs",
                            "quote": "decay the learning rate by 0.5 every 50 epochs"},
            "batch_size": {"value": "tuned per dataset ∈ {32, 128}", "numbers": [32, 128],
                           "quote": "the batch size ∈ {32, 128}"},
            "dropout": {"value": "tuned per dataset ∈ {0, 0.5}, after the dense layer", "numbers": [0, 0.5],
                        "quote": "the dropout ratio ∈ {0, 0.5} after the dense layer"},
            "epochs": {"value": "selected by cross-validation (the single epoch with best 10-fold-averaged CV "
                                "accuracy); total not stated",
                       "numbers": [],
                       "quote": "with the best cross-validation accuracy averaged over the 10 folds was selected"},
            "hidden_units": {"value": "∈ {16, 32} (bioinformatics), 64 (social)", "numbers": [16, 32, 64],
                             "quote": "the number of hidden units ∈ {16, 32} for bioinformatics graphs"},
            "num_layers": {"value": 5, "quote": "5 GNN layers (including the input layer) are applied"},
            "normalization": {"value": "batch normalization on every hidden layer",
                              "quote": "Batch normalization is applied on every hidden layer."},
            "evaluation": {"value": "10-fold cross-validation (LIB-SVM splits)",
                           "quote": "we perform 10-fold cross-validation with LIB-SVM"},
        },
        "training_accuracy_runs": {
            "optimizer": {"value": "Adam (same as main setting)",
                          "quote": "We use the Adam optimizer with initial learning rate 0.01"},
            "learning_rate": {"value": 0.01, "quote": "We use the Adam optimizer with initial learning rate 0.01"},
            "batch_size": {"value": 128, "quote": "minibatch of size 128, and 0.5 dropout ratio"},
            "dropout": {"value": 0.5, "quote": "minibatch of size 128, and 0.5 dropout ratio"},
            "hidden_units": {"value": 64, "quote": "hidden units of size 64"},
        },
    },
    "not_stated": ["weight_decay", "warmup", "steps", "total number of epochs", "lora_rank", "lora_alpha",
                   "param_counts"],
    "paper_notes": [
        "Related work restates GCN's node-classification setting (2 layers, 16 hidden units, dropout 0.5, lr 0.01) "
        "and GraphSAGE's neighborhood sample sizes 25 and 10 — not this paper's set-up.",
        "Batch size, dropout and hidden units are per-dataset grids; a separate fixed configuration "
        "(64 hidden, batch 128, dropout 0.5) is used for the training-accuracy experiment.",
        "Epochs are selected by cross-validation; no total epoch budget is given.",
        "WL subtree kernel baseline: 4 iterations for training accuracy, {1..6} tuned for test accuracy.",
        "Table 2 DGCNN numbers are quoted from the original paper.",
    ],
}
