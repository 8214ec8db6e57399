"""Held-out paper: Mask R-CNN (He, Gkioxari, Dollár, Girshick, ICCV 2017), condensed retelling from memory."""

PAPER = {
    "title": "Mask R-CNN",
    "authors": "Kaiming He, Georgia Gkioxari, Piotr Dollár, Ross Girshick",
    "affil": "Facebook AI Research (FAIR)",
    "header": "Mask R-CNN",
    "columns": 2,
    "stamp": "arXiv:1703.06870v3 [cs.CV] 24 Jan 2018",
    "abstract": (
        "We present a conceptually simple, flexible, and general framework for object instance "
        "segmentation. Our approach efficiently detects objects in an image while simultaneously "
        "generating a high-quality segmentation mask for each instance. The method, called Mask R-CNN, "
        "extends Faster R-CNN by adding a branch for predicting an object mask in parallel with the "
        "existing branch for bounding box recognition. Mask R-CNN is simple to train and adds only a small "
        "overhead to Faster R-CNN, running at 5 fps. Moreover, Mask R-CNN is easy to generalize to other "
        "tasks, e.g., allowing us to estimate human poses in the same framework. We show top results in "
        "all three tracks of the COCO suite of challenges, including instance segmentation, bounding-box "
        "object detection, and person keypoint detection. Without bells and whistles, Mask R-CNN "
        "outperforms all existing, single-model entries on every task, including the COCO 2016 challenge "
        "winners. We hope our simple and effective approach will serve as a solid baseline and help ease "
        "future research in instance-level recognition."),
    "sections": [
        ("1. Introduction", [
            "The vision community has rapidly improved object detection and semantic segmentation results "
            "over a short period of time. In large part, these advances have been driven by powerful baseline "
            "systems, such as the Fast/Faster R-CNN [12, 36] and Fully Convolutional Network (FCN) [30] "
            "frameworks for object detection and semantic segmentation, respectively. Our goal in this work "
            "is to develop a comparably enabling framework for <i>instance segmentation</i>.",
            "Instance segmentation is challenging because it requires the correct detection of all objects "
            "in an image while also precisely segmenting each instance. It therefore combines elements from "
            "the classical computer vision tasks of object detection, where the goal is to classify "
            "individual objects and localize each using a bounding box, and semantic segmentation, where the "
            "goal is to classify each pixel into a fixed set of categories without differentiating object "
            "instances. Given this, one might expect a complex method is required to achieve good results. "
            "However, we show that a surprisingly simple, flexible, and fast system can surpass prior "
            "state-of-the-art instance segmentation results.",
            "Our method, called <i>Mask R-CNN</i>, extends Faster R-CNN [36] by adding a branch for "
            "predicting segmentation masks on each Region of Interest (RoI), in parallel with the existing "
            "branch for classification and bounding box regression. The mask branch is a small FCN applied "
            "to each RoI, predicting a segmentation mask in a pixel-to-pixel manner. Mask R-CNN is simple to "
            "implement and train given the Faster R-CNN framework, which facilitates a wide range of "
            "flexible architecture designs. Additionally, the mask branch only adds a small computational "
            "overhead, enabling a fast system and rapid experimentation.",
            "In principle Mask R-CNN is an intuitive extension of Faster R-CNN, yet constructing the mask "
            "branch properly is critical for good results. Most importantly, Faster R-CNN was not designed "
            "for pixel-to-pixel alignment between network inputs and outputs. This is most evident in how "
            "RoIPool [18, 12], the <i>de facto</i> core operation for attending to instances, performs "
            "coarse spatial quantization for feature extraction. To fix the misalignment, we propose a "
            "simple, quantization-free layer, called <i>RoIAlign</i>, that faithfully preserves exact "
            "spatial locations. Despite being a seemingly minor change, RoIAlign has a large impact: it "
            "improves mask accuracy by relative 10% to 50%, showing bigger gains under stricter localization "
            "metrics. Second, we found it essential to <i>decouple</i> mask and class prediction: we predict "
            "a binary mask for each class independently, without competition among classes, and rely on the "
            "network's RoI classification branch to predict the category.",
            "Without bells and whistles, Mask R-CNN surpasses all previous state-of-the-art single-model "
            "results on the COCO instance segmentation task [28], including the heavily-engineered entries "
            "from the 2016 competition winner. As a by-product, our method also excels on the COCO object "
            "detection task. Our models can run at about 200ms per frame on a GPU, and training on COCO "
            "takes one to two days on a single 8-GPU machine. Finally, we showcase the generality of our "
            "framework via the task of human pose estimation on the COCO keypoint dataset [28]."]),
        ("2. Related Work", [
            "<b>R-CNN:</b> The Region-based CNN (R-CNN) approach [13] to bounding-box object detection is to "
            "attend to a manageable number of candidate object regions and evaluate convolutional networks "
            "independently on each RoI. R-CNN was extended [18, 12] to allow attending to RoIs on feature "
            "maps using RoIPool, leading to fast speed and better accuracy. Faster R-CNN [36] advanced this "
            "stream by learning the attention mechanism with a Region Proposal Network (RPN). Faster R-CNN is "
            "flexible and robust to many follow-up improvements (e.g., [38, 27, 21]), and is the current "
            "leading framework in several benchmarks.",
            "<b>Instance Segmentation:</b> Driven by the effectiveness of R-CNN, many approaches to instance "
            "segmentation are based on <i>segment proposals</i>. Earlier methods [13, 15, 16, 9] resorted to "
            "bottom-up segments. DeepMask [33] and following works learn to propose segment candidates, "
            "which are then classified by Fast R-CNN. In these methods, segmentation <i>precedes</i> "
            "recognition, which is slow and less accurate. Likewise, Dai et al. [10] proposed a complex "
            "multiple-stage cascade (MNC) that predicts segment proposals from bounding-box proposals, "
            "followed by classification. Instead, our method is based on <i>parallel</i> prediction of masks "
            "and class labels, which is simpler and more flexible.",
            "Most recently, Li et al. [26] combined the segment proposal system in [8] and object detection "
            "system in [11] for \u201cfully convolutional instance segmentation\u201d (FCIS). The common idea "
            "in [8, 11, 26] is to predict a set of position-sensitive output channels fully convolutionally. "
            "But FCIS exhibits systematic errors on overlapping instances and creates spurious edges, showing "
            "that it is challenged by the fundamental difficulties of segmenting instances."]),
        ("3. Mask R-CNN", [
            "Mask R-CNN is conceptually simple: Faster R-CNN has two outputs for each candidate object, a "
            "class label and a bounding-box offset; to this we add a third branch that outputs the object "
            "mask. But the additional mask output is distinct from the class and box outputs, requiring "
            "extraction of much <i>finer</i> spatial layout of an object.",
            "<b>Faster R-CNN:</b> Faster R-CNN [36] consists of two stages. The first stage, called a Region "
            "Proposal Network (RPN), proposes candidate object bounding boxes. The second stage, which is in "
            "essence Fast R-CNN [12], extracts features using RoIPool from each candidate box and performs "
            "classification and bounding-box regression. The features used by both stages can be shared for "
            "faster inference.",
            "<b>Mask R-CNN:</b> Mask R-CNN adopts the same two-stage procedure, with an identical first "
            "stage (which is RPN). In the second stage, <i>in parallel</i> to predicting the class and box "
            "offset, Mask R-CNN also outputs a binary mask for each RoI. Formally, during training, we define "
            "a multi-task loss on each sampled RoI as L = L<sub>cls</sub> + L<sub>box</sub> + "
            "L<sub>mask</sub>. The classification loss L<sub>cls</sub> and bounding-box loss L<sub>box</sub> "
            "are identical as those defined in [12]. The mask branch has a Km<super>2</super>-dimensional "
            "output for each RoI, which encodes K binary masks of resolution m × m, one for each of the K "
            "classes. To this we apply a per-pixel sigmoid, and define L<sub>mask</sub> as the average "
            "binary cross-entropy loss. For an RoI associated with ground-truth class k, L<sub>mask</sub> is "
            "only defined on the k-th mask (other mask outputs do not contribute to the loss).",
            "Our definition of L<sub>mask</sub> allows the network to generate masks for every class without "
            "competition among classes. This is different from common practice when applying FCNs [30] to "
            "semantic segmentation, which typically uses a per-pixel <i>softmax</i> and a "
            "<i>multinomial</i> cross-entropy loss.",
            "<b>RoIAlign:</b> RoIPool [12] is a standard operation for extracting a small feature map (e.g., "
            "7×7) from each RoI. RoIPool first <i>quantizes</i> a floating-number RoI to the discrete "
            "granularity of the feature map, this quantized RoI is then subdivided into spatial bins which "
            "are themselves quantized, and finally feature values covered by each bin are aggregated. These "
            "quantizations introduce misalignments between the RoI and the extracted features. To address "
            "this, we propose an <i>RoIAlign</i> layer that removes the harsh quantization of RoIPool. We "
            "avoid any quantization of the RoI boundaries or bins, use bilinear interpolation to compute the "
            "exact values of the input features at four regularly sampled locations in each RoI bin, and "
            "aggregate the result (using max or average).",
            "<b>Network Architecture:</b> We differentiate between: (i) the convolutional <i>backbone</i> "
            "architecture used for feature extraction over an entire image, and (ii) the network "
            "<i>head</i> for bounding-box recognition and mask prediction that is applied separately to each "
            "RoI. We denote the backbone architecture using the nomenclature <i>network-depth-features</i>. "
            "We evaluate ResNet [19] and ResNeXt [40] networks of depth 50 or 101 layers. The original "
            "implementation of Faster R-CNN with ResNets [19] extracted features from the final "
            "convolutional layer of the 4-th stage, which we call C4; this backbone with ResNet-50 is denoted "
            "ResNet-50-C4. We also explore a more effective backbone, the Feature Pyramid Network (FPN) "
            "[27], which uses a top-down architecture with lateral connections to build an in-network "
            "feature pyramid from a single-scale input.",
            "For the network head we closely follow architectures presented in previous work to which we add "
            "a fully convolutional mask prediction branch. For the ResNet-C4 backbone the head includes the "
            "5-th stage of ResNet (the 9-layer \u2018res5\u2019), which is compute-intensive, followed by a "
            "deconvolution to a 14×14 mask output. For FPN, the backbone already includes res5 and thus "
            "allows for a more efficient head that uses fewer filters: the box head is two 1024-d fc layers "
            "on 7×7 RoIAlign features, and the mask head is four 3×3 convolutions with 256 channels on 14×14 "
            "features, followed by a 2× deconvolution and a 1×1 convolution producing 28×28 masks for each "
            "of the 80 classes. All convs are 3×3 except the output conv which is 1×1, deconvs are 2×2 with "
            "stride 2, and we use ReLU in hidden layers."]),
        ("3.1. Implementation Details", [
            "We set hyper-parameters following existing Fast/Faster R-CNN work [12, 36, 27]. Although these "
            "decisions were made for object detection in original papers [12, 36, 27], we found our instance "
            "segmentation system is robust to them.",
            "<b>Training:</b> As in Fast R-CNN, an RoI is considered positive if it has IoU with a "
            "ground-truth box of at least 0.5 and negative otherwise. The mask loss L<sub>mask</sub> is "
            "defined only on positive RoIs. The mask target is the intersection between an RoI and its "
            "associated ground-truth mask.",
            "We adopt image-centric training [12]. Images are resized such that their scale (shorter edge) "
            "is 800 pixels [27]. Each mini-batch has 2 images per GPU and each image has N sampled RoIs, "
            "with a ratio of 1:3 of positive to negatives [12]. N is 64 for the C4 backbone (as in [12, 36]) "
            "and 512 for FPN (as in [27]). We train on 8 GPUs (so effective mini-batch size is 16) for 160k "
            "iterations, with a learning rate of 0.02 which is decreased by 10 at the 120k iteration. We use "
            "a weight decay of 0.0001 and momentum of 0.9. With ResNeXt [40], we train with 1 image per GPU "
            "and the same number of iterations, with a starting learning rate of 0.01.",
            "The RPN anchors span 5 scales and 3 aspect ratios, following [27]. For convenient ablation, RPN "
            "is trained separately and does not share features with Mask R-CNN, unless specified. For every "
            "entry in this paper, RPN and Mask R-CNN have the same backbones and so they are shareable.",
            "<b>Inference:</b> At test time, the proposal number is 300 for the C4 backbone (as in [36]) and "
            "1000 for FPN (as in [27]). We run the box prediction branch on these proposals, followed by "
            "non-maximum suppression [14]. The mask branch is then applied to the highest scoring 100 "
            "detection boxes. The m×m floating-number mask output is then resized to the RoI size, and "
            "binarized at a threshold of 0.5."]),
        ("4. Experiments: Instance Segmentation", [
            "We perform a thorough comparison of Mask R-CNN to the state of the art along with comprehensive "
            "ablations on the COCO dataset [28]. We report the standard COCO metrics including AP (averaged "
            "over IoU thresholds), AP<sub>50</sub>, AP<sub>75</sub>, and AP<sub>S</sub>, AP<sub>M</sub>, "
            "AP<sub>L</sub> (AP at different scales). Unless noted, AP is evaluating using <i>mask</i> IoU. "
            "As in previous work [5, 27], we train using the union of 80k train images and a 35k subset of "
            "val images (trainval35k), and report ablations on the remaining 5k val images (minival). We "
            "also report results on test-dev [28]. All backbones are initialized from models pre-trained on "
            "ImageNet classification.",
            "@TABLE:0@",
            "<b>Main Results:</b> We compare Mask R-CNN to the state-of-the-art methods in instance "
            "segmentation in Table 1. All instantiations of our model outperform baseline variants of "
            "previous state-of-the-art models. This includes MNC [10] and FCIS [26], the winners of the COCO "
            "2015 and 2016 segmentation challenges, respectively. Without bells and whistles, Mask R-CNN with "
            "ResNet-101-FPN backbone outperforms FCIS+++ [26], which includes multi-scale train/test, "
            "horizontal flip test, and online hard example mining (OHEM) [38].",
            "@TABLE:1@",
            "<b>Ablations:</b> Table 2 shows Mask R-CNN with various backbones and mask-loss designs on "
            "minival. Deeper networks and FPN help, and ResNeXt improves further. Using a per-pixel softmax "
            "with a multinomial loss, which couples the tasks of mask and class prediction, results in a "
            "severe loss in mask AP (5.5 points), whereas decoupled per-class sigmoid masks work well. "
            "Replacing RoIPool with RoIAlign improves mask AP by about 3 points, with the largest gain at "
            "AP<sub>75</sub>."]),
        ("5. Bounding Box Detection and Timing", [
            "We compare Mask R-CNN to the state-of-the-art COCO <i>bounding-box</i> object detection in "
            "Table 3. For this result, even though the full Mask R-CNN model is trained, only the "
            "classification and box outputs are used at inference (the mask output is ignored). Mask R-CNN "
            "using ResNet-101-FPN outperforms the base variants of all previous state-of-the-art models, "
            "including the single-model variant of G-RMI [21], the winner of the COCO 2016 Detection "
            "Challenge. As a further comparison, we trained a version of Mask R-CNN but <i>without</i> the "
            "mask branch, denoted by \u201cFaster R-CNN, RoIAlign\u201d in Table 3.",
            "@TABLE:2@",
            "<b>Timing:</b> Our ResNet-101-FPN model runs at 195ms per image on an Nvidia Tesla M40 GPU (plus "
            "15ms CPU time resizing the outputs to the original resolution), and achieves statistically the "
            "same mask AP as the unshared one. Training is also fast: training with ResNet-50-FPN on COCO "
            "trainval35k takes 32 hours in our synchronized 8-GPU implementation (0.72s per 16-image "
            "mini-batch), and 44 hours with ResNet-101-FPN."]),
        ("6. Mask R-CNN for Human Pose Estimation", [
            "Our framework can easily be extended to human pose estimation. We model a keypoint\u2019s "
            "location as a one-hot mask, and adopt Mask R-CNN to predict K masks, one for each of K keypoint "
            "types (e.g., left shoulder, right elbow). The keypoint head consists of a stack of eight 3×3 "
            "512-d conv layers, followed by a deconv layer and 2× bilinear upscaling, producing an output "
            "resolution of 56×56.",
            "Models are trained on all COCO trainval35k images that contain annotated keypoints. To reduce "
            "overfitting, as this training set is smaller, we train using image scales randomly sampled from "
            "[640, 800] pixels; inference is on a single scale of 800 pixels. We train for 90k iterations, "
            "starting from a learning rate of 0.02 and reducing it by 10 at 60k and 80k iterations. We use "
            "bounding-box NMS with a threshold of 0.5. We report the standard COCO keypoint metric "
            "AP<super>kp</super>. With a ResNet-50-FPN backbone, Mask R-CNN (keypoint & mask) reaches 63.1 "
            "AP<super>kp</super> on test-dev, compared with 61.8 for CMU-Pose+++ and 62.4 for G-RMI."]),
        ("7. Conclusion", [
            "We have presented Mask R-CNN, a simple extension of Faster R-CNN that adds a mask branch and an "
            "RoIAlign layer. It outperforms all existing single-model entries on COCO instance segmentation, "
            "bounding-box detection and keypoint detection, while adding only a small overhead."]),
    ],
    "tables": [
        {"caption": "Table 1. Instance segmentation mask AP on COCO test-dev. MNC [10] and FCIS [26] are "
                    "the winners of the COCO 2015 and 2016 segmentation challenges, respectively.",
         "rows": [["", "backbone", "AP", "AP50", "AP75", "APS", "APM", "APL"],
                  ["MNC [10]", "ResNet-101-C4", "24.6", "44.3", "24.8", "4.7", "25.9", "43.6"],
                  ["FCIS [26] +OHEM", "ResNet-101-C5-dilated", "29.2", "49.5", "-", "7.1", "31.3", "50.0"],
                  ["FCIS+++ [26] +OHEM", "ResNet-101-C5-dilated", "33.6", "54.5", "-", "-", "-", "-"],
                  ["Mask R-CNN", "ResNet-101-C4", "33.1", "54.9", "34.8", "12.1", "35.6", "51.1"],
                  ["Mask R-CNN", "ResNet-101-FPN", "35.7", "58.0", "37.8", "15.5", "38.1", "52.4"],
                  ["Mask R-CNN", "ResNeXt-101-FPN", "37.1", "60.0", "39.4", "16.9", "39.9", "53.5"]]},
        {"caption": "Table 2. Ablations on COCO minival (mask AP). Top: backbone architecture. Middle: "
                    "multinomial vs. independent masks (ResNet-50-C4). Bottom: RoIPool vs. RoIAlign "
                    "(ResNet-50-C4).",
         "rows": [["", "AP", "AP50", "AP75"],
                  ["ResNet-50-C4", "30.3", "51.2", "31.5"],
                  ["ResNet-101-C4", "32.7", "54.2", "34.3"],
                  ["ResNet-50-FPN", "33.6", "55.2", "35.3"],
                  ["ResNet-101-FPN", "35.4", "57.3", "37.5"],
                  ["ResNeXt-101-FPN", "36.7", "59.5", "38.9"],
                  ["softmax (multinomial)", "24.8", "44.1", "25.1"],
                  ["sigmoid (independent)", "30.3", "51.2", "31.5"],
                  ["RoIPool", "26.9", "48.8", "26.4"],
                  ["RoIAlign", "30.3", "51.2", "31.5"]]},
        {"caption": "Table 3. Object detection single-model results (bounding box AP) vs. state-of-the-art "
                    "on COCO test-dev.",
         "rows": [["", "backbone", "APbb", "APbb50", "APbb75"],
                  ["Faster R-CNN+++ [19]", "ResNet-101-C4", "34.9", "55.7", "37.4"],
                  ["Faster R-CNN w FPN [27]", "ResNet-101-FPN", "36.2", "59.1", "39.0"],
                  ["Faster R-CNN by G-RMI [21]", "Inception-ResNet-v2", "34.7", "55.5", "36.7"],
                  ["Faster R-CNN w TDM [39]", "Inception-ResNet-v2-TDM", "36.8", "57.7", "39.2"],
                  ["Faster R-CNN, RoIAlign", "ResNet-101-FPN", "37.3", "59.6", "40.3"],
                  ["Mask R-CNN", "ResNet-101-FPN", "38.2", "60.3", "41.7"],
                  ["Mask R-CNN", "ResNeXt-101-FPN", "39.8", "62.3", "43.4"]]},
    ],
    "references": [
        "[10] J. Dai, K. He, and J. Sun. Instance-aware semantic segmentation via multi-task network "
        "cascades. In CVPR, 2016.",
        "[12] R. Girshick. Fast R-CNN. In ICCV, 2015.",
        "[13] R. Girshick, J. Donahue, T. Darrell, and J. Malik. Rich feature hierarchies for accurate object "
        "detection and semantic segmentation. In CVPR, 2014.",
        "[18] K. He, X. Zhang, S. Ren, and J. Sun. Spatial pyramid pooling in deep convolutional networks "
        "for visual recognition. In ECCV, 2014.",
        "[19] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. In CVPR, "
        "2016.",
        "[21] J. Huang et al. Speed/accuracy trade-offs for modern convolutional object detectors. In CVPR, "
        "2017.",
        "[26] Y. Li, H. Qi, J. Dai, X. Ji, and Y. Wei. Fully convolutional instance-aware semantic "
        "segmentation. In CVPR, 2017.",
        "[27] T.-Y. Lin, P. Dollár, R. Girshick, K. He, B. Hariharan, and S. Belongie. Feature pyramid "
        "networks for object detection. In CVPR, 2017.",
        "[28] T.-Y. Lin, M. Maire, S. Belongie, J. Hays, P. Perona, D. Ramanan, P. Dollár, and C. L. "
        "Zitnick. Microsoft COCO: Common objects in context. In ECCV, 2014.",
        "[30] J. Long, E. Shelhamer, and T. Darrell. Fully convolutional networks for semantic "
        "segmentation. In CVPR, 2015.",
        "[33] P. O. Pinheiro, R. Collobert, and P. Dollár. Learning to segment object candidates. In NIPS, "
        "2015.",
        "[36] S. Ren, K. He, R. Girshick, and J. Sun. Faster R-CNN: Towards real-time object detection with "
        "region proposal networks. In NIPS, 2015.",
        "[38] A. Shrivastava, A. Gupta, and R. Girshick. Training region-based object detectors with online "
        "hard example mining. In CVPR, 2016.",
        "[40] S. Xie, R. Girshick, P. Dollár, Z. Tu, and K. He. Aggregated residual transformations for "
        "deep neural networks. In CVPR, 2017.",
    ],
    "appendix": [
        ("Appendix A: Experiments on Cityscapes", [
            "We further report instance segmentation results on the Cityscapes [7] dataset. This dataset has "
            "<i>fine</i> annotations for 2975 train, 500 val, and 1525 test images. The instance "
            "segmentation task involves 8 object categories. Instance segmentation performance on this task "
            "is measured by the COCO-style mask AP (averaged over IoU thresholds); AP<sub>50</sub> (i.e., "
            "mask AP at an IoU of 0.5) is also reported.",
            "<b>Implementation:</b> We apply our Mask R-CNN models with the ResNet-FPN-50 backbone; we found "
            "the 101-layer counterpart performs similarly due to the small dataset size. We train with image "
            "scale (shorter side) randomly sampled from [800, 1024], which reduces overfitting; inference is "
            "on a single scale of 1024 pixels. We use a mini-batch size of 1 image per GPU (so 8 on 8 GPUs) "
            "and train the model for 24k iterations, starting from a learning rate of 0.01 and reducing it "
            "to 0.001 at 18k iterations. It takes about 4 hours of training on a single 8-GPU machine under "
            "this setting.",
            "<b>Results:</b> Our method achieves 26.2 AP on the test set, which is over 30% relative "
            "improvement over the previous best entry, using fine data only. When initialized from a COCO "
            "pre-trained Mask R-CNN model, the result improves to 32.0 AP on test."]),
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of He, Gkioxari, Dollár & Girshick, ICCV 2017 (arXiv:1703.06870), written from memory",
    "task_family": "object-detection",
    "contribution": {"value": "architecture",
                     "quote": "extends Faster R-CNN by adding a branch for predicting an object mask in parallel"},
    "claim": {"value": "Mask R-CNN (Faster R-CNN + parallel per-class mask branch + RoIAlign) outperforms all "
                       "previous single-model instance segmentation entries on COCO test-dev, e.g. 35.7 mask AP "
                       "with ResNet-101-FPN vs 33.6 for FCIS+++ (COCO 2016 winner) and 24.6 for MNC; also best "
                       "single-model box AP (38.2 vs 36.8 for Faster R-CNN w TDM)",
              "quote": "ResNet-101-FPN backbone outperforms FCIS+++ [26], which includes multi-scale train/test"},
    "param_counts": [],
    "architecture": {
        "value": "Faster R-CNN two-stage detector (RPN + RoI head) with an added parallel FCN mask branch per RoI "
                 "(K binary m×m masks, per-pixel sigmoid) and RoIAlign (bilinear sampling, no quantization); "
                 "backbones ResNet/ResNeXt-50/101 with C4 or FPN; FPN head: two 1024-d fc box layers, mask "
                 "head of four 3×3 256-channel convs + 2× deconv -> 28×28 masks",
        "quote": "We evaluate ResNet [19] and ResNeXt [40] networks of depth 50 or 101 layers."},
    "loss": {"value": "multi-task L = L_cls + L_box + L_mask; L_mask = average per-pixel binary cross-entropy on "
                      "the ground-truth class's mask only (positive RoIs)",
             "quote": "define L<sub>mask</sub> as the average binary cross-entropy loss"},
    "datasets": [
        {"value": "COCO (train on trainval35k = 80k train + 35k val subset; ablations on minival 5k; test-dev; "
                  "instance segmentation, detection, keypoints)",
         "quote": "we train using the union of 80k train images and a 35k subset"},
        {"value": "Cityscapes (fine annotations: 2975 train, 500 val, 1525 test; 8 instance categories)",
         "quote": "annotations for 2975 train, 500 val, and 1525 test images"},
        {"value": "ImageNet (classification pre-training of the backbones)",
         "quote": "All backbones are initialized from models pre-trained on ImageNet classification."},
    ],
    "metrics": [
        {"value": "COCO mask AP (averaged over IoU thresholds), AP50, AP75, APS/APM/APL",
         "quote": "We report the standard COCO metrics including AP (averaged over IoU thresholds)"},
        {"value": "bounding-box AP (APbb)",
         "quote": "Table 3. Object detection single-model results (bounding box AP)"},
        {"value": "keypoint AP (AP^kp)", "quote": "We report the standard COCO keypoint metric"},
        {"value": "inference time per image (ms)", "quote": "Our ResNet-101-FPN model runs at 195ms per image"},
    ],
    "training": {
        "coco_instance_segmentation": {
            "optimizer": {"value": "SGD with momentum 0.9 (synchronized over 8 GPUs)",
                          "quote": "We use a weight decay of 0.0001 and momentum of 0.9.",
                          "note": "SGD is implied (Fast/Faster R-CNN training), momentum stated"},
            "learning_rate": {"value": "0.02, decreased by 10 at 120k iterations (0.01 for ResNeXt)",
                              "numbers": [0.02, 0.01],
                              "quote": "with a learning rate of 0.02 which is decreased by 10 at the 120k iteration"},
            "batch_size": {"value": "16 images (2 images per GPU × 8 GPUs; 1 image per GPU for ResNeXt); "
                                    "N = 64 (C4) / 512 (FPN) RoIs per image at 1:3 positive:negative",
                           "numbers": [16],
                           "quote": "We train on 8 GPUs (so effective mini-batch size is 16)"},
            "steps": {"value": "160k iterations", "numbers": [160000],
                      "quote": "We train on 8 GPUs (so effective mini-batch size is 16) for 160k"},
            "weight_decay": {"value": 0.0001, "quote": "We use a weight decay of 0.0001 and momentum of 0.9."},
            "momentum": {"value": 0.9, "quote": "We use a weight decay of 0.0001 and momentum of 0.9."},
            "lr_schedule": {"value": "step: ÷10 at 120k of 160k iterations", "numbers": [120000],
                            "quote": "with a learning rate of 0.02 which is decreased by 10 at the 120k iteration"},
            "input_scale": {"value": "shorter edge 800 pixels", "numbers": [800],
                            "quote": "Images are resized such that their scale (shorter edge) is 800 pixels"},
        },
        "coco_keypoints": {
            "learning_rate": {"value": "0.02, reduced by 10 at 60k and 80k iterations", "numbers": [0.02],
                              "quote": "starting from a learning rate of 0.02 and reducing it by 10 at 60k and 80k"},
            "steps": {"value": "90k iterations", "numbers": [90000], "quote": "We train for 90k iterations"},
            "input_scale": {"value": "scales randomly sampled from [640, 800]; test at 800", "numbers": [640, 800],
                            "quote": "we train using image scales randomly sampled from [640, 800] pixels"},
        },
        "cityscapes": {
            "learning_rate": {"value": "0.01, reduced to 0.001 at 18k iterations", "numbers": [0.01, 0.001],
                              "quote": "starting from a learning rate of 0.01 and reducing it to 0.001 at 18k"},
            "batch_size": {"value": "8 images (1 image per GPU on 8 GPUs)", "numbers": [8],
                           "quote": "We use a mini-batch size of 1 image per GPU (so 8 on 8 GPUs)"},
            "steps": {"value": "24k iterations", "numbers": [24000],
                      "quote": "and train the model for 24k iterations"},
            "input_scale": {"value": "shorter side randomly sampled from [800, 1024]; test at 1024",
                            "numbers": [800, 1024],
                            "quote": "scale (shorter side) randomly sampled from [800, 1024]"},
        },
    },
    "not_stated": ["epochs", "dropout", "warmup", "lora_rank", "lora_alpha",
                   "weight decay / momentum / batch size restated for the keypoint and Cityscapes runs",
                   "parameter counts"],
    "paper_notes": [
        "Implementation details defer to Fast/Faster R-CNN and FPN ([12, 36, 27]) for unstated hyper-parameters (e.g. RPN settings).",
        "Baseline rows in Tables 1 and 3 (MNC, FCIS, Faster R-CNN variants) are prior work, not this paper's models.",
        "The optimizer is never named as SGD; only momentum 0.9 and 'synchronized 8-GPU implementation' are given.",
        "Keypoint and Cityscapes runs state only lr, iterations, scales (and batch for Cityscapes); the rest follows the main set-up implicitly.",
        "Several numbers in tables are from memory of the published paper; the ablation rows are a subset of its Table 2.",
        "task_family: instance segmentation is annotated as object-detection (closest vocabulary entry; the paper is a detection framework).",
    ],
}
