"""SSD (Liu et al., ECCV 2016): condensed retelling written from memory."""

PAPER = {
    "title": "SSD: Single Shot MultiBox Detector",
    "authors": "Wei Liu, Dragomir Anguelov, Dumitru Erhan, Christian Szegedy, Scott Reed, Cheng-Yang Fu and "
               "Alexander C. Berg",
    "affil": "UNC Chapel Hill · Zoox Inc. · Google Inc. · University of Michigan, Ann-Arbor",
    "header": "ECCV 2016",
    "columns": 1,
    "abstract": (
        "We present a method for detecting objects in images using a single deep neural network. Our approach, "
        "named SSD, discretizes the output space of bounding boxes into a set of default boxes over different "
        "aspect ratios and scales per feature map location. At prediction time, the network generates scores "
        "for the presence of each object category in each default box and produces adjustments to the box to "
        "better match the object shape. Additionally, the network combines predictions from multiple feature "
        "maps with different resolutions to naturally handle objects of various sizes. SSD is simple relative "
        "to methods that require object proposals because it completely eliminates proposal generation and "
        "subsequent pixel or feature resampling stages and encapsulates all computation in a single network. "
        "This makes SSD easy to train and straightforward to integrate into systems that require a detection "
        "component. Experimental results on the PASCAL VOC, COCO, and ILSVRC datasets confirm that SSD has "
        "competitive accuracy to methods that utilize an additional object proposal step and is much faster, "
        "while providing a unified framework for both training and inference. For 300 × 300 input, SSD achieves "
        "74.3% mAP on VOC2007 test at 59 FPS on a Nvidia Titan X and for 512 × 512 input, SSD achieves 76.9% "
        "mAP, outperforming a comparable state-of-the-art Faster R-CNN model. Compared to other single stage "
        "methods, SSD has much better accuracy even with a smaller input image size."),
    "sections": [
        ("1 Introduction", [
            "Current state-of-the-art object detection systems are variants of the following approach: "
            "hypothesize bounding boxes, resample pixels or features for each box, and apply a high-quality "
            "classifier. This pipeline has prevailed on detection benchmarks since the Selective Search work, "
            "through the current leading results on PASCAL VOC, COCO, and ILSVRC detection all based on Faster "
            "R-CNN. While accurate, these approaches have been too computationally intensive for embedded "
            "systems and too slow for real-time applications. Often detection speed is measured in seconds per "
            "frame, and even the fastest high-accuracy detector, Faster R-CNN, operates at only 7 frames per "
            "second (FPS).",
            "This paper presents the first deep network based object detector that does not resample pixels or "
            "features for bounding box hypotheses and is as accurate as approaches that do. This results in a "
            "significant improvement in speed for high-accuracy detection (59 FPS with mAP 74.3% on VOC2007 "
            "test, vs. Faster R-CNN 7 FPS with mAP 73.2% or YOLO 45 FPS with mAP 63.4%). Our improvements "
            "include using a small convolutional filter to predict object categories and offsets in bounding "
            "box locations, using separate predictors (filters) for different aspect ratio detections, and "
            "applying these filters to multiple feature maps from the later stages of a network in order to "
            "perform detection at multiple scales."]),
        ("2 The Single Shot Detector (SSD)", []),
        ("2.1 Model", [
            "The SSD approach is based on a feed-forward convolutional network that produces a fixed-size "
            "collection of bounding boxes and scores for the presence of object class instances in those boxes, "
            "followed by a non-maximum suppression step to produce the final detections. The early network "
            "layers are based on a standard architecture used for high quality image classification (truncated "
            "before any classification layers), which we will call the base network; we use VGG-16. We then add "
            "auxiliary structure to the network to produce detections with the following key features.",
            "<i>Multi-scale feature maps for detection.</i> We add convolutional feature layers to the end of "
            "the truncated base network. These layers decrease in size progressively and allow predictions of "
            "detections at multiple scales. <i>Convolutional predictors for detection.</i> For a feature layer "
            "of size m × n with p channels, the basic element for predicting parameters of a potential detection "
            "is a 3 × 3 × p small kernel that produces either a score for a category, or a shape offset relative "
            "to the default box coordinates. <i>Default boxes and aspect ratios.</i> We associate a set of "
            "default bounding boxes with each feature map cell. For each of k boxes at a given location we "
            "compute c class scores and the 4 offsets, yielding (c + 4)kmn outputs for an m × n feature map.",
            "In SSD300 the predictions come from conv4_3 (38 × 38), conv7 (fc7, 19 × 19), conv8_2 (10 × 10), "
            "conv9_2 (5 × 5), conv10_2 (3 × 3) and conv11_2 (1 × 1), which gives 8732 default boxes per class "
            "in total. By comparison, YOLO uses a 7 × 7 grid with 98 boxes per class."]),
        ("2.2 Training", [
            "<i>Matching strategy.</i> During training we need to determine which default boxes correspond to a "
            "ground truth detection. We begin by matching each ground truth box to the default box with the best "
            "jaccard overlap, and then match default boxes to any ground truth with jaccard overlap higher than a "
            "threshold (0.5).",
            "<i>Training objective.</i> The overall objective loss function is a weighted sum of the "
            "localization loss (loc) and the confidence loss (conf): L(x, c, l, g) = (1/N)(L<sub>conf</sub>(x, c) + "
            "α L<sub>loc</sub>(x, l, g)), where N is the number of matched default boxes. The localization loss "
            "is a Smooth L1 loss between the predicted box and the ground truth box parameters; the confidence "
            "loss is the softmax loss over multiple classes confidences. The weight term α is set to 1 by cross "
            "validation.",
            "<i>Choosing scales and aspect ratios for default boxes.</i> The scale of the default boxes for each "
            "feature map is computed as s<sub>k</sub> = s<sub>min</sub> + (s<sub>max</sub> − s<sub>min</sub>)(k − 1)/(m − 1), "
            "k ∈ [1, m], where s<sub>min</sub> is 0.2 and s<sub>max</sub> is 0.9, meaning the lowest layer has a "
            "scale of 0.2 and the highest layer has a scale of 0.9. We impose different aspect ratios for the "
            "default boxes, a<sub>r</sub> ∈ {1, 2, 3, 1/2, 1/3}, and for the aspect ratio of 1 we also add a "
            "default box whose scale is s′<sub>k</sub> = √(s<sub>k</sub> s<sub>k+1</sub>), resulting in 6 default "
            "boxes per feature map location.",
            "<i>Hard negative mining.</i> After the matching step, most of the default boxes are negatives. "
            "Instead of using all the negative examples, we sort them using the highest confidence loss for each "
            "default box and pick the top ones so that the ratio between the negatives and positives is at most "
            "3:1. We found that this leads to faster optimization and a more stable training.",
            "<i>Data augmentation.</i> To make the model more robust to various input object sizes and shapes, "
            "each training image is randomly sampled by one of the following options: use the entire original "
            "input image; sample a patch so that the minimum jaccard overlap with the objects is 0.1, 0.3, 0.5, "
            "0.7, or 0.9; or randomly sample a patch. The size of each sampled patch is [0.1, 1] of the original "
            "image size, and the aspect ratio is between 1/2 and 2. After the aforementioned sampling step, each "
            "sampled patch is resized to fixed size and is horizontally flipped with probability of 0.5, in "
            "addition to applying some photo-metric distortions."]),
        ("3 Experimental Results", [
            "<b>Base network.</b> Our experiments are all based on VGG16, which is pre-trained on the ILSVRC "
            "CLS-LOC dataset. Similar to DeepLab-LargeFOV, we convert fc6 and fc7 to convolutional layers, "
            "subsample parameters from fc6 and fc7, change pool5 from 2 × 2 − s2 to 3 × 3 − s1, and use the à "
            "trous algorithm to fill the \"holes\". We remove all the dropout layers and the fc8 layer. We "
            "fine-tune the resulting model using SGD with initial learning rate 10<super>−3</super>, 0.9 "
            "momentum, 0.0005 weight decay, and batch size 32. The learning rate decay policy is slightly "
            "different for each dataset, and we will describe details later. The full training and testing "
            "code is built on Caffe and is open source."]),
        ("3.1 PASCAL VOC2007", [
            "On this dataset, we compare against Fast R-CNN and Faster R-CNN on VOC2007 test (4952 images). All "
            "methods fine-tune on the same pre-trained VGG16 network. We use conv4_3, conv7 (fc7), conv8_2, "
            "conv9_2, conv10_2, and conv11_2 to predict both location and confidences. Since conv4_3 has a "
            "different feature scale compared to the other layers, we use the L2 normalization technique to "
            "scale the feature norm at each location in the feature map to 20 and learn the scale during back "
            "propagation. We use the 10<super>−3</super> learning rate for 40k iterations, then continue "
            "training for 10k iterations with 10<super>−4</super> and 10<super>−5</super>. When training on VOC2007 "
            "trainval, SSD300 is already more accurate than Fast R-CNN. If we train SSD with a larger 512 × 512 "
            "input image, it is even more accurate, surpassing Faster R-CNN by 1.7% mAP. If we train SSD with "
            "more (i.e. 07+12) data, SSD300 is already better than Faster R-CNN by 1.1% and SSD512 is 3.6% "
            "better.",
            "@TABLE:0@"]),
        ("3.2 Model analysis and inference time", [
            "Data augmentation is crucial: Fast and Faster R-CNN use the original image and the horizontal flip "
            "to train, whereas our more extensive sampling strategy improves mAP by 8.8%. Using more default box "
            "shapes is better, and multiple output layers at different resolutions are better. Considering the "
            "large number of boxes generated, it is essential to perform non-maximum suppression efficiently "
            "during inference. By using a confidence threshold of 0.01, we can filter out most boxes; we then "
            "apply nms with jaccard overlap of 0.45 per class and keep the top 200 detections per image.",
            "@TABLE:1@"]),
        ("3.3 PASCAL VOC2012", [
            "We use the same settings as those used for our basic VOC2007 experiments above, except that we use "
            "VOC2012 trainval and VOC2007 trainval and test (21503 images) for training, and test on VOC2012 "
            "test (10991 images). We train the models with 10<super>−3</super> learning rate for 60k iterations, "
            "then 10<super>−4</super> for 20k iterations. SSD300 (72.4 mAP) improves accuracy over Fast and "
            "Faster R-CNN, and SSD512 reaches 74.9 mAP; compared to YOLO (57.9 mAP), SSD300 is significantly "
            "more accurate."]),
        ("3.4 COCO", [
            "To further validate the SSD framework, we trained our SSD300 and SSD512 architectures on the COCO "
            "dataset. Since objects in COCO tend to be smaller than PASCAL VOC, we use smaller default boxes for "
            "all layers: we follow the strategy of Section 2.2, but now our smallest default box has a scale of "
            "0.15 instead of 0.2, and the scale of the default box on conv4_3 is 0.07. We use the trainval35k "
            "for training. We first train the model with 10<super>−3</super> learning rate for 160k iterations, "
            "and then continue training for 40k iterations with 10<super>−4</super> and 40k iterations with "
            "10<super>−5</super>.",
            "@TABLE:2@"]),
        ("3.5 Preliminary ILSVRC results", [
            "We applied the same network architecture we used for COCO to the ILSVRC DET dataset. We train a "
            "SSD300 model using the ILSVRC2014 DET train and val1. We first train the model with "
            "10<super>−3</super> learning rate for 320k iterations, and then continue training for 80k iterations "
            "with 10<super>−4</super> and 40k iterations with 10<super>−5</super>. We can achieve 43.4 mAP on the "
            "val2 set, again validating that SSD is a general framework for high quality real-time detection."]),
        ("3.6 Data Augmentation for Small Object Accuracy", [
            "Without a follow-up feature resampling step, the classification task for small objects is relatively "
            "hard for SSD. To implement a \"zoom out\" operation that creates more small training examples, we "
            "first randomly place an image on a canvas of 16× of the original image size filled with mean values "
            "before we do any random crop operation. Because we have more training images by introducing this "
            "new \"expansion\" data augmentation trick, we have to double the training iterations. We have seen "
            "a consistent increase of 2%–3% mAP across multiple datasets: SSD300* reaches 77.2 and SSD512* 79.8 "
            "mAP on VOC2007 test."]),
        ("4 Related Work", [
            "There are two established classes of methods for object detection in images, one based on sliding "
            "windows and the other based on region proposal classification. R-CNN combined selective search "
            "region proposals with post-classification by a convolutional network; SPPnet and Fast R-CNN sped "
            "up the classification step, and Faster R-CNN replaced selective search with proposals learned by a "
            "region proposal network (RPN), reporting 73.2% mAP on VOC2007 test. OverFeat and YOLO skip the "
            "proposal step and directly predict boxes; YOLO uses the whole topmost feature map to predict "
            "confidences for multiple categories and bounding boxes on a 7 × 7 grid and runs at 45 FPS."]),
        ("5 Conclusions", [
            "This paper introduces SSD, a fast single-shot object detector for multiple categories. A key "
            "feature of our model is the use of multi-scale convolutional bounding box outputs attached to "
            "multiple feature maps at the top of the network. Our SSD512 model significantly outperforms the "
            "state-of-the-art Faster R-CNN in terms of accuracy on PASCAL VOC and COCO, while being 3× faster. "
            "Our real time SSD300 model runs at 59 FPS, which is faster than the current real time YOLO "
            "alternative, while producing markedly superior detection accuracy."]),
    ],
    "tables": [
        {"caption": "Table 1: PASCAL VOC2007 test detection results. Fast and Faster R-CNN use input images "
                    "whose minimum dimension is 600. The two SSD models have exactly the same settings except "
                    "that they have different input sizes (300 × 300 vs. 512 × 512). Data: \"07\": VOC2007 "
                    "trainval, \"07+12\": union of VOC2007 and VOC2012 trainval, \"07+12+COCO\": first train on "
                    "COCO trainval35k then fine-tune on 07+12.",
         "rows": [["Method", "data", "mAP"],
                  ["Fast R-CNN", "07", "66.9"],
                  ["Fast R-CNN", "07+12", "70.0"],
                  ["Faster R-CNN", "07", "69.9"],
                  ["Faster R-CNN", "07+12", "73.2"],
                  ["Faster R-CNN", "07+12+COCO", "78.8"],
                  ["SSD300", "07", "68.0"],
                  ["SSD300", "07+12", "74.3"],
                  ["SSD300", "07+12+COCO", "79.6"],
                  ["SSD512", "07", "71.6"],
                  ["SSD512", "07+12", "76.8"],
                  ["SSD512", "07+12+COCO", "81.6"]]},
        {"caption": "Table 2: Results on Pascal VOC2007 test. SSD300 is the only real-time detection method "
                    "that can achieve above 70% mAP. Speed measured with a Titan X.",
         "rows": [["Method", "mAP", "FPS", "batch size", "# Boxes", "Input resolution"],
                  ["Faster R-CNN (VGG16)", "73.2", "7", "1", "∼6000", "∼1000 × 600"],
                  ["YOLO (VGG16)", "66.4", "21", "1", "98", "448 × 448"],
                  ["Fast YOLO", "52.7", "155", "1", "98", "448 × 448"],
                  ["YOLO", "63.4", "45", "1", "98", "448 × 448"],
                  ["SSD300", "74.3", "46", "1", "8732", "300 × 300"],
                  ["SSD512", "76.8", "19", "1", "24564", "512 × 512"],
                  ["SSD300", "74.3", "59", "8", "8732", "300 × 300"],
                  ["SSD512", "76.8", "22", "8", "24564", "512 × 512"]]},
        {"caption": "Table 3: COCO test-dev2015 detection results (average precision).",
         "rows": [["Method", "data", "AP@[0.5:0.95]", "AP@0.5"],
                  ["Fast R-CNN", "train", "19.7", "35.9"],
                  ["Faster R-CNN", "trainval", "21.9", "42.7"],
                  ["SSD300", "trainval35k", "23.2", "41.2"],
                  ["SSD512", "trainval35k", "26.8", "46.5"]]},
    ],
    "references": [
        "[1] Uijlings, J.R., van de Sande, K.E., Gevers, T., Smeulders, A.W.: Selective search for object "
        "recognition. IJCV (2013)",
        "[2] Girshick, R., Donahue, J., Darrell, T., Malik, J.: Rich feature hierarchies for accurate object "
        "detection and semantic segmentation. In: CVPR (2014)",
        "[3] Girshick, R.: Fast R-CNN. In: ICCV (2015)",
        "[4] Ren, S., He, K., Girshick, R., Sun, J.: Faster R-CNN: Towards real-time object detection with "
        "region proposal networks. In: NIPS (2015)",
        "[5] Redmon, J., Divvala, S., Girshick, R., Farhadi, A.: You only look once: Unified, real-time object "
        "detection. In: CVPR (2016)",
        "[6] Simonyan, K., Zisserman, A.: Very deep convolutional networks for large-scale image recognition. "
        "In: NIPS (2015)",
        "[7] Chen, L.C., Papandreou, G., Kokkinos, I., Murphy, K., Yuille, A.L.: Semantic image segmentation "
        "with deep convolutional nets and fully connected CRFs. In: ICLR (2015)",
        "[8] Liu, W., Rabinovich, A., Berg, A.C.: ParseNet: Looking wider to see better. In: ICLR (2016)",
        "[9] Sermanet, P., Eigen, D., Zhang, X., Mathieu, M., Fergus, R., LeCun, Y.: OverFeat: Integrated "
        "recognition, localization and detection using convolutional networks. In: ICLR (2014)",
        "[10] Everingham, M., Van Gool, L., Williams, C.K., Winn, J., Zisserman, A.: The PASCAL visual object "
        "classes (VOC) challenge. IJCV (2010)",
        "[11] Lin, T.Y., et al.: Microsoft COCO: Common objects in context. In: ECCV (2014)",
        "[12] Jia, Y., et al.: Caffe: Convolutional architecture for fast feature embedding. In: MM (2014)",
    ],
}

