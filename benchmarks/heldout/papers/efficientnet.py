"""Held-out paper: condensed retelling of Tan & Le, ICML 2019 (EfficientNet), written from memory."""

PAPER = {
    "title": "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
    "authors": "Mingxing Tan and Quoc V. Le",
    "affil": "Google Research, Brain Team, Mountain View, CA",
    "header": "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks (ICML 2019)",
    "columns": 2,
    "abstract": (
        "Convolutional Neural Networks (ConvNets) are commonly developed at a fixed resource budget, and then "
        "scaled up for better accuracy if more resources are available. In this paper, we systematically study "
        "model scaling and identify that carefully balancing network depth, width, and resolution can lead to "
        "better performance. Based on this observation, we propose a new scaling method that uniformly scales "
        "all dimensions of depth/width/resolution using a simple yet highly effective compound coefficient. We "
        "further use neural architecture search to design a new baseline network and scale it up to obtain a "
        "family of models, called EfficientNets. In particular, our EfficientNet-B7 achieves state-of-the-art "
        "84.3% top-1 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster on inference than the best "
        "existing ConvNet. Our EfficientNets also transfer well and achieve state-of-the-art accuracy on "
        "CIFAR-100 (91.7%), Flowers (98.8%), and 3 other transfer learning datasets, with an order of magnitude "
        "fewer parameters."),
    "sections": [
        ("1. Introduction", [
            "Scaling up ConvNets is widely used to achieve better accuracy. For example, ResNet [3] can be scaled "
            "up from ResNet-18 to ResNet-200 by using more layers; recently, GPipe [5] achieved 84.3% ImageNet "
            "top-1 accuracy by scaling up a baseline model four time larger. However, the process of scaling up "
            "ConvNets has never been well understood. The most common way is to scale up ConvNets by their depth "
            "or width; another less common, but increasingly popular, method is to scale up models by image "
            "resolution. In previous work, it is common to scale only one of the three dimensions.",
            "In this paper, we want to study and rethink the process of scaling up ConvNets. Our empirical study "
            "shows that it is critical to balance all dimensions of network width/depth/resolution, and "
            "surprisingly such balance can be achieved by simply scaling each of them with constant ratio. Based "
            "on this observation, we propose a simple yet effective compound scaling method. Unlike conventional "
            "practice that arbitrary scales these factors, our method uniformly scales network width, depth, and "
            "resolution with a set of fixed scaling coefficients."]),
        ("2. Related Work", [
            "<i>ConvNet Accuracy:</i> Since AlexNet won the 2012 ImageNet competition, ConvNets have become "
            "increasingly more accurate by going bigger: while the 2014 ImageNet winner GoogleNet achieves 74.8% "
            "top-1 accuracy with about 6.8M parameters, the 2017 ImageNet winner SENet [4] achieves 82.7% top-1 "
            "accuracy with 145M parameters. Recently, GPipe further pushes the state-of-the-art ImageNet top-1 "
            "validation accuracy to 84.3% using 557M parameters: it is so big that it can only be trained with a "
            "specialized pipeline parallelism library by partitioning the network and spreading each part to a "
            "different accelerator.",
            "<i>ConvNet Efficiency:</i> Deep ConvNets are often over-parameterized. Model compression is a common "
            "way to reduce model size by trading accuracy for efficiency. Handcrafted mobile-size ConvNets such as "
            "SqueezeNets, MobileNets [8] and ShuffleNets have been followed by neural architecture search, which "
            "becomes increasingly popular in designing efficient mobile-size ConvNets [9]."]),
        ("3. Compound Model Scaling", [
            "A ConvNet layer i can be defined as a function Y<sub>i</sub> = F<sub>i</sub>(X<sub>i</sub>). Unlike "
            "regular ConvNet designs that mostly focus on finding the best layer architecture F<sub>i</sub>, model "
            "scaling tries to expand the network length (L<sub>i</sub>), width (C<sub>i</sub>), and/or resolution "
            "(H<sub>i</sub>, W<sub>i</sub>) without changing F<sub>i</sub> predefined in the baseline network.",
            "<i>Observation 1</i> – Scaling up any dimension of network width, depth, or resolution improves "
            "accuracy, but the accuracy gain diminishes for bigger models. <i>Observation 2</i> – In order to "
            "pursue better accuracy and efficiency, it is critical to balance all dimensions of network width, "
            "depth, and resolution during ConvNet scaling.",
            "In this paper, we propose a new compound scaling method, which uses a compound coefficient φ to "
            "uniformly scale network width, depth, and resolution in a principled way: depth d = "
            "α<super>φ</super>, width w = β<super>φ</super>, resolution r = γ<super>φ</super>, s.t. "
            "α · β<super>2</super> · γ<super>2</super> ≈ 2 and α ≥ 1, β ≥ 1, γ ≥ 1, where α, β, γ are constants "
            "that can be determined by a small grid search. Intuitively, φ is a user-specified coefficient that "
            "controls how many more resources are available for model scaling. Since FLOPS of a regular "
            "convolution op is proportional to d, w<super>2</super>, r<super>2</super>, scaling a ConvNet with "
            "this equation will approximately increase total FLOPS by 2<super>φ</super>."]),
        ("4. EfficientNet Architecture", [
            "Since model scaling does not change layer operators in baseline network, having a good baseline "
            "network is also critical. Inspired by [9], we develop our baseline network by leveraging a "
            "multi-objective neural architecture search that optimizes both accuracy and FLOPS. Specifically, we "
            "use the same search space as [9], and use ACC(m) × [FLOPS(m)/T]<super>w</super> as the optimization "
            "goal, where ACC(m) and FLOPS(m) denote the accuracy and FLOPS of model m, T is the target FLOPS and "
            "w = −0.07 is a hyperparameter for controlling the trade-off between accuracy and FLOPS. Here we "
            "optimize FLOPS rather than latency since we are not targeting any specific hardware device. Our "
            "search produces an efficient network, which we name EfficientNet-B0. Since we use the same search "
            "space as [9], the architecture is similar to MnasNet, except our EfficientNet-B0 is slightly bigger "
            "due to the larger FLOPS target (our FLOPS target is 400M). Table 1 shows the architecture of "
            "EfficientNet-B0. Its main building block is mobile inverted bottleneck MBConv [7, 9], to which we "
            "also add squeeze-and-excitation optimization [4].",
            "@TABLE:0@",
            "Starting from the baseline EfficientNet-B0, we apply our compound scaling method to scale it up with "
            "two steps: STEP 1: we first fix φ = 1, assuming twice more resources available, and do a small grid "
            "search of α, β, γ. In particular, we find the best values for EfficientNet-B0 are α = 1.2, β = 1.1, "
            "γ = 1.15, under constraint of α · β<super>2</super> · γ<super>2</super> ≈ 2. STEP 2: we then fix "
            "α, β, γ as constants and scale up baseline network with different φ, to obtain EfficientNet-B1 to B7."]),
        ("5. Experiments", [
            "In this section, we will first evaluate our scaling method on existing ConvNets and the new "
            "EfficientNets. Applied to MobileNets and ResNet, compound scaling improves accuracy over scaling a "
            "single dimension at a similar FLOPS budget."]),
        ("5.1. ImageNet Results for EfficientNet", [
            "We train our EfficientNet models on ImageNet using similar settings as [9]: RMSProp optimizer with "
            "decay 0.9 and momentum 0.9; batch norm momentum 0.99; weight decay 1e-5; initial learning rate 0.256 "
            "that decays by 0.97 every 2.4 epochs. We also use SiLU (Swish-1) activation, AutoAugment, and "
            "stochastic depth with survival probability 0.8. As commonly known that bigger models need more "
            "regularization, we linearly increase dropout ratio from 0.2 for EfficientNet-B0 to 0.5 for B7. We "
            "reserve 25K randomly picked images from the training set as a minival set, and perform early "
            "stopping on this minival; we then evaluate the early-stopped checkpoint on the original validation "
            "set to report the final validation accuracy.",
            "Table 2 shows the performance of all EfficientNet models that are scaled from the same baseline "
            "EfficientNet-B0. Our EfficientNet models generally use an order of magnitude fewer parameters and "
            "FLOPS than other ConvNets with similar accuracy. In particular, our EfficientNet-B7 achieves 84.3% "
            "top1 accuracy with 66M parameters and 37B FLOPS, being more accurate but 8.4x smaller than the "
            "previous best GPipe.",
            "@TABLE:1@",
            "To validate the latency, we have also measured the inference latency for a few representative "
            "ConvNets on a real CPU: EfficientNet-B1 runs 5.7x faster than the widely used ResNet-152, while "
            "EfficientNet-B7 runs about 6.1x faster than GPipe."]),
        ("5.2. Transfer Learning Results for EfficientNet", [
            "We have also evaluated our EfficientNet on a list of commonly used transfer learning datasets, as "
            "shown in Table 3. We borrow the same training settings from [6], which take ImageNet pretrained "
            "checkpoints and finetune on new datasets. Table 4 shows the transfer learning performance: compared "
            "to public available models, our EfficientNet models achieve better accuracy with 4.7x average (up to "
            "21x) parameter reduction; compared to state-of-the-art models, they surpass their accuracy in 5 out "
            "of 8 datasets, using 9.6x fewer parameters.",
            "@TABLE:2@",
            "@TABLE:3@"]),
        ("6. Discussion", [
            "To disentangle the contribution of our proposed scaling method from the EfficientNet architecture, "
            "we compare the ImageNet performance of different scaling methods for the same EfficientNet-B0 "
            "baseline network. In general, all scaling methods improve accuracy with the cost of more FLOPS, but "
            "our compound scaling method can further improve accuracy, by up to 2.5%, than other single-dimension "
            "scaling methods, suggesting the importance of our proposed compound scaling."]),
        ("7. Conclusion", [
            "In this paper, we systematically study ConvNet scaling and identify that carefully balancing network "
            "width, depth, and resolution is an important but missing piece, preventing us from better accuracy "
            "and efficiency. To address this issue, we propose a simple and highly effective compound scaling "
            "method, which enables us to easily scale up a baseline ConvNet to any target resource constraints in "
            "a more principled way, while maintaining model efficiency. Powered by this compound scaling method, "
            "we demonstrate that a mobile-size EfficientNet model can be scaled up very effectively, surpassing "
            "state-of-the-art accuracy with an order of magnitude fewer parameters and FLOPS, on both ImageNet "
            "and five commonly used transfer learning datasets."]),
    ],
    "tables": [
        {"caption": "Table 1: EfficientNet-B0 baseline network – each row describes a stage i with "
                    "L̂<sub>i</sub> layers, with input resolution ⟨Ĥ<sub>i</sub>, Ŵ<sub>i</sub>⟩ and output "
                    "channels Ĉ<sub>i</sub>.",
         "rows": [["Stage", "Operator", "Resolution", "#Channels", "#Layers"],
                  ["1", "Conv3x3", "224 × 224", "32", "1"],
                  ["2", "MBConv1, k3x3", "112 × 112", "16", "1"],
                  ["3", "MBConv6, k3x3", "112 × 112", "24", "2"],
                  ["4", "MBConv6, k5x5", "56 × 56", "40", "2"],
                  ["5", "MBConv6, k3x3", "28 × 28", "80", "3"],
                  ["6", "MBConv6, k5x5", "14 × 14", "112", "3"],
                  ["7", "MBConv6, k5x5", "14 × 14", "192", "4"],
                  ["8", "MBConv6, k3x3", "7 × 7", "320", "1"],
                  ["9", "Conv1x1 & Pooling & FC", "7 × 7", "1280", "1"]]},
        {"caption": "Table 2: EfficientNet Performance Results on ImageNet. All EfficientNet models are "
                    "scaled from our baseline EfficientNet-B0 using different compound coefficient φ. ConvNets "
                    "with similar top-1/top-5 accuracy are grouped together for efficiency comparison.",
         "rows": [["Model", "Top-1 Acc.", "Top-5 Acc.", "#Params", "#FLOPS"],
                  ["EfficientNet-B0", "77.1%", "93.3%", "5.3M", "0.39B"],
                  ["ResNet-50", "76.0%", "93.0%", "26M", "4.1B"],
                  ["DenseNet-169", "76.2%", "93.2%", "14M", "3.5B"],
                  ["EfficientNet-B1", "79.1%", "94.4%", "7.8M", "0.70B"],
                  ["ResNet-152", "77.8%", "93.8%", "60M", "11B"],
                  ["EfficientNet-B2", "80.1%", "94.9%", "9.2M", "1.0B"],
                  ["Inception-v4", "80.0%", "95.0%", "48M", "13B"],
                  ["EfficientNet-B3", "81.6%", "95.7%", "12M", "1.8B"],
                  ["Xception", "79.0%", "94.5%", "23M", "8.4B"],
                  ["EfficientNet-B4", "82.9%", "96.4%", "19M", "4.2B"],
                  ["EfficientNet-B5", "83.6%", "96.7%", "30M", "9.9B"],
                  ["EfficientNet-B6", "84.0%", "96.8%", "43M", "19B"],
                  ["EfficientNet-B7", "84.3%", "97.0%", "66M", "37B"],
                  ["GPipe", "84.3%", "97.0%", "556M", "-"]]},
        {"caption": "Table 3: Transfer Learning Datasets.",
         "rows": [["Dataset", "Train Size", "Test Size", "#Classes"],
                  ["Food-101", "75,750", "25,250", "101"],
                  ["CIFAR-10", "50,000", "10,000", "10"],
                  ["CIFAR-100", "50,000", "10,000", "100"],
                  ["Birdsnap", "47,386", "2,443", "500"],
                  ["Stanford Cars", "8,144", "8,041", "196"],
                  ["Flowers", "2,040", "6,149", "102"],
                  ["FGVC Aircraft", "6,667", "3,333", "100"],
                  ["Oxford-IIIT Pets", "3,680", "3,369", "37"]]},
        {"caption": "Table 4: EfficientNet Performance Performance Results on Transfer Learning Datasets "
                    "accuracy). Our scaled EfficientNet models achieve new state-of-the-art accuracy for 5 out "
                    "of 8 datasets.",
         "rows": [["Dataset", "EfficientNet top-1 Acc."],
                  ["CIFAR-10", "98.9%"],
                  ["CIFAR-100", "91.7%"],
                  ["Birdsnap", "84.3%"],
                  ["Stanford Cars", "94.7%"],
                  ["Flowers", "98.8%"],
                  ["FGVC Aircraft", "92.9%"],
                  ["Oxford-IIIT Pets", "95.4%"],
                  ["Food-101", "93.0%"]]},
    ],
    "references": [
        "[1] J. Deng, W. Dong, R. Socher, L.-J. Li, K. Li, and L. Fei-Fei. ImageNet: A large-scale hierarchical "
        "image database. CVPR, 2009.",
        "[2] E. D. Cubuk, B. Zoph, D. Mane, V. Vasudevan, and Q. V. Le. AutoAugment: Learning augmentation "
        "policies from data. CVPR, 2019.",
        "[3] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. CVPR, 2016.",
        "[4] J. Hu, L. Shen, and G. Sun. Squeeze-and-excitation networks. CVPR, 2018.",
        "[5] Y. Huang, Y. Cheng, D. Chen, H. Lee, J. Ngiam, Q. V. Le, and Z. Chen. GPipe: Efficient training of "
        "giant neural networks using pipeline parallelism. arXiv:1811.06965, 2018.",
        "[6] S. Kornblith, J. Shlens, and Q. V. Le. Do better ImageNet models transfer better? CVPR, 2019.",
        "[7] M. Sandler, A. Howard, M. Zhu, A. Zhmoginov, and L.-C. Chen. MobileNetV2: Inverted residuals and "
        "linear bottlenecks. CVPR, 2018.",
        "[8] A. G. Howard, M. Zhu, B. Chen, et al. MobileNets: Efficient convolutional neural networks for mobile "
        "vision applications. arXiv:1704.04861, 2017.",
        "[9] M. Tan, B. Chen, R. Pang, V. Vasudevan, M. Sandler, A. Howard, and Q. V. Le. MnasNet: Platform-aware "
        "neural architecture search for mobile. CVPR, 2019.",
        "[10] G. Huang, Y. Sun, Z. Liu, D. Sedra, and K. Q. Weinberger. Deep networks with stochastic depth. "
        "ECCV, 2016.",
        "[11] P. Ramachandran, B. Zoph, and Q. V. Le. Searching for activation functions. arXiv:1710.05941, 2018."],
}

