"""Held-out paper: condensed retelling of Simonyan & Zisserman, ICLR 2015 (VGG), written from memory."""

_CONF = [
    ["A", "A-LRN", "B", "C", "D", "E"],
    ["11 weight layers", "11 weight layers", "13 weight layers", "16 weight layers", "16 weight layers",
     "19 weight layers"],
    ["conv3-64", "conv3-64, LRN", "conv3-64 ×2", "conv3-64 ×2", "conv3-64 ×2", "conv3-64 ×2"],
    ["maxpool", "", "", "", "", ""],
    ["conv3-128", "conv3-128", "conv3-128 ×2", "conv3-128 ×2", "conv3-128 ×2", "conv3-128 ×2"],
    ["maxpool", "", "", "", "", ""],
    ["conv3-256 ×2", "conv3-256 ×2", "conv3-256 ×2", "conv3-256 ×2, conv1-256", "conv3-256 ×3",
     "conv3-256 ×4"],
    ["maxpool", "", "", "", "", ""],
    ["conv3-512 ×2", "conv3-512 ×2", "conv3-512 ×2", "conv3-512 ×2, conv1-512", "conv3-512 ×3",
     "conv3-512 ×4"],
    ["maxpool", "", "", "", "", ""],
    ["conv3-512 ×2", "conv3-512 ×2", "conv3-512 ×2", "conv3-512 ×2, conv1-512", "conv3-512 ×3",
     "conv3-512 ×4"],
    ["maxpool", "", "", "", "", ""],
    ["FC-4096", "", "", "", "", ""],
    ["FC-4096", "", "", "", "", ""],
    ["FC-1000", "", "", "", "", ""],
    ["soft-max", "", "", "", "", ""],
]

