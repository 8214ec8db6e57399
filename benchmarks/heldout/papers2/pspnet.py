"""PSPNet (Zhao, Shi, Qi, Wang & Jia, CVPR 2017): condensed retelling written from memory."""

PAPER = {
    "title": "Pyramid Scene Parsing Network",
    "authors": "Hengshuang Zhao, Jianping Shi, Xiaojuan Qi, Xiaogang Wang and Jiaya Jia",
    "affil": "The Chinese University of Hong Kong · SenseTime Group Limited",
    "header": "CVPR 2017",
    "columns": 2,
    "abstract": (
        "Scene parsing is challenging for unrestricted open vocabulary and diverse scenes. In this paper, we "
        "exploit the capability of global context information by different-region-based context aggregation "
        "through our pyramid pooling module together with the proposed pyramid scene parsing network (PSPNet). "
        "Our global prior representation is effective to produce good quality results on the scene parsing "
        "task, while PSPNet provides a superior framework for pixel-level prediction. The proposed approach "
        "achieves state-of-the-art performance on various datasets. It came first in ImageNet scene parsing "
        "challenge 2016, PASCAL VOC 2012 benchmark and Cityscapes benchmark. A single PSPNet yields the new "
        "record of mIoU accuracy 85.4% on PASCAL VOC 2012 and accuracy 80.2% on Cityscapes."),
    "sections": [
        ("1. Introduction", [
            "Scene parsing, based on semantic segmentation, is a fundamental topic in computer vision. The goal "
            "is to assign each pixel in the image a category label. State-of-the-art scene parsing frameworks "
            "are mostly based on the fully convolutional network (FCN). The deep convolutional neural network "
            "based methods boost dynamic object understanding, and yet still face challenges considering "
            "diverse scenes and unrestricted vocabulary. Many errors are partially or completely related to "
            "contextual relationship and global information for different receptive fields: mismatched "
            "relationship (a boat on a river predicted as a car), confusion categories, and inconspicuous "
            "classes.",
            "In this paper we propose the pyramid scene parsing network (PSPNet). Our main contributions are "
            "threefold. We propose a pyramid scene parsing network to embed difficult scenery context features "
            "in an FCN based pixel prediction framework. We develop an effective optimization strategy for deep "
            "ResNet based on deeply supervised loss. We build a practical system for state-of-the-art scene "
            "parsing and semantic segmentation where all crucial implementation details are included."]),
        ("2. Related Work", [
            "FCN replaced the fully-connected layers of classification networks with convolution layers for "
            "segmentation. DeepLab and the dilated network of Yu and Koltun used dilated convolution to enlarge "
            "the receptive field; DeepLab and CRF-as-RNN additionally applied a conditional random field as "
            "post-processing. ParseNet showed that global average pooling with FCN can improve semantic "
            "segmentation results, and spatial pyramid pooling, as in SPPNet, was widely used to collect "
            "context at multiple scales for classification. The encoder-decoder SegNet and RefineNet recover "
            "resolution with learned upsampling paths."]),
        ("3. Pyramid Scene Parsing Network", []),
        ("3.1. Pyramid Pooling Module", [
            "In a deep neural network, the size of receptive field can roughly indicate how much we use context "
            "information. Although theoretically the receptive field of ResNet is already larger than the input "
            "image, it is shown that the empirical receptive field of CNN is much smaller than the theoretical "
            "one, especially on high-level layers. We therefore propose a hierarchical global prior, containing "
            "information with different scales and varying among different sub-regions.",
            "The pyramid pooling module fuses features under four different pyramid scales. The coarsest level "
            "is global pooling to generate a single bin output. The following pyramid levels separate the "
            "feature map into different sub-regions and form pooled representation for different locations; in "
            "our design the levels have bin sizes of 1×1, 2×2, 3×3 and 6×6. To maintain the weight of global "
            "feature, we use 1×1 convolution layer after each pyramid level to reduce the dimension of context "
            "representation to 1/N of the original one if the level size of pyramid is N. Then we directly "
            "upsample the low-dimension feature maps to get the same size feature as the original feature map "
            "via bilinear interpolation. Finally, different levels of features are concatenated as the final "
            "pyramid pooling global feature."]),
        ("3.2. Network Architecture", [
            "Given an input image, we use a pretrained ResNet model with the dilated network strategy to extract "
            "the feature map. The final feature map size is 1/8 of the input image. On top of the map, we use "
            "the pyramid pooling module to gather context information. Using our 4-level pyramid, the pooling "
            "kernels cover the whole, half of, and small portions of the image. They are fused as the global "
            "prior. Then we concatenate the prior with the original feature map, followed by a convolution "
            "layer to generate the final prediction map."]),
        ("4. Deep Supervision for ResNet-Based FCN", [
            "Deep pretrained networks lead to good performance, but increasing depth may introduce additional "
            "optimization difficulty. Apart from the main branch using softmax loss to train the final "
            "classifier, another classifier is applied after the fourth stage, i.e., the res4b22 residue block. "
            "Different from relay backpropagation that blocks the backward auxiliary loss to several shallow "
            "layers, we let the two loss functions pass through all previous layers. The auxiliary loss helps "
            "optimize the learning process, while the master branch loss takes the most responsibility. We add "
            "weight to balance the auxiliary loss. In the testing phase, we abandon this auxiliary branch and "
            "only use the well optimized master branch for final prediction."]),
        ("5. Experiments", [
            "Our proposed method is successful on scene parsing and semantic segmentation challenges. We "
            "evaluate it in this section on three different datasets, including ImageNet scene parsing "
            "challenge 2016, PASCAL VOC 2012 semantic segmentation and urban scene understanding dataset "
            "Cityscapes."]),
        ("5.1. Implementation Details", [
            "For a practical deep learning system, devil is always in the details. Our implementation is based "
            "on the public platform Caffe. Inspired by DeepLab, we use the \"poly\" learning rate policy where "
            "current learning rate equals to the base one multiplying (1 − iter/maxiter)<super>power</super>. We "
            "set base learning rate to 0.01 and power to 0.9. The performance can be improved by increasing the "
            "iteration number, which is set to 150K for ImageNet experiment, 30K for PASCAL VOC and 90K for "
            "Cityscapes. Momentum and weight decay are set to 0.9 and 0.0001 respectively.",
            "For data augmentation, we adopt random mirror and random resize between 0.5 and 2 for all "
            "datasets, and additionally add random rotation between −10 and 10 degrees, and random Gaussian "
            "blur for ImageNet and PASCAL VOC. This comprehensive data augmentation scheme makes the network "
            "resist overfitting. Our network contains dilated convolution following DeepLab.",
            "During the course of experiments, we notice that an appropriately large \"cropsize\" can yield "
            "good performance and \"batchsize\" in the batch normalization layer is of great importance. Due "
            "to limited physical memory on GPU cards, we set the \"batchsize\" to 16 during training. To achieve "
            "this, we modify Caffe together with branch and make it support batch normalization on data "
            "gathered from multiple GPUs based on OpenMPI. For the auxiliary loss, we set the weight to 0.4 in "
            "experiments."]),
        ("5.2. ImageNet Scene Parsing Challenge 2016", [
            "<b>Dataset and Evaluation Metrics.</b> The ADE20K dataset is used in ImageNet scene parsing "
            "challenge 2016. Different from other datasets, ADE20K is more challenging for the up to 150 classes "
            "and diverse scenes with a total of 1,038 image-level labels. The challenge data is divided into "
            "20K/2K/3K images for training, validation and testing. Also, it needs to parse both objects and "
            "stuff in the scene. For evaluation, both pixel-wise accuracy (Pixel Acc.) and mean of class-wise "
            "intersection over union (Mean IoU) are used.",
            "<b>Ablation Study for PSPNet.</b> We compare max and average pooling, pooling with just one global "
            "feature or four-level features, and with and without the dimension reduction after the pooling "
            "operation. Average pooling works better than max pooling in all settings, and pooling with the "
            "pyramid parsing outperforms that using global pooling. With dimension reduction the performance "
            "is further enhanced. <b>Ablation Study for Auxiliary Loss.</b> We set the weight α of the auxiliary "
            "loss between 0 and 1 and find that α = 0.4 yields the best performance. <b>Ablation Study for "
            "Pretrained Model.</b> Deeper pretrained networks (ResNet50, 101, 152 and 269) give consistently "
            "better results.",
            "@TABLE:0@",
            "Our single model reaches 44.94 mIoU and 81.69 pixel accuracy on the validation set. Our entry, "
            "an ensemble, obtained a final score of 57.21% on the testing set and ranked first among 75 "
            "teams."]),
        ("5.3. PASCAL VOC 2012", [
            "Our PSPNet also works satisfyingly on semantic segmentation. We carry out experiments on the PASCAL "
            "VOC 2012 segmentation dataset, which contains 20 object categories and one background class. "
            "Following the procedure of prior work, we use augmented data with the annotation of Hariharan et "
            "al., resulting in 10,582, 1,449 and 1,456 images for training, validation and testing. Results "
            "are shown in Table 2. We compare PSPNet with previous best-performing methods on the testing set "
            "based on two settings, i.e., with or without pre-training on the MS-COCO dataset. Our method "
            "yields 82.6% mIoU without MS-COCO pre-training and 85.4% with it.",
            "@TABLE:1@"]),
        ("5.4. Cityscapes", [
            "Cityscapes is a recently released dataset for semantic urban scene understanding. It contains 5,000 "
            "high quality pixel-level finely annotated images collected from 50 cities in different seasons. "
            "The images are divided into sets with numbers 2,975, 500, and 1,525 for training, validation and "
            "testing. It defines 19 categories containing both stuff and objects. Also, 20,000 coarsely "
            "annotated images are provided for two settings in comparison, i.e., training with only fine data "
            "or with both the fine and coarse data.",
            "@TABLE:2@"]),
        ("6. Concluding Remarks", [
            "We have proposed an effective pyramid scene parsing network for complex scene understanding. The "
            "global pyramid pooling feature provides additional contextual information. We have also provided a "
            "deeply supervised optimization strategy for ResNet-based FCN network. We hope the implementation "
            "details publicly available can help the community adopt these useful strategies for scene parsing "
            "and semantic segmentation."]),
    ],
    "tables": [
        {"caption": "Table 1: Quantitative results on the ImageNet scene parsing (ADE20K) validation set. "
                    "DA: data augmentation; AL: auxiliary loss; MS: multi-scale testing.",
         "rows": [["Method", "Mean IoU (%)", "Pixel Acc. (%)"],
                  ["FCN", "29.39", "71.32"],
                  ["SegNet", "21.64", "71.00"],
                  ["DilatedNet", "32.31", "73.55"],
                  ["CascadeNet", "34.90", "74.52"],
                  ["ResNet50-Baseline", "34.28", "76.35"],
                  ["ResNet50+DA+AL+PSP", "41.68", "80.04"],
                  ["ResNet269+DA+AL+PSP", "43.81", "80.88"],
                  ["ResNet269+DA+AL+PSP+MS", "44.94", "81.69"]]},
        {"caption": "Table 2: Mean IoU (%) on the PASCAL VOC 2012 testing set. Methods pre-trained on MS-COCO "
                    "are marked with †.",
         "rows": [["Method", "mIoU (%)"],
                  ["FCN", "62.2"],
                  ["DeepLab", "71.6"],
                  ["PSPNet", "82.6"],
                  ["DeepLab-v2 †", "79.7"],
                  ["PSPNet †", "85.4"]]},
        {"caption": "Table 3: Results on the Cityscapes testing set. Methods trained using both fine and coarse "
                    "data are marked with ‡.",
         "rows": [["Method", "IoU cla. (%)"],
                  ["DeepLab-v2", "70.4"],
                  ["LRR ‡", "71.8"],
                  ["RefineNet", "73.6"],
                  ["PSPNet", "78.4"],
                  ["PSPNet ‡", "80.2"]]},
    ],
    "references": [
        "[1] J. Long, E. Shelhamer, and T. Darrell. Fully convolutional networks for semantic segmentation. In "
        "CVPR, 2015.",
        "[2] L.-C. Chen, G. Papandreou, I. Kokkinos, K. Murphy, and A. L. Yuille. DeepLab: Semantic image "
        "segmentation with deep convolutional nets, atrous convolution, and fully connected CRFs. arXiv, 2016.",
        "[3] F. Yu and V. Koltun. Multi-scale context aggregation by dilated convolutions. In ICLR, 2016.",
        "[4] W. Liu, A. Rabinovich, and A. C. Berg. ParseNet: Looking wider to see better. arXiv, 2015.",
        "[5] K. He, X. Zhang, S. Ren, and J. Sun. Spatial pyramid pooling in deep convolutional networks for "
        "visual recognition. In ECCV, 2014.",
        "[6] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. In CVPR, 2016.",
        "[7] B. Zhou, H. Zhao, X. Puig, S. Fidler, A. Barriuso, and A. Torralba. Semantic understanding of "
        "scenes through the ADE20K dataset. arXiv, 2016.",
        "[8] M. Everingham et al. The PASCAL visual object classes (VOC) challenge. IJCV, 2010.",
        "[9] M. Cordts et al. The Cityscapes dataset for semantic urban scene understanding. In CVPR, 2016.",
        "[10] V. Badrinarayanan, A. Kendall, and R. Cipolla. SegNet: A deep convolutional encoder-decoder "
        "architecture for image segmentation. arXiv, 2015.",
        "[11] G. Lin, A. Milan, C. Shen, and I. Reid. RefineNet: Multi-path refinement networks for "
        "high-resolution semantic segmentation. arXiv, 2016.",
        "[12] Y. Jia et al. Caffe: Convolutional architecture for fast feature embedding. In ACM MM, 2014.",
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of Zhao, Shi, Qi, Wang & Jia, CVPR 2017 (arXiv:1612.01105), written from memory",
    "task_family": "semantic-segmentation",
    "contribution": {"value": "architecture",
                     "quote": "We propose a pyramid scene parsing network to embed difficult scenery context"},
    "claim": {"value": "PSPNet (dilated ResNet FCN + pyramid pooling module) sets new state of the art: 85.4% mIoU "
                       "on PASCAL VOC 2012 (vs DeepLab-v2 79.7% with COCO pre-training), 80.2% on Cityscapes, and "
                       "first place in the ImageNet scene parsing challenge 2016",
              "quote": "A single PSPNet yields the new record of mIoU accuracy 85.4% on PASCAL VOC 2012"},
    "param_counts": [],
    "architecture": {
        "value": "pretrained dilated ResNet (output stride 8) + pyramid pooling module with 4 levels (bins 1×1, "
                 "2×2, 3×3, 6×6, average pooling, 1×1 conv to 1/N channels, bilinear upsampling, concatenation "
                 "with the original feature map) + conv layer for the final prediction; auxiliary softmax "
                 "classifier after res4b22 (deep supervision) used only in training",
        "quote": "the levels have bin sizes of 1×1, 2×2, 3×3 and 6×6"},
    "datasets": [
        {"value": "ADE20K / ImageNet scene parsing challenge 2016 (150 classes; 20K/2K/3K train/val/test)",
         "quote": "The challenge data is divided into 20K/2K/3K images for training, validation and testing."},
        {"value": "PASCAL VOC 2012 segmentation (augmented with Hariharan et al.: 10,582/1,449/1,456)",
         "quote": "resulting in 10,582, 1,449 and 1,456 images for training"},
        {"value": "MS-COCO [pre-training for the VOC 2012 85.4% result]",
         "quote": "with or without pre-training on the MS-COCO dataset"},
        {"value": "Cityscapes (2,975/500/1,525 fine images; 20,000 coarse; 19 categories)",
         "quote": "The images are divided into sets with numbers 2,975, 500, and 1,525"},
    ],
    "metrics": [
        {"value": "mean IoU", "quote": "mean of class-wise intersection over union (Mean IoU)"},
        {"value": "pixel accuracy (ADE20K)", "quote": "both pixel-wise accuracy (Pixel Acc.)"},
        {"value": "challenge score (ImageNet scene parsing test)", "quote": "an ensemble, obtained a final score of 57.21%"},
    ],
    "training": {
        "common": {
            "optimizer": {"value": "SGD with momentum 0.9 (implied: Caffe, momentum and weight decay given)",
                          "quote": "Momentum and weight decay are set to 0.9 and 0.0001 respectively.",
                          "note": "optimizer not named explicitly"},
            "learning_rate": {"value": "base 0.01 with poly policy (power 0.9)", "numbers": [0.01],
                              "quote": "set base learning rate to 0.01 and power to 0.9"},
            "lr_schedule": {"value": "poly: lr × (1 − iter/maxiter)^0.9",
                            "quote": "we use the \"poly\" learning rate policy"},
            "momentum": {"value": 0.9, "quote": "Momentum and weight decay are set to 0.9 and 0.0001 respectively."},
            "weight_decay": {"value": 0.0001,
                             "quote": "Momentum and weight decay are set to 0.9 and 0.0001 respectively."},
            "batch_size": {"value": 16, "quote": "we set the \"batchsize\" to 16 during training"},
            "auxiliary_loss_weight": {"value": 0.4, "quote": "For the auxiliary loss, we set the weight to 0.4"},
            "augmentation": {"value": "random mirror, random resize 0.5–2 (all); plus random rotation −10 to 10 "
                                      "degrees and random Gaussian blur (ImageNet, PASCAL VOC)",
                             "quote": "we adopt random mirror and random resize between 0.5 and 2"},
        },
        "ade20k": {
            "steps": {"value": "150K iterations", "numbers": [150000],
                      "quote": "which is set to 150K for ImageNet experiment"},
        },
        "pascal_voc": {
            "steps": {"value": "30K iterations", "numbers": [30000], "quote": "30K for PASCAL VOC and 90K for"},
        },
        "cityscapes": {
            "steps": {"value": "90K iterations", "numbers": [90000], "quote": "30K for PASCAL VOC and 90K for"},
        },
    },
    "not_stated": ["epochs", "dropout", "warmup", "lora_rank", "lora_alpha", "crop size (left out: not recalled "
                   "with confidence)", "parameter counts", "COCO pre-training schedule"],
    "paper_notes": [
        "Trap: optimizer never named; only momentum and weight decay given.",
        "Trap: 'power to 0.9' (poly exponent) and 'momentum 0.9' both 0.9.",
        "Trap: auxiliary loss ablation sweeps α between 0 and 1; chosen value 0.4.",
        "Iteration counts differ per dataset (150K / 30K / 90K); other settings shared.",
        "Related work describes prior methods (FCN, DeepLab, ParseNet) without their settings.",
        "Ablation table numbers of the real paper (pooling types, α sweep, ResNet depths) left out: not recalled.",
    ],
}