TRUTH = {
    "year": 2016,
    "source": "condensed retelling of Liu et al., ECCV 2016 (arXiv:1512.02325), written from memory",
    "task_family": "object-detection",
    "contribution": {"value": "architecture",
                     "quote": "This paper presents the first deep network based object detector that does not "
                              "resample pixels"},
    "claim": {"value": "SSD, a single-shot detector without proposals, is as accurate as proposal-based detectors "
                       "and much faster: SSD300 74.3% mAP on VOC2007 test at 59 FPS vs Faster R-CNN 73.2% at 7 FPS "
                       "and YOLO 63.4% at 45 FPS; SSD512 76.8% (abstract: 76.9%) outperforms Faster R-CNN",
              "quote": "(59 FPS with mAP 74.3% on VOC2007 test, vs. Faster R-CNN 7 FPS with mAP 73.2%"},
    "param_counts": [],
    "architecture": {
        "value": "VGG-16 base (ILSVRC CLS-LOC pre-trained; fc6/fc7 converted to conv, pool5 3×3-s1, à trous, no "
                 "dropout/fc8) plus progressively smaller extra conv layers; 3×3 conv predictors of class scores "
                 "and box offsets on conv4_3 (38×38, L2-normalised, scale 20), conv7, conv8_2, conv9_2, conv10_2, "
                 "conv11_2; default boxes with scales 0.2–0.9 and aspect ratios {1,2,3,1/2,1/3} (6 per location); "
                 "8732 boxes for SSD300, 24564 for SSD512; NMS at test time",
        "quote": "which gives 8732 default boxes per class"},
    "datasets": [
        {"value": "ILSVRC CLS-LOC [VGG16 pre-training]",
         "quote": "which is pre-trained on the ILSVRC CLS-LOC dataset"},
        {"value": "PASCAL VOC2007 (trainval; 07+12 training; test 4952 images)",
         "quote": "Faster R-CNN on VOC2007 test (4952 images)"},
        {"value": "PASCAL VOC2012 (train on VOC2012 trainval + VOC2007 trainval and test, 21503 images; test "
                  "10991 images)",
         "quote": "VOC2012 trainval and VOC2007 trainval and test (21503 images)"},
        {"value": "COCO (trainval35k training; test-dev2015 evaluation)",
         "quote": "We use the trainval35k for training."},
        {"value": "ILSVRC2014 DET (train and val1; evaluated on val2)",
         "quote": "We train a SSD300 model using the ILSVRC2014 DET train and val1."},
    ],
    "metrics": [
        {"value": "mAP (PASCAL VOC, ILSVRC val2)", "quote": "Table 1: PASCAL VOC2007 test detection results."},
        {"value": "AP@[0.5:0.95] and AP@0.5 (COCO)", "quote": "Method data AP@[0.5:0.95] AP@0.5"},
        {"value": "speed in FPS (Titan X)", "quote": "Method mAP FPS batch size # Boxes Input resolution"},
    ],
    "training": {
        "common": {
            "optimizer": {"value": "SGD, momentum 0.9",
                          "quote": "fine-tune the resulting model using SGD with initial learning rate"},
            "momentum": {"value": 0.9, "quote": "0.9 momentum, 0.0005 weight decay, and batch size 32"},
            "learning_rate": {"value": "initial 10^-3; decay policy per dataset", "numbers": [0.001],
                              "quote": "fine-tune the resulting model using SGD with initial learning rate"},
            "weight_decay": {"value": 0.0005, "quote": "0.9 momentum, 0.0005 weight decay, and batch size 32"},
            "batch_size": {"value": 32, "quote": "0.9 momentum, 0.0005 weight decay, and batch size 32"},
            "dropout": {"value": "none (all dropout layers of VGG16 removed)", "numbers": [],
                        "quote": "We remove all the dropout layers and the fc8 layer."},
            "loss_weight": {"value": "α = 1", "numbers": [1], "quote": "The weight term α is set to 1 by cross"},
            "hard_negative_ratio": {"value": "negatives:positives at most 3:1",
                                    "quote": "the ratio between the negatives and positives is at most"},
            "augmentation": {"value": "whole image or patch sampled with min jaccard 0.1/0.3/0.5/0.7/0.9 or random; "
                                      "patch size [0.1, 1], aspect ratio 1/2–2; horizontal flip p = 0.5; "
                                      "photometric distortions",
                             "quote": "sample a patch so that the minimum jaccard overlap with the objects is 0.1"},
        },
        "voc2007": {
            "learning_rate": {"value": "10^-3 for 40k iterations, then 10^-4 and 10^-5 for 10k iterations",
                              "numbers": [0.001, 0.0001, 0.00001],
                              "quote": "learning rate for 40k iterations, then continue training for 10k iterations"},
            "steps": {"value": "40k iterations at 10^-3, then 10k more (at 10^-4 and 10^-5)",
                      "numbers": [40000, 10000],
                      "quote": "learning rate for 40k iterations, then continue training for 10k iterations",
                      "note": "ambiguous whether the 10k iterations are per rate or in total"},
        },
        "voc2012": {
            "learning_rate": {"value": "10^-3 for 60k iterations, then 10^-4 for 20k", "numbers": [0.001, 0.0001],
                              "quote": "learning rate for 60k iterations, then 10"},
            "steps": {"value": "60k + 20k = 80k iterations", "numbers": [60000, 20000],
                      "quote": "learning rate for 60k iterations, then 10"},
        },
        "coco": {
            "learning_rate": {"value": "10^-3 for 160k iterations, then 10^-4 for 40k and 10^-5 for 40k",
                              "numbers": [0.001, 0.0001, 0.00001],
                              "quote": "learning rate for 160k iterations, and then continue training for 40k"},
            "steps": {"value": "160k + 40k + 40k = 240k iterations", "numbers": [160000, 40000, 40000],
                      "quote": "learning rate for 160k iterations, and then continue training for 40k"},
        },
        "ilsvrc_det": {
            "learning_rate": {"value": "10^-3 for 320k iterations, then 10^-4 for 80k and 10^-5 for 40k",
                              "numbers": [0.001, 0.0001, 0.00001],
                              "quote": "learning rate for 320k iterations, and then continue training for 80k"},
            "steps": {"value": "320k + 80k + 40k = 440k iterations", "numbers": [320000, 80000, 40000],
                      "quote": "learning rate for 320k iterations, and then continue training for 80k"},
        },
    },
    "not_stated": ["epochs", "warmup", "lora_rank", "lora_alpha", "parameter counts",
                   "per-dataset batch size / weight decay (the common values apply)",
                   "iteration counts of the 'expansion' augmentation runs (only 'double the training iterations')"],
    "paper_notes": [
        "Abstract gives SSD512 76.9% mAP while Table 1/2 give 76.8 (as in the real paper).",
        "Trap: Table 2 batch size column (1 and 8) is inference batch size for timing, not training batch size (32).",
        "Trap: related work restates Faster R-CNN 73.2% and YOLO 45 FPS / 7×7 grid (prior work).",
        "Trap: NMS threshold 0.45, confidence threshold 0.01, top-200 are inference settings.",
        "Learning rates are written with superscripts (10<super>−3</super>), which pypdf extracts as '10−3'.",
        "Four per-dataset schedules share the common optimizer/weight decay/batch size.",
    ],
}
