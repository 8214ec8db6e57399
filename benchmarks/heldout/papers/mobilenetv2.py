"""Held-out paper: condensed retelling of Sandler et al., CVPR 2018 (MobileNetV2), written from memory."""

PAPER = {
    "title": "MobileNetV2: Inverted Residuals and Linear Bottlenecks",
    "authors": "Mark Sandler, Andrew Howard, Menglong Zhu, Andrey Zhmoginov, Liang-Chieh Chen",
    "affil": "Google Inc.",
    "header": "MobileNetV2: Inverted Residuals and Linear Bottlenecks (CVPR 2018)",
    "columns": 2,
    "abstract": (
        "In this paper we describe a new mobile architecture, MobileNetV2, that improves the state of the art "
        "performance of mobile models on multiple tasks and benchmarks as well as across a spectrum of different "
        "model sizes. We also describe efficient ways of applying these mobile models to object detection in a "
        "novel framework we call SSDLite, and build mobile semantic segmentation models through a reduced form "
        "of DeepLabv3 (Mobile DeepLabv3). MobileNetV2 is based on an "
        "inverted residual structure where the shortcut connections are between the thin bottleneck layers. We "
        "find that it is important to remove non-linearities in the narrow layers "
        "in order to maintain representational power. We measure our performance on ImageNet classification, "
        "COCO object detection and VOC image segmentation, and evaluate the trade-offs between accuracy and the "
        "number of operations measured by multiply-adds (MAdd), as well as actual latency and the number of "
        "parameters."),
    "sections": [
        ("1. Introduction", [
            "Neural networks have revolutionized many areas of machine intelligence, enabling superhuman accuracy "
            "for challenging image recognition tasks. However, the drive to improve accuracy often comes at a "
            "cost: modern state of the art networks require high computational resources beyond the capabilities "
            "of many mobile and embedded applications.",
            "This paper introduces a new neural network architecture that is specifically tailored for mobile and "
            "resource constrained environments. Our main contribution is a novel layer module: the inverted "
            "residual with linear bottleneck. This module takes as an input a low-dimensional compressed "
            "representation which is first expanded to high dimension and filtered with a lightweight depthwise "
            "convolution. Features are subsequently projected back to a low-dimensional representation with a "
            "linear convolution. The module can be efficiently implemented using standard operations in any "
            "modern framework, and it allows our models to beat the state of the art along multiple performance "
            "points using standard benchmarks."]),
        ("2. Related Work", [
            "Tuning deep neural architectures to strike an optimal balance between accuracy and performance has "
            "been an area of active research for the last several years. Both manual architecture search and "
            "improvements in training algorithms have carried out significant improvements over early designs such "
            "as AlexNet [5], VGGNet [10], GoogLeNet [11] and ResNet [3]. Recently there has been lots of progress "
            "in algorithmic architecture exploration, including reinforcement-learning based search, which led to "
            "NASNet [14]; the resulting networks end up very complex.",
            "Our network design is based on MobileNetV1 [4]. It retains its simplicity and does not require any "
            "special operators while significantly improving its accuracy. MobileNetV1 was itself trained with "
            "RMSprop and asynchronous gradient descent, using less regularization and data augmentation than "
            "large models because small models have less trouble with overfitting. ShuffleNet [13] uses group "
            "convolutions and channel shuffle to reduce the cost of pointwise layers."]),
        ("3. Preliminaries, discussion and intuition", []),
        ("3.1. Depthwise Separable Convolutions", [
            "Depthwise separable convolutions are a key building block for many efficient neural network "
            "architectures. The basic idea is to replace a full convolutional operator with a factorized version "
            "that splits convolution into two separate layers: a 3 × 3 depthwise convolution that applies a single "
            "filter per input channel, and a 1 × 1 pointwise convolution that builds new features through "
            "computing linear combinations of the input channels. Standard convolution takes an "
            "h<sub>i</sub> × w<sub>i</sub> × d<sub>i</sub> input tensor and costs "
            "h<sub>i</sub> · w<sub>i</sub> · d<sub>i</sub> · d<sub>j</sub> · k · k; depthwise separable "
            "convolutions cost h<sub>i</sub> · w<sub>i</sub> · d<sub>i</sub>(k<super>2</super> + d<sub>j</sub>), "
            "almost a factor of k<super>2</super> less. MobileNetV2 uses k = 3, so the computational cost is 8 "
            "to 9 times smaller than that of standard convolutions at only a small reduction in accuracy."]),
        ("3.2. Linear Bottlenecks", [
            "It has long been assumed that manifolds of interest in neural networks could be embedded in "
            "low-dimensional subspaces. When a ReLU transformation collapses a channel it inevitably loses "
            "information in that channel; if the manifold of interest lies in a low-dimensional subspace of the "
            "activation space, the ReLU preserves it only when the input space is expanded. We therefore insert "
            "linear bottleneck layers into the convolutional blocks: experimental evidence suggests that using "
            "linear layers is crucial as it prevents non-linearities from destroying too much information."]),
        ("3.3. Inverted residuals", [
            "Inspired by the intuition that the bottlenecks actually contain all the necessary information, while "
            "an expansion layer acts merely as an implementation detail that accompanies a non-linear "
            "transformation of the tensor, we use shortcuts directly between the bottlenecks. A block with input "
            "size h × w, expansion factor t and kernel size k with d′ input channels and d′′ output channels "
            "consists of a 1 × 1 convolution with ReLU6 expanding to td′ channels, a 3 × 3 depthwise convolution "
            "with stride s and ReLU6, and a linear 1 × 1 convolution projecting to d′′ channels. The inverted design "
            "is considerably more memory efficient and, in our experiments, also works slightly better."]),
        ("4. Model Architecture", [
            "Now we describe our architecture in detail. The architecture of MobileNetV2 contains the initial "
            "fully convolution layer with 32 filters, followed by 19 residual bottleneck layers described in "
            "Table 1. We use ReLU6 as the non-linearity because of its robustness when used with low-precision "
            "computation. We always use kernel size 3 × 3 as is standard for modern networks, and utilize dropout "
            "and batch normalization during training.",
            "With the exception of the first layer, we use constant expansion rate throughout the network. In our "
            "experiments we find that expansion rates between 5 and 10 result in nearly identical performance "
            "curves, with smaller networks being better off with slightly smaller expansion rates and larger "
            "networks having slightly better performance with larger expansion rates. For all our main "
            "experiments we use expansion factor of 6 applied to the size of the input tensor.",
            "@TABLE:0@",
            "<i>Trade-off hyper parameters.</i> As in [4] we tailor our architecture to different performance "
            "points, by using the input image resolution and width multiplier as tunable hyper parameters. Our "
            "primary network (width multiplier 1, 224 × 224), has a computational cost of 300 million "
            "multiply-adds and uses 3.4 million parameters. We explore the performance trade-offs, for input "
            "resolutions from 96 to 224, and width multipliers of 0.35 to 1.4. The network computational cost "
            "ranges from 7 multiply-adds to 585M MAdds, while the model size varies between 1.7M and 6.9M "
            "parameters. One minor implementation difference from [4] is that for multipliers less than one, we "
            "apply width multiplier to all layers except the very last convolutional layer."]),
        ("5. Implementation Notes", [
            "A naive implementation of any of the inverted residual blocks requires the full expanded tensor to be "
            "materialized. Because the inner tensor of a block can be computed as a concatenation of per-channel "
            "pieces, the memory required at inference is bounded by the size of the bottleneck tensors rather "
            "than the expansion, which makes the design particularly friendly to mobile inference."]),
        ("6. Experiments", []),
        ("6.1. ImageNet Classification", [
            "<i>Training setup.</i> We train our models using TensorFlow [1]. We use the standard RMSPropOptimizer "
            "with both decay and momentum set to 0.9. We use batch normalization after every layer, and the "
            "standard weight decay is set to 0.00004. Following MobileNetV1 [4] setup we use initial learning rate "
            "of 0.045, and learning rate decay rate of 0.98 per epoch. We use 16 GPU asynchronous workers, and a "
            "batch size of 96.",
            "<i>Results.</i> We compare our networks against MobileNetV1, ShuffleNet and NASNet-A models. The "
            "statistics of a few selected models is shown in Table 2. Running times are measured on a single large "
            "core of the Google Pixel 1 phone using TF-Lite. MobileNetV2 reaches 72.0% Top-1 accuracy with 3.4M "
            "parameters, compared to 70.6% for MobileNetV1, while needing about half of its multiply-adds.",
            "@TABLE:1@"]),
        ("6.2. Object Detection", [
            "We evaluate and compare the performance of MobileNetV2 and V1 as feature extractors for object "
            "detection with a modified version of the Single Shot Detector (SSD) [7] on the COCO dataset [6]. We "
            "also compare to YOLOv2 [8] and original SSD (with VGG-16 as a base network) as baselines.",
            "<i>SSDLite.</i> We introduce a mobile friendly variant of regular SSD. We replace all the regular "
            "convolutions with separable convolutions (depthwise followed by 1 × 1 projection) in SSD prediction "
            "layers. This design is in line with the overall design of MobileNets and is seen to be much more "
            "computationally efficient. For MobileNetV2, the first layer of SSDLite is attached to the expansion "
            "of layer 15 (with output stride of 16); the second and the rest of SSDLite layers are attached on top "
            "of the last layer (with output stride of 32).",
            "Both MobileNet models are trained and evaluated with the Open Source TensorFlow Object Detection API "
            "[2]. The input resolution of both models is 320 × 320. We benchmark and compare both mAP (COCO "
            "challenge metrics), number of parameters and number of Multiply-Adds. The results are shown in "
            "Table 3. MobileNetV2 SSDLite is not only the most efficient model, but also the most accurate of the "
            "three real-time detectors; it outperforms YOLOv2 on COCO while being 20× more efficient and 10× "
            "smaller.",
            "@TABLE:2@"]),
        ("6.3. Semantic Segmentation", [
            "In this section, we compare MobileNetV1 and MobileNetV2 models used as feature extractors with "
            "DeepLabv3 [12] for the task of mobile semantic segmentation. We experiment on the PASCAL VOC 2012 "
            "dataset [9], with extra annotated images and evaluation metric mIOU. We find that building DeepLabv3 "
            "heads on top of the second last feature map is more efficient, and that removing the ASPP module "
            "and using output stride 16 keeps most of the accuracy at a fraction of the cost. The reduced model, "
            "Mobile DeepLabv3, attains 75.32% mIOU with only 2.75B MAdds (Table 4).",
            "@TABLE:3@"]),
        ("7. Conclusions and future work", [
            "We described a very simple network architecture that allowed us to build a family of highly efficient "
            "mobile models. Our basic building unit has several properties that make it particularly suitable for "
            "mobile applications. For the ImageNet dataset, our architecture improves the state of the art for a "
            "wide range of performance points. For object detection, our network outperforms state-of-art "
            "real-time detectors on the COCO dataset both in terms of accuracy and model complexity. On the "
            "theoretical side, the proposed convolutional block has a unique property that allows to separate the "
            "network expressiveness (encoded by expansion layers) from its capacity (encoded by bottleneck "
            "inputs)."]),
    ],
    "tables": [
        {"caption": "Table 1: MobileNetV2: each line describes a sequence of 1 or more identical (modulo "
                    "stride) layers, repeated n times. All layers in the same sequence have the same number c "
                    "of output channels. The first layer of each sequence has a stride s and all others use "
                    "stride 1. The expansion factor t is always applied to the input size.",
         "rows": [["Input", "Operator", "t", "c", "n", "s"],
                  ["224² × 3", "conv2d", "-", "32", "1", "2"],
                  ["112² × 32", "bottleneck", "1", "16", "1", "1"],
                  ["112² × 16", "bottleneck", "6", "24", "2", "2"],
                  ["56² × 24", "bottleneck", "6", "32", "3", "2"],
                  ["28² × 32", "bottleneck", "6", "64", "4", "2"],
                  ["14² × 64", "bottleneck", "6", "96", "3", "1"],
                  ["14² × 96", "bottleneck", "6", "160", "3", "2"],
                  ["7² × 160", "bottleneck", "6", "320", "1", "1"],
                  ["7² × 320", "conv2d 1×1", "-", "1280", "1", "1"],
                  ["7² × 1280", "avgpool 7×7", "-", "-", "1", "-"],
                  ["1 × 1 × 1280", "conv2d 1×1", "-", "k", "-", ""]]},
        {"caption": "Table 2: Performance on ImageNet, comparison for different networks. As is common "
                    "practice for ops, we count the total number of Multiply-Adds. In the last column we report "
                    "running time in milliseconds (ms) for a single large core of the Google Pixel 1 phone "
                    "(using TF-Lite).",
         "rows": [["Network", "Top 1", "Params", "MAdds", "CPU"],
                  ["MobileNetV1", "70.6", "4.2M", "575M", "113ms"],
                  ["ShuffleNet (1.5)", "71.5", "3.4M", "292M", "-"],
                  ["ShuffleNet (x2)", "73.7", "5.4M", "524M", "-"],
                  ["NasNet-A", "74.0", "5.3M", "564M", "183ms"],
                  ["MobileNetV2", "72.0", "3.4M", "300M", "75ms"],
                  ["MobileNetV2 (1.4)", "74.7", "6.9M", "585M", "143ms"]]},
        {"caption": "Table 3: Performance comparison of MobileNetV2 + SSDLite and other realtime detectors on "
                    "the COCO dataset object detection task.",
         "rows": [["Network", "mAP", "Params", "MAdd"],
                  ["SSD300", "23.2", "36.1M", "35.2B"],
                  ["SSD512", "26.8", "36.1M", "99.5B"],
                  ["YOLOv2", "21.6", "50.7M", "17.5B"],
                  ["MNet V1 + SSDLite", "22.2", "5.1M", "1.3B"],
                  ["MNet V2 + SSDLite", "22.1", "4.3M", "0.8B"]]},
        {"caption": "Table 4: MobileNet + DeepLabv3 inference strategy on the PASCAL VOC 2012 validation set "
                    "(output stride 16, no ASPP, single-scale inputs). MNet V2*: second last feature map is used "
                    "for DeepLabv3 heads.",
         "rows": [["Network", "mIOU", "Params", "MAdds"],
                  ["MNet V1", "75.29", "11.15M", "14.25B"],
                  ["MNet V2*", "75.32", "2.11M", "2.75B"]]},
    ],
    "references": [
        "[1] M. Abadi, A. Agarwal, P. Barham, et al. TensorFlow: Large-scale machine learning on heterogeneous "
        "systems, 2015.",
        "[2] J. Huang, V. Rathod, C. Sun, et al. Speed/accuracy trade-offs for modern convolutional object "
        "detectors. CVPR, 2017.",
        "[3] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. CVPR, 2016.",
        "[4] A. G. Howard, M. Zhu, B. Chen, et al. MobileNets: Efficient convolutional neural networks for "
        "mobile vision applications. CoRR, abs/1704.04861, 2017.",
        "[5] A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classification with deep convolutional "
        "neural networks. NIPS, 2012.",
        "[6] T.-Y. Lin, M. Maire, S. Belongie, et al. Microsoft COCO: Common objects in context. ECCV, 2014.",
        "[7] W. Liu, D. Anguelov, D. Erhan, et al. SSD: Single shot multibox detector. ECCV, 2016.",
        "[8] J. Redmon and A. Farhadi. YOLO9000: Better, faster, stronger. CVPR, 2017.",
        "[9] M. Everingham, S. M. A. Eslami, L. Van Gool, et al. The Pascal visual object classes challenge: "
        "A retrospective. IJCV, 2014.",
        "[10] K. Simonyan and A. Zisserman. Very deep convolutional networks for large-scale image "
        "recognition. CoRR, abs/1409.1556, 2014.",
        "[11] C. Szegedy, W. Liu, Y. Jia, et al. Going deeper with convolutions. CVPR, 2015.",
        "[12] L.-C. Chen, G. Papandreou, F. Schroff, and H. Adam. Rethinking atrous convolution for semantic "
        "image segmentation. CoRR, abs/1706.05587, 2017.",
        "[13] X. Zhang, X. Zhou, M. Lin, and J. Sun. ShuffleNet: An extremely efficient convolutional neural "
        "network for mobile devices. CoRR, abs/1707.01083, 2017.",
        "[14] B. Zoph, V. Vasudevan, J. Shlens, and Q. V. Le. Learning transferable architectures for scalable "
        "image recognition. CoRR, abs/1707.07012, 2017."],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Sandler, Howard, Zhu, Zhmoginov & Chen, CVPR 2018, written from memory",
    "task_family": "image-classification",
    "contribution": {
        "value": "architecture",
        "quote": "Our main contribution is a novel layer module: the inverted residual with linear bottleneck."},
    "claim": {
        "value": "MobileNetV2 (inverted residuals with linear bottlenecks) improves the state of the art for "
                 "mobile models across model sizes: 72.0% ImageNet top-1 with 3.4M parameters and 300M MAdds vs "
                 "MobileNetV1 70.6% with 4.2M / 575M (and ShuffleNet, NASNet-A); MobileNetV2 + SSDLite beats "
                 "YOLOv2 on COCO while being 20× more efficient and 10× smaller.",
        "quote": "MobileNetV2 reaches 72.0% Top-1 accuracy with 3.4M parameters"},
    "param_counts": [
        {"model": "MobileNetV2 (width 1.0, 224×224)", "value": 3400000,
         "quote": "multiply-adds and uses 3.4 million parameters"},
        {"model": "MobileNetV2 (1.4)", "value": 6900000, "quote": "MobileNetV2 (1.4) 74.7 6.9M 585M 143ms"},
        {"model": "smallest MobileNetV2 in the trade-off sweep", "value": 1700000,
         "quote": "the model size varies between 1.7M and 6.9M"},
        {"model": "MobileNetV2 + SSDLite (COCO detector)", "value": 4300000,
         "quote": "MNet V2 + SSDLite 22.1 4.3M 0.8B"},
        {"model": "MobileNetV2* + DeepLabv3 (Mobile DeepLabv3)", "value": 2110000,
         "quote": "MNet V2* 75.32 2.11M 2.75B"},
        {"model": "MobileNetV1 + SSDLite (baseline trained by the authors)", "value": 5100000,
         "quote": "MNet V1 + SSDLite 22.2 5.1M 1.3B", "note": "baseline the authors trained themselves"},
        {"model": "MobileNetV1 + DeepLabv3 (baseline trained by the authors)", "value": 11150000,
         "quote": "MNet V1 75.29 11.15M 14.25B", "note": "baseline the authors trained themselves"},
    ],
    "architecture": {
        "value": "MobileNetV2: initial 3×3 conv with 32 filters (stride 2), then 19 inverted-residual linear "
                 "bottleneck layers (1×1 expansion with ReLU6, 3×3 depthwise conv with ReLU6, linear 1×1 "
                 "projection; expansion factor t = 6; residual shortcuts between bottlenecks) in sequences with "
                 "c = 16, 24, 32, 64, 96, 160, 320 channels, 1×1 conv to 1280, 7×7 average pooling and a 1×1 conv "
                 "classifier; width multiplier 0.35–1.4, input resolution 96–224",
        "quote": "fully convolution layer with 32 filters, followed by 19 residual bottleneck layers"},
    "datasets": [
        {"value": "ImageNet (classification)", "quote": "Performance on ImageNet, comparison for different networks"},
        {"value": "COCO (object detection with SSDLite)", "quote": "(SSD) [7] on the COCO dataset [6]"},
        {"value": "PASCAL VOC 2012 (semantic segmentation, with extra annotated images)",
         "quote": "We experiment on the PASCAL VOC 2012 dataset [9], with extra annotated images"},
    ],
    "metrics": [
        {"value": "ImageNet top-1 accuracy", "quote": "Network Top 1 Params MAdds CPU"},
        {"value": "multiply-adds (MAdds), parameters and CPU latency on Google Pixel 1",
         "quote": "single large core of the Google Pixel 1 phone using TF-Lite"},
        {"value": "mAP (COCO challenge metrics)", "quote": "both mAP (COCO challenge metrics)"},
        {"value": "mIOU (PASCAL VOC 2012)", "quote": "with extra annotated images and evaluation metric mIOU"},
    ],
    "training": {
        "imagenet": {
            "optimizer": {"value": "RMSProp with decay 0.9 and momentum 0.9",
                          "quote": "RMSPropOptimizer with both decay and momentum set to 0.9"},
            "momentum": {"value": 0.9, "quote": "RMSPropOptimizer with both decay and momentum set to 0.9"},
            "learning_rate": {"value": "0.045 initial, decayed by 0.98 per epoch", "numbers": [0.045],
                              "quote": "we use initial learning rate of 0.045"},
            "lr_schedule": {"value": "exponential decay, rate 0.98 per epoch", "numbers": [0.98],
                            "quote": "learning rate decay rate of 0.98 per epoch"},
            "weight_decay": {"value": 0.00004, "quote": "the standard weight decay is set to 0.00004"},
            "batch_size": {"value": 96, "quote": "16 GPU asynchronous workers, and a batch size of 96",
                           "note": "16 asynchronous GPU workers; per-worker vs global not spelled out"},
            "dropout": {"value": "dropout is used during training (rate not given)", "numbers": [],
                        "quote": "utilize dropout and batch normalization during training"},
        },
    },
    "not_stated": ["epochs", "steps", "warmup", "dropout rate", "lora_rank", "lora_alpha",
                   "training hyper-parameters of the COCO SSDLite and VOC DeepLabv3 models"],
    "paper_notes": [
        "Related work restates MobileNetV1's training choices (RMSprop, asynchronous gradient descent) without "
        "numbers.",
        "Dropout is mentioned in the architecture section without a rate.",
        "'decay' of RMSProp (0.9) is not weight decay; weight decay is 0.00004 in the next sentence.",
        "The learning rate decay 0.98 per epoch does not give the number of epochs.",
        "Table 3 and Table 4 also list baselines' parameter counts (SSD300 36.1M, YOLOv2 50.7M, MobileNetV1 4.2M).",
    ],
}
