"""Held-out paper: condensed retelling of Wu & He, "Group Normalization", ECCV 2018 (written from memory;
see TRUTH["source"])."""

PAPER = {
    "title": "Group Normalization",
    "authors": "Yuxin Wu and Kaiming He",
    "affil": "Facebook AI Research (FAIR)",
    "header": "Group Normalization",
    "columns": 1,
    "abstract": (
        "Batch Normalization (BN) is a milestone technique in the development of deep learning, enabling "
        "various networks to train. However, normalizing along the batch dimension introduces problems — BN's "
        "error increases rapidly when the batch size becomes smaller, caused by inaccurate batch statistics "
        "estimation. This limits BN's usage for training larger models and transferring features to computer "
        "vision tasks including detection, segmentation, and video, which require small batches constrained by "
        "memory consumption. In this paper, we present Group Normalization (GN) as a simple alternative to BN. "
        "GN divides the channels into groups and computes within each group the mean and variance for "
        "normalization. GN's computation is independent of batch sizes, and its accuracy is stable in a wide "
        "range of batch sizes. On ResNet-50 trained in ImageNet, GN has 10.6% lower error than its BN "
        "counterpart when using a batch size of 2; when using typical batch sizes, GN is comparably good with BN "
        "and outperforms other normalization variants. Moreover, GN can be naturally transferred from "
        "pre-training to fine-tuning. GN can outperform its BN-based counterparts for object detection and "
        "segmentation in COCO, and for video classification in Kinetics, showing that GN can effectively replace "
        "the powerful BN in a variety of tasks. GN can be easily implemented by a few lines of code in modern "
        "libraries."),
    "sections": [
        ("1 Introduction", [
            "Batch Normalization (Batch Norm or BN) [6] has been established as a very effective component in deep "
            "learning. BN normalizes the features by the mean and variance computed within a (mini-)batch. This "
            "has been shown by many practices to ease optimization and enable very deep networks to converge. "
            "Despite its great success, BN exhibits drawbacks that are also caused by its distinct behavior of "
            "normalizing along the batch dimension. In particular, it is required for BN to work with a "
            "<i>sufficiently large batch size</i> (e.g., 32 per worker). A small batch leads to inaccurate "
            "estimation of the batch statistics, and reducing BN's batch size increases the model error "
            "dramatically.",
            "As a result, many recent models are trained with non-trivial batch sizes that are memory-consuming. "
            "The heavy reliance on BN's effectiveness to train models in turn prohibits people from exploring "
            "higher-capacity models that would be limited by memory. The restriction on batch sizes is more "
            "demanding in computer vision tasks including detection, segmentation, video recognition, and other "
            "high-level systems built on them. The Fast/er and Mask R-CNN frameworks use a batch size of 1 or 2 "
            "images because of higher resolution, where BN is \u201cfrozen\u201d by transforming to a linear layer.",
            "In this paper, we present Group Normalization (GN) as a simple alternative to BN. We notice that "
            "many classical features like SIFT and HOG are <i>group-wise</i> features and involve "
            "<i>group-wise normalization</i>. Analogously, we propose GN as a layer that divides channels into "
            "groups and normalizes the features within each group. GN does not exploit the batch dimension, and "
            "its computation is independent of batch sizes.",
            "GN behaves very stably over a wide range of batch sizes. With a batch size of 2 samples, GN has 10.6% "
            "lower error than its BN counterpart for ResNet-50 in ImageNet. With a regular batch size, GN is "
            "comparably good as BN (with a gap of ~0.5%) and outperforms other normalization variants."]),
        ("2 Related Work", [
            "<b>Normalization.</b> Normalization layers in deep networks had been widely used before the "
            "development of BN. Local Response Normalization (LRN) was a component in AlexNet and following "
            "models. BN performs more global normalization along the batch dimension, and it is required to "
            "compute moving averages of mean and variance during training for use at inference. Layer "
            "Normalization (LN) [1] operates along the channel dimension, and Instance Normalization (IN) [10] "
            "performs BN-like computation but only for each sample. Weight Normalization (WN) normalizes the "
            "filter weights instead of operating on features.",
            "<b>Addressing small batches.</b> Ioffe [5] proposes Batch Renormalization (BR) that alleviates BN's "
            "issue involving small batches. BR introduces two extra parameters that constrain the estimated mean "
            "and variance of BN within a certain range, reducing their drift when the batch size is small. "
            "Peng et al. [8] resolve the small-batch issue in detection by synchronizing BN across as many as "
            "128 GPUs, but this does not solve the problem for memory-limited settings. Goyal et al. [3] train "
            "ResNet-50 with a minibatch of 8192 images on 256 GPUs in one hour using a linear scaling rule for "
            "the learning rate and a gradual warm-up; their setting targets large batches, not small ones.",
            "<b>Group-wise computation.</b> Group convolutions have been presented by AlexNet for distributing a "
            "model into two GPUs. The concept of groups as a dimension for model design has been more widely "
            "studied recently, e.g., in ResNeXt and MobileNet."]),
        ("3 Group Normalization", [
            "<b>Formulation.</b> We first describe a general formulation of feature normalization. A family of "
            "feature normalization methods, including BN, LN, IN, and GN, perform the computation "
            "x<super>^</super><sub>i</sub> = (x<sub>i</sub> − μ<sub>i</sub>) / σ<sub>i</sub>, where x is the feature computed "
            "by a layer and i is an index. In the case of 2D images, i = (i<sub>N</sub>, i<sub>C</sub>, "
            "i<sub>H</sub>, i<sub>W</sub>) is a 4D vector indexing the features in (N, C, H, W) order. The mean "
            "μ<sub>i</sub> and standard deviation σ<sub>i</sub> are computed over a set of pixels S<sub>i</sub>, "
            "with a small constant ε added to the variance. The methods differ in how the set S<sub>i</sub> is "
            "defined: BN normalizes over (N, H, W) per channel, LN over (C, H, W) per sample, and IN over (H, W) "
            "per sample and channel. All of them learn a per-channel linear transform "
            "y<sub>i</sub> = γx<super>^</super><sub>i</sub> + β to compensate for the possible lost of representational "
            "ability.",
            "<b>Group Norm.</b> Formally, a Group Norm layer computes μ and σ in a set S<sub>i</sub> defined as "
            "the pixels of the same sample whose channels fall in the same group: "
            "S<sub>i</sub> = {k | k<sub>N</sub> = i<sub>N</sub>, floor(k<sub>C</sub>/(C/G)) = "
            "floor(i<sub>C</sub>/(C/G))}. Here G is the number of groups, which is a pre-defined hyper-parameter "
            "(G = 32 by default), and C/G is the number of channels per group. GN computes μ and σ along the "
            "(H, W) axes and along a group of C/G channels. As in the other methods, GN also learns the "
            "per-channel γ and β.",
            "<b>Relation to prior work.</b> LN, IN, and GN all perform independent computations along the batch "
            "axis. The two extreme cases of GN are equivalent to LN and IN. If we set the group number as "
            "G = 1, GN becomes LN; if we set G = C (i.e., one channel per group), GN becomes IN.",
            "<b>Implementation.</b> GN can be easily implemented by a few lines of code in PyTorch and "
            "TensorFlow where automatic differentiation is supported: the feature tensor is reshaped to "
            "(N, G, C/G, H, W), the mean and variance are taken over the last three axes, and the normalized "
            "tensor is reshaped back and scaled by γ and shifted by β."]),
        ("4 Experiments", []),
        ("4.1 Image Classification in ImageNet", [
            "We experiment in the ImageNet classification dataset with 1000 classes. We train on the ~1.28M "
            "training images and evaluate on the 50,000 validation images, using the ResNet models [4].",
            "<i>Implementation details.</i> As standard practice, we use 8 GPUs to train all models, and the "
            "batch mean and variance of BN are computed within each GPU. We use the method of [4] to initialize "
            "all convolutions for all models. We use 1 to initialize all γ parameters, except for each residual "
            "block's last normalization layer where we initialize γ by 0 following [3] (such that the initial "
            "state of a residual block is identity). We use a weight decay of 0.0001 for all weight layers, "
            "including γ and β. We train 100 epochs for all models, and decrease the learning rate by 10× at "
            "30, 60, and 90 epochs. During training, we adopt the data augmentation of [9] as implemented by [2]. "
            "We evaluate the top-1 classification error on the center crops of 224×224 pixels in the validation "
            "set. To reduce random variations, we report the median error rate of the final 5 epochs [3]. Other "
            "implementation details follow [2].",
            "Our baseline is the ResNet trained with BN [4]. To compare with LN, IN, and GN, we replace BN with "
            "the specific variant. We use the same hyper-parameters for all models. We set G = 32 for GN by "
            "default.",
            "<i>Comparison of feature normalization methods.</i> We first experiment with a regular batch size "
            "of 32 images (per GPU). BN works successfully in this regime, so this is a strong baseline to "
            "compare with. Table 1 shows the error curves' final numbers: GN has 0.5% higher validation error "
            "than BN, while being better than LN (by 1.2%) and IN (by 4.3%). GN also has lower training error "
            "than BN, indicating that GN is effective for easing optimization; its slightly higher validation "
            "error suggests that GN loses some of the regularization ability of BN.",
            "@TABLE:0@",
            "<i>Small batch sizes.</i> Although BN benefits from the stochasticity under some situations, its "
            "error increases when the batch size becomes smaller and the uncertainty gets bigger. We evaluate "
            "batch sizes of 32, 16, 8, 4, 2 images per GPU. In all cases, the BN mean and variance are computed "
            "within each GPU and not synchronized. All models are trained in 8 GPUs. In this set of experiments, "
            "we adopt the linear learning rate scaling rule [7, 3] to adapt to batch size changes — we use a "
            "learning rate of 0.1 [4] for the batch size of 32, and 0.1<i>N</i>/32 for a batch size of "
            "<i>N</i>. This linear scaling rule works well for BN if the total batch size changes (by changing "
            "the number of GPUs) but the per-GPU batch size does not change [3]. We keep the same number of "
            "training epochs for all cases.",
            "@TABLE:1@",
            "Table 2 shows that GN is very stable across batch sizes: its error changes by at most 0.2% over "
            "the whole range, whereas BN's error rises to 34.7% at 2 images per GPU, i.e., GN has 10.6% lower "
            "error than BN at this batch size. We also compare with Batch Renorm (BR) [5] at a batch size of 4, "
            "with its hyper-parameters tuned: BR reduces BN's error to 26.3%, which is still 2.1% worse than "
            "GN's 24.2%.",
            "<i>Group division.</i> Table 3 shows ResNet-50's accuracy with different numbers of groups G (with "
            "a batch size of 32 per GPU). GN with all values of G studied performs reasonably, and G = 32 gives "
            "the best result; the extreme case G = 1 is LN.",
            "@TABLE:2@",
            "<i>Deeper models.</i> We have also compared GN with BN on ResNet-101. With a batch size of 32, our "
            "BN baseline of ResNet-101 has 22.0% validation error, and the GN counterpart has 22.4%, slightly "
            "worse by 0.4%. With a batch size of 2, GN ResNet-101's error is 23.0%, much better than BN's 31.9%."]),
        ("4.2 Object Detection and Segmentation in COCO", [
            "Next we evaluate fine-tuning the models for transferring to object detection and segmentation. "
            "These computer vision tasks in general benefit from higher-resolution input, so the batch size "
            "tends to be small in common practice (1 or 2 images per GPU). As a result, BN is turned into a "
            "linear layer y = (γ/σ)(x − μ) + β where μ and σ are pre-computed from the pre-trained model and "
            "frozen; we denote this as BN*.",
            "We experiment on the Mask R-CNN baselines [11], implemented in the publicly available codebase of "
            "Detectron. We use the end-to-end variant with the same hyper-parameters as in Detectron. We "
            "replace BN* with GN during fine-tuning, using the corresponding models pre-trained from ImageNet. "
            "The models are trained in the COCO train2017 set and evaluated in the COCO val2017 set (a.k.a "
            "minival). We report the standard COCO metrics of Average Precision (AP), AP<sub>50</sub>, and "
            "AP<sub>75</sub>, for bounding box detection (AP<super>bbox</super>) and instance segmentation "
            "(AP<super>mask</super>).",
            "<i>Results of C4 backbone.</i> Table 4 shows the comparison of GN vs. BN* on Mask R-CNN using a "
            "conv<sub>4</sub> backbone (\u201cC4\u201d). This C4 variant uses ResNet's layers of up to "
            "conv<sub>4</sub> to extract feature maps, and ResNet's conv<sub>5</sub> layers as the "
            "Region-of-Interest (RoI) heads. GN improves over BN* by 1.1 box AP and 0.8 mask AP. We note that "
            "the BN* baseline is itself strong; the gain shows that GN makes BN's frozen statistics unnecessary.",
            "@TABLE:3@",
            "<i>Results of FPN backbone.</i> With a Feature Pyramid Network backbone we can also apply GN to the "
            "box head, which BN* cannot normalize; adding GN to both the backbone and the heads further improves "
            "box and mask AP. We can also train Mask R-CNN with GN from scratch, without ImageNet pre-training, "
            "and obtain results competitive with the pre-trained counterparts."]),
        ("4.3 Video Classification in Kinetics", [
            "Lastly we evaluate video classification in the Kinetics dataset. Many video classification models "
            "extend the features to 3D spatial-temporal dimensions, which is memory-demanding and imposes "
            "constraints on the batch sizes and model designs. We experiment with Inflated 3D (I3D) "
            "convolutional networks, using ResNet-50 I3D as the baseline. The models are pre-trained from "
            "ImageNet. For both BN and GN, we extend the normalization from over (H, W) to over (T, H, W), where "
            "T is the temporal axis. We train in the 400-class Kinetics training set and evaluate in the "
            "validation set, reporting top-1 and top-5 classification accuracy using standard 10-clip testing.",
            "We study two different temporal lengths: 32-frame and 64-frame input clips. With 32-frame clips "
            "and a batch size of 8 clips per GPU, BN reaches 73.3% top-1 accuracy and GN 73.0%. When the batch "
            "size is decreased to 4 clips per GPU, BN's accuracy drops to 72.1% while GN's stays at 72.8%. "
            "With 64-frame clips, for which only 4 clips fit per GPU, GN improves over BN; the longer temporal "
            "context is beneficial only when the normalization does not suffer from the small batch."]),
        ("5 Discussion and Future Work", [
            "We have presented GN as an effective normalization layer without exploiting the batch dimension. "
            "We have evaluated GN's behaviors in a variety of applications. We note, however, that BN has been "
            "so influential that many state-of-the-art systems and their hyper-parameters have been designed "
            "for it, which may not be optimal for GN-based models. It is possible that re-designing the systems "
            "or searching new hyper-parameters for GN will give better results."]),
    ],
    "tables": [
        {"caption": "Table 1. Comparison of error rates (%) of ResNet-50 in the ImageNet validation set, trained "
                    "with a batch size of 32 images/GPU.",
         "rows": [["", "BN", "LN", "IN", "GN"],
                  ["val error", "23.6", "25.3", "28.4", "24.1"],
                  ["Δ (vs. BN)", "-", "1.7", "4.8", "0.5"]]},
        {"caption": "Table 2. Sensitivity to batch sizes: ResNet-50's validation error (%) in ImageNet. The last "
                    "row shows the differences between BN and GN.",
         "rows": [["batch size", "32", "16", "8", "4", "2"],
                  ["BN", "23.6", "23.7", "24.8", "27.3", "34.7"],
                  ["GN", "24.1", "24.2", "24.0", "24.2", "24.1"],
                  ["Δ", "0.5", "0.5", "-0.8", "-3.1", "-10.6"]]},
        {"caption": "Table 3. Group division: ResNet-50's validation error (%) in ImageNet trained with 32 "
                    "images/GPU, for different numbers of groups G.",
         "rows": [["# groups (G)", "64", "32", "16", "8", "4", "2", "1 (=LN)"],
                  ["error", "24.6", "24.1", "24.6", "24.4", "24.6", "24.7", "25.3"]]},
        {"caption": "Table 4. Detection and segmentation results in COCO, using Mask R-CNN with the ResNet-50 C4 "
                    "backbone. BN* means BN is frozen.",
         "rows": [["backbone", "AP bbox", "AP mask"],
                  ["R50 BN*", "37.7", "32.8"],
                  ["R50 GN", "38.8", "33.6"]]},
    ],
    "references": [
        "[1] J. L. Ba, J. R. Kiros, and G. E. Hinton. Layer normalization. arXiv:1607.06450, 2016.",
        "[2] S. Gross and M. Wilber. Training and investigating residual nets. 2016.",
        "[3] P. Goyal, P. Dollár, R. Girshick, P. Noordhuis, L. Wesolowski, A. Kyrola, A. Tulloch, Y. Jia, and "
        "K. He. Accurate, large minibatch SGD: Training ImageNet in 1 hour. arXiv:1706.02677, 2017.",
        "[4] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. CVPR, 2016.",
        "[5] S. Ioffe. Batch renormalization: Towards reducing minibatch dependence in batch-normalized models. "
        "NIPS, 2017.",
        "[6] S. Ioffe and C. Szegedy. Batch normalization: Accelerating deep network training by reducing "
        "internal covariate shift. ICML, 2015.",
        "[7] A. Krizhevsky. One weird trick for parallelizing convolutional neural networks. arXiv:1404.5997, 2014.",
        "[8] C. Peng, T. Xiao, Z. Li, Y. Jiang, X. Zhang, K. Jia, G. Yu, and J. Sun. MegDet: A large mini-batch "
        "object detector. CVPR, 2018.",
        "[9] C. Szegedy, W. Liu, Y. Jia, et al. Going deeper with convolutions. CVPR, 2015.",
        "[10] D. Ulyanov, A. Vedaldi, and V. Lempitsky. Instance normalization: The missing ingredient for fast "
        "stylization. arXiv:1607.08022, 2016.",
        "[11] K. He, G. Gkioxari, P. Dollár, and R. Girshick. Mask R-CNN. ICCV, 2017.",
        "[12] J. Carreira and A. Zisserman. Quo vadis, action recognition? A new model and the Kinetics "
        "dataset. CVPR, 2017.",
    ],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Wu & He, ECCV 2018, written from memory",
    "task_family": "image-classification",
    "contribution": {"value": "training-method",
                     "quote": "we present Group Normalization (GN) as a simple alternative to BN. GN divides"},
    "claim": {"value": "Group Normalization is stable across batch sizes: on ResNet-50 in ImageNet it has 10.6% "
                       "lower error than BN at a batch size of 2 (24.1% vs 34.7%), is comparable to BN at the "
                       "regular batch size of 32 (24.1% vs 23.6%) and better than LN and IN; it also beats "
                       "frozen BN for Mask R-CNN in COCO and BN for video classification in Kinetics",
              "quote": "On ResNet-50 trained in ImageNet, GN has 10.6% lower error than its BN"},
    "param_counts": [],
    "architecture": {"value": "Group Normalization layer: channels divided into G groups (G = 32 by default), "
                              "mean and variance computed per sample over (H, W) and the C/G channels of a group, "
                              "per-channel learned gamma/beta; G = 1 is LN, G = C is IN; used in place of BN in "
                              "ResNet-50/101, Mask R-CNN (C4 and FPN backbones) and ResNet-50 I3D",
                     "quote": "(G = 32 by default), and C/G is the number of channels per group"},
    "datasets": [
        {"value": "ImageNet classification (1000 classes, ~1.28M train, 50,000 val)",
         "quote": "We experiment in the ImageNet classification dataset with 1000 classes."},
        {"value": "COCO (train2017 for training, val2017 for evaluation)",
         "quote": "The models are trained in the COCO train2017 set"},
        {"value": "Kinetics (400 classes, train / validation)",
         "quote": "We train in the 400-class Kinetics training set"},
    ],
    "metrics": [
        {"value": "top-1 classification error (center 224x224 crop, ImageNet val; median of final 5 epochs)",
         "quote": "We evaluate the top-1 classification error on the center crops"},
        {"value": "COCO AP, AP50, AP75 for boxes (AP^bbox) and masks (AP^mask)",
         "quote": "We report the standard COCO metrics of Average Precision"},
        {"value": "top-1 and top-5 accuracy (Kinetics, 10-clip testing)",
         "quote": "reporting top-1 and top-5 classification accuracy"},
    ],
    "training": {
        "imagenet": {
            "learning_rate": {"value": "0.1 for a batch size of 32 per GPU; 0.1N/32 for a batch size of N "
                                       "(linear scaling), decreased by 10x at 30, 60 and 90 epochs",
                              "numbers": [0.1],
                              "quote": "learning rate of 0.1 [4] for the batch size of 32"},
            "lr_schedule": {"value": "step: divide by 10 at epochs 30, 60 and 90",
                            "numbers": [30, 60, 90],
                            "quote": "decrease the learning rate by 10× at 30, 60, and 90 epochs"},
            "batch_size": {"value": "32 images per GPU on 8 GPUs by default (256 total); 16, 8, 4, 2 per GPU in "
                                    "the batch-size study",
                           "numbers": [32, 16, 8, 4, 2],
                           "quote": "We evaluate batch sizes of 32, 16, 8, 4, 2 images per GPU.",
                           "note": "default 'regular batch size of 32 images (per GPU)'; 8 GPUs"},
            "epochs": {"value": 100, "quote": "We train 100 epochs for all models"},
            "weight_decay": {"value": 0.0001, "quote": "We use a weight decay of 0.0001 for all weight layers",
                             "note": "applied also to gamma and beta"},
            "groups": {"value": 32, "quote": "We set G = 32 for GN by default."},
            "initialization": {"value": "He init for convolutions; gamma = 1, except 0 for each residual block's "
                                        "last normalization layer",
                               "quote": "We use 1 to initialize all γ parameters"},
        },
        "coco_mask_rcnn": {
            "note_setup": {"value": "Mask R-CNN (end-to-end) with Detectron's default hyper-parameters, "
                                    "fine-tuned from ImageNet-pre-trained GN models; 1 or 2 images per GPU",
                           "quote": "We use the end-to-end variant with the same hyper-parameters as in Detectron."},
        },
        "kinetics_i3d": {
            "batch_size": {"value": "8 or 4 clips per GPU", "numbers": [8, 4],
                           "quote": "and a batch size of 8 clips per GPU"},
            "clip_length": {"value": "32 or 64 frames", "numbers": [32, 64],
                            "quote": "32-frame and 64-frame input clips"},
        },
    },
    "not_stated": ["optimizer (never named; momentum not given)", "dropout", "warmup",
                   "steps", "COCO learning rate, iterations and batch size (deferred to Detectron defaults)",
                   "Kinetics learning rate, epochs and weight decay", "lora_rank", "lora_alpha",
                   "parameter counts"],
    "paper_notes": [
        "Related work restates Goyal et al.'s large-minibatch setting (8192 images, 256 GPUs, linear scaling, "
        "warm-up) and MegDet's 128-GPU synchronized BN: prior work, not this paper's set-up.",
        "Learning rate is given as a rule (0.1 for 32 images/GPU, 0.1N/32 for N); batch sizes are per GPU on 8 GPUs.",
        "Default batch size is stated as 'a regular batch size of 32 images (per GPU)'; the BN baseline is trained "
        "with the same hyper-parameters.",
        "No optimizer is named in the text; the 'SGD' only appears in a reference title.",
        "Task family is image classification (main experiments), though COCO detection/segmentation and Kinetics "
        "video results are also reported.",
    ],
}