PAPER = {
    "title": "Very Deep Convolutional Networks for Large-Scale Image Recognition",
    "authors": "Karen Simonyan and Andrew Zisserman",
    "affil": "Visual Geometry Group, Department of Engineering Science, University of Oxford",
    "header": "Published as a conference paper at ICLR 2015",
    "columns": 1,
    "abstract": (
        "In this work we investigate the effect of the convolutional network depth on its accuracy in the "
        "large-scale image recognition setting. Our main contribution is a thorough evaluation of networks of "
        "increasing depth using an architecture with very small (3 × 3) convolution filters, which shows that a "
        "significant improvement on the prior-art configurations can be achieved by pushing the depth to 16–19 "
        "weight layers. These findings were the basis of our ImageNet Challenge 2014 submission, where our team "
        "secured the first and the second places in the localisation and classification tracks respectively. "
        "We also show that our representations generalise well to other datasets, where they achieve "
        "state-of-the-art results. We have made our two best-performing ConvNet models publicly available to "
        "facilitate further research on the use of deep visual representations in computer vision."),
    "sections": [
        ("1 Introduction", [
            "Convolutional networks (ConvNets) have recently enjoyed a great success in large-scale image and "
            "video recognition, which has become possible due to the large public image repositories, such as "
            "ImageNet, and high-performance computing systems, such as GPUs or large-scale distributed clusters. "
            "In particular, an important role in the advance of deep visual recognition architectures has been "
            "played by the ImageNet Large-Scale Visual Recognition Challenge (ILSVRC) [9], which has served as a "
            "testbed for a few generations of large-scale image classification systems.",
            "With ConvNets becoming more of a commodity in the field of computer vision, a number of attempts "
            "have been made to improve the original architecture of Krizhevsky et al. [6] in a bid to achieve "
            "better accuracy. In this paper, we address another important aspect of ConvNet architecture "
            "design – its depth. To this end, we fix other parameters of the architecture, and steadily increase "
            "the depth of the network by adding more convolutional layers, which is feasible due to the use of "
            "very small (3 × 3) convolution filters in all layers."]),
        ("2 Related Work", [
            "The network of Krizhevsky et al. [6], which won ILSVRC-2012, used large receptive fields in the "
            "first convolutional layer (11 × 11 with stride 4) and was trained with stochastic gradient descent "
            "with a batch size of 128, momentum 0.9 and weight decay of 0.0005, for roughly 90 cycles through "
            "the training set. The best-performing submissions to ILSVRC-2013 [12, 10] utilised a smaller "
            "receptive window size (7 × 7) and a smaller stride (4 × 4 or 2 × 2) of the first convolutional "
            "layer. Another line of improvements dealt with training and testing the networks densely over the "
            "whole image and over multiple scales [10].",
            "GoogLeNet [11], a top-performing entry of ILSVRC-2014, was developed independently of our work, "
            "but is similar in that it is based on very deep ConvNets (22 weight layers) and small convolution "
            "filters (apart from 3 × 3, they also use 1 × 1 and 5 × 5 convolutions). Its network topology is, "
            "however, more complex than ours, and the spatial resolution of the feature maps is reduced more "
            "aggressively in the first layers to decrease the amount of computation."]),
        ("3 ConvNet Configurations", [
            "To measure the improvement brought by the increased ConvNet depth in a fair setting, all our "
            "ConvNet layer configurations are designed using the same principles, inspired by Ciresan et al. [2] "
            "and Krizhevsky et al. [6]."]),
        ("3.1 Architecture", [
            "During training, the input to our ConvNets is a fixed-size 224 × 224 RGB image. The only "
            "pre-processing we do is subtracting the mean RGB value, computed on the training set, from each "
            "pixel. The image is passed through a stack of convolutional (conv.) layers, where we use filters "
            "with a very small receptive field: 3 × 3 (which is the smallest size to capture the notion of "
            "left/right, up/down, center). In one of the configurations we also utilise 1 × 1 convolution "
            "filters, which can be seen as a linear transformation of the input channels (followed by "
            "non-linearity). The convolution stride is fixed to 1 pixel; the spatial padding of conv. layer "
            "input is such that the spatial resolution is preserved after convolution, i.e. the padding is "
            "1 pixel for 3 × 3 conv. layers. Spatial pooling is carried out by five max-pooling layers, which "
            "follow some of the conv. layers. Max-pooling is performed over a 2 × 2 pixel window, with stride 2.",
            "A stack of convolutional layers (which has a different depth in different architectures) is "
            "followed by three Fully-Connected (FC) layers: the first two have 4096 channels each, the third "
            "performs 1000-way ILSVRC classification and thus contains 1000 channels (one for each class). The "
            "final layer is the soft-max layer. All hidden layers are equipped with the rectification (ReLU) "
            "non-linearity. We note that none of our networks (except for one) contain Local Response "
            "Normalisation (LRN): such normalisation does not improve the performance on the ILSVRC dataset, "
            "but leads to increased memory consumption and computation time."]),
        ("3.2 Configurations", [
            "The ConvNet configurations evaluated in this paper are outlined in Table 1, one per column. In the "
            "following we will refer to the nets by their names (A–E). All configurations follow the generic "
            "design presented in Sect. 3.1, and differ only in the depth: from 11 weight layers in the network A "
            "(8 conv. and 3 FC layers) to 19 weight layers in the network E (16 conv. and 3 FC layers). The "
            "width of conv. layers (the number of channels) is rather small, starting from 64 in the first "
            "layer and then increasing by a factor of 2 after each max-pooling layer, until it reaches 512.",
            "@TABLE:0@",
            "In Table 2 we report the number of parameters for each configuration. In spite of a large depth, "
            "the number of weights in our nets is not greater than the number of weights in a more shallow "
            "net with larger conv. layer widths and receptive fields.",
            "@TABLE:1@"]),
        ("3.3 Discussion", [
            "Rather than using relatively large receptive fields in the first conv. layers, we use very small "
            "3 × 3 receptive fields throughout the whole net. It is easy to see that a stack of two 3 × 3 "
            "conv. layers (without spatial pooling in between) has an effective receptive field of 5 × 5; three "
            "such layers have a 7 × 7 effective receptive field. By using a stack of three 3 × 3 layers instead "
            "of a single 7 × 7 layer we incorporate three non-linear rectification layers instead of a single "
            "one, which makes the decision function more discriminative, and we decrease the number of "
            "parameters: assuming C channels, the stack is parametrised by 27C<super>2</super> weights, whereas "
            "a single 7 × 7 layer would require 49C<super>2</super>."]),
        ("4 Classification Framework", []),
        ("4.1 Training", [
            "The ConvNet training procedure generally follows Krizhevsky et al. [6] (except for sampling the "
            "input crops from multi-scale training images, as explained later). Namely, the training is carried "
            "out by optimising the multinomial logistic regression objective using mini-batch gradient descent "
            "(based on back-propagation) with momentum. The batch size was set to 256, momentum to 0.9. The "
            "training was regularised by weight decay (the L<sub>2</sub> penalty multiplier set to "
            "5 · 10<super>−4</super>) and dropout regularisation for the first two fully-connected layers "
            "(dropout ratio set to 0.5). The learning rate was initially set to 10<super>−2</super>, and then "
            "decreased by a factor of 10 when the validation set accuracy stopped improving. In total, the "
            "learning rate was decreased 3 times, and the learning was stopped after 370K iterations "
            "(74 epochs). We conjecture that in spite of the larger number of parameters and the greater depth "
            "of our nets compared to [6], the nets required less epochs to converge due to (a) implicit "
            "regularisation imposed by greater depth and smaller conv. filter sizes; (b) pre-initialisation of "
            "certain layers.",
            "The initialisation of the network weights is important, since bad initialisation can stall "
            "learning due to the instability of gradient in deep nets. To circumvent this problem, we began with "
            "training the configuration A (Table 1), shallow enough to be trained with random initialisation. "
            "Then, when training deeper architectures, we initialised the first four convolutional layers and "
            "the last three fully-connected layers with the layers of net A (the intermediate layers were "
            "initialised randomly). We did not decrease the learning rate for the pre-initialised layers. For "
            "random initialisation, we sampled the weights from a normal distribution with the zero mean and "
            "10<super>−2</super> variance. The biases were initialised with zero.",
            "To obtain the fixed-size 224 × 224 ConvNet input images, they were randomly cropped from rescaled "
            "training images (one crop per image per SGD iteration). To further augment the training set, the "
            "crops underwent random horizontal flipping and random RGB colour shift.",
            "<i>Training image size.</i> Let S be the smallest side of an isotropically-rescaled training image, "
            "from which the ConvNet input is cropped (we also refer to S as the training scale). We consider two "
            "approaches for setting S. The first is to fix S, which corresponds to single-scale training. In our "
            "experiments, we evaluated models trained at two fixed scales: S = 256 and S = 384. Given a ConvNet "
            "configuration, we first trained the network using S = 256. To speed-up training of the S = 384 "
            "network, it was initialised with the weights pre-trained with S = 256, and we used a smaller "
            "initial learning rate of 10<super>−3</super>. The second approach is multi-scale training, where "
            "each training image is individually rescaled by randomly sampling S from a certain range "
            "[S<sub>min</sub>, S<sub>max</sub>] (we used S<sub>min</sub> = 256 and S<sub>max</sub> = 512). For "
            "speed reasons, we trained multi-scale models by fine-tuning all layers of a single-scale model with "
            "the same configuration, pre-trained with fixed S = 384."]),
        ("4.2 Testing", [
            "At test time, the input image is isotropically rescaled to a pre-defined smallest image side, "
            "denoted as Q (the test scale). Then, the network is applied densely over the rescaled test image: "
            "the fully-connected layers are first converted to convolutional layers (the first FC layer to a "
            "7 × 7 conv. layer, the last two FC layers to 1 × 1 conv. layers). The class score map is spatially "
            "averaged (sum-pooled) to obtain a fixed-size vector of class scores, and the scores of the original "
            "and horizontally flipped images are averaged."]),
        ("4.3 Implementation Details", [
            "Our implementation is derived from the publicly available C++ Caffe toolbox [5], with a number of "
            "significant modifications which allow us to perform training and evaluation on multiple GPUs "
            "installed in a single system. Multi-GPU training exploits data parallelism: each batch of training "
            "images is split into several GPU batches, processed in parallel on each GPU. On a system equipped "
            "with four NVIDIA Titan Black GPUs, training a single net took 2–3 weeks depending on the "
            "architecture."]),
        ("5 Classification Experiments", [
            "<i>Dataset.</i> In this section, we present the image classification results achieved by the "
            "described ConvNet architectures on the ILSVRC-2012 dataset (which was used for ILSVRC 2012–2014 "
            "challenges). The dataset includes images of 1000 classes, and is split into three sets: training "
            "(1.3M images), validation (50K images), and testing (100K images with held-out class labels). The "
            "classification performance is evaluated using two measures: the top-1 and top-5 error. The former "
            "is a multi-class classification error, i.e. the proportion of incorrectly classified images; the "
            "latter is the main evaluation criterion used in ILSVRC, and is computed as the proportion of images "
            "such that the ground-truth category is outside the top-5 predicted categories. For the majority of "
            "experiments, we used the validation set as the test set.",
            "<i>Single scale evaluation.</i> We begin with evaluating the performance of individual ConvNet "
            "models at a single scale (Table 3). First, we note that using local response normalisation (A-LRN "
            "network) does not improve on the model A without any normalisation layers. Second, we observe "
            "that the classification error decreases with the increased ConvNet depth: from 11 layers in A to "
            "19 layers in E. Finally, scale jittering at training time (S ∈ [256; 512]) leads to significantly "
            "better results than training on images with fixed smallest side.",
            "@TABLE:2@",
            "<i>Multi-crop and ConvNet fusion.</i> Combining dense evaluation with multi-crop evaluation "
            "(50 crops per scale over three scales) improves the single-net result of configuration E to "
            "24.4% top-1 and 7.1% top-5 validation error. Our ILSVRC-2014 submission, an ensemble of 7 nets, "
            "obtained 7.3% top-5 test error; after the submission, an ensemble of only the two best models "
            "(D and E) reduced the test error to 6.8%.",
            "<i>Comparison with the state of the art.</i> In Table 4 we compare our results with the "
            "state of the art. In the classification task of ILSVRC-2014 challenge, our team secured the 2nd "
            "place with 7.3% test error using an ensemble of 7 models. Our result is considerably better than "
            "the ILSVRC-2013 winning submissions Clarifai, which achieved 11.2% with outside training data and "
            "11.7% without it, and is competitive with the classification task winner (GoogLeNet with 6.7% "
            "error), while using a far simpler architecture.",
            "@TABLE:3@"]),
        ("6 Conclusion", [
            "In this work we evaluated very deep convolutional networks (up to 19 weight layers) for "
            "large-scale image classification. It was demonstrated that the representation depth is beneficial "
            "for the classification accuracy, and that state-of-the-art performance on the ImageNet challenge "
            "dataset can be achieved using a conventional ConvNet architecture with substantially increased "
            "depth. In the appendix, we also show that our models generalise well to a wide range of tasks and "
            "datasets. Our results yet again confirm the importance of depth in visual representations."]),
    ],
    "tables": [
        {"caption": "Table 1: ConvNet configurations (shown in columns). The depth of the configurations "
                    "increases from the left (A) to the right (E). The conv. layer parameters are denoted as "
                    "“conv(receptive field size)-(number of channels)”. The ReLU activation function is not "
                    "shown for brevity; the max-pooling layers and the FC layers are shared by all columns.",
         "rows": _CONF},
        {"caption": "Table 2: Number of parameters (in millions).",
         "rows": [["Network", "A, A-LRN", "B", "C", "D", "E"],
                  ["Number of parameters", "133", "133", "134", "138", "144"]]},
        {"caption": "Table 3: ConvNet performance at a single test scale (ILSVRC-2012 validation set).",
         "rows": [["ConvNet config.", "train (S)", "test (Q)", "top-1 val. error (%)", "top-5 val. error (%)"],
                  ["A", "256", "256", "29.6", "10.4"],
                  ["A-LRN", "256", "256", "29.7", "10.5"],
                  ["B", "256", "256", "28.7", "9.9"],
                  ["C", "256", "256", "28.1", "9.4"],
                  ["C", "384", "384", "28.1", "9.3"],
                  ["C", "[256;512]", "384", "27.3", "8.8"],
                  ["D", "256", "256", "27.0", "8.8"],
                  ["D", "384", "384", "26.8", "8.7"],
                  ["D", "[256;512]", "384", "25.6", "8.1"],
                  ["E", "256", "256", "27.3", "9.0"],
                  ["E", "384", "384", "26.9", "8.7"],
                  ["E", "[256;512]", "384", "25.5", "8.0"]]},
        {"caption": "Table 4: Comparison with the state of the art in ILSVRC classification (top-5 test "
                    "error, %).",
         "rows": [["Method", "top-5 test error (%)"],
                  ["VGG (2 nets, multi-crop & dense eval.)", "6.8"],
                  ["VGG (ILSVRC submission, 7 nets, dense eval.)", "7.3"],
                  ["GoogLeNet (1 net)", "7.9"],
                  ["GoogLeNet (7 nets)", "6.7"],
                  ["MSRA (11 nets)", "8.1"],
                  ["Clarifai (multiple nets)", "11.7"],
                  ["Zeiler & Fergus (6 nets)", "14.8"],
                  ["Krizhevsky et al. (5 nets)", "16.4"]]},
    ],
    "references": [
        "[1] K. Chatfield, K. Simonyan, A. Vedaldi, and A. Zisserman. Return of the devil in the details: "
        "Delving deep into convolutional nets. BMVC, 2014.",
        "[2] D. C. Ciresan, U. Meier, J. Masci, L. M. Gambardella, and J. Schmidhuber. Flexible, high "
        "performance convolutional neural networks for image classification. IJCAI, 2011.",
        "[3] M. Everingham, L. Van Gool, C. Williams, J. Winn, and A. Zisserman. The Pascal visual object "
        "classes challenge. IJCV, 2015.",
        "[4] G. Griffin, A. Holub, and P. Perona. Caltech-256 object category dataset. Technical report, "
        "California Institute of Technology, 2007.",
        "[5] Y. Jia. Caffe: An open source convolutional architecture for fast feature embedding. 2013.",
        "[6] A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classification with deep convolutional "
        "neural networks. NIPS, 2012.",
        "[7] Y. LeCun, B. Boser, J. S. Denker, et al. Backpropagation applied to handwritten zip code "
        "recognition. Neural Computation, 1989.",
        "[8] L. Fei-Fei, R. Fergus, and P. Perona. Learning generative visual models from few training "
        "examples. CVPR Workshop, 2004.",
        "[9] O. Russakovsky, J. Deng, H. Su, et al. ImageNet large scale visual recognition challenge. "
        "IJCV, 2014.",
        "[10] P. Sermanet, D. Eigen, X. Zhang, M. Mathieu, R. Fergus, and Y. LeCun. OverFeat: Integrated "
        "recognition, localization and detection using convolutional networks. ICLR, 2014.",
        "[11] C. Szegedy, W. Liu, Y. Jia, et al. Going deeper with convolutions. CoRR, abs/1409.4842, 2014.",
        "[12] M. D. Zeiler and R. Fergus. Visualizing and understanding convolutional networks. CoRR, "
        "abs/1311.2901, 2013."],
    "appendix": [
        ("A Localisation", [
            "To perform object localisation, we use a very deep ConvNet where the last fully connected layer "
            "predicts the bounding box location instead of the class scores. Training of localisation ConvNets "
            "is similar to that of the classification ConvNets, with the logistic regression objective replaced "
            "by a Euclidean loss. Our localisation ConvNet (based on configuration D) won the localisation task "
            "of ILSVRC-2014 with 25.3% test error."]),
        ("B Generalisation of Very Deep Features", [
            "We evaluate our ConvNets, pre-trained on ILSVRC, as feature extractors on smaller datasets, where "
            "training large models from scratch is not feasible due to over-fitting. The last classification "
            "layer (1000-way FC) is removed, the penultimate 4096-D activations are aggregated over image "
            "locations and scales, L<sub>2</sub>-normalised and classified with a linear SVM classifier trained "
            "on the target dataset; the pre-trained ConvNet weights are kept fixed (no fine-tuning is "
            "performed).",
            "On PASCAL VOC-2007 and VOC-2012 [3] image classification, the combination of Net-D and Net-E "
            "features achieves 89.7% and 89.3% mean average precision (mAP) respectively. On Caltech-101 [8] "
            "and Caltech-256 [4] the same features reach a mean class recall of 92.7% and 86.2%, outperforming "
            "the previous best results obtained with shallower ConvNet representations [1, 12]."]),
    ],
}

