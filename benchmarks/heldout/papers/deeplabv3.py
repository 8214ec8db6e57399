"""Held-out paper: Rethinking Atrous Convolution for Semantic Image Segmentation (DeepLabv3; Chen, Papandreou,
Schroff, Adam, arXiv 2017), condensed retelling from memory."""

PAPER = {
    "title": "Rethinking Atrous Convolution for Semantic Image Segmentation",
    "authors": "Liang-Chieh Chen, George Papandreou, Florian Schroff, Hartwig Adam",
    "affil": "Google Inc.",
    "header": "Rethinking Atrous Convolution for Semantic Image Segmentation",
    "columns": 1,
    "stamp": "arXiv:1706.05587v3 [cs.CV] 5 Dec 2017",
    "abstract": (
        "In this work, we revisit atrous convolution, a powerful tool to explicitly adjust filter's "
        "field-of-view as well as control the resolution of feature responses computed by Deep Convolutional "
        "Neural Networks, in the application of semantic image segmentation. To handle the problem of "
        "segmenting objects at multiple scales, we design modules which employ atrous convolution in cascade "
        "or in parallel to capture multi-scale context by adopting multiple atrous rates. Furthermore, we "
        "propose to augment our previously proposed Atrous Spatial Pyramid Pooling module, which probes "
        "convolutional features at multiple scales, with image-level features encoding global context and "
        "further boost performance. We also elaborate on implementation details and share our experience on "
        "training our system. The proposed \u2018DeepLabv3\u2019 system significantly improves over our "
        "previous DeepLab versions without DenseCRF post-processing and attains comparable performance with "
        "other state-of-art models on the PASCAL VOC 2012 semantic image segmentation benchmark."),
    "sections": [
        ("1 Introduction", [
            "For the task of semantic segmentation [20, 63, 14, 97, 7], we consider two challenges in "
            "applying Deep Convolutional Neural Networks (DCNNs) [50]. The first one is the reduced feature "
            "resolution caused by consecutive pooling operations or convolution striding, which allows DCNNs "
            "to learn increasingly abstract feature representations. However, this invariance to local image "
            "transformation may impede dense prediction tasks, where detailed spatial information is desired. "
            "To overcome this problem, we advocate the use of atrous convolution [36, 26, 74, 66], which has "
            "been shown to be effective for semantic image segmentation [10, 90, 11]. Atrous convolution, "
            "also known as dilated convolution, allows us to repurpose ImageNet [72] pretrained networks to "
            "extract denser feature maps by removing the downsampling operations from the last few layers and "
            "upsampling the corresponding filter kernels, equivalent to inserting holes (\u2018trous\u2019 in "
            "French) between filter weights.",
            "The second challenge is caused by the existence of objects at multiple scales. Several methods "
            "have been proposed to handle the problem, which we review in Section 2.",
            "In this work, we revisit applying atrous convolution, which allows us to effectively enlarge the "
            "field of view of filters to incorporate multi-scale context, in the framework of both cascaded "
            "modules and spatial pyramid pooling. In particular, our proposed module consists of atrous "
            "convolution with various rates and batch normalization layers which we found important to be "
            "trained as well. We experiment with laying out the modules in cascade or in parallel "
            "(specifically, the Atrous Spatial Pyramid Pooling (ASPP) method [11]). We discuss an important "
            "practical issue when applying a 3 × 3 atrous convolution with an extremely large rate, which "
            "fails to capture long range information due to image boundary effects, effectively simply "
            "degenerating to 1 × 1 convolution, and propose to incorporate image-level features into the "
            "ASPP module. Furthermore, we elaborate on implementation details and share experience on "
            "training the proposed models, including a simple yet effective bootstrapping method for "
            "handling rare and finely annotated objects. In the end, our proposed model, \u2018DeepLabv3\u2019, "
            "improves over our previous works [10, 11] and attains performance of 85.7% on the PASCAL VOC "
            "2012 test set without DenseCRF post-processing."]),
        ("2 Related Work", [
            "Global features or contextual interactions are beneficial in correctly classifying pixels for "
            "semantic segmentation. We discuss four types of Fully Convolutional Networks (FCNs) [74, 60] that "
            "exploit context information.",
            "<b>Image pyramid:</b> The same model, typically with shared weights, is applied to multi-scale "
            "inputs. Feature responses from the small scale inputs encode the long-range context, while the "
            "large scale inputs preserve the small object details. <b>Encoder-decoder:</b> This model "
            "consists of two parts: (a) the encoder where the spatial dimension of feature maps is gradually "
            "reduced and thus longer range information is more easily captured in the deeper encoder output, "
            "and (b) the decoder where object details and spatial dimension are gradually recovered, as in "
            "U-Net [71]. "
            "<b>Context module:</b> This model contains extra modules laid out in cascade to encode "
            "long-range context, such as DenseCRF [45] or the context module of Yu and Koltun [90]. "
            "<b>Spatial pyramid pooling:</b> This model employs spatial pyramid pooling [28, 49] to capture "
            "context at several ranges. DeepLabv2 [11] proposes atrous spatial pyramid pooling (ASPP), where "
            "parallel atrous convolution layers with different rates capture multi-scale information. PSPNet [95] performs spatial pooling at four "
            "different grid scales and reports 85.4% on the PASCAL VOC 2012 test set."]),
        ("3 Methods", [
            "In this section, we review how atrous convolution is applied to extract dense features for "
            "semantic segmentation. We then discuss the proposed modules with atrous convolution modules "
            "employed in cascade or in parallel."]),
        ("3.1 Atrous Convolution for Dense Feature Extraction", [
            "The repeated combination of max-pooling and striding at consecutive layers of DCNNs significantly "
            "reduces the spatial resolution of the resulting feature maps. Considering two-dimensional signals, for each location i on the "
            "output y and a filter w, atrous convolution is applied over the input feature map x: y[i] = "
            "Σ<sub>k</sub> x[i + r · k] w[k], where the atrous rate r corresponds to the stride with which "
            "we sample the input signal. Standard convolution is a special case for rate r = 1. Atrous "
            "convolution allows us to adaptively modify filter's field-of-view by changing the rate value.",
            "We denote by <i>output_stride</i> the ratio of input image spatial resolution to final output "
            "resolution. For the DCNNs deployed for the task of image classification, the final feature "
            "responses are 32 times smaller than the input image dimension, and thus output_stride = 32. If "
            "one would like to double the spatial density of computed feature responses (i.e., "
            "output_stride = 16), the stride of the last pooling or convolutional layer that decreases "
            "resolution is set to 1 to avoid signal decimation. Then, all subsequent convolutional layers "
            "are replaced with atrous convolutional layers having rate r = 2."]),
        ("3.2 Going Deeper with Atrous Convolution", [
            "We first explore designing modules with atrous convolution laid out in cascade. To be concrete, "
            "we duplicate several copies of the last ResNet block, denoted as block4, and arrange them in "
            "cascade. There are three 3 × 3 convolutions in those blocks, and the last convolution contains "
            "stride 2 except the one in last block, similar to original ResNet. The motivation behind this "
            "model is that the introduced striding makes it easy to capture long range information in the "
            "deeper blocks. However, we discover that the consecutive striding is harmful for semantic "
            "segmentation since detail information is decimated, and thus we apply atrous convolution with "
            "rates determined by the desired output_stride value.",
            "<b>Multi-grid Method.</b> Motivated by multi-grid methods which employ a hierarchy of grids of "
            "different sizes, we adopt different atrous rates within block4 to block7 in the proposed model. "
            "In particular, we define as Multi_Grid = (r<sub>1</sub>, r<sub>2</sub>, r<sub>3</sub>) the unit "
            "rates for the three convolutional layers within block4 to block7. The final atrous rate for the "
            "convolutional layer is equal to the multiplication of the unit rate and the corresponding rate. "
            "For example, when output_stride = 16 and Multi_Grid = (1, 2, 4), the three convolutions will "
            "have rates = 2 · (1, 2, 4) = (2, 4, 8) in the block4, respectively."]),
        ("3.3 Atrous Spatial Pyramid Pooling", [
            "We revisit the Atrous Spatial Pyramid Pooling proposed in [11], where four parallel atrous "
            "convolutions with different atrous rates are applied on top of the feature map. ASPP is "
            "inspired by the success of spatial pyramid pooling [28, 49, 31] which showed that it is "
            "effective to resample features at different scales for accurately and efficiently classifying "
            "regions of an arbitrary scale. Different from [11], we include batch normalization within ASPP.",
            "ASPP with different atrous rates effectively captures multi-scale information. However, we "
            "discover that as the sampling rate becomes larger, the number of valid filter weights (i.e., the "
            "weights that are applied to the valid feature region, instead of padded zeros) becomes smaller. "
            "To overcome this problem and incorporate global context information to the model, we adopt "
            "image-level features, similar to [58, 95]. Specifically, we apply global average pooling on the "
            "last feature map of the model, feed the resulting image-level features to a 1 × 1 convolution "
            "with 256 filters (and batch normalization [38]), and then bilinearly upsample the feature to the "
            "desired spatial dimension.",
            "In the end, our improved ASPP consists of (a) one 1 × 1 convolution and three 3 × 3 "
            "convolutions with rates = (6, 12, 18) when output_stride = 16 (all with 256 filters and batch "
            "normalization), and (b) the image-level features. Note that the rates are doubled when "
            "output_stride = 8. The resulting features from all the branches are then concatenated and pass "
            "through another 1 × 1 convolution (also with 256 filters and batch normalization) before the "
            "final 1 × 1 convolution which generates the final logits."]),
        ("4 Experimental Evaluation", [
            "We adapt the ImageNet-pretrained [72] ResNet [32] to the semantic segmentation by applying "
            "atrous convolution to extract dense features. Recall that output_stride is defined as the ratio "
            "of input image spatial resolution to final output resolution. For example, when output_stride = "
            "8, the last two blocks (block3 and block4 in our notation) in the original ResNet contains "
            "atrous convolution with rates = 2 and rates = 4 respectively. Our implementation is built on "
            "TensorFlow [1].",
            "We evaluate the proposed models on the PASCAL VOC 2012 semantic segmentation benchmark [20] "
            "which contains 20 foreground object classes and one background class. The original dataset "
            "contains 1,464 (<i>train</i>), 1,449 (<i>val</i>), and 1,456 (<i>test</i>) pixel-level labeled "
            "images for training, validation, and testing, respectively. The dataset is augmented by the "
            "extra annotations provided by [29], resulting in 10,582 (<i>trainaug</i>) training images. The "
            "performance is measured in terms of pixel intersection-over-union (IOU) averaged across the 21 "
            "classes."]),
        ("4.1 Training Protocol", [
            "In this subsection, we discuss details of our training protocol.",
            "<b>Learning rate policy:</b> Similar to [58, 11], we employ a \u201cpoly\u201d learning rate "
            "policy where the initial learning rate is multiplied by (1 − iter/max_iter)<super>power</super> "
            "with power = 0.9.",
            "<b>Crop size:</b> Following the original training protocol [10, 11], patches are cropped from "
            "the image during training. For atrous convolution with large rates to be effective, large crop "
            "size is required; otherwise, the filter weights with large atrous rate are mostly applied to the "
            "padded zero region. We thus employ crop size to be 513 during both training and test on PASCAL "
            "VOC 2012 dataset.",
            "<b>Batch normalization:</b> Our added modules on top of ResNet all include batch normalization "
            "parameters [38], which we found important to be trained as well. Since large batch size is "
            "required to train batch normalization parameters, we employ output_stride = 16 and compute the "
            "batch normalization statistics with a batch size of 16. The batch normalization parameters are "
            "trained with decay = 0.9997. After training on the <i>trainaug</i> set with 30K iterations and "
            "an initial learning rate = 0.007, we then freeze batch normalization parameters, employ "
            "output_stride = 8, and train on the official PASCAL VOC 2012 <i>trainval</i> set for another "
            "30K iterations and a smaller base learning rate = 0.001. Note that atrous convolution allows us "
            "to control output_stride value at different training stages without requiring extra model "
            "parameters. Also note that training with output_stride = 16 is several times faster than "
            "output_stride = 8 since the intermediate feature maps are spatially four times smaller, but at "
            "a sacrifice of accuracy since output_stride = 16 provides coarser feature maps.",
            "<b>Upsampling logits:</b> In our previous works [10, 11], the target groundtruths are "
            "downsampled by 8 during training when output_stride = 8. We find it important to keep the "
            "groundtruths intact and instead upsample the final logits, since downsampling the groundtruths "
            "removes the fine annotations resulting in no back-propagation of details.",
            "<b>Data augmentation:</b> We apply data augmentation by randomly scaling the input images (from "
            "0.5 to 2.0) and randomly left-right flipping during training."]),
        ("4.2 Going Deeper with Atrous Convolution", [
            "We first experiment with building more blocks with atrous convolution in cascade. "
            "<b>ResNet-50:</b> In Table 1, we experiment with the effect of output_stride when employing "
            "ResNet-50 with block7 (i.e., extra block5, block6, and block7). As shown in the table, in the "
            "case of output_stride = 256 (i.e., no atrous convolution at all), the performance is much worse "
            "than the others due to the severe signal decimation. When output_stride gets larger and apply "
            "atrous convolution correspondingly, the performance improves from 20.29% to 75.18%, showing that "
            "atrous convolution is essential when building more blocks cascadedly for semantic segmentation.",
            "@TABLE:0@",
            ]),
        ("4.3 Atrous Spatial Pyramid Pooling", [
            "We then experiment with the Atrous Spatial Pyramid Pooling (ASPP) module with the main "
            "differences from [11] being that batch normalization parameters [38] are fine-tuned and image "
            "level features are included. In Table 2, we experiment with the effect of incorporating "
            "multi-grid in block4 and image-level features to the improved ASPP module. We first fix "
            "ASPP = (6, 12, 18) (i.e., employ rates = (6, 12, 18) for the three parallel 3 × 3 convolution "
            "branches), and vary the multi-grid value. Employing Multi_Grid = (1, 2, 1) is better than "
            "Multi_Grid = (1, 1, 1), while further improvement is attained by adopting Multi_Grid = (1, 2, 4) "
            "in the context of ASPP = (6, 12, 18). Adopting the image-level features further improves the "
            "performance to 77.21%.",
            "@TABLE:1@",
            "<b>Inference strategy on val set:</b> The proposed model is trained with output_stride = 16, and "
            "then during inference we apply output_stride = 8 to get more detailed feature map. As shown in "
            "Table 3, employing output_stride = 8 improves the performance by 1.3% over using "
            "output_stride = 16. Adopting multi-scale inputs with scales = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75} "
            "and left-right flipped inputs further improves the performance to 79.77%. Without DenseCRF "
            "post-processing or MS-COCO pre-training, this already outperforms DeepLabv2 (77.69% with DenseCRF "
            "and pretrained on MS-COCO [11]) on the val set.",
            "@TABLE:2@",
            "<b>Pretrained on COCO:</b> For comparison with other state-of-art models, we further pretrain "
            "our best ASPP model on MS-COCO dataset [57]. From the MS-COCO trainval_minus_minival set, we "
            "only select the images that have annotation regions larger than 1000 pixels and contain the "
            "classes defined in PASCAL VOC 2012. After "
            "pretraining on MS-COCO dataset, our proposed model attains performance of 82.7% on val set when "
            "using output_stride = 8, multi-scale inputs and adding left-right flipped images during "
            "inference. We adopt a smaller initial learning rate = 0.0001 and the same training protocol as "
            "in Sec. 4.1 when fine-tuning on the PASCAL VOC 2012 dataset.",
            "<b>Test set result and an effective bootstrapping method:</b> We notice that the PASCAL VOC 2012 "
            "dataset provides higher quality of annotations than the augmented dataset [29], especially for "
            "the bicycle class. We thus further fine-tune our model on the official PASCAL VOC 2012 trainval "
            "set before evaluating on the test set. Specifically, our model is trained with output_stride = 8 "
            "(so that annotation details are kept) and the batch normalization parameters are frozen. "
            "Besides, instead of performing pixel hard example mining, we resort to bootstrapping on hard "
            "images: we duplicate the images that contain hard classes (bicycle, chair, table, pottedplant, "
            "and sofa) in the training set. As shown in Table 4, our proposed model attains the performance "
            "of 85.7% on the test set without DenseCRF post-processing.",
            "<b>Model pretrained on JFT-300M:</b> Motivated by the recent work of [79], we further employ the "
            "ResNet-101 model which has been pretrained on both ImageNet and the JFT-300M dataset [34, 13, "
            "79], resulting in a performance of 86.9% on the PASCAL VOC 2012 test set.",
            "@TABLE:3@"]),
        ("5 Conclusion", [
            "Our proposed model \u201cDeepLabv3\u201d employs atrous convolution with upsampled filters to "
            "extract dense feature maps and to capture long range context. Specifically, to encode "
            "multi-scale information, our proposed cascaded module gradually doubles the atrous rates while "
            "our proposed atrous spatial pyramid pooling module augmented with image-level features probes "
            "the features with filters at multiple sampling rates and effective field-of-views. Our "
            "experimental results show that the proposed model significantly improves over previous DeepLab "
            "versions and achieves comparable performance with other state-of-art models on the PASCAL VOC "
            "2012 semantic image segmentation benchmark."]),
    ],
    "tables": [
        {"caption": "Table 1. Going deeper with atrous convolution when employing ResNet-50 with block7 and "
                    "different output_stride. Adopting output_stride = 8 leads to better performance at the "
                    "cost of more memory usage.",
         "rows": [["output_stride", "8", "16", "32", "64", "128", "256"],
                  ["mIOU", "75.18", "73.88", "70.06", "59.99", "42.34", "20.29"]]},
        {"caption": "Table 2. Atrous Spatial Pyramid Pooling with multi-grid method and image-level features "
                    "at output_stride = 16.",
         "rows": [["Multi-Grid", "ASPP", "Image Pooling", "mIOU"],
                  ["(1, 1, 1)", "(6, 12, 18)", "", "75.36"],
                  ["(1, 2, 1)", "(6, 12, 18)", "", "75.93"],
                  ["(1, 2, 4)", "(6, 12, 18)", "", "76.58"],
                  ["(1, 2, 4)", "(6, 12, 18, 24)", "", "76.46"],
                  ["(1, 2, 4)", "(6, 12, 18)", "yes", "77.21"]]},
        {"caption": "Table 3. Inference strategy on the val set. MS: Multi-scale inputs during test. Flip: "
                    "Adding left-right flipped inputs. COCO: Model pretrained on MS-COCO.",
         "rows": [["OS=16", "OS=8", "MS", "Flip", "COCO", "mIOU"],
                  ["yes", "", "", "", "", "77.21"],
                  ["", "yes", "", "", "", "78.51"],
                  ["", "yes", "yes", "", "", "79.45"],
                  ["", "yes", "yes", "yes", "", "79.77"],
                  ["", "yes", "yes", "yes", "yes", "82.70"]]},
        {"caption": "Table 4. Performance on PASCAL VOC 2012 test set.",
         "rows": [["Method", "mIOU"],
                  ["DeepLabv2-CRF [11]", "79.7"],
                  ["Deep Layer Cascade (LC) [52]", "82.7"],
                  ["Large_Kernel_Matters [68]", "83.6"],
                  ["Multipath-RefineNet [54]", "84.2"],
                  ["ResNet-38_MS_COCO [86]", "84.9"],
                  ["PSPNet [95]", "85.4"],
                  ["IDW-CNN [83]", "86.3"],
                  ["CASIA_IVA_SDN [23]", "86.6"],
                  ["DeepLabv3", "85.7"],
                  ["DeepLabv3-JFT", "86.9"]]},
    ],
    "references": [
        "[11] L.-C. Chen, G. Papandreou, I. Kokkinos, K. Murphy, and A. L. Yuille. Deeplab: Semantic image "
        "segmentation with deep convolutional nets, atrous convolution, and fully connected crfs. "
        "arXiv:1606.00915, 2016.",
        "[18] M. Cordts, M. Omran, S. Ramos, T. Rehfeld, M. Enzweiler, R. Benenson, U. Franke, S. Roth, and "
        "B. Schiele. The cityscapes dataset for semantic urban scene understanding. In CVPR, 2016.",
        "[20] M. Everingham, S. M. A. Eslami, L. V. Gool, C. K. I. Williams, J. Winn, and A. Zisserman. The "
        "pascal visual object classes challenge \u2013 a retrospective. IJCV, 2014.",
        "[29] B. Hariharan, P. Arbeláez, L. Bourdev, S. Maji, and J. Malik. Semantic contours from inverse "
        "detectors. In ICCV, 2011.",
        "[38] S. Ioffe and C. Szegedy. Batch normalization: Accelerating deep network training by reducing "
        "internal covariate shift. arXiv:1502.03167, 2015.",
        "[57] T.-Y. Lin et al. Microsoft COCO: Common objects in context. In ECCV, 2014.",
        "[71] O. Ronneberger, P. Fischer, and T. Brox. U-net: Convolutional networks for biomedical image "
        "segmentation. In MICCAI, 2015.",
        "[74] J. Long, E. Shelhamer, and T. Darrell. Fully convolutional networks for semantic segmentation. "
        "In CVPR, 2015.",
        "[95] H. Zhao, J. Shi, X. Qi, X. Wang, and J. Jia. Pyramid scene parsing network. "
        "arXiv:1612.01105, 2016.",
    ],
    "appendix": [
        ("A Experiments on Cityscapes", [
            "Cityscapes [18] is a large-scale dataset containing high quality pixel-level annotations of 5000 "
            "images (2975, 500, and 1525 for the training, validation, and test sets respectively) and about "
            "20000 coarsely annotated images. We employ the proposed ASPP model with "
            "image-level features and, following the same training protocol as on PASCAL VOC 2012, use a "
            "larger crop size of 769 on this dataset. After additionally training on the coarsely annotated "
            "images, the model attains 81.3% mIOU on the Cityscapes test set."]),
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of Chen, Papandreou, Schroff & Adam, arXiv:1706.05587 (2017), written from memory",
    "task_family": "semantic-segmentation",
    "contribution": {"value": "architecture",
                     "quote": "we design modules which employ atrous convolution in cascade"},
    "claim": {"value": "DeepLabv3 (ResNet-101 with atrous convolution, multi-grid and ASPP with image-level "
                       "features, no DenseCRF) improves over previous DeepLab versions (77.69% val for DeepLabv2) "
                       "and reaches 85.7% mIOU on PASCAL VOC 2012 test (86.9% with JFT-300M pre-training), "
                       "comparable to state-of-the-art (PSPNet 85.4%)",
              "quote": "attains performance of 85.7% on the PASCAL VOC 2012 test set without DenseCRF"},
    "param_counts": [],
    "architecture": {
        "value": "ImageNet-pretrained ResNet-50/101 with atrous convolution (output_stride 16 or 8); either "
                 "cascaded copies of block4 (block5-7) with Multi_Grid unit rates, or improved ASPP: one 1×1 conv "
                 "+ three 3×3 atrous convs with rates (6, 12, 18) at output_stride 16 (256 filters, batch norm) "
                 "+ image-level pooling branch, concatenated and fused by a 1×1 conv (256 filters) before the "
                 "final 1×1 logits conv",
        "quote": "In the end, our improved ASPP consists of (a) one 1 × 1 convolution"},
    "datasets": [
        {"value": "PASCAL VOC 2012 segmentation (20 classes + background; 1,464 train / 1,449 val / 1,456 test; "
                  "augmented to 10,582 trainaug with the annotations of Hariharan et al.)",
         "quote": "resulting in 10,582 (trainaug) training images"},
        {"value": "MS-COCO (pre-training: trainval_minus_minival images with PASCAL classes and regions > 1000 pixels)",
         "quote": "From the MS-COCO trainval_minus_minival set, we"},
        {"value": "ImageNet (backbone pre-training)",
         "quote": "We adapt the ImageNet-pretrained [72] ResNet [32] to the semantic segmentation"},
        {"value": "JFT-300M (backbone pre-training for DeepLabv3-JFT)",
         "quote": "pretrained on both ImageNet and the JFT-300M dataset"},
        {"value": "Cityscapes (5000 finely annotated images: 2975 train / 500 val / 1525 test; ~20000 coarse)",
         "quote": "pixel-level annotations of 5000 images (2975, 500, and 1525"},
    ],
    "metrics": [
        {"value": "mean pixel intersection-over-union (mIOU) over the 21 classes",
         "quote": "The performance is measured in terms of pixel intersection-over-union (IOU) averaged"},
    ],
    "training": {
        "pascal_trainaug_os16": {
            "learning_rate": {"value": "initial 0.007 with poly decay (power 0.9)", "numbers": [0.007],
                              "quote": "an initial learning rate = 0.007"},
            "lr_schedule": {"value": "poly: lr × (1 − iter/max_iter)^0.9", "numbers": [0.9],
                            "quote": "policy where the initial learning rate is multiplied by"},
            "batch_size": {"value": 16, "quote": "batch normalization statistics with a batch size of 16"},
            "steps": {"value": "30K iterations", "numbers": [30000],
                      "quote": "set with 30K iterations and"},
            "output_stride": {"value": 16, "quote": "we employ output_stride = 16 and compute the"},
            "crop_size": {"value": 513, "quote": "We thus employ crop size to be 513 during both training"},
            "batch_norm_decay": {"value": 0.9997, "quote": "The batch normalization parameters are trained with decay = 0.9997."},
            "augmentation": {"value": "random scaling 0.5-2.0 and random left-right flipping", "numbers": [0.5, 2.0],
                             "quote": "randomly scaling the input images (from 0.5 to 2.0)"},
        },
        "pascal_trainval_os8": {
            "learning_rate": {"value": "base 0.001 (poly)", "numbers": [0.001],
                              "quote": "30K iterations and a smaller base learning rate = 0.001"},
            "steps": {"value": "another 30K iterations", "numbers": [30000],
                      "quote": "30K iterations and a smaller base learning rate = 0.001"},
            "output_stride": {"value": 8, "quote": "we then freeze batch normalization parameters, employ"},
            "batch_norm": {"value": "frozen", "quote": "we then freeze batch normalization parameters, employ"},
        },
        "coco_pretrained_finetune_on_voc": {
            "learning_rate": {"value": "initial 0.0001, otherwise the Sec. 4.1 protocol", "numbers": [0.0001],
                              "quote": "We adopt a smaller initial learning rate = 0.0001"},
        },
        "cityscapes": {
            "crop_size": {"value": 769, "quote": "larger crop size of 769 on this dataset"},
        },
    },
    "not_stated": ["optimizer", "momentum", "weight_decay", "dropout", "warmup", "epochs", "lora_rank",
                   "lora_alpha", "parameter counts", "MS-COCO pre-training schedule",
                   "Cityscapes iterations / learning rate (same protocol as PASCAL is stated)"],
    "paper_notes": [
        "The optimizer is never named (no SGD / momentum / weight decay in the text); only the poly schedule, lr, iterations, batch size for BN and crop size are given.",
        "Related Work and Table 4 restate prior results (PSPNet 85.4% test, DeepLabv2 77.69% val); these are not this paper's numbers.",
        "The batch size is given only as the batch size for computing batch-normalization statistics.",
        "Two-stage training: 30K iterations at lr 0.007 with output_stride 16 on trainaug, then 30K at lr 0.001 with output_stride 8 and frozen BN on trainval; 'power = 0.9' belongs to the poly schedule and BN decay 0.9997 is not a weight decay.",
        "The Cityscapes section is abbreviated relative to the real appendix (only crop size and test result kept; val ablations left out as unsure).",
    ],
}