TRUTH = {
    "year": 2019,
    "source": "condensed retelling of Tan & Le, ICML 2019, written from memory",
    "task_family": "image-classification",
    "contribution": {
        "value": "architecture",
        "note": "compound scaling method plus a NAS-designed baseline (EfficientNet-B0) scaled into a model family",
        "quote": "we propose a new scaling method that uniformly scales all dimensions"},
    "claim": {
        "value": "Compound scaling of depth, width and resolution of a NAS baseline yields EfficientNets that "
                 "beat prior ConvNets with an order of magnitude fewer parameters and FLOPS: EfficientNet-B7 "
                 "reaches 84.3% ImageNet top-1 (same as GPipe) while being 8.4x smaller and 6.1x faster; "
                 "state-of-the-art transfer accuracy on CIFAR-100 (91.7%), Flowers (98.8%) and 3 other datasets.",
        "quote": "84.3% top-1 accuracy on ImageNet, while being 8.4x smaller and 6.1x faster"},
    "param_counts": [
        {"model": "EfficientNet-B0", "value": 5300000, "quote": "EfficientNet-B0 77.1% 93.3% 5.3M 0.39B"},
        {"model": "EfficientNet-B1", "value": 7800000, "quote": "EfficientNet-B1 79.1% 94.4% 7.8M 0.70B"},
        {"model": "EfficientNet-B2", "value": 9200000, "quote": "EfficientNet-B2 80.1% 94.9% 9.2M 1.0B"},
        {"model": "EfficientNet-B3", "value": 12000000, "quote": "EfficientNet-B3 81.6% 95.7% 12M 1.8B"},
        {"model": "EfficientNet-B4", "value": 19000000, "quote": "EfficientNet-B4 82.9% 96.4% 19M 4.2B"},
        {"model": "EfficientNet-B5", "value": 30000000, "quote": "EfficientNet-B5 83.6% 96.7% 30M 9.9B"},
        {"model": "EfficientNet-B6", "value": 43000000, "quote": "EfficientNet-B6 84.0% 96.8% 43M 19B"},
        {"model": "EfficientNet-B7", "value": 66000000, "quote": "EfficientNet-B7 84.3% 97.0% 66M 37B"},
    ],
    "architecture": {
        "value": "EfficientNet-B0 found by multi-objective NAS (MnasNet search space, ACC×(FLOPS/T)^w, w=−0.07, "
                 "T=400M FLOPS): Conv3x3 stem (32 ch), MBConv1/MBConv6 stages with 3×3/5×5 kernels and "
                 "squeeze-and-excitation (16, 24, 40, 80, 112, 192, 320 channels), Conv1x1 1280 + pooling + FC; "
                 "B1–B7 by compound scaling d=α^φ, w=β^φ, r=γ^φ with α=1.2, β=1.1, γ=1.15",
        "quote": "we find the best values for EfficientNet-B0 are α = 1.2, β = 1.1"},
    "datasets": [
        {"value": "ImageNet (25K training images held out as minival for early stopping)",
         "quote": "We train our EfficientNet models on ImageNet"},
        {"value": "CIFAR-10 [transfer, fine-tuning]", "quote": "CIFAR-10 50,000 10,000 10"},
        {"value": "CIFAR-100 [transfer, fine-tuning]", "quote": "CIFAR-100 50,000 10,000 100"},
        {"value": "Flowers [transfer, fine-tuning]", "quote": "Flowers 2,040 6,149 102"},
        {"value": "Stanford Cars [transfer, fine-tuning]", "quote": "Stanford Cars 8,144 8,041 196"},
        {"value": "Oxford-IIIT Pets [transfer, fine-tuning]", "quote": "Oxford-IIIT Pets 3,680 3,369 37"},
        {"value": "Food-101 [transfer, fine-tuning]", "quote": "Food-101 75,750 25,250 101"},
        {"value": "Birdsnap [transfer, fine-tuning]", "quote": "Birdsnap 47,386 2,443 500"},
        {"value": "FGVC Aircraft [transfer, fine-tuning]", "quote": "FGVC Aircraft 6,667 3,333 100"},
    ],
    "metrics": [
        {"value": "top-1 and top-5 accuracy (ImageNet)", "quote": "Model Top-1 Acc. Top-5 Acc. #Params #FLOPS"},
        {"value": "parameters and FLOPS", "quote": "fewer parameters and FLOPS than other ConvNets with similar accuracy"},
        {"value": "inference latency on CPU", "quote": "inference latency for a few representative ConvNets on a real CPU"},
        {"value": "top-1 accuracy on transfer datasets", "quote": "Performance Results on Transfer Learning Datasets"},
    ],
    "training": {
        "imagenet": {
            "optimizer": {"value": "RMSProp with decay 0.9 and momentum 0.9",
                          "quote": "RMSProp optimizer with decay 0.9 and momentum 0.9"},
            "momentum": {"value": 0.9, "quote": "RMSProp optimizer with decay 0.9 and momentum 0.9"},
            "learning_rate": {"value": "0.256 initial, decayed by 0.97 every 2.4 epochs", "numbers": [0.256],
                              "quote": "initial learning rate 0.256"},
            "lr_schedule": {"value": "exponential decay by 0.97 every 2.4 epochs", "numbers": [0.97, 2.4],
                            "quote": "that decays by 0.97 every 2.4 epochs"},
            "weight_decay": {"value": 0.00001, "quote": "weight decay 1e-5"},
            "dropout": {"value": "linearly increased from 0.2 (B0) to 0.5 (B7)", "numbers": [0.2, 0.5],
                        "quote": "we linearly increase dropout ratio from 0.2 for",
                        "note": "sentence continues across the page break: 'EfficientNet-B0 to 0.5 for B7'"},
            "stochastic_depth": {"value": "survival probability 0.8", "numbers": [0.8],
                                 "quote": "stochastic depth with survival probability 0.8"},
            "batch_norm_momentum": {"value": 0.99, "quote": "batch norm momentum 0.99"},
            "augmentation": {"value": "AutoAugment", "quote": "activation, AutoAugment, and"},
            "early_stopping": {"value": "early stopping on a 25K-image minival split from the training set",
                               "quote": "reserve 25K randomly picked images from the training set"},
        },
        "transfer_finetune": {
            "initialisation": {"value": "ImageNet pretrained checkpoints, fine-tuned with the settings of Kornblith et al.",
                               "quote": "which take ImageNet pretrained checkpoints and finetune on new datasets"},
        },
    },
    "not_stated": ["batch_size", "epochs", "steps", "warmup", "lora_rank", "lora_alpha",
                   "transfer fine-tuning hyper-parameters (borrowed from [6], not restated)"],
    "paper_notes": [
        "Related work gives prior models' parameter counts and accuracies (GoogleNet 6.8M/74.8%, SENet 145M/82.7%, "
        "GPipe 557M/84.3%): not this paper's models.",
        "RMSProp 'decay 0.9' is the RMSProp decay, not weight decay (1e-5).",
        "Dropout is a range over the model family (0.2 for B0 to 0.5 for B7).",
        "The learning-rate decay interval is in epochs (2.4) but the total epochs are not given.",
    ],
}
