"""ShuffleNet (Zhang, Zhou, Lin & Sun, CVPR 2018): condensed retelling written from memory."""

PAPER = {
    "title": "ShuffleNet: An Extremely Efficient Convolutional Neural Network for Mobile Devices",
    "authors": "Xiangyu Zhang, Xinyu Zhou, Mengxiao Lin and Jian Sun",
    "affil": "Megvii Inc (Face++)",
    "header": "CVPR 2018",
    "columns": 2,
    "abstract": (
        "We introduce an extremely computation-efficient CNN architecture named ShuffleNet, which is designed "
        "specially for mobile devices with very limited computing power (e.g., 10–150 MFLOPs). The new "
        "architecture utilizes two new operations, pointwise group convolution and channel shuffle, to greatly "
        "reduce computation cost while maintaining accuracy. Experiments on ImageNet classification and MS COCO "
        "object detection demonstrate the superior performance of ShuffleNet over other structures, e.g. lower "
        "top-1 error (absolute 7.8%) than recent MobileNet on ImageNet classification task, under the "
        "computation budget of 40 MFLOPs. On an ARM-based mobile device, ShuffleNet achieves ∼13× actual "
        "speedup over AlexNet while maintaining comparable accuracy."),
    "sections": [
        ("1 Introduction", [
            "Building deeper and larger convolutional neural networks (CNNs) is a primary trend for solving major "
            "visual recognition tasks. The most accurate CNNs usually have hundreds of layers and thousands of "
            "channels, thus requiring computation at billions of FLOPs. This report examines the opposite "
            "extreme: pursuing the best accuracy in very limited computational budgets at tens or hundreds of "
            "MFLOPs, focusing on common mobile platforms such as drones, robots, and smartphones.",
            "We notice that state-of-the-art basic architectures such as Xception and ResNeXt become less "
            "efficient in extremely small networks because of the costly dense 1 × 1 convolutions. We propose "
            "using pointwise group convolutions to reduce computation complexity of 1 × 1 convolutions. To "
            "overcome the side effects brought by group convolutions, we come up with a novel channel shuffle "
            "operation to help the information flowing across feature channels. Based on the two techniques, we "
            "build a highly efficient architecture called ShuffleNet. Compared with popular structures, for a "
            "given computation complexity budget, our ShuffleNet allows more feature map channels, which helps to "
            "encode more information and is especially critical to the performance of very small networks."]),
        ("2 Related Work", [
            "<b>Efficient Model Designs.</b> GoogLeNet increases the depth of networks with much lower complexity "
            "compared to simply stacking convolution layers. SqueezeNet reduces parameters and computation "
            "significantly while maintaining accuracy, reaching AlexNet-level accuracy with 50× fewer "
            "parameters. ResNet utilizes the efficient bottleneck structure to achieve impressive performance. "
            "SENet introduces an architectural unit that boosts performance at slight computation cost. "
            "MobileNet utilizes depthwise separable convolutions and gains state-of-the-art results among "
            "lightweight models; its width multiplier of 0.5 gives a model at 149 MFLOPs.",
            "<b>Group Convolution.</b> The concept of group convolution was first introduced in AlexNet for "
            "distributing the model over two GPUs, and has been well demonstrated in ResNeXt. Depthwise "
            "separable convolution proposed in Xception generalizes the ideas of separable convolutions in the "
            "Inception series.",
            "<b>Model Acceleration.</b> This direction aims to accelerate inference while preserving accuracy of "
            "a pre-trained model. Pruning network connections or channels reduces redundant connections; "
            "quantization and factorization are proposed to reduce redundancy in calculations; and knowledge "
            "distillation transfers knowledge from large models into small ones."]),
        ("3 Approach", []),
        ("3.1 Channel Shuffle for Group Convolutions", [
            "Modern convolutional neural networks usually consist of repeated building blocks with the same "
            "structure. In tiny networks, expensive pointwise convolutions result in a limited number of "
            "channels to meet the complexity constraint. A straightforward solution is to apply channel sparse "
            "connections, for example group convolutions also on 1 × 1 layers. However, if multiple group "
            "convolutions stack together, outputs from a certain channel are only derived from a small fraction "
            "of input channels, which blocks information flow between channel groups and weakens "
            "representation.",
            "If we allow group convolution to obtain input data from different groups, the input and output "
            "channels will be fully related. Suppose a convolutional layer with g groups whose output has g × n "
            "channels; we first reshape the output channel dimension into (g, n), transpose and then flatten it "
            "back as the input of the next layer. This channel shuffle operation is differentiable, so it can "
            "be embedded into network structures for end-to-end training."]),
        ("3.2 ShuffleNet Unit", [
            "Taking advantage of the channel shuffle operation, we propose a novel ShuffleNet unit specially "
            "designed for small networks. We start from the design principle of the bottleneck unit: in its "
            "residual branch, for the 3 × 3 layer we apply a computationally economical 3 × 3 depthwise "
            "convolution on the bottleneck feature map. Then, we replace the first 1 × 1 layer with pointwise "
            "group convolution followed by a channel shuffle operation. The purpose of the second pointwise "
            "group convolution is to recover the channel dimension to match the shortcut path. As suggested by "
            "Xception, we do not apply ReLU after depthwise convolution; batch normalization follows each "
            "convolution. For the case where ShuffleNet is applied with stride, we add a 3 × 3 average pooling "
            "on the shortcut path and replace the element-wise addition with channel concatenation, which makes "
            "it easy to enlarge channel dimension with little extra computation cost.",
            "Given the input size c × h × w and the bottleneck channels m, a ResNet unit requires hw(2cm + 9m<super>2</super>) "
            "FLOPs and ResNeXt requires hw(2cm + 9m<super>2</super>/g) FLOPs, while our ShuffleNet unit requires only "
            "hw(2cm/g + 9m) FLOPs, where g means the number of groups for convolutions. In other words, given a "
            "computational budget, ShuffleNet can use wider feature maps."]),
        ("3.3 Network Architecture", [
            "Built on ShuffleNet units, we present the overall ShuffleNet architecture in Table 1. The proposed "
            "network is mainly composed of a stack of ShuffleNet units grouped into three stages. The first "
            "building block in each stage is applied with stride = 2. Other hyper-parameters within a stage stay "
            "the same, and for the next stage the output channels are doubled. Similar to ResNet, we set the "
            "number of bottleneck channels to 1/4 of the output channels for each ShuffleNet unit. We do not "
            "apply group convolution on the first pointwise layer of Stage 2 because the number of input "
            "channels is relatively small.",
            "@TABLE:0@",
            "In a ShuffleNet unit, the group number g controls the connection sparsity of pointwise "
            "convolutions. Table 1 explores different group numbers, adapting the output channels to keep the "
            "overall computation cost roughly unchanged (∼140 MFLOPs). To customize the network to a desired "
            "complexity, we simply apply a scale factor s on the number of channels. For example, we denote "
            "the networks in Table 1 as \"ShuffleNet 1×\"; then \"ShuffleNet s×\" means scaling the number of "
            "filters in ShuffleNet 1× by s times, thus overall complexity will be roughly s<super>2</super> times of "
            "ShuffleNet 1×."]),
        ("4 Experiments", [
            "We mainly evaluate our models on the ImageNet 2012 classification dataset. We follow most of the "
            "training settings and hyper-parameters used in ResNeXt, with two exceptions: (i) we set the weight "
            "decay to 4e-5 instead of 1e-4 and use linear-decay learning rate policy (decreased from 0.5 to 0); "
            "(ii) we use slightly less aggressive scale augmentation for data preprocessing. Similar "
            "modifications are also referenced in MobileNet because such small networks usually suffer from "
            "underfitting rather than overfitting. It takes 1 or 2 days to train a model for 3×10<super>5</super> "
            "iterations on 4 GPUs, whose batch size is set to 1024. To benchmark, we compare single crop top-1 "
            "performance on ImageNet validation set, i.e. cropping 224 × 224 center view from 256× input image "
            "and evaluating classification accuracy. We use exactly the same settings for all models to ensure "
            "fair comparisons."]),
        ("4.1 Ablation Study", [
            "<b>Pointwise Group Convolutions.</b> To evaluate the importance of pointwise group convolutions, we "
            "compare ShuffleNet models of the same complexity whose numbers of groups range from 1 to 8. If the "
            "group number equals 1, no pointwise group convolution is involved and the ShuffleNet unit becomes an "
            "\"Xception-like\" structure. Models with group convolutions (g > 1) consistently perform better "
            "than the counterparts without pointwise group convolutions (g = 1). Smaller models tend to benefit "
            "more from groups: for ShuffleNet 1× the best entry (g = 8) is 1.2% better than the counterpart, "
            "while for ShuffleNet 0.5× and 0.25× the gaps become 3.5% and 4.4% respectively.",
            "@TABLE:1@",
            "<b>Channel Shuffle vs. No Shuffle.</b> The purpose of the shuffle operation is to enable cross-group "
            "information flow for multiple group convolution layers. Table 3 compares the performance of "
            "ShuffleNet structures with and without channel shuffle. Channel shuffle consistently boosts "
            "classification scores for different settings, and the gap is significant when the group number is "
            "relatively large (e.g. g = 8).",
            "@TABLE:2@"]),
        ("4.2 Comparison with MobileNets and Other Frameworks", [
            "MobileNet is one of the state-of-the-art efficient models. In Table 4 we compare classification "
            "scores under a variety of complexity levels. ShuffleNet models are superior to MobileNet for all "
            "the complexities, though our network is specially designed for small models (< 150 MFLOPs). For "
            "example, ShuffleNet 0.5× outperforms 0.25 MobileNet-224 by 7.8% at comparable cost. A shallower "
            "variant with 3 units per stage (\"shallow\") is still 6.6% better, indicating that the effectiveness "
            "of ShuffleNet mainly results from its efficient structure, not the depth. Equipped with "
            "Squeeze-and-Excitation blocks, ShuffleNet 2× further reaches 24.7% top-1 error.",
            "@TABLE:3@",
            "Table 5 compares ShuffleNet with a few popular models. Results show that with similar accuracy "
            "ShuffleNet is much more efficient than others; for instance, ShuffleNet 0.5× is theoretically 18× "
            "faster than AlexNet with comparable classification score.",
            "@TABLE:4@"]),
        ("4.3 Generalization Ability and Actual Speedup", [
            "To evaluate the generalization ability for transfer learning, we test our ShuffleNet model on the "
            "task of MS COCO object detection. We adopt Faster-RCNN as the detection framework and use the "
            "publicly released Caffe code for training with default settings. We train models on the COCO "
            "train+val dataset excluding 5000 minival images and conduct testing on the minival set, reporting "
            "mAP [.5, .95]. ShuffleNet 2× surpasses MobileNet by a significant margin on both input resolutions.",
            "Finally, we evaluate the actual inference speed of ShuffleNet models on a mobile device with an "
            "ARM platform. Though ShuffleNets with larger group numbers (e.g. g = 4 or g = 8) usually have "
            "better performance, we find g = 3 to be a proper trade-off between accuracy and actual inference "
            "time. Due to memory access and other overheads, every 4× theoretical complexity reduction usually "
            "results in ∼2.6× actual speedup in our implementation. Compared with AlexNet, our ShuffleNet 0.5× "
            "model still achieves ∼13× actual speedup under comparable classification accuracy."]),
        ("5 Conclusion", [
            "We presented ShuffleNet, built from pointwise group convolutions and channel shuffle operations. "
            "Under extremely small computation budgets it outperforms MobileNet and other structures on "
            "ImageNet classification, transfers well to COCO detection, and delivers real speedups on mobile "
            "hardware."]),
    ],
    "tables": [
        {"caption": "Table 1: ShuffleNet architecture (output channels per stage for different group numbers g; "
                    "complexity evaluated with FLOPs, i.e. the number of floating-point multiplication-adds).",
         "rows": [["Layer", "Output size", "KSize", "Stride", "Repeat", "g = 1", "g = 2", "g = 3", "g = 4", "g = 8"],
                  ["Image", "224×224", "", "", "", "3", "3", "3", "3", "3"],
                  ["Conv1 / MaxPool", "112×112 / 56×56", "3×3", "2", "1", "24", "24", "24", "24", "24"],
                  ["Stage2", "28×28 / 28×28", "", "2 / 1", "1 / 3", "144", "200", "240", "272", "384"],
                  ["Stage3", "14×14 / 14×14", "", "2 / 1", "1 / 7", "288", "400", "480", "544", "768"],
                  ["Stage4", "7×7 / 7×7", "", "2 / 1", "1 / 3", "576", "800", "960", "1088", "1536"],
                  ["GlobalPool", "1×1", "7×7", "", "", "", "", "", "", ""],
                  ["FC", "", "", "", "", "1000", "1000", "1000", "1000", "1000"],
                  ["Complexity", "", "", "", "", "143M", "140M", "137M", "133M", "137M"]]},
        {"caption": "Table 2: Classification error vs. number of groups g (smaller number represents better "
                    "performance).",
         "rows": [["Model", "Complexity (MFLOPs)", "g = 1", "g = 2", "g = 3", "g = 4", "g = 8"],
                  ["ShuffleNet 1×", "140", "33.6", "32.7", "32.6", "32.8", "32.4"],
                  ["ShuffleNet 0.5×", "38", "45.1", "44.4", "43.2", "41.6", "42.3"],
                  ["ShuffleNet 0.25×", "13", "57.1", "56.8", "55.0", "54.2", "52.7"]]},
        {"caption": "Table 3: ShuffleNet with/without channel shuffle (classification error, %).",
         "rows": [["Model", "Cls err. (%, no shuffle)", "Cls err. (%, shuffle)", "Δ err. (%)"],
                  ["ShuffleNet 1× (g = 3)", "34.5", "32.6", "1.9"],
                  ["ShuffleNet 1× (g = 8)", "37.6", "32.4", "5.2"],
                  ["ShuffleNet 0.5× (g = 3)", "45.7", "43.2", "2.5"],
                  ["ShuffleNet 0.5× (g = 8)", "48.1", "42.3", "5.8"],
                  ["ShuffleNet 0.25× (g = 3)", "56.3", "55.0", "1.3"],
                  ["ShuffleNet 0.25× (g = 8)", "56.5", "52.7", "3.8"]]},
        {"caption": "Table 4: ShuffleNet vs. MobileNet on ImageNet classification (top-1 error, %).",
         "rows": [["Model", "Complexity (MFLOPs)", "Cls err. (%)", "Δ err. (%)"],
                  ["1.0 MobileNet-224", "569", "29.4", "-"],
                  ["ShuffleNet 2× (g = 3)", "524", "26.3", "3.1"],
                  ["ShuffleNet 2× (with SE, g = 3)", "527", "24.7", "4.7"],
                  ["0.75 MobileNet-224", "325", "31.6", "-"],
                  ["ShuffleNet 1.5× (g = 3)", "292", "28.5", "3.1"],
                  ["0.5 MobileNet-224", "149", "36.3", "-"],
                  ["ShuffleNet 1× (g = 8)", "140", "32.4", "3.9"],
                  ["0.25 MobileNet-224", "41", "49.4", "-"],
                  ["ShuffleNet 0.5× (g = 4)", "38", "41.6", "7.8"],
                  ["ShuffleNet 0.5× (shallow, g = 3)", "40", "42.8", "6.6"]]},
        {"caption": "Table 5: Complexity comparison with popular models.",
         "rows": [["Model", "Cls err. (%)", "Complexity (MFLOPs)"],
                  ["VGG-16", "28.5", "15300"],
                  ["ShuffleNet 2× (g = 3)", "26.3", "524"],
                  ["GoogLeNet", "31.3", "1500"],
                  ["ShuffleNet 1× (g = 8)", "32.4", "140"],
                  ["AlexNet", "42.8", "720"],
                  ["SqueezeNet", "42.5", "833"],
                  ["ShuffleNet 0.5× (g = 4)", "41.6", "38"]]},
    ],
    "references": [
        "[1] A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classification with deep convolutional "
        "neural networks. In NIPS, 2012.",
        "[2] F. Chollet. Xception: Deep learning with depthwise separable convolutions. arXiv:1610.02357, 2016.",
        "[3] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. In CVPR, 2016.",
        "[4] A. G. Howard et al. MobileNets: Efficient convolutional neural networks for mobile vision "
        "applications. arXiv:1704.04861, 2017.",
        "[5] J. Hu, L. Shen, and G. Sun. Squeeze-and-excitation networks. arXiv:1709.01507, 2017.",
        "[6] F. N. Iandola et al. SqueezeNet: AlexNet-level accuracy with 50x fewer parameters and <0.5MB "
        "model size. arXiv:1602.07360, 2016.",
        "[7] S. Ren, K. He, R. Girshick, and J. Sun. Faster R-CNN: Towards real-time object detection with "
        "region proposal networks. In NIPS, 2015.",
        "[8] C. Szegedy et al. Going deeper with convolutions. In CVPR, 2015.",
        "[9] S. Xie, R. Girshick, P. Dollár, Z. Tu, and K. He. Aggregated residual transformations for deep "
        "neural networks. arXiv:1611.05431, 2016.",
        "[10] O. Russakovsky et al. ImageNet large scale visual recognition challenge. IJCV, 2015.",
        "[11] T.-Y. Lin et al. Microsoft COCO: Common objects in context. In ECCV, 2014.",
    ],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Zhang, Zhou, Lin & Sun, CVPR 2018 (arXiv:1707.01083), written from memory",
    "task_family": "image-classification",
    "contribution": {"value": "architecture",
                     "quote": "we build a highly efficient architecture called ShuffleNet"},
    "claim": {"value": "ShuffleNet (pointwise group convolution + channel shuffle) gives lower ImageNet top-1 error "
                       "than MobileNet at every complexity level, e.g. 41.6% vs 49.4% (absolute 7.8% better) for "
                       "0.5× (38 MFLOPs) vs 0.25 MobileNet-224 (41 MFLOPs), and ∼13× actual speedup over AlexNet "
                       "at comparable accuracy",
              "quote": "lower top-1 error (absolute 7.8%) than recent MobileNet"},
    "param_counts": [],
    "architecture": {
        "value": "ShuffleNet: 3×3 conv (24 ch, stride 2) + 3×3 max-pool, three stages of ShuffleNet units (repeats "
                 "4/8/4, first unit stride 2), global pooling and 1000-way FC; unit = 1×1 pointwise group conv → "
                 "channel shuffle → 3×3 depthwise conv (BN, no ReLU) → 1×1 pointwise group conv, residual add "
                 "(or 3×3 avg-pool shortcut + concat when strided); bottleneck = 1/4 output channels; group "
                 "number g ∈ {1,2,3,4,8} (g = 3 → 240/480/960 channels); width scale factor s (0.25×–2×)",
        "quote": "we set the number of bottleneck channels to 1/4 of the output channels"},
    "datasets": [
        {"value": "ImageNet 2012 classification (single 224×224 center crop of the validation set)",
         "quote": "We mainly evaluate our models on the ImageNet 2012 classification dataset."},
        {"value": "MS COCO object detection (train+val minus 5000 minival images; tested on minival) [transfer, "
                  "Faster R-CNN]",
         "quote": "We train models on the COCO train+val dataset excluding 5000 minival images"},
    ],
    "metrics": [
        {"value": "single-crop top-1 classification error (ImageNet val)",
         "quote": "we compare single crop top-1 performance on ImageNet validation set"},
        {"value": "complexity in MFLOPs (multiply-adds)", "quote": "Model Complexity (MFLOPs) g = 1"},
        {"value": "mAP [.5, .95] on COCO minival", "quote": "conduct testing on the minival set, reporting"},
        {"value": "actual inference speedup on an ARM mobile device",
         "quote": "every 4× theoretical complexity reduction usually"},
    ],
    "training": {
        "imagenet": {
            "optimizer": {"value": "not named; follows the ResNeXt training settings (SGD with momentum there)",
                          "quote": "We follow most of the training settings and hyper-parameters used in ResNeXt",
                          "note": "the paper never names the optimizer"},
            "learning_rate": {"value": "0.5, linearly decayed to 0", "numbers": [0.5],
                              "quote": "use linear-decay learning rate policy (decreased from 0.5 to 0)"},
            "lr_schedule": {"value": "linear decay from 0.5 to 0",
                            "quote": "use linear-decay learning rate policy (decreased from 0.5 to 0)"},
            "weight_decay": {"value": 4e-05, "quote": "we set the weight decay to 4e-5 instead of 1e-4",
                             "note": "1e-4 is ResNeXt's rejected value"},
            "batch_size": {"value": 1024, "quote": "on 4 GPUs, whose batch size is set to 1024"},
            "steps": {"value": "3×10^5 iterations", "numbers": [300000],
                      "quote": "It takes 1 or 2 days to train a model for 3×10"},
            "augmentation": {"value": "slightly less aggressive scale augmentation than ResNeXt",
                             "quote": "we use slightly less aggressive scale augmentation"},
            "hardware": {"value": "4 GPUs, 1–2 days", "quote": "on 4 GPUs, whose batch size is set to 1024"},
        },
        "coco_detection": {
            "optimizer": {"value": "Faster R-CNN public Caffe code with default settings (values not given)",
                          "quote": "publicly released Caffe code for training with default settings"},
        },
    },
    "not_stated": ["optimizer name", "momentum", "epochs", "dropout", "warmup", "lora_rank", "lora_alpha",
                   "COCO detection hyper-parameters", "parameter counts", "COCO mAP numbers (left out: not recalled)"],
    "paper_notes": [
        "Trap: weight decay '4e-5 instead of 1e-4' — 1e-4 is ResNeXt's value.",
        "Trap: '3×10<super>5</super>' iterations rendered with superscript (pypdf gives '3×105').",
        "Related work mentions SqueezeNet's '50× fewer parameters' and MobileNet 0.5 at 149 MFLOPs (prior work).",
        "Table 1 complexity row values (143M, 140M, …) are FLOPs, not parameter counts.",
        "The COCO detection and ARM timing numbers of the real paper were left out (not recalled with confidence).",
    ],
}
