"""Held-out paper: Fully Convolutional Networks for Semantic Segmentation (Long, Shelhamer, Darrell, CVPR 2015),
condensed retelling from memory."""

PAPER = {
    "title": "Fully Convolutional Networks for Semantic Segmentation",
    "authors": "Jonathan Long, Evan Shelhamer, Trevor Darrell",
    "affil": "UC Berkeley",
    "header": "Fully Convolutional Networks for Semantic Segmentation",
    "columns": 2,
    "abstract": (
        "Convolutional networks are powerful visual models that yield hierarchies of features. We show that "
        "convolutional networks by themselves, trained end-to-end, pixels-to-pixels, exceed the "
        "state-of-the-art in semantic segmentation. Our key insight is to build \u201cfully "
        "convolutional\u201d networks that take input of arbitrary size and produce correspondingly-sized "
        "output with efficient inference and learning. We define and detail the space of fully "
        "convolutional networks, explain their application to spatially dense prediction tasks, and draw "
        "connections to prior models. We adapt contemporary classification networks (AlexNet, the VGG net, "
        "and GoogLeNet) into fully convolutional networks and transfer their learned representations by "
        "fine-tuning to the segmentation task. We then define a novel architecture that combines semantic "
        "information from a deep, coarse layer with appearance information from a shallow, fine layer to "
        "produce accurate and detailed segmentations. Our fully convolutional network achieves "
        "state-of-the-art segmentation of PASCAL VOC (20% relative improvement to 62.2% mean IU on 2012), "
        "NYUDv2, and SIFT Flow, while inference takes less than one fifth of a second for a typical image."),
    "sections": [
        ("1. Introduction", [
            "Convolutional networks are driving advances in recognition. Convnets are not only improving for "
            "whole-image classification, but also making progress on local tasks with structured output. "
            "These include advances in bounding box object detection, part and keypoint prediction, and local "
            "correspondence. The natural next step in the progression from coarse to fine inference is to "
            "make a prediction at every pixel.",
            "We show that a fully convolutional network (FCN), trained end-to-end, pixels-to-pixels on "
            "semantic segmentation exceeds the state-of-the-art without further machinery. To our knowledge, "
            "this is the first work to train FCNs end-to-end (1) for pixelwise prediction and (2) from "
            "supervised pre-training. Fully convolutional versions of existing networks predict dense outputs "
            "from arbitrary-sized inputs. Both learning and inference are performed whole-image-at-a-time by "
            "dense feedforward computation and backpropagation. In-network upsampling layers enable pixelwise "
            "prediction and learning in nets with subsampled pooling.",
            "This method is efficient, both asymptotically and absolutely, and precludes the need for the "
            "complications in other works. Patchwise training is common, but lacks the efficiency of fully "
            "convolutional training. Our approach does not make use of pre- and post-processing "
            "complications, including superpixels, proposals, or post-hoc refinement by random fields or "
            "local classifiers. Our model transfers recent success in classification to dense prediction by "
            "reinterpreting classification nets as fully convolutional and fine-tuning from their learned "
            "representations."]),
        ("2. Related work", [
            "Our approach draws on recent successes of deep nets for image classification [19, 31, 32] and "
            "transfer learning [4, 38]. Transfer was first demonstrated on various visual recognition tasks, "
            "then on detection, and on both instance and semantic segmentation in hybrid proposal-classifier "
            "models [12, 17, 15]. We now re-architect and fine-tune classification nets to direct, dense "
            "prediction of semantic segmentation.",
            "<b>Dense prediction with convnets</b> Several recent works have applied convnets to dense "
            "prediction problems, including semantic segmentation by Ning et al. [27], Farabet et al. [8], "
            "and Pinheiro and Collobert [28]; boundary prediction for electron microscopy by Ciresan et al. "
            "[2]; and image restoration and depth estimation by Eigen et al. [5, 6]. Common elements of these "
            "approaches include small models restricting capacity and receptive fields, patchwise training, "
            "post-processing by superpixel projection or random field regularization, and multi-scale "
            "pyramid processing. Farabet et al. [8] train a multi-scale convnet on patches and report 72.3% "
            "pixel accuracy on SIFT Flow with natural frequency sampling. Hariharan et al. [17] and Gupta et "
            "al. [15] likewise adapt deep classification nets to semantic segmentation, but do so in hybrid "
            "proposal-classifier models; the SDS system of [17] reaches 51.6% mean IU on PASCAL VOC 2012 "
            "test, with inference that takes about 50 seconds per image. Unlike these existing methods, we "
            "adapt and extend deep classification architectures, using image classification as supervised "
            "pre-training, and fine-tune fully convolutionally to learn simply and efficiently from whole "
            "image inputs and whole image ground truths."]),
        ("3. Fully convolutional networks", [
            "Each layer of data in a convnet is a three-dimensional array of size h × w × d, where h and w "
            "are spatial dimensions, and d is the feature or channel dimension. Convnets are built on "
            "translation invariance. Their basic components (convolution, pooling, and activation functions) "
            "operate on local input regions, and depend only on relative spatial coordinates. A net with only "
            "layers of this form computes a nonlinear <i>filter</i>, which we call a deep filter or fully "
            "convolutional network. An FCN naturally operates on an input of any size, and produces an output "
            "of corresponding (possibly resampled) spatial dimensions.",
            "A real-valued loss function composed with an FCN defines a task. If the loss function is a sum "
            "over the spatial dimensions of the final layer, its gradient will be a sum over the gradients of "
            "each of its spatial components. Thus stochastic gradient descent on the whole image will be the "
            "same as stochastic gradient descent taking all of the final layer receptive fields as a "
            "minibatch.",
            "<b>Adapting classifiers for dense prediction.</b> Typical recognition nets, including LeNet, "
            "AlexNet [19], and its deeper successors [31, 32], ostensibly take fixed-sized inputs and produce "
            "nonspatial outputs. The fully connected layers of these nets have fixed dimensions and throw "
            "away spatial coordinates. However, these fully connected layers can also be viewed as "
            "convolutions with kernels that cover their entire input regions. Doing so casts them into fully "
            "convolutional networks that take input of any size and output classification maps.",
            "<b>Upsampling is backwards strided convolution.</b> Another way to connect coarse outputs to "
            "dense pixels is interpolation. Upsampling with factor f is convolution with a fractional input "
            "stride of 1/f. So long as f is integral, a natural way to upsample is therefore backwards "
            "convolution (sometimes called <i>deconvolution</i>) with an output stride of f. Such an "
            "operation is trivial to implement, since it simply reverses the forward and backward passes of "
            "convolution. Thus upsampling is performed in-network for end-to-end learning by backpropagation "
            "from the pixelwise loss. Note that the deconvolution filter in such a layer need not be fixed "
            "(e.g., to bilinear upsampling), but can be learned.",
            "<b>Patchwise training is loss sampling.</b> In stochastic optimization, gradient computation is "
            "driven by the training distribution. Both patchwise training and fully convolutional training "
            "can be made to produce any distribution, although their relative computational efficiency "
            "depends on overlap and minibatch size. Whole image fully convolutional training is identical to "
            "patchwise training where each batch consists of all the receptive fields of the units below the "
            "loss for an image."]),
        ("4. Segmentation Architecture", [
            "We cast ILSVRC classifiers into FCNs and augment them for dense prediction with in-network "
            "upsampling and a pixelwise loss. We train for segmentation by fine-tuning. Next, we build a "
            "novel skip architecture that combines coarse, semantic and local, appearance information to "
            "refine prediction. For this investigation, we train and validate on the PASCAL VOC 2011 "
            "segmentation challenge [7]. We train with a per-pixel multinomial logistic loss and validate "
            "with the standard metric of mean pixel intersection over union, with the mean taken over all "
            "classes, including background. The training ignores pixels that are masked out (as ambiguous or "
            "difficult) in the ground truth."]),
        ("4.1. From classifier to dense FCN", [
            "We begin by convolutionalizing proven classification architectures. We consider the AlexNet "
            "architecture [19] that won ILSVRC12, as well as the VGG nets [31] and the GoogLeNet [32] which "
            "did exceptionally well in ILSVRC14. We pick the VGG 16-layer net, which we found to be "
            "equivalent to the 19-layer net on this task. For GoogLeNet, we use only the final loss layer, "
            "and improve performance by discarding the final average pooling layer. We decapitate each net by "
            "discarding the final classifier layer, and convert all fully connected layers to convolutions. "
            "We append a 1 × 1 convolution with channel dimension 21 to predict scores for each of the PASCAL "
            "classes (including background) at each of the coarse output locations, followed by a "
            "deconvolution layer to bilinearly upsample the coarse outputs to pixel-dense outputs. Table 1 "
            "compares the preliminary validation results along with the basic characteristics of each net.",
            "@TABLE:0@",
            "Fine-tuning from classification to segmentation gave reasonable predictions for each net. Even "
            "the worst model achieved ~75% of state-of-the-art performance. The segmentation-equipped VGG net "
            "(FCN-VGG16) already appears to be state-of-the-art at 56.0 mean IU on val, compared to 52.6 on "
            "test [17]. Training on extra data raises FCN-VGG16 to 59.4 mean IU on a subset of val."]),
        ("4.2. Combining what and where", [
            "We define a new fully convolutional net for segmentation that combines layers of the feature "
            "hierarchy and refines the spatial precision of the output. While fully convolutionalized "
            "classifiers can be fine-tuned to segmentation, the 32 pixel stride at the final prediction layer "
            "limits the scale of detail in the upsampled output.",
            "We address this by adding skips that combine the final prediction layer with lower layers with "
            "finer strides. We first divide the output stride in half by predicting from a 16 pixel stride "
            "layer. We add a 1 × 1 convolution layer on top of pool4 to produce additional class predictions. "
            "We fuse this output with the predictions computed on top of conv7 (convolutionalized fc7) at "
            "stride 32 by adding a 2× upsampling layer and summing both predictions. We initialize the 2× "
            "upsampling to bilinear interpolation, but allow the parameters to be learned. Finally, the "
            "stride 16 predictions are upsampled back to the image. We call this net FCN-16s. FCN-16s is "
            "learned end-to-end, initialized with the parameters of the last, coarser net, which we now call "
            "FCN-32s. The new parameters acting on pool4 are zero-initialized so that the net starts with "
            "unmodified predictions. The learning rate is decreased by a factor of 100.",
            "Learning this skip net improves performance on the validation set by 3.0 mean IU to 62.4. We "
            "continue in this fashion by fusing predictions from pool3 with a 2× upsampling of predictions "
            "fused from pool4 and conv7, building the net FCN-8s. We obtain a minor additional improvement to "
            "62.7 mean IU. At this point our fusion improvements have met diminishing returns.",
            "@TABLE:1@"]),
        ("4.3. Experimental framework", [
            "<b>Optimization</b> We train by SGD with momentum. We use a minibatch size of 20 images and "
            "fixed learning rates of 10<super>−3</super>, 10<super>−4</super>, and 5<super>−5</super> for "
            "FCN-AlexNet, FCN-VGG16, and FCN-GoogLeNet, respectively, chosen by line search. We use momentum "
            "0.9, weight decay of 5<super>−4</super> or 2<super>−4</super>, and doubled the learning rate for "
            "biases, although we found training to be insensitive to these parameters (but sensitive to the "
            "learning rate). We zero-initialize the class scoring layer, as random initialization yielded "
            "neither better performance nor faster convergence. Dropout was included where used in the "
            "original classifier nets.",
            "<b>Fine-tuning</b> We fine-tune all layers by back-propagation through the whole net. "
            "Fine-tuning the output classifier alone yields only 70% of the full fine-tuning performance as "
            "compared in Table 2. Training from scratch is not feasible considering the time required to "
            "learn the base classification nets. (Note that the VGG net is trained in stages, while we "
            "initialize from the full 16-layer version.) Fine-tuning takes three days on a single GPU for the "
            "coarse FCN-32s version, and about one day each to upgrade to the FCN-16s and FCN-8s versions.",
            "<b>More Training Data</b> The PASCAL VOC 2011 segmentation challenge training set, which we use "
            "for Table 1, labels 1112 images. Hariharan et al. [16] have collected labels for a much larger "
            "set of 8498 PASCAL training images, which was used to train the previous state-of-the-art "
            "system, SDS [17]. This training data improves the FCN-VGG16 validation score by 3.4 points to "
            "59.4 mean IU.",
            "<b>Patch Sampling</b> As explained in Section 3, our full image training effectively batches "
            "each image into a regular grid of large, overlapping patches. We find that sampling does not "
            "have a significant effect on convergence rate compared to whole image training, but takes "
            "significantly more time due to the larger number of images that need to be considered per "
            "batch. We therefore choose unsampled, whole image training in our other experiments.",
            "<b>Class Balancing</b> Fully convolutional training can balance classes by weighting or "
            "sampling the loss. Although our labels are mildly unbalanced (about 3/4 are background), we find "
            "class balancing unnecessary.",
            "<b>Dense Prediction</b> The scores are upsampled to the input dimensions by deconvolution layers "
            "within the net. Final layer deconvolutional filters are fixed to bilinear interpolation, while "
            "intermediate upsampling layers are initialized to bilinear upsampling, and then learned.",
            "<b>Augmentation</b> We tried augmenting the training data by randomly mirroring and "
            "\u201cjittering\u201d the images by translating them up to 32 pixels (the coarsest scale of "
            "prediction) in each direction. This yielded no noticeable improvement.",
            "<b>Implementation</b> All models are trained and tested with Caffe [18] on a single NVIDIA Tesla "
            "K40c. The models and code will be released open-source on publication."]),
        ("5. Results", [
            "We test our FCN on semantic segmentation and scene parsing, exploring PASCAL VOC, NYUDv2, and "
            "SIFT Flow. Although these tasks have historically distinguished between objects and regions, we "
            "treat both uniformly as pixel prediction. We evaluate our FCN skip architecture on each of these "
            "datasets, and then extend it to multi-modal input for NYUDv2 and multi-task prediction for the "
            "semantic and geometric labels of SIFT Flow.",
            "<b>Metrics</b> We report four metrics from common semantic segmentation and scene parsing "
            "evaluations that are variations on pixel accuracy and region intersection over union (IU): pixel "
            "accuracy, mean accuracy, mean IU, and frequency weighted IU.",
            "<b>PASCAL VOC</b> Table 3 gives the performance of our FCN-8s on the test sets of PASCAL VOC "
            "2011 and 2012, and compares it to the previous state-of-the-art, SDS [17], and the well-known "
            "R-CNN [12]. We achieve the best results on mean IU by a relative margin of 20%. Inference time is "
            "reduced 114× (convnet only, ignoring proposals and refinement) or 286× (overall).",
            "@TABLE:2@",
            "<b>NYUDv2</b> [30] is an RGB-D dataset collected using the Microsoft Kinect. It has 1449 RGB-D "
            "images, with pixelwise labels that have been coalesced into a 40 class semantic segmentation "
            "task by Gupta et al. [14]. We report results on the standard split of 795 training images and "
            "654 testing images. Table 4 gives the performance of our model in several variations. First we "
            "train our unmodified coarse model (FCN-32s) on RGB images. To add depth information, we train on "
            "a model upgraded to take four-channel RGB-D input (early fusion). Following Gupta et al. [15], "
            "we also encode depth as HHA (horizontal disparity, height above ground, and the angle of the "
            "local surface normal with the inferred gravity direction), and train on RGB and HHA jointly with "
            "\u201clate fusion\u201d of the two nets' predictions, and finally upgrade this late fusion net "
            "to a 16-stride version.",
            "@TABLE:3@",
            "<b>SIFT Flow</b> is a dataset of 2,688 images with pixel labels for 33 semantic categories "
            "(\u201cbridge\u201d, \u201cmountain\u201d, \u201csun\u201d), as well as three geometric "
            "categories (\u201chorizontal\u201d, \u201cvertical\u201d, and \u201csky\u201d). An FCN can "
            "naturally learn a joint representation that simultaneously predicts both types of labels. We "
            "learn a two-headed version of FCN-16s with semantic and geometric prediction layers and losses. "
            "The learned model performs as well on both tasks as two independently trained models, while "
            "learning and inference are essentially as fast as each independent model by itself. The results "
            "in Table 5, computed on the standard split into 2,488 training and 200 test images, show "
            "state-of-the-art performance on both tasks.",
            "@TABLE:4@"]),
        ("6. Conclusion", [
            "Fully convolutional networks are a rich class of models, of which modern classification convnets "
            "are a special case. Recognizing this, extending these classification nets to segmentation, and "
            "improving the architecture with multi-resolution layer combinations dramatically improves the "
            "state-of-the-art, while simultaneously simplifying and speeding up learning and inference."]),
    ],
    "tables": [
        {"caption": "Table 1. We adapt and extend three classification convnets to segmentation. We compare "
                    "performance by mean intersection over union on the validation set of PASCAL VOC 2011 "
                    "and by inference time (averaged over 20 trials for a 500 × 500 input on an NVIDIA Tesla "
                    "K40c). We detail the architecture of the adapted nets as regards dense prediction: "
                    "number of parameter layers, receptive field size of output units, and the coarsest "
                    "stride within the net.",
         "rows": [["", "FCN-AlexNet", "FCN-VGG16", "FCN-GoogLeNet"],
                  ["mean IU", "39.8", "56.0", "42.5"],
                  ["forward time", "50 ms", "210 ms", "59 ms"],
                  ["conv. layers", "8", "16", "22"],
                  ["parameters", "57M", "134M", "6M"],
                  ["rf size", "355", "404", "907"],
                  ["max stride", "32", "32", "32"]]},
        {"caption": "Table 2. Comparison of skip FCNs on a subset of PASCAL VOC 2011 validation. Learning "
                    "is end-to-end, except for FCN-32s-fixed, where only the last layer is fine-tuned. Note "
                    "that FCN-32s is FCN-VGG16, renamed to highlight stride.",
         "rows": [["", "pixel acc.", "mean acc.", "mean IU", "f.w. IU"],
                  ["FCN-32s-fixed", "83.0", "59.7", "45.4", "72.0"],
                  ["FCN-32s", "89.1", "73.3", "59.4", "81.4"],
                  ["FCN-16s", "90.0", "75.7", "62.4", "83.0"],
                  ["FCN-8s", "90.3", "75.9", "62.7", "83.2"]]},
        {"caption": "Table 3. Our fully convolutional net gives a 20% relative improvement over the "
                    "state-of-the-art on the PASCAL VOC 2011 and 2012 test sets, and reduces inference time.",
         "rows": [["", "mean IU VOC2011 test", "mean IU VOC2012 test", "inference time"],
                  ["R-CNN [12]", "47.9", "-", "-"],
                  ["SDS [17]", "52.6", "51.6", "~ 50 s"],
                  ["FCN-8s", "62.7", "62.2", "~ 175 ms"]]},
        {"caption": "Table 4. Results on NYUDv2. RGBD is early-fusion of the RGB and depth channels at the "
                    "input. HHA is the depth embedding of [15] as horizontal disparity, height above ground, "
                    "and the angle of the local surface normal with the inferred gravity direction. RGB-HHA "
                    "is the jointly trained late fusion model that sums RGB and HHA predictions.",
         "rows": [["", "pixel acc.", "mean acc.", "mean IU", "f.w. IU"],
                  ["Gupta et al. [15]", "60.3", "-", "28.6", "47.0"],
                  ["FCN-32s RGB", "60.0", "42.2", "29.2", "43.9"],
                  ["FCN-32s RGBD", "61.5", "42.4", "30.5", "45.5"],
                  ["FCN-32s HHA", "57.1", "35.2", "24.2", "40.4"],
                  ["FCN-32s RGB-HHA", "64.3", "44.9", "32.8", "48.0"],
                  ["FCN-16s RGB-HHA", "65.4", "46.1", "34.0", "49.5"]]},
        {"caption": "Table 5. Results on SIFT Flow with class segmentation (center) and geometric "
                    "segmentation (right).",
         "rows": [["", "pixel acc.", "mean acc.", "mean IU", "f.w. IU", "geom. acc."],
                  ["Farabet et al. [8] (natural)", "72.3", "50.8", "-", "-", "-"],
                  ["Farabet et al. [8] (balanced)", "78.5", "29.6", "-", "-", "-"],
                  ["Pinheiro et al. [28]", "77.7", "29.8", "-", "-", "-"],
                  ["FCN-16s", "85.2", "51.7", "39.5", "76.1", "94.3"]]},
    ],
    "references": [
        "[7] M. Everingham, L. Van Gool, C. K. I. Williams, J. Winn, and A. Zisserman. The PASCAL Visual "
        "Object Classes Challenge 2011 (VOC2011) Results.",
        "[8] C. Farabet, C. Couprie, L. Najman, and Y. LeCun. Learning hierarchical features for scene "
        "labeling. PAMI, 2013.",
        "[12] R. Girshick, J. Donahue, T. Darrell, and J. Malik. Rich feature hierarchies for accurate object "
        "detection and semantic segmentation. In CVPR, 2014.",
        "[14] S. Gupta, P. Arbelaez, and J. Malik. Perceptual organization and recognition of indoor scenes "
        "from RGB-D images. In CVPR, 2013.",
        "[15] S. Gupta, R. Girshick, P. Arbelaez, and J. Malik. Learning rich features from RGB-D images for "
        "object detection and segmentation. In ECCV, 2014.",
        "[16] B. Hariharan, P. Arbelaez, L. Bourdev, S. Maji, and J. Malik. Semantic contours from inverse "
        "detectors. In ICCV, 2011.",
        "[17] B. Hariharan, P. Arbeláez, R. Girshick, and J. Malik. Simultaneous detection and "
        "segmentation. In ECCV, 2014.",
        "[18] Y. Jia, E. Shelhamer, J. Donahue, S. Karayev, J. Long, R. Girshick, S. Guadarrama, and T. "
        "Darrell. Caffe: Convolutional architecture for fast feature embedding. arXiv:1408.5093, 2014.",
        "[19] A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classification with deep convolutional "
        "neural networks. In NIPS, 2012.",
        "[28] P. H. Pinheiro and R. Collobert. Recurrent convolutional neural networks for scene labeling. "
        "In ICML, 2014.",
        "[30] N. Silberman, D. Hoiem, P. Kohli, and R. Fergus. Indoor segmentation and support inference "
        "from RGBD images. In ECCV, 2012.",
        "[31] K. Simonyan and A. Zisserman. Very deep convolutional networks for large-scale image "
        "recognition. CoRR, abs/1409.1556, 2014.",
        "[32] C. Szegedy, W. Liu, Y. Jia, P. Sermanet, S. Reed, D. Anguelov, D. Erhan, V. Vanhoucke, and A. "
        "Rabinovich. Going deeper with convolutions. CoRR, abs/1409.4842, 2014.",
    ],
}