TRUTH = {
    "year": 2015,
    "source": "condensed retelling of Simonyan & Zisserman, ICLR 2015, written from memory",
    "task_family": "image-classification",
    "contribution": {
        "value": "architecture",
        "quote": "a thorough evaluation of networks of increasing depth using an architecture with very small"},
    "claim": {
        "value": "Increasing ConvNet depth to 16–19 weight layers with very small 3×3 filters significantly "
                 "improves ILSVRC classification over prior-art configurations: the two-net ensemble (D, E) "
                 "reaches 6.8% top-5 test error (7-net submission 7.3%, 2nd place ILSVRC-2014), far better than "
                 "the ILSVRC-2013 winner Clarifai (11.7%) and competitive with GoogLeNet (6.7%).",
        "quote": "significant improvement on the prior-art configurations can be achieved by pushing the depth"},
    "param_counts": [
        {"model": "A (and A-LRN), 11 weight layers", "value": 133000000,
         "quote": "Number of parameters 133 133 134 138 144", "note": "Table 2, in millions"},
        {"model": "B, 13 weight layers", "value": 133000000, "quote": "Number of parameters 133 133 134 138 144"},
        {"model": "C, 16 weight layers", "value": 134000000, "quote": "Number of parameters 133 133 134 138 144"},
        {"model": "D (VGG-16), 16 weight layers", "value": 138000000,
         "quote": "Number of parameters 133 133 134 138 144"},
        {"model": "E (VGG-19), 19 weight layers", "value": 144000000,
         "quote": "Number of parameters 133 133 134 138 144"},
    ],
    "architecture": {
        "value": "Plain ConvNets A–E (11–19 weight layers) built from stacks of 3×3 conv layers (stride 1, "
                 "padding 1; C also uses 1×1 convs), five 2×2 max-pool layers (stride 2), channel widths "
                 "64-128-256-512-512, then FC-4096, FC-4096, FC-1000 and soft-max; ReLU everywhere; LRN only in "
                 "A-LRN; 224×224 RGB input with mean subtraction",
        "quote": "from 11 weight layers in the network A"},
    "datasets": [
        {"value": "ILSVRC-2012 / ImageNet (1000 classes; 1.3M train, 50K val, 100K test)",
         "quote": "training (1.3M images), validation (50K images)"},
        {"value": "PASCAL VOC-2007 [linear SVM on fixed deep features, appendix]",
         "quote": "On PASCAL VOC-2007 and VOC-2012 [3] image classification"},
        {"value": "PASCAL VOC-2012 [linear SVM on fixed deep features, appendix]",
         "quote": "On PASCAL VOC-2007 and VOC-2012 [3] image classification"},
        {"value": "Caltech-101 [linear SVM on fixed deep features, appendix]",
         "quote": "On Caltech-101 [8] and Caltech-256 [4]"},
        {"value": "Caltech-256 [linear SVM on fixed deep features, appendix]",
         "quote": "On Caltech-101 [8] and Caltech-256 [4]"},
    ],
    "metrics": [
        {"value": "top-1 and top-5 classification error", "quote": "evaluated using two measures: the top-1 and top-5 error"},
        {"value": "localisation error (ILSVRC-2014 localisation task)", "quote": "of ILSVRC-2014 with 25.3% test error"},
        {"value": "mean average precision (VOC)", "quote": "mean average precision (mAP) respectively"},
        {"value": "mean class recall (Caltech)", "quote": "reach a mean class recall of 92.7% and 86.2%"},
    ],
    "training": {
        "imagenet": {
            "optimizer": {"value": "mini-batch gradient descent with momentum 0.9",
                          "quote": "mini-batch gradient descent (based on back-propagation) with momentum"},
            "momentum": {"value": 0.9, "quote": "The batch size was set to 256, momentum to 0.9"},
            "batch_size": {"value": 256, "quote": "The batch size was set to 256, momentum to 0.9"},
            "learning_rate": {"value": "10^-2, decreased by a factor of 10 when validation accuracy stopped "
                                       "improving (3 times in total)",
                              "numbers": [0.01],
                              "quote": "The learning rate was initially set to 10<super>−2</super>"},
            "lr_schedule": {"value": "divide by 10 when validation accuracy stops improving; decreased 3 times",
                            "quote": "the learning rate was decreased 3 times"},
            "steps": {"value": "370K iterations", "numbers": [370000],
                      "quote": "the learning was stopped after 370K iterations"},
            "epochs": {"value": 74, "quote": "stopped after 370K iterations (74 epochs)"},
            "weight_decay": {"value": 0.0005,
                             "quote": "the L<sub>2</sub> penalty multiplier set to 5 · 10<super>−4</super>"},
            "dropout": {"value": "0.5 for the first two fully-connected layers", "numbers": [0.5],
                        "quote": "(dropout ratio set to 0.5)"},
            "augmentation": {"value": "random 224×224 crops from rescaled images, random horizontal flips, "
                                      "random RGB colour shift; scale jittering S ∈ [256, 512]",
                             "quote": "random horizontal flipping and random RGB colour shift"},
        },
        "imagenet_fixed_S384": {
            "learning_rate": {"value": 0.001, "quote": "initial learning rate of 10<super>−3</super>",
                              "note": "S = 384 nets initialised from the S = 256 net; other settings as the main run"},
        },
    },
    "not_stated": ["warmup", "lora_rank", "lora_alpha",
                   "training settings of the localisation ConvNet and of the multi-scale fine-tuning beyond initialisation"],
    "paper_notes": [
        "Related work restates AlexNet's settings (batch 128, momentum 0.9, weight decay 0.0005, ~90 epochs): "
        "prior work, not this paper's set-up.",
        "Parameter counts are only in Table 2, as a single row in millions shared by A–E.",
        "Weight decay is written as '5 · 10^−4' (an L2 penalty multiplier).",
        "Epochs (74) are given in brackets after the iteration count; both steps and epochs are annotated.",
        "A smaller initial learning rate 10^−3 applies to the S = 384 nets only.",
    ],
}
