"""Held-out paper: Focal Loss for Dense Object Detection (Lin, Goyal, Girshick, He, Dollár, ICCV 2017),
condensed retelling from memory."""

PAPER = {
    "title": "Focal Loss for Dense Object Detection",
    "authors": "Tsung-Yi Lin, Priya Goyal, Ross Girshick, Kaiming He, Piotr Dollár",
    "affil": "Facebook AI Research (FAIR)",
    "header": "Focal Loss for Dense Object Detection",
    "columns": 2,
    "abstract": (
        "The highest accuracy object detectors to date are based on a two-stage approach popularized by "
        "R-CNN, where a classifier is applied to a sparse set of candidate object locations. In contrast, "
        "one-stage detectors that are applied over a regular, dense sampling of possible object locations "
        "have the potential to be faster and simpler, but have trailed the accuracy of two-stage detectors "
        "thus far. In this paper, we investigate why this is the case. We discover that the extreme "
        "foreground-background class imbalance encountered during training of dense detectors is the "
        "central cause. We propose to address this class imbalance by reshaping the standard cross entropy "
        "loss such that it down-weights the loss assigned to well-classified examples. Our novel Focal Loss "
        "focuses training on a sparse set of hard examples and prevents the vast number of easy negatives "
        "from overwhelming the detector during training. To evaluate the effectiveness of our loss, we "
        "design and train a simple dense detector we call RetinaNet. Our results show that when trained "
        "with the focal loss, RetinaNet is able to match the speed of previous one-stage detectors while "
        "surpassing the accuracy of all existing state-of-the-art two-stage detectors."),
    "sections": [
        ("1. Introduction", [
            "Current state-of-the-art object detectors are based on a two-stage, proposal-driven mechanism. "
            "As popularized in the R-CNN framework [11], the first stage generates a sparse set of candidate "
            "object locations and the second stage classifies each candidate location as one of the "
            "foreground classes or as background using a convolutional neural network. Through a sequence of "
            "advances [10, 28, 20, 14], this two-stage framework consistently achieves top accuracy on the "
            "challenging COCO benchmark [21].",
            "Despite the success of two-stage detectors, a natural question to ask is: could a simple "
            "one-stage detector achieve similar accuracy? Recent work on one-stage detectors, such as YOLO "
            "[26, 27] and SSD [22, 9], demonstrates promising results, yielding faster detectors with "
            "accuracy within 10-40% relative to state-of-the-art two-stage methods.",
            "This paper pushes the envelope further: we present a one-stage object detector that, for the "
            "first time, matches the state-of-the-art COCO AP of more complex two-stage detectors, such as "
            "the Feature Pyramid Network (FPN) [20] or Mask R-CNN [14] variants of Faster R-CNN [28]. To "
            "achieve this result, we identify class imbalance during training as the main obstacle impeding "
            "one-stage detectors from achieving state-of-the-art accuracy and propose a new loss function "
            "that eliminates this barrier.",
            "Class imbalance is addressed in R-CNN-like detectors by a two-stage cascade and sampling "
            "heuristics. In contrast, a one-stage detector must process a much larger set of candidate object "
            "locations regularly sampled across an image. In practice this often amounts to enumerating "
            "~100k locations that densely cover spatial positions, scales, and aspect ratios. In this paper, "
            "we propose a new loss function that acts as a more effective alternative to previous approaches "
            "for dealing with class imbalance. The loss function is a dynamically scaled cross entropy loss, "
            "where the scaling factor decays to zero as confidence in the correct class increases.",
            "To demonstrate the effectiveness of the proposed focal loss, we design a simple one-stage object "
            "detector called RetinaNet, named for its dense sampling of object locations in an input image. "
            "Its design features an efficient in-network feature pyramid and use of anchor boxes. Our best "
            "model, based on a ResNet-101-FPN backbone, achieves a COCO test-dev AP of 39.1 while running at "
            "5 fps, surpassing the previously best published single-model results from both one and "
            "two-stage detectors."]),
        ("2. Related Work", [
            "<b>Two-stage Detectors:</b> The dominant paradigm in modern object detection is based on a "
            "two-stage approach. As pioneered in the Selective Search work [35], the first stage generates a "
            "sparse set of candidate proposals and the second stage classifies the proposals. R-CNN [11] "
            "upgraded the second-stage classifier to a convolutional network. The Region Proposal Networks "
            "(RPN) integrated proposal generation with the second-stage classifier into a single "
            "convolution network, forming the Faster R-CNN framework [28].",
            "<b>One-stage Detectors:</b> OverFeat [30] was one of the first modern one-stage object "
            "detectors based on deep networks. More recently SSD [22, 9] and YOLO [26, 27] have renewed "
            "interest in one-stage methods. These detectors have been tuned for speed but their accuracy "
            "trails that of two-stage methods; SSD has a 10-20% lower AP, while YOLO focuses on an even more "
            "extreme speed/accuracy trade-off.",
            "<b>Class Imbalance:</b> Both classic one-stage object detection methods, like boosted detectors "
            "and DPMs, and more recent methods, like SSD [22], face a large class imbalance during training. "
            "These detectors evaluate 10<super>4</super>-10<super>5</super> candidate locations per image but "
            "only a few locations contain objects. A common solution is to perform some form of hard "
            "negative mining [33, 37, 8, 31, 22] that samples hard examples during training or more complex "
            "sampling/reweighing schemes [2]. In contrast, we show that our proposed focal loss naturally "
            "handles the class imbalance faced by a one-stage detector."]),
        ("3. Focal Loss", [
            "The <i>Focal Loss</i> is designed to address the one-stage object detection scenario in which "
            "there is an extreme imbalance between foreground and background classes during training (e.g., "
            "1:1000). We introduce the focal loss starting from the cross entropy (CE) loss for binary "
            "classification: CE(p, y) = −log(p) if y = 1 and −log(1 − p) otherwise. For notational "
            "convenience we define p<sub>t</sub> = p if y = 1 and 1 − p otherwise, and rewrite "
            "CE(p, y) = CE(p<sub>t</sub>) = −log(p<sub>t</sub>).",
            "<b>Balanced Cross Entropy:</b> A common method for addressing class imbalance is to introduce a "
            "weighting factor α ∈ [0, 1] for class 1 and 1 − α for class −1. In practice α may be set by "
            "inverse class frequency or treated as a hyperparameter to set by cross validation. We write the "
            "α-balanced CE loss as CE(p<sub>t</sub>) = −α<sub>t</sub> log(p<sub>t</sub>).",
            "<b>Focal Loss Definition:</b> While α balances the importance of positive/negative examples, it "
            "does not differentiate between easy/hard examples. Instead, we propose to reshape the loss "
            "function to down-weight easy examples and thus focus training on hard negatives. More formally, "
            "we propose to add a modulating factor (1 − p<sub>t</sub>)<super>γ</super> to the cross entropy "
            "loss, with tunable <i>focusing</i> parameter γ ≥ 0. In practice we use an α-balanced variant of "
            "the focal loss: FL(p<sub>t</sub>) = −α<sub>t</sub>(1 − p<sub>t</sub>)<super>γ</super> "
            "log(p<sub>t</sub>). We found γ = 2 to work best in our experiments, and in general α should be "
            "decreased slightly as γ is increased; γ = 2, α = 0.25 works best.",
            "<b>Class Imbalance and Model Initialization:</b> Binary classification models are by default "
            "initialized to have equal probability of outputting either y = −1 or 1. To counter the "
            "resulting instability in early training, we introduce the concept of a \u2018prior\u2019 for "
            "the value of p estimated by the model for the rare class (foreground) at the start of training. "
            "We denote the prior by π and set it so that the model's estimated p for examples of the rare "
            "class is low, e.g. 0.01."]),
        ("4. RetinaNet Detector", [
            "RetinaNet is a single, unified network composed of a <i>backbone</i> network and two "
            "task-specific <i>subnetworks</i>. The backbone is responsible for computing a convolutional "
            "feature map over an entire input image and is an off-the-self convolutional network. The first "
            "subnet performs convolutional object classification on the backbone's output; the second subnet "
            "performs convolutional bounding box regression.",
            "<b>Feature Pyramid Network Backbone:</b> We adopt the Feature Pyramid Network (FPN) from [20] as "
            "the backbone network for RetinaNet, built on top of the ResNet architecture [16]. We construct a "
            "pyramid with levels P<sub>3</sub> through P<sub>7</sub>, where l indicates pyramid level "
            "(P<sub>l</sub> has resolution 2<super>l</super> lower than the input). All pyramid levels have "
            "C = 256 channels. P<sub>6</sub> is obtained via a 3×3 stride-2 conv on C<sub>5</sub>, and "
            "P<sub>7</sub> is computed by applying ReLU followed by a 3×3 stride-2 conv on P<sub>6</sub>.",
            "<b>Anchors:</b> We use translation-invariant anchor boxes. The anchors have areas of "
            "32<super>2</super> to 512<super>2</super> on pyramid levels P<sub>3</sub> to P<sub>7</sub>, "
            "respectively. At each pyramid level we use anchors at three aspect ratios {1:2, 1:1, 2:1}, and "
            "for denser scale coverage we add anchors of sizes {2<super>0</super>, 2<super>1/3</super>, "
            "2<super>2/3</super>} of the original set of 3 aspect ratio anchors. In total there are A = 9 "
            "anchors per level. Anchors are assigned to ground-truth object boxes using an "
            "intersection-over-union (IoU) threshold of 0.5; and to background if their IoU is in [0, 0.4). "
            "Anchors with IoU in [0.4, 0.5) are ignored during training.",
            "<b>Classification Subnet:</b> The classification subnet predicts the probability of object "
            "presence at each spatial position for each of the A anchors and K object classes. It is a small "
            "FCN attached to each FPN level; parameters of this subnet are shared across all pyramid levels. "
            "Taking an input feature map with C channels from a given pyramid level, the subnet applies four "
            "3×3 conv layers, each with C filters and each followed by ReLU activations, followed by a 3×3 "
            "conv layer with KA filters. Finally sigmoid activations are attached to output the KA binary "
            "predictions per spatial location.",
            "<b>Box Regression Subnet:</b> In parallel with the object classification subnet, we attach "
            "another small FCN to each pyramid level for the purpose of regressing the offset from each "
            "anchor box to a nearby ground-truth object. Its design is identical to the classification "
            "subnet except that it terminates in 4A linear outputs per spatial location. We use a "
            "class-agnostic bounding box regressor which uses fewer parameters and we found to be equally "
            "effective."]),
        ("4.1. Inference and Training", [
            "<b>Inference:</b> RetinaNet forms a single FCN comprised of a ResNet-FPN backbone, a "
            "classification subnet, and a box regression subnet. To improve speed, we only decode box "
            "predictions from at most 1k top-scoring predictions per FPN level, after thresholding detector "
            "confidence at 0.05. The top predictions from all levels are merged and non-maximum suppression "
            "with a threshold of 0.5 is applied to yield the final detections.",
            "<b>Focal Loss:</b> We use the focal loss introduced in this work as the loss on the output of "
            "the classification subnet. The total focal loss of an image is computed as the sum of the focal "
            "loss over all ~100k anchors, <i>normalized by the number of anchors assigned to a ground-truth "
            "box</i>.",
            "<b>Initialization:</b> We experiment with ResNet-50-FPN and ResNet-101-FPN backbones [20]. The "
            "base ResNet-50 and ResNet-101 models are pre-trained on ImageNet1k; we use the models released "
            "by [16]. New layers added for FPN are initialized as in [20]. All new conv layers except the "
            "final one in the RetinaNet subnets are initialized with bias b = 0 and a Gaussian weight fill "
            "with σ = 0.01. For the final conv layer of the classification subnet, we set the bias "
            "initialization to b = −log((1 − π)/π), where π specifies that at the start of training every "
            "anchor should be labeled as foreground with confidence of ~π. We use π = .01 in all "
            "experiments.",
            "<b>Optimization:</b> RetinaNet is trained with stochastic gradient descent (SGD). We use "
            "synchronized SGD over 8 GPUs with a total of 16 images per minibatch (2 images per GPU). Unless "
            "otherwise specified, all models are trained for 90k iterations with an initial learning rate of "
            "0.01, which is then divided by 10 at 60k and again at 80k iterations. We use horizontal image "
            "flipping as the only form of data augmentation unless otherwise noted. Weight decay of 0.0001 "
            "and momentum of 0.9 are used. The training loss is the sum the focal loss and the standard "
            "smooth L<sub>1</sub> loss used for box regression [10]. Training time ranges between 10 and 35 "
            "hours for the models in Table 1e."]),
        ("5. Experiments", [
            "We present experimental results on the bounding box detection track of the challenging COCO "
            "benchmark [21]. For training, we follow common practice [1, 20] and use the COCO trainval35k "
            "split (union of 80k images from train and a random 35k subset of images from the 40k image val "
            "split). We report lesion and sensitivity studies by evaluating on the minival split (the "
            "remaining 5k images from val). For our main results, we report COCO AP on the test-dev split, "
            "which has no public labels and requires use of the evaluation server."]),
        ("5.1. Training Dense Detection", [
            "We run numerous experiments to analyze the behavior of the loss function for dense detection "
            "along with various optimization strategies. For all experiments we use depth 50 or 101 ResNets "
            "[16] with a Feature Pyramid Network (FPN) [20] constructed on top. For all ablation studies we "
            "use an image scale of 600 pixels for training and testing.",
            "@TABLE:0@",
            "<b>Balanced Cross Entropy:</b> Our first attempt to train RetinaNet uses standard cross entropy "
            "(CE) loss without any modifications to the initialization or learning strategy. This fails "
            "quickly, with the network diverging during training. However, simply initializing the last "
            "layer of our model such that the prior probability of detecting an object is π = .01 enables "
            "effective learning. Training RetinaNet with ResNet-50 and this initialization already yields a "
            "respectable AP of 30.2 on COCO. Results in Table 1a show that α = .75 gives a gain of 0.9 "
            "points AP.",
            "<b>Focal Loss:</b> Results using our proposed focal loss are shown in Table 1b. The focal loss "
            "introduces one new hyperparameter, the focusing parameter γ, that controls the strength of the "
            "modulating term. When γ = 0, our loss is equivalent to the CE loss. As γ increases, the shape of "
            "the loss changes so that \u201ceasy\u201d examples with low loss get further discounted. FL "
            "shows large gains over CE as γ is increased. With γ = 2, FL yields a 2.9 AP improvement over the "
            "α-balanced CE loss.",
            "<b>Online Hard Example Mining (OHEM):</b> [31] proposed to improve training of two-stage "
            "detectors by constructing minibatches using high-loss examples. We compare the focal loss to "
            "OHEM on ResNet-101 at a 600 pixel scale: the best setting for OHEM (no 1:3 ratio, batch size "
            "128, NMS of .5) achieves 32.8 AP, whereas FL obtains 36.0 AP, a gap of 3.2 AP. This gap shows "
            "FL is more effective than OHEM for training dense detectors."]),
        ("5.2. Model Architecture Design", [
            "<b>Speed versus Accuracy:</b> Larger backbone networks yield higher accuracy, but also slower "
            "inference speeds. Likewise for input image scale (defined by the shorter image side). We show "
            "the impact of these two factors in Table 1e, measured on an Nvidia M40 GPU. RetinaNet "
            "outperforms all previous methods, with our most accurate model, RetinaNet-101-800, reaching "
            "37.8 AP on minival at 198 ms per image.",
            "@TABLE:1@",
            "<b>Comparison to State of the Art:</b> We evaluate RetinaNet on the challenging COCO dataset "
            "and compare test-dev results to recent state-of-the-art methods including both one-stage and "
            "two-stage models. Table 2 presents results for our RetinaNet-101-800 model trained using scale "
            "jitter and for 1.5× longer than the models in Table 1e (giving a 1.3 AP gain). Compared to "
            "existing one-stage methods, our approach achieves a healthy 5.9 point AP gap (39.1 vs. 33.2) "
            "with the closest competitor, DSSD [9], while also being faster. Compared to recent two-stage "
            "methods, RetinaNet achieves a 2.3 point gap above the top-performing Faster R-CNN model based on "
            "Inception-ResNet-v2-TDM [32]. Plugging in ResNeXt-32x8d-101 [38] as the RetinaNet backbone "
            "further improves results another 1.7 AP, surpassing 40 AP on COCO.",
            "@TABLE:2@"]),
        ("6. Conclusion", [
            "In this work, we identify class imbalance as the primary obstacle preventing one-stage object "
            "detectors from surpassing top-performing, two-stage methods. To address this, we propose the "
            "<i>focal loss</i> which applies a modulating term to the cross entropy loss in order to focus "
            "learning on hard negative examples. Our approach is simple and highly effective. We demonstrate "
            "its efficacy by designing a fully convolutional one-stage detector and report extensive "
            "experimental analysis showing that it achieves state-of-the-art accuracy and speed."]),
    ],
    "tables": [
        {"caption": "Table 1. Ablation experiments for RetinaNet and Focal Loss (FL). All models are trained "
                    "on trainval35k and tested on minival unless noted. (a) Balanced cross entropy: varying "
                    "α for CE loss (γ = 0), ResNet-50, 600 pixel scale. (b) Varying γ for FL (with optimal α).",
         "rows": [["", "γ", "α", "AP", "AP50", "AP75"],
                  ["(a) CE", "0", ".50", "30.2", "46.7", "32.8"],
                  ["(a) CE", "0", ".75", "31.1", "49.4", "33.0"],
                  ["(a) CE", "0", ".90", "30.8", "49.7", "32.3"],
                  ["(b) FL", "0.1", ".75", "31.4", "49.9", "33.1"],
                  ["(b) FL", "0.2", ".75", "31.9", "50.7", "33.4"],
                  ["(b) FL", "0.5", ".50", "32.9", "51.7", "35.2"],
                  ["(b) FL", "1.0", ".25", "33.7", "52.0", "36.2"],
                  ["(b) FL", "2.0", ".25", "34.0", "52.5", "36.5"],
                  ["(b) FL", "5.0", ".25", "32.2", "49.6", "34.8"]]},
        {"caption": "Table 1e. Accuracy/speed trade-off of RetinaNet (on minival) for various depths and "
                    "image scales; speed measured on an Nvidia M40 GPU.",
         "rows": [["depth", "scale", "AP", "time (ms)"],
                  ["50", "400", "30.5", "64"],
                  ["50", "600", "34.3", "98"],
                  ["50", "800", "35.7", "153"],
                  ["101", "400", "31.9", "81"],
                  ["101", "600", "36.0", "122"],
                  ["101", "800", "37.8", "198"]]},
        {"caption": "Table 2. Object detection single-model results (bounding box AP), vs. state-of-the-art "
                    "on COCO test-dev.",
         "rows": [["", "backbone", "AP", "AP50", "AP75", "APS", "APM", "APL"],
                  ["Two-stage methods", "", "", "", "", "", "", ""],
                  ["Faster R-CNN+++ [16]", "ResNet-101-C4", "34.9", "55.7", "37.4", "15.6", "38.7", "50.9"],
                  ["Faster R-CNN w FPN [20]", "ResNet-101-FPN", "36.2", "59.1", "39.0", "18.2", "39.0", "48.2"],
                  ["Faster R-CNN by G-RMI [17]", "Inception-ResNet-v2", "34.7", "55.5", "36.7", "13.5", "38.1",
                   "52.0"],
                  ["Faster R-CNN w TDM [32]", "Inception-ResNet-v2-TDM", "36.8", "57.7", "39.2", "16.2", "39.8",
                   "52.1"],
                  ["One-stage methods", "", "", "", "", "", "", ""],
                  ["YOLOv2 [27]", "DarkNet-19", "21.6", "44.0", "19.2", "5.0", "22.4", "35.5"],
                  ["SSD513 [22, 9]", "ResNet-101-SSD", "31.2", "50.4", "33.3", "10.2", "34.5", "49.8"],
                  ["DSSD513 [9]", "ResNet-101-DSSD", "33.2", "53.3", "35.2", "13.0", "35.4", "51.1"],
                  ["RetinaNet (ours)", "ResNet-101-FPN", "39.1", "59.1", "42.3", "21.8", "42.7", "50.2"],
                  ["RetinaNet (ours)", "ResNeXt-101-FPN", "40.8", "61.1", "44.1", "24.1", "44.2", "51.2"]]},
    ],
    "references": [
        "[9] C.-Y. Fu, W. Liu, A. Ranga, A. Tyagi, and A. C. Berg. DSSD: Deconvolutional single shot "
        "detector. arXiv:1701.06659, 2016.",
        "[10] R. Girshick. Fast R-CNN. In ICCV, 2015.",
        "[11] R. Girshick, J. Donahue, T. Darrell, and J. Malik. Rich feature hierarchies for accurate "
        "object detection and semantic segmentation. In CVPR, 2014.",
        "[14] K. He, G. Gkioxari, P. Dollár, and R. Girshick. Mask R-CNN. In ICCV, 2017.",
        "[16] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. In CVPR, "
        "2016.",
        "[20] T.-Y. Lin, P. Dollár, R. Girshick, K. He, B. Hariharan, and S. Belongie. Feature pyramid "
        "networks for object detection. In CVPR, 2017.",
        "[21] T.-Y. Lin, M. Maire, S. Belongie, J. Hays, P. Perona, D. Ramanan, P. Dollár, and C. L. "
        "Zitnick. Microsoft COCO: Common objects in context. In ECCV, 2014.",
        "[22] W. Liu, D. Anguelov, D. Erhan, C. Szegedy, S. Reed, C.-Y. Fu, and A. C. Berg. SSD: Single "
        "shot multibox detector. In ECCV, 2016.",
        "[27] J. Redmon and A. Farhadi. YOLO9000: Better, faster, stronger. In CVPR, 2017.",
        "[28] S. Ren, K. He, R. Girshick, and J. Sun. Faster R-CNN: Towards real-time object detection with "
        "region proposal networks. In NIPS, 2015.",
        "[31] A. Shrivastava, A. Gupta, and R. Girshick. Training region-based object detectors with online "
        "hard example mining. In CVPR, 2016.",
        "[32] A. Shrivastava, R. Sukthankar, J. Malik, and A. Gupta. Beyond skip connections: Top-down "
        "modulation for object detection. arXiv:1612.06851, 2016.",
        "[38] S. Xie, R. Girshick, P. Dollár, Z. Tu, and K. He. Aggregated residual transformations for "
        "deep neural networks. In CVPR, 2017.",
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of Lin, Goyal, Girshick, He & Dollár, ICCV 2017 (arXiv:1708.02002), written from memory",
    "task_family": "object-detection",
    "contribution": {"value": "objective",
                     "quote": "Our novel Focal Loss focuses training on a sparse set of hard examples"},
    "claim": {"value": "A one-stage detector (RetinaNet) trained with the focal loss matches one-stage speed while "
                       "surpassing all two-stage detectors: 39.1 AP on COCO test-dev with ResNet-101-FPN vs 36.8 "
                       "for Faster R-CNN w TDM and 33.2 for DSSD513; FL beats the best OHEM by 3.2 AP",
              "quote": "our approach achieves a healthy 5.9 point AP gap (39.1 vs. 33.2)"},
    "param_counts": [],
    "architecture": {
        "value": "RetinaNet: ResNet-50/101 (or ResNeXt-101) + FPN backbone with levels P3-P7 (C = 256 channels), "
                 "A = 9 anchors per level (3 aspect ratios × 3 scales, areas 32² to 512²), classification subnet "
                 "(four 3×3 C-filter convs + ReLU, 3×3 conv with KA sigmoid outputs) and class-agnostic box "
                 "subnet (4A outputs), shared across levels",
        "quote": "RetinaNet is a single, unified network composed of a"},
    "loss": {"value": "α-balanced focal loss FL(pt) = −αt(1 − pt)^γ log(pt), γ = 2, α = 0.25, normalised by the "
                      "number of positive anchors, plus smooth L1 box regression loss",
             "quote": "We found γ = 2 to work best in our experiments"},
    "datasets": [
        {"value": "COCO (train: trainval35k; ablations on minival; main results on test-dev)",
         "quote": "use the COCO trainval35k split (union of 80k images from train"},
        {"value": "ImageNet1k (pre-training of the ResNet backbones, released models)",
         "quote": "models are pre-trained on ImageNet1k"},
    ],
    "metrics": [
        {"value": "COCO AP (AP, AP50, AP75, APS, APM, APL)",
         "quote": "For our main results, we report COCO AP on the test-dev split"},
        {"value": "inference time per image (ms)", "quote": "reaching 37.8 AP on minival at 198 ms per image"},
    ],
    "training": {
        "coco_ablation": {
            "optimizer": {"value": "synchronized SGD over 8 GPUs, momentum 0.9",
                          "quote": "RetinaNet is trained with stochastic gradient descent (SGD)."},
            "learning_rate": {"value": "0.01, divided by 10 at 60k and again at 80k iterations", "numbers": [0.01],
                              "quote": "with an initial learning rate of 0.01, which is then divided by 10 at 60k"},
            "batch_size": {"value": "16 images per minibatch (2 per GPU × 8 GPUs)", "numbers": [16],
                           "quote": "with a total of 16 images per minibatch (2 images per GPU)"},
            "steps": {"value": "90k iterations", "numbers": [90000],
                      "quote": "all models are trained for 90k iterations"},
            "weight_decay": {"value": 0.0001, "quote": "Weight decay of 0.0001 and momentum of 0.9 are used."},
            "momentum": {"value": 0.9, "quote": "Weight decay of 0.0001 and momentum of 0.9 are used."},
            "lr_schedule": {"value": "step: ÷10 at 60k and 80k iterations", "numbers": [60000, 80000],
                            "quote": "which is then divided by 10 at 60k and again at 80k iterations"},
            "augmentation": {"value": "horizontal image flipping only",
                             "quote": "We use horizontal image flipping as the only form of data augmentation"},
            "input_scale": {"value": "600 pixels for ablations (Table 1e: 400-800)", "numbers": [600],
                            "quote": "use an image scale of 600 pixels for training and testing"},
            "initialization": {"value": "ImageNet1k ResNet; new convs Gaussian σ = 0.01, bias 0; classification "
                                        "bias −log((1 − π)/π) with π = 0.01",
                               "quote": "We use π = .01 in all experiments."},
        },
        "coco_test_dev": {
            "steps": {"value": "1.5× longer than the 90k-iteration schedule of Table 1e", "numbers": [135000],
                      "quote": "jitter and for 1.5× longer than the models in Table 1e",
                      "note_numbers": "derived: 1.5 × 90k; the paper does not print 135k"},
            "augmentation": {"value": "scale jitter (plus horizontal flipping)",
                             "quote": "Table 2 presents results for our RetinaNet-101-800 model trained using scale"},
            "input_scale": {"value": "800 pixels", "numbers": [800],
                            "quote": "Table 2 presents results for our RetinaNet-101-800 model trained using scale"},
        },
    },
    "not_stated": ["epochs", "dropout", "warmup", "lora_rank", "lora_alpha", "parameter counts",
                   "scale-jitter range for the test-dev models"],
    "paper_notes": [
        "OHEM setting in Sec. 5.1 (batch size 128, NMS .5) is a baseline's sampling configuration, not RetinaNet's training batch size.",
        "Focal-loss hyper-parameters γ = 2, α = 0.25 and prior π = 0.01 are loss/initialisation settings, not optimiser settings.",
        "The final (test-dev) models are trained '1.5× longer' with scale jitter; their iteration count is not printed.",
        "Table 1 here merges the paper's Tables 1a and 1b (subset of rows); the OHEM comparison (1d) is given in prose.",
    ],
}