TRUTH = {
    "year": 2015,
    "source": "condensed retelling of Long, Shelhamer & Darrell, CVPR 2015, written from memory",
    "task_family": "semantic-segmentation",
    "contribution": {"value": "architecture",
                     "quote": "Our key insight is to build \u201cfully convolutional\u201d networks that take input"},
    "claim": {"value": "An end-to-end fine-tuned fully convolutional network with skip connections (FCN-8s) "
                       "reaches 62.2% mean IU on PASCAL VOC 2012 test vs 51.6% for SDS (20% relative "
                       "improvement) with ~175 ms inference instead of ~50 s, and is state-of-the-art on NYUDv2 "
                       "and SIFT Flow",
              "quote": "We achieve the best results on mean IU by a relative margin of 20%."},
    "param_counts": [
        {"model": "FCN-AlexNet", "value": 57000000, "quote": "parameters 57M 134M 6M"},
        {"model": "FCN-VGG16", "value": 134000000, "quote": "parameters 57M 134M 6M"},
        {"model": "FCN-GoogLeNet", "value": 6000000, "quote": "parameters 57M 134M 6M"},
    ],
    "architecture": {
        "value": "fully convolutional networks converted from AlexNet / VGG16 / GoogLeNet (fc layers as convs, "
                 "1×1 conv 21-class scoring layer, in-network deconvolution upsampling initialised to bilinear); "
                 "skip architecture FCN-32s / FCN-16s (pool4) / FCN-8s (pool3) fusing coarse and fine predictions",
        "quote": "We call this net FCN-16s."},
    "loss": {"value": "per-pixel multinomial logistic loss (summed over spatial positions), masked pixels ignored",
             "quote": "We train with a per-pixel multinomial logistic loss"},
    "datasets": [
        {"value": "PASCAL VOC 2011 / 2012 segmentation (1112 training images; val subset; 2011 and 2012 test)",
         "quote": "The PASCAL VOC 2011 segmentation challenge training set, which we use"},
        {"value": "SBD extra PASCAL annotations of Hariharan et al. (8498 training images)",
         "quote": "have collected labels for a much larger set of 8498 PASCAL training images"},
        {"value": "NYUDv2 (1449 RGB-D images, 40 classes; 795 train / 654 test)",
         "quote": "It has 1449 RGB-D images, with pixelwise labels"},
        {"value": "SIFT Flow (2,688 images, 33 semantic + 3 geometric classes; 2,488 train / 200 test)",
         "quote": "is a dataset of 2,688 images with pixel labels for 33 semantic categories"},
        {"value": "ImageNet / ILSVRC (supervised pre-training of the base classifiers, taken from prior work)",
         "quote": "We cast ILSVRC classifiers into FCNs and augment them for dense prediction"},
    ],
    "metrics": [
        {"value": "pixel accuracy, mean accuracy, mean IU, frequency weighted IU",
         "quote": "accuracy, mean accuracy, mean IU, and frequency weighted IU"},
        {"value": "geometric accuracy (SIFT Flow)", "quote": "FCN-16s 85.2 51.7 39.5 76.1 94.3"},
        {"value": "inference time", "quote": "Inference time is reduced 114× (convnet only"},
    ],
    "training": {
        "pascal_finetune": {
            "optimizer": {"value": "SGD with momentum 0.9", "quote": "We train by SGD with momentum."},
            "learning_rate": {"value": "fixed: 1e-3 (FCN-AlexNet), 1e-4 (FCN-VGG16), 5e-5 (FCN-GoogLeNet); "
                                       "doubled for biases; reduced by a factor of 100 for the skip nets",
                              "numbers": [0.001, 0.0001, 0.00005],
                              "quote": "fixed learning rates of 10<super>−3</super>, 10<super>−4</super>, and",
                              "note": "the GoogLeNet rate is printed '5<sup>−5</sup>' (as in the published paper), meaning 5 × 10^-5"},
            "batch_size": {"value": 20, "quote": "We use a minibatch size of 20 images and"},
            "momentum": {"value": 0.9, "quote": "We use momentum 0.9, weight decay of"},
            "weight_decay": {"value": "5e-4 or 2e-4", "numbers": [0.0005, 0.0002],
                             "quote": "We use momentum 0.9, weight decay of",
                             "note": "printed '5^−4 or 2^−4' (as in the published paper), meaning 5 × 10^-4 or 2 × 10^-4"},
            "dropout": {"value": "kept where used in the original classifier nets (rate not restated)", "numbers": [],
                        "quote": "Dropout was included where used"},
            "lr_schedule": {"value": "fixed learning rate (no schedule); skip nets FCN-16s/8s at 1/100 of it",
                            "quote": "The learning rate is decreased by a factor of 100."},
            "initialization": {"value": "ImageNet-pretrained classifier; class scoring layer zero-initialised; "
                                        "upsampling initialised to bilinear",
                               "quote": "We zero-initialize the class scoring layer"},
            "training_time": {"value": "3 days on one GPU for FCN-32s, about 1 day each for FCN-16s and FCN-8s",
                              "quote": "Fine-tuning takes three days on a single GPU for the"},
            "augmentation": {"value": "none used (mirroring and 32-pixel jittering tried, no improvement)",
                             "quote": "This yielded no noticeable improvement."},
        },
    },
    "not_stated": ["epochs", "steps", "warmup", "lora_rank", "lora_alpha", "dropout rate",
                   "separate hyper-parameters for NYUDv2 and SIFT Flow training"],
    "paper_notes": [
        "The learning rate for FCN-GoogLeNet and the weight decays are written as '5<super>−5</super>', '5<super>−4</super>', '2<super>−4</super>' (powers of 5 and 2, as the published paper prints them), meaning 5e-5, 5e-4, 2e-4; the text layer shows '5−5'.",
        "Three learning rates for three backbones in one sentence; the headline model is FCN-VGG16 (1e-4).",
        "Related Work restates prior numbers (Farabet 72.3% pixel accuracy on SIFT Flow, SDS 51.6% mean IU, ~50 s inference) that are not this paper's results.",
        "Parameter counts appear only in Table 1 as '57M 134M 6M' in one row with the backbone names in the header.",
        "Epochs/iterations are never given; training length is stated only as wall-clock days.",
    ],
}
