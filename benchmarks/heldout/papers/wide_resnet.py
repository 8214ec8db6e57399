"""Held-out paper: condensed retelling of Zagoruyko & Komodakis, BMVC 2016 (Wide Residual Networks), from memory."""

PAPER = {
    "title": "Wide Residual Networks",
    "authors": "Sergey Zagoruyko and Nikos Komodakis",
    "affil": "Université Paris-Est, École des Ponts ParisTech, Paris, France",
    "header": "ZAGORUYKO, KOMODAKIS: WIDE RESIDUAL NETWORKS",
    "columns": 1,
    "abstract": (
        "Deep residual networks were shown to be able to scale up to thousands of layers and still have "
        "improving performance. However, each fraction of a percent of improved accuracy costs nearly doubling "
        "the number of layers, and so training very deep residual networks has a problem of diminishing feature "
        "reuse, which makes these networks very slow to train. To tackle these problems, in this paper we conduct "
        "a detailed experimental study on the architecture of ResNet blocks, based on which we propose a novel "
        "architecture where we decrease depth and increase width of residual networks. We call the resulting "
        "network structures wide residual networks (WRNs) and show that these are far superior over their "
        "commonly used thin and very deep counterparts. For example, we demonstrate that even a simple "
        "16-layer-deep wide residual network outperforms in accuracy and efficiency all previous deep residual "
        "networks, including thousand-layer-deep networks, achieving new state-of-the-art results on CIFAR and "
        "SVHN and significant improvements on ImageNet. Our code and models are available at "
        "https://github.com/szagoruyko/wide-residual-networks."),
    "sections": [
        ("1 Introduction", [
            "Convolutional neural networks have seen a gradual increase of the number of layers in the last few "
            "years, starting from AlexNet [6], VGG [10], Inception [12] to Residual [3] networks, corresponding to "
            "improvements in many image recognition tasks. Training deep neural networks has several "
            "difficulties, including exploding/vanishing gradients and degradation. Residual networks circumvent "
            "them with identity shortcuts and were shown to train with over a thousand layers [4].",
            "The problem this raises is that a residual network with thousands of layers may use only a few "
            "blocks that learn useful representations, while many blocks share very little information with "
            "small contribution to the final goal. This problem was formulated as <i>diminishing feature "
            "reuse</i>. In this work we study widening of ResNet blocks: we show that widening of ResNet blocks "
            "(if done properly) provides a much more effective way of improving performance of residual networks "
            "compared to increasing their depth. In particular, we present wider deep residual networks that "
            "significantly improve over [4], having 50 times less layers and being more than 2 times faster.",
            "Our contributions are: an experimental study of residual network architectures thoroughly examining "
            "several important aspects of ResNet block structure; a novel widened architecture for ResNet blocks "
            "that allows residual networks to have significantly improved performance; a new way of utilizing "
            "dropout within deep residual networks so as to properly regularize them and prevent overfitting "
            "during training."]),
        ("2 Related Work", [
            "The original residual networks [3] were trained on CIFAR-10 with a mini-batch size of 128, a weight "
            "decay of 0.0001 and a learning rate of 0.1 that was divided by 10 at 32k and 48k iterations, "
            "terminating training at 64k iterations. He et al. [4] later showed that a pre-activation ordering "
            "of batch normalization, activation and convolution (BN-ReLU-conv) trains faster and better, and "
            "reached 4.92% error on CIFAR-10 with a 1001-layer network. Stochastic depth [5] randomly drops "
            "entire residual blocks during training, which reduces training time and improves accuracy of very "
            "deep networks; Highway networks [11] use gated shortcut connections.",
            "Dropout [9] was initially used in fully-connected layers of large networks; with the introduction "
            "of batch normalization [13] its role as a regularizer in convolutional networks was partly taken "
            "over. Our work places dropout between the convolutions of a residual block rather than in the "
            "identity path."]),
        ("3 Wide residual networks", [
            "A residual block with identity mapping can be represented as "
            "x<sub>l+1</sub> = x<sub>l</sub> + F(x<sub>l</sub>, W<sub>l</sub>), where x<sub>l</sub> and "
            "x<sub>l+1</sub> are input and output of the l-th unit in the network, F is a residual function and "
            "W<sub>l</sub> are parameters of the block. We use the pre-activation ordering: batch normalization "
            "and ReLU precede each convolution. The general structure of our residual networks is illustrated in "
            "Table 1: it consists of an initial convolutional layer conv1 that is followed by 3 groups (each of "
            "size N) of residual blocks conv2, conv3 and conv4, followed by average pooling and final "
            "classification layer. The size of conv1 is fixed in all of our experiments, while the introduced "
            "widening factor k scales the width of the residual blocks in the three groups.",
            "@TABLE:0@",
            "Essentially, there are three simple ways to increase the representational power of residual blocks: "
            "to add more convolutional layers per block, to widen the convolutional layers by adding more feature "
            "planes, and to increase filter sizes in convolutional layers. We let B(M) denote a residual block "
            "structure, where M is a list with the kernel sizes of the convolutional layers in a block; for "
            "example, B(3, 1) denotes a residual block with 3 × 3 and 1 × 1 convolutional layers. We compare "
            "B(3, 3), B(3, 1, 3), B(1, 3, 1), B(1, 3), B(3, 1) and B(3, 1, 1) at a similar number of parameters "
            "and find that B(3, 3) turns out to be the best by a small margin; we use it in the rest of the paper.",
            "In the rest of the paper we use the following notation: WRN-n-k denotes a residual network that has "
            "a total number of convolutional layers n and a widening factor k (for example, network with 40 layers "
            "and k = 2 times wider than original would be denoted as WRN-40-2). The original thin residual "
            "network corresponds to k = 1.",
            "<i>Dropout in residual blocks.</i> As widening increases the number of parameters we would like to "
            "study ways of regularization. Residual networks already have batch normalization that provides a "
            "regularization effect, however it requires heavy data augmentation, which we would like to avoid, "
            "and it is not always possible. We add a dropout layer into each residual block between "
            "convolutions, after ReLU, to perturb batch normalization in the next residual block and prevent it "
            "from overfitting."]),
        ("4 Experimental results", [
            "For experiments we chose well-known CIFAR-10, CIFAR-100, SVHN and ImageNet image classification "
            "datasets. CIFAR-10 and CIFAR-100 datasets [7] consist of 32 × 32 color images drawn from 10 and 100 "
            "classes split into 50,000 train and 10,000 test images. For data augmentation we do horizontal flips "
            "and take random crops from image padded by 4 pixels on each side, filling missing pixels with "
            "reflections of original image. We don't use heavy data augmentation as proposed in [2]. SVHN [8] is a "
            "dataset of Google's Street View House Numbers images and contains about 600,000 digit images, coming "
            "from a significantly harder real world problem. For experiments on SVHN we don't do any image "
            "preprocessing, except dividing images by 255 to provide them in [0, 1] range as input.",
            "<i>Type of convolutions and depth versus width.</i> With the number of parameters held roughly "
            "fixed, widening consistently helps: WRN-40-4, with 8.9M parameters, compares favorably to the thin "
            "ResNet-1001, and the 16-layer WRN-16-8 improves further. Beyond a certain width, however, deeper "
            "networks with the same widening factor again improve, indicating that both depth and width "
            "matter; wide networks can successfully learn with a 2 or more times larger number of parameters "
            "than thin ones, which would require doubling the depth of thin networks.",
            "@TABLE:1@",
            "<i>Dropout in residual blocks.</i> We train networks with dropout inserted into residual block "
            "between convolutions on all datasets. We used cross-validation to determine the dropout probability "
            "values, 0.3 on CIFAR and 0.4 on SVHN. Dropout gives a consistent gain on both CIFAR datasets: our "
            "WRN-28-10 with dropout reaches 3.89% on CIFAR-10 and 18.85% on CIFAR-100. On SVHN, where networks "
            "overfit more easily, dropout helps noticeably, and a WRN-16-4 with dropout reaches "
            "1.64% test error.",
            "<i>ImageNet.</i> We also train bottleneck networks in which the inner 3 × 3 convolution of each "
            "block is widened by a factor of 2. Our WRN-50-2-bottleneck outperforms ResNet-152 having 3 times "
            "less layers, and being significantly faster (Table 3).",
            "@TABLE:2@",
            "<i>Implementation details.</i> In all our experiments we use SGD with Nesterov momentum and "
            "cross-entropy loss. The initial learning rate is set to 0.1, weight decay to 0.0005, dampening to 0, "
            "momentum to 0.9 and minibatch size to 128. On CIFAR learning rate dropped by 0.2 at 60, 120 and 160 "
            "epochs and we train for total 200 epochs. On SVHN initial learning rate is set to 0.01 and we drop it "
            "at 80 and 120 epochs by 0.1, training for total 160 epochs. Our implementation is based on Torch [1]. "
            "We use cuDNN v5 and Titan X to measure efficiency of our networks; with cuDNN, wide networks are "
            "several times faster than thin ones of comparable accuracy, as they are better at exploiting the "
            "parallelism of GPUs."]),
        ("5 Conclusions", [
            "We presented a study on the width of residual networks as well as on the use of dropout in residual "
            "architectures. Based on this study, we proposed a wide residual network architecture that provides "
            "state-of-the-art results on several commonly used benchmark datasets (including CIFAR-10, CIFAR-100 "
            "and SVHN) as well as significant improvements on ImageNet. We demonstrate that wide networks with "
            "only 16 layers can significantly outperform 1000-layer deep networks on CIFAR, as well as that "
            "50-layer outperform 152-layer on ImageNet, thus showing that the main power of residual networks is "
            "in residual blocks, and not in extreme depth as claimed earlier."]),
    ],
    "tables": [
        {"caption": "Table 1: Structure of wide residual networks. Network width is determined by factor k. "
                    "Original architecture [3] is equivalent to k = 1. Groups of convolutions are shown in "
                    "brackets where N is a number of blocks in group, downsampling performed by the first "
                    "layers in groups conv3 and conv4. Final classification layer is omitted for clearance.",
         "rows": [["group name", "output size", "block type = B(3, 3)"],
                  ["conv1", "32 × 32", "[3×3, 16]"],
                  ["conv2", "32 × 32", "[3×3, 16×k; 3×3, 16×k] × N"],
                  ["conv3", "16 × 16", "[3×3, 32×k; 3×3, 32×k] × N"],
                  ["conv4", "8 × 8", "[3×3, 64×k; 3×3, 64×k] × N"],
                  ["avg-pool", "1 × 1", "[8 × 8]"]]},
        {"caption": "Table 2: Test error (%) of various methods on CIFAR-10 and CIFAR-100 with moderate data "
                    "augmentation (flip/translation). Results of WRN are without dropout unless noted.",
         "rows": [["Method", "depth-k", "# params", "CIFAR-10", "CIFAR-100"],
                  ["original-ResNet [3]", "110", "1.7M", "6.43", "25.16"],
                  ["stoc-depth [5]", "110", "1.7M", "5.23", "24.58"],
                  ["pre-act-ResNet [4]", "164", "1.7M", "5.46", "24.33"],
                  ["pre-act-ResNet [4]", "1001", "10.2M", "4.92", "22.71"],
                  ["WRN (ours)", "40-4", "8.9M", "4.53", "21.18"],
                  ["WRN (ours)", "16-8", "11.0M", "4.27", "20.43"],
                  ["WRN (ours)", "28-10", "36.5M", "4.00", "19.25"],
                  ["WRN (ours), dropout", "28-10", "36.5M", "3.89", "18.85"]]},
        {"caption": "Table 3: ILSVRC-2012 validation error (single crop) of ResNets and the wide bottleneck "
                    "network.",
         "rows": [["Model", "# params", "top-1 err, %", "top-5 err, %"],
                  ["ResNet-50", "25.6M", "24.01", "7.02"],
                  ["ResNet-101", "44.5M", "22.44", "6.21"],
                  ["ResNet-152", "60.2M", "22.16", "6.16"],
                  ["WRN-50-2-bottleneck", "68.9M", "21.9", "6.03"],
                  ["pre-ResNet-200", "64.7M", "21.66", "5.79"]]},
    ],
    "references": [
        "[1] R. Collobert, K. Kavukcuoglu, and C. Farabet. Torch7: A Matlab-like environment for machine "
        "learning. BigLearn, NIPS Workshop, 2011.",
        "[2] B. Graham. Fractional max-pooling. arXiv:1412.6071, 2014.",
        "[3] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. CoRR, "
        "abs/1512.03385, 2015.",
        "[4] K. He, X. Zhang, S. Ren, and J. Sun. Identity mappings in deep residual networks. CoRR, "
        "abs/1603.05027, 2016.",
        "[5] G. Huang, Y. Sun, Z. Liu, D. Sedra, and K. Q. Weinberger. Deep networks with stochastic depth. "
        "CoRR, abs/1603.09382, 2016.",
        "[6] A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classification with deep convolutional "
        "neural networks. NIPS, 2012.",
        "[7] A. Krizhevsky. Learning multiple layers of features from tiny images. Technical report, 2009.",
        "[8] Y. Netzer, T. Wang, A. Coates, A. Bissacco, B. Wu, and A. Y. Ng. Reading digits in natural images "
        "with unsupervised feature learning. NIPS Workshop, 2011.",
        "[9] N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, and R. Salakhutdinov. Dropout: A simple way "
        "to prevent neural networks from overfitting. JMLR, 2014.",
        "[10] K. Simonyan and A. Zisserman. Very deep convolutional networks for large-scale image recognition. "
        "CoRR, abs/1409.1556, 2014.",
        "[11] R. K. Srivastava, K. Greff, and J. Schmidhuber. Highway networks. CoRR, abs/1505.00387, 2015.",
        "[12] C. Szegedy, W. Liu, Y. Jia, et al. Going deeper with convolutions. CVPR, 2015.",
        "[13] S. Ioffe and C. Szegedy. Batch normalization: Accelerating deep network training by reducing "
        "internal covariate shift. ICML, 2015."],
}

TRUTH = {
    "year": 2016,
    "source": "condensed retelling of Zagoruyko & Komodakis, BMVC 2016, written from memory",
    "task_family": "image-classification",
    "contribution": {
        "value": "architecture",
        "quote": "we propose a novel architecture where we decrease depth and increase width of residual networks"},
    "claim": {
        "value": "Wide residual networks (fewer layers, wider blocks) outperform thin very deep ResNets: a "
                 "16-layer WRN beats all previous deep residual networks including 1000-layer pre-activation "
                 "ResNets in accuracy and efficiency (e.g. WRN-28-10 4.00%/19.25% vs pre-act-ResNet-1001 "
                 "4.92%/22.71% on CIFAR-10/100), and WRN-50-2-bottleneck beats ResNet-152 on ImageNet.",
        "quote": "16-layer-deep wide residual network outperforms in accuracy and efficiency all previous deep"},
    "param_counts": [
        {"model": "WRN-40-4", "value": 8900000, "quote": "WRN (ours) 40-4 8.9M 4.53 21.18"},
        {"model": "WRN-16-8", "value": 11000000, "quote": "WRN (ours) 16-8 11.0M 4.27 20.43"},
        {"model": "WRN-28-10", "value": 36500000, "quote": "WRN (ours) 28-10 36.5M 4.00 19.25"},
        {"model": "WRN-50-2-bottleneck (ImageNet)", "value": 68900000,
         "quote": "WRN-50-2-bottleneck 68.9M 21.9 6.03"},
    ],
    "architecture": {
        "value": "WRN-n-k: pre-activation (BN-ReLU-conv) residual network with a 3×3 conv1 of 16 channels, then "
                 "three groups conv2/conv3/conv4 of N basic B(3,3) blocks with widths 16k, 32k, 64k at 32×32, "
                 "16×16, 8×8, 8×8 average pooling and a classifier; n total conv layers, widening factor k "
                 "(k = 1 is the original ResNet); optional dropout between the two convolutions of each block; "
                 "ImageNet: bottleneck ResNet-50 with the inner 3×3 convolutions widened by 2",
        "quote": "WRN-n-k denotes a residual network that has a total number of convolutional layers n"},
    "datasets": [
        {"value": "CIFAR-10 (50,000 train / 10,000 test, 32×32)", "quote": "CIFAR-10 and CIFAR-100 datasets [7] consist of 32"},
        {"value": "CIFAR-100 (50,000 train / 10,000 test, 32×32)", "quote": "CIFAR-10 and CIFAR-100 datasets [7] consist of 32"},
        {"value": "SVHN (about 600,000 digit images)", "quote": "contains about 600,000 digit images"},
        {"value": "ImageNet (ILSVRC-2012)", "quote": "ILSVRC-2012 validation error (single crop)"},
    ],
    "metrics": [
        {"value": "test error (%) on CIFAR-10/100 and SVHN", "quote": "Test error (%) of various methods on CIFAR-10"},
        {"value": "top-1 and top-5 error (ImageNet, single crop)", "quote": "Model # params top-1 err, % top-5 err, %"},
    ],
    "training": {
        "cifar": {
            "optimizer": {"value": "SGD with Nesterov momentum 0.9, dampening 0",
                          "quote": "we use SGD with Nesterov momentum and cross-entropy loss"},
            "momentum": {"value": 0.9, "quote": "momentum to 0.9 and minibatch size to 128"},
            "learning_rate": {"value": "0.1, multiplied by 0.2 at epochs 60, 120 and 160", "numbers": [0.1],
                              "quote": "The initial learning rate is set to 0.1"},
            "lr_schedule": {"value": "drop by 0.2 at 60, 120 and 160 epochs", "numbers": [0.2, 60, 120, 160],
                            "quote": "On CIFAR learning rate dropped by 0.2 at 60, 120 and 160"},
            "batch_size": {"value": 128, "quote": "momentum to 0.9 and minibatch size to 128"},
            "epochs": {"value": 200, "quote": "we train for total 200 epochs"},
            "weight_decay": {"value": 0.0005, "quote": "weight decay to 0.0005, dampening to 0"},
            "dropout": {"value": "0.3 between convolutions in residual blocks (when dropout is used)",
                        "numbers": [0.3], "quote": "values, 0.3 on CIFAR and 0.4 on SVHN"},
            "augmentation": {"value": "horizontal flips and random crops from images padded by 4 pixels (reflection)",
                             "quote": "take random crops from image padded by 4 pixels on each side"},
        },
        "svhn": {
            "optimizer": {"value": "SGD with Nesterov momentum 0.9, dampening 0",
                          "quote": "we use SGD with Nesterov momentum and cross-entropy loss"},
            "momentum": {"value": 0.9, "quote": "momentum to 0.9 and minibatch size to 128"},
            "learning_rate": {"value": "0.01, multiplied by 0.1 at epochs 80 and 120", "numbers": [0.01],
                              "quote": "On SVHN initial learning rate is set to 0.01"},
            "lr_schedule": {"value": "drop by 0.1 at 80 and 120 epochs", "numbers": [0.1, 80, 120],
                            "quote": "we drop it at 80 and 120 epochs by 0.1"},
            "batch_size": {"value": 128, "quote": "momentum to 0.9 and minibatch size to 128"},
            "epochs": {"value": 160, "quote": "training for total 160 epochs"},
            "weight_decay": {"value": 0.0005, "quote": "weight decay to 0.0005, dampening to 0"},
            "dropout": {"value": 0.4, "quote": "values, 0.3 on CIFAR and 0.4 on SVHN"},
        },
    },
    "not_stated": ["warmup", "steps", "lora_rank", "lora_alpha",
                   "ImageNet training hyper-parameters (optimizer, learning rate, batch size, epochs)"],
    "paper_notes": [
        "Related work restates the original ResNet CIFAR-10 settings (batch 128, weight decay 0.0001, lr 0.1 "
        "divided by 10 at 32k/48k, 64k iterations): prior work, not this paper's set-up.",
        "Training details come at the end of the experiments section under 'Implementation details', after the "
        "results; the dropout rates are given earlier, in the dropout paragraph.",
        "The CIFAR learning-rate drop is a multiplication by 0.2, not a division.",
        "Both set-ups share one sentence for optimizer, weight decay, momentum and batch size; SVHN overrides "
        "the learning rate and schedule.",
        "Dropout is optional: most WRN results in Table 2 are without dropout.",
    ],
}
