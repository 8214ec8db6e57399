"""Held-out paper: condensed retelling of Touvron et al., "Training data-efficient image transformers &
distillation through attention", ICML 2021 (written from memory; see TRUTH["source"])."""

PAPER = {
    "title": "Training data-efficient image transformers & distillation through attention",
    "authors": "Hugo Touvron, Matthieu Cord, Matthijs Douze, Francisco Massa, Alexandre Sablayrolles, "
               "Hervé Jégou",
    "affil": "Facebook AI; Sorbonne University",
    "header": "Training data-efficient image transformers & distillation through attention",
    "columns": 2,
    "abstract": (
        "Recently, neural networks purely based on attention were shown to address image understanding tasks "
        "such as image classification. These high-performing vision transformers are pre-trained with hundreds "
        "of millions of images using a large infrastructure, thereby limiting their adoption. In this work, we "
        "produce competitive convolution-free transformers by training on Imagenet only. We train them on a "
        "single computer in less than 3 days. Our reference vision transformer (86M parameters) achieves top-1 "
        "accuracy of 83.1% (single-crop) on ImageNet with no external data. More importantly, we introduce a "
        "teacher-student strategy specific to transformers. It relies on a distillation token ensuring that the "
        "student learns from the teacher through attention. We show the interest of this token-based "
        "distillation, especially when using a convnet as a teacher. This leads us to report results "
        "competitive with convnets for both Imagenet (where we obtain up to 85.2% accuracy) and when "
        "transferring to other tasks."),
    "sections": [
        ("1 Introduction", [
            "Convolutional neural networks have been the main design paradigm for image understanding tasks, as "
            "initially demonstrated on image classification tasks. One of the ingredients to their success was "
            "the availability of a large training set, namely Imagenet. Motivated by the success of "
            "attention-based models in NLP, there has been increasing interest in architectures leveraging "
            "attention mechanisms within convnets.",
            "The vision transformer (ViT) introduced by Dosovitskiy et al. [3] is an architecture directly "
            "inherited from NLP, but applied to image classification with raw image patches as input. Their "
            "paper presented excellent results with transformers trained with a large private labelled image "
            "dataset (JFT-300M, 300 millions images). The paper concluded that transformers \u201cdo not "
            "generalize well when trained on insufficient amounts of data\u201d.",
            "In this paper, we train a vision transformer on a single 8-GPU node in two to three days (53 hours "
            "of pre-training, and optionally 20 hours of fine-tuning) that is competitive with convnets having a "
            "similar number of parameters and efficiency. It uses Imagenet as the sole training set. We build "
            "upon the visual transformer architecture from Dosovitskiy et al. and improvements included in the "
            "timm library. With our Data-efficient image Transformers (DeiT), we report large improvements over "
            "previous results.",
            "We also address another question: how to distill these models? We introduce a token-based strategy, "
            "specific to transformers and denoted by DeiT†, and show that it advantageously replaces the usual "
            "distillation."]),
        ("2 Related work", [
            "<b>Image Classification</b> is so core to computer vision that it is often used as a benchmark to "
            "measure progress in image understanding. Since 2012's AlexNet, convnets have dominated this "
            "benchmark. EfficientNet reaches 84.3% top-1 accuracy on ImageNet at a resolution of 600, with 66M "
            "parameters.",
            "<b>The Transformer architecture</b>, introduced by Vaswani et al. [9] for machine translation, is "
            "currently the reference model for all natural language processing tasks. ViT closed the gap with "
            "the state of the art on ImageNet only when pre-trained on JFT-300M; Dosovitskiy et al. train their "
            "models on ImageNet with Adam at a batch size of 4096 and a weight decay of 0.3, and with ImageNet "
            "alone ViT-B/16 reaches 77.9% top-1.",
            "<b>Knowledge Distillation</b> (KD), introduced by Hinton et al. [5], refers to the training paradigm "
            "in which a student model leverages \u201csoft\u201d labels coming from a strong teacher network. "
            "This is the output vector of the teacher's softmax function rather than just the maximum of scores, "
            "which gives a \u201chard\u201d label."]),
        ("3 Vision transformer: overview", [
            "<b>Multi-head Self Attention layers (MSA).</b> The attention mechanism is based on a trainable "
            "associative memory with (key, value) vector pairs. Self-attention layers compute query, key and "
            "value matrices from the input sequence with linear transformations; multi-head self-attention "
            "runs h self-attention functions in parallel and projects their concatenated outputs.",
            "<b>Transformer block for images.</b> To get a full transformer block, we add a Feed-Forward Network "
            "(FFN) on top of the MSA layer. This FFN is composed of two linear layers separated by a GeLu "
            "activation. The first linear layer expands the dimension from D to 4D, and the second layer reduces "
            "the dimension from 4D back to D. Both MSA and FFN operate as residual operators thanks to "
            "skip-connections, and with a layer normalization.",
            "In order to get a transformer to process images, we build upon the ViT model. It processes input "
            "images as if they were a sequence of input tokens. The fixed-size input RGB image is decomposed into "
            "a batch of N patches of a fixed size of 16 × 16 pixels (N = 14 × 14). Each patch is projected with "
            "a linear layer that conserves its overall dimension 3 × 16 × 16 = 768. Positional information is "
            "incorporated with fixed or trainable positional embeddings.",
            "<b>The class token</b> is a trainable vector, appended to the patch tokens before the first layer, "
            "that goes through the transformer layers, and is then projected with a linear layer to predict the "
            "class.",
            "<b>Fixing the positional encoding across resolutions.</b> It is desirable to use a lower training "
            "resolution and fine-tune the network at the larger resolution. When increasing the resolution of "
            "an input image, we keep the patch size the same, so the number N of input patches changes; we "
            "interpolate the positional encoding when changing the resolution."]),
        ("4 Distillation through attention", [
            "In this section we assume we have access to a strong image classifier as a teacher model. It could "
            "be a convnet, or a mixture of classifiers.",
            "<b>Soft distillation</b> minimizes the Kullback-Leibler divergence between the softmax of the "
            "teacher and the softmax of the student model. Let Z<sub>t</sub> be the logits of the teacher model, "
            "Z<sub>s</sub> the logits of the student model. We denote by τ the temperature for the distillation, "
            "λ the coefficient balancing the KL divergence loss and the cross-entropy on ground truth labels "
            "y, and ψ the softmax function. The objective is L = (1 − λ) L<sub>CE</sub>(ψ(Z<sub>s</sub>), y) + "
            "λτ<super>2</super> KL(ψ(Z<sub>s</sub>/τ), ψ(Z<sub>t</sub>/τ)).",
            "<b>Hard-label distillation.</b> We introduce a variant of distillation where we take the hard "
            "decision of the teacher as a true label. Let y<sub>t</sub> = argmax<sub>c</sub> Z<sub>t</sub>(c) be "
            "the hard decision of the teacher; the objective associated with this hard-label distillation is "
            "L = ½ L<sub>CE</sub>(ψ(Z<sub>s</sub>), y) + ½ L<sub>CE</sub>(ψ(Z<sub>s</sub>), y<sub>t</sub>). "
            "For a given image, the hard label associated with the teacher may change depending on the specific "
            "data augmentation.",
            "<b>Distillation token.</b> We add a new token, the distillation token, to the initial embeddings "
            "(patches and class token). Our distillation token is used similarly as the class token: it interacts "
            "with other embeddings through self-attention, and is output by the network after the last layer. Its "
            "target objective is given by the distillation component of the loss. The distillation embedding "
            "allows our model to learn from the output of the teacher, as in a regular distillation, while "
            "remaining complementary to the class embedding. At test time, we fuse the class and distillation "
            "heads by adding their softmax outputs."]),
        ("5 Experiments", []),
        ("5.1 Transformer models", [
            "As mentioned earlier, our architecture design is identical to the one proposed by Dosovitskiy et al. "
            "with no convolutions. Our only differences are the training strategies, and the distillation token. "
            "Also we do not use a MLP head for the pre-training but only a linear classifier. To avoid any "
            "confusion, we refer to the results obtained in the prior work by ViT, and prefix ours by DeiT. If "
            "not specified, DeiT refers to our referent model DeiT-B, which has the same architecture as ViT-B. "
            "When we fine-tune DeiT at a larger resolution, we append the resulting operating resolution at the "
            "end, e.g., DeiT-B↑384. Last, when using our distillation procedure, we identify it with a dagger "
            "sign as DeiT†.",
            "The parameters of ViT-B (and therefore of DeiT-B) are fixed as D = 768, h = 12 and d = D/h = 64. We "
            "introduce two smaller models, namely DeiT-S and DeiT-Ti, for which we change the number of heads, "
            "keeping d fixed. Table 1 summarizes the models that we consider in our paper.",
            "@TABLE:0@"]),
        ("5.2 Distillation", [
            "Our distillation method produces a vision transformer that becomes on par with the best convnets in "
            "terms of the trade-off between accuracy and throughput. By default, our teacher is a RegNetY-16GF "
            "(84M parameters) that we have trained with the same data and same data-augmentation as DeiT. This "
            "teacher reaches 82.9% top-1 accuracy on ImageNet. Using a convnet teacher gives better performance "
            "than using a transformer, probably because of the inductive bias inherited by the transformers "
            "through distillation.",
            "Hard distillation significantly outperforms soft distillation for transformers, even when using only "
            "a class token: hard distillation reaches 83.0% at resolution 224×224, compared to the soft "
            "distillation accuracy of 81.8%. For soft distillation we use τ = 3.0 and λ = 0.1. Our distillation "
            "strategy with the distillation token further improves the performance."]),
        ("5.3 Efficiency vs accuracy: a comparative study with convnets", [
            "In the literature, the image classification methods are often compared as a compromise between "
            "accuracy and another criterion, such as FLOPs, number of parameters, size of the network, etc. We "
            "focus on the throughput (images processed per second) on one 16GB V100 GPU, taking the largest "
            "possible batch size for the usual resolution of each model. We report the top-1 accuracy on "
            "ImageNet and, to reduce overfitting to its validation set, also on ImageNet Real and ImageNet V2 "
            "matched frequency.",
            "@TABLE:1@",
            "Our reference model DeiT-B, trained on ImageNet only, is better than ViT-B/16 trained on ImageNet "
            "only by 6.3% (83.1% vs 77.9% at 384). With distillation and a longer schedule of 1000 epochs, "
            "DeiT-B†↑384 reaches 85.2% top-1, outperforming EfficientNet-B7."]),
        ("5.4 Transfer learning: performance on downstream tasks", [
            "Although DeiT perform very well on ImageNet, it is important to evaluate them on other datasets "
            "with transfer learning in order to measure the power of generalization of DeiT. We evaluated this "
            "on transfer learning tasks by fine-tuning on the datasets of Table 3: CIFAR-10, CIFAR-100, Oxford-102 "
            "Flowers, Stanford Cars, iNaturalist-2018 and iNaturalist-2019.",
            "@TABLE:2@"]),
        ("6 Training details & ablation", [
            "In this section we discuss the DeiT training strategy to learn vision transformers in a "
            "data-efficient manner. We build upon PyTorch and the timm library. We provide hyper-parameters as "
            "well as an ablation study in which we analyze the impact of each choice.",
            "<b>Initialization and hyper-parameters.</b> Transformers are relatively sensitive to initialization. "
            "After testing several options in preliminary experiments, we follow the recommendation of Hanin and "
            "Rolnick to initialize the weights with a truncated normal distribution. Table 4 indicates the "
            "hyper-parameters that we use by default at training time for all our experiments, unless stated "
            "otherwise. For distillation we follow the recommendations from Cho et al. to select the parameters "
            "τ and λ.",
            "@TABLE:3@",
            "<b>Data-Augmentation.</b> Compared to models that integrate more priors (such as convolutions), "
            "transformers require a larger amount of data. Thus, in order to train with datasets of the same "
            "size, we rely on extensive data augmentation. We evaluate different types of strong data "
            "augmentation, with the objective to reach a data-efficient training regime. Auto-Augment, "
            "Rand-Augment, and random erasing improve the results. For the two latter we use the timm "
            "customizations, and after ablation we choose Rand-Augment instead of AutoAugment. Overall our "
            "experiments confirm that transformers require a strong data augmentation: almost all the "
            "data-augmentation methods that we evaluate prove to be useful. One exception is dropout, which we "
            "exclude from our training procedure.",
            "<b>Regularization &amp; Optimizers.</b> We have considered different optimizers and cross-validated "
            "different learning rates and weight decays. Transformers are sensitive to the setting of "
            "optimization hyper-parameters. The best results use the AdamW optimizer with the same learning "
            "rates as ViT but with a much smaller weight decay, as the weight decay reported in the paper hurts "
            "the convergence in our setting. When scaling the batch size we scale the learning rate linearly: "
            "lr<sub>scaled</sub> = (lr / 512) × batchsize. We have employed stochastic depth, which facilitates "
            "the convergence of transformers, especially deep ones. Regularization like Mixup and Cutmix improve "
            "performance. We also use repeated augmentation, which provides a significant boost in performance "
            "and is one of the key ingredients of our proposed training procedure.",
            "<b>Fine-tuning at different resolution.</b> We adopt the fine-tuning procedure from Touvron et al. "
            "(FixRes): we train at resolution 224 and fine-tune at resolution 384, using the same data "
            "augmentation as in training. When interpolating the positional embeddings we use bicubic "
            "interpolation, which approximately preserves the norm of the vectors.",
            "<b>Training time.</b> A typical training of 300 epochs takes 37 hours with 2 nodes or 53 hours on a "
            "single node for the DeiT-B. As a comparison point, a similar training with a RegNetY-16GF (84M "
            "parameters) is 20% slower. DeiT-S and DeiT-Ti are trained in less than 3 days on 4 GPUs. Then, "
            "optionally we fine-tune the model at a larger resolution. This takes 20 hours on a single node "
            "(8 GPU) to produce a FixRes-style model at resolution 384, which corresponds to 25 epochs."]),
        ("7 Conclusion", [
            "In this paper, we have introduced DeiT, which are image transformers that do not require very large "
            "amount of data to be trained, thanks to improved training and in particular a novel distillation "
            "procedure. Convolutional neural networks have been optimized, both in terms of architecture and "
            "optimization, during almost a decade; image transformers are already competitive with them "
            "when trained on Imagenet only."]),
    ],
    "tables": [
        {"caption": "Table 1. Variants of our DeiT architecture. The larger model, DeiT-B, has the same "
                    "architecture as ViT-B. The only parameters that vary across models are the embedding "
                    "dimension and the number of heads, and we keep the dimension per head constant (equal to 64).",
         "rows": [["Model", "embed.\ndim.", "#heads", "#layers", "#params", "train.\nres.",
                   "im/sec"],
                  ["DeiT-Ti", "192", "3", "12", "5M", "224", "2536"],
                  ["DeiT-S", "384", "6", "12", "22M", "224", "940"],
                  ["DeiT-B", "768", "12", "12", "86M", "224", "292"]]},
        {"caption": "Table 2. Throughput on one V100 GPU and top-1 accuracy on ImageNet for networks trained on "
                    "ImageNet only. †: distilled with a RegNetY-16GF teacher.",
         "rows": [["Network", "#param.", "image size", "ImNet top-1"],
                  ["ResNet-50", "25M", "224²", "76.2"],
                  ["RegNetY-16GF", "84M", "224²", "82.9"],
                  ["EfficientNet-B7", "66M", "600²", "84.3"],
                  ["ViT-B/16", "86M", "384²", "77.9"],
                  ["ViT-L/16", "307M", "384²", "76.5"],
                  ["DeiT-Ti", "5M", "224²", "72.2"],
                  ["DeiT-S", "22M", "224²", "79.8"],
                  ["DeiT-B", "86M", "224²", "81.8"],
                  ["DeiT-B↑384", "86M", "384²", "83.1"],
                  ["DeiT-Ti†", "6M", "224²", "74.5"],
                  ["DeiT-S†", "22M", "224²", "81.2"],
                  ["DeiT-B†", "87M", "224²", "83.4"],
                  ["DeiT-B†↑384", "87M", "384²", "84.5"],
                  ["DeiT-B†↑384 (1000 epochs)", "87M", "384²", "85.2"]]},
        {"caption": "Table 3. Transfer learning: top-1 accuracy (%) after fine-tuning ImageNet-pre-trained "
                    "models on the downstream datasets.",
         "rows": [["Dataset", "DeiT-B", "DeiT-B↑384"],
                  ["CIFAR-10", "99.1", "99.1"],
                  ["CIFAR-100", "90.8", "90.8"],
                  ["Flowers", "98.4", "98.5"],
                  ["Cars", "92.1", "93.3"],
                  ["iNat-18", "73.2", "79.5"],
                  ["iNat-19", "77.7", "81.4"]]},
        {"caption": "Table 4. Ingredients and hyper-parameters for our method and ViT-B.",
         "rows": [["Methods", "ViT-B [3]", "DeiT-B"],
                  ["Epochs", "300", "300"],
                  ["Batch size", "4096", "1024"],
                  ["Optimizer", "AdamW", "AdamW"],
                  ["learning rate", "0.003", "0.0005 × bs/512"],
                  ["Learning rate decay", "cosine", "cosine"],
                  ["Weight decay", "0.3", "0.05"],
                  ["Warmup epochs", "3.4", "5"],
                  ["Label smoothing ε", "✗", "0.1"],
                  ["Dropout", "0.1", "✗"],
                  ["Stoch. Depth", "✗", "0.1"],
                  ["Repeated Aug", "✗", "✓"],
                  ["Gradient Clip.", "✓", "✗"],
                  ["Rand Augment", "✗", "9/0.5"],
                  ["Mixup prob.", "✗", "0.8"],
                  ["Cutmix prob.", "✗", "1.0"],
                  ["Erasing prob.", "✗", "0.25"]]},
    ],
    "references": [
        "[1] J. H. Cho and B. Hariharan. On the efficacy of knowledge distillation. ICCV, 2019.",
        "[2] J. Deng, W. Dong, R. Socher, L.-J. Li, K. Li, and L. Fei-Fei. ImageNet: A large-scale hierarchical "
        "image database. CVPR, 2009.",
        "[3] A. Dosovitskiy, L. Beyer, A. Kolesnikov, et al. An image is worth 16x16 words: Transformers for "
        "image recognition at scale. ICLR, 2021.",
        "[4] B. Hanin and D. Rolnick. How to start training: The effect of initialization and architecture. "
        "NeurIPS, 2018.",
        "[5] G. E. Hinton, O. Vinyals, and J. Dean. Distilling the knowledge in a neural network. "
        "arXiv:1503.02531, 2015.",
        "[6] E. Hoffer, T. Ben-Nun, I. Hubara, N. Giladi, T. Hoefler, and D. Soudry. Augment your batch: "
        "Improving generalization through instance repetition. CVPR, 2020.",
        "[7] I. Radosavovic, R. P. Kosaraju, R. Girshick, K. He, and P. Dollár. Designing network design "
        "spaces. CVPR, 2020.",
        "[8] M. Tan and Q. V. Le. EfficientNet: Rethinking model scaling for convolutional neural networks. "
        "ICML, 2019.",
        "[9] A. Vaswani, N. Shazeer, N. Parmar, et al. Attention is all you need. NeurIPS, 2017.",
        "[10] H. Touvron, A. Vedaldi, M. Douze, and H. Jégou. Fixing the train-test resolution discrepancy. "
        "NeurIPS, 2019.",
        "[11] R. Wightman. PyTorch image models (timm). GitHub repository, 2019.",
        "[12] I. Loshchilov and F. Hutter. Decoupled weight decay regularization. ICLR, 2019.",
    ],
}

TRUTH = {
    "year": 2021,
    "source": "condensed retelling of Touvron et al., ICML 2021, written from memory",
    "task_family": "image-classification",
    "contribution": {"value": "training-method",
                     "quote": "we produce competitive convolution-free transformers by training on Imagenet only"},
    "claim": {"value": "A convolution-free vision transformer (DeiT-B, 86M) trained on ImageNet only reaches 83.1% "
                       "top-1 (384 res), 6.3 points above ViT-B/16 trained on ImageNet only (77.9%); with "
                       "token-based distillation from a RegNetY-16GF teacher it reaches up to 85.2%, competitive "
                       "with convnets such as EfficientNet-B7 (84.3%)",
              "quote": "only by 6.3% (83.1% vs 77.9% at 384)"},
    "param_counts": [
        {"model": "DeiT-Ti", "value": 5000000, "quote": "DeiT-Ti 192 3 12 5M 224 2536"},
        {"model": "DeiT-S", "value": 22000000, "quote": "DeiT-S 384 6 12 22M 224 940"},
        {"model": "DeiT-B", "value": 86000000, "quote": "DeiT-B 768 12 12 86M 224 292"},
        {"model": "DeiT-Ti (distilled)", "value": 6000000, "quote": "DeiT-Ti† 6M 224² 74.5"},
        {"model": "DeiT-B (distilled)", "value": 87000000, "quote": "DeiT-B† 87M 224² 83.4"},
    ],
    "architecture": {"value": "ViT-style convolution-free transformer encoder on 16x16 patches (N = 14x14 at 224), "
                              "class token plus a distillation token, 12 layers, head dim 64: DeiT-Ti (D=192, 3 "
                              "heads), DeiT-S (D=384, 6 heads), DeiT-B (D=768, 12 heads = ViT-B); FFN D->4D with "
                              "GeLU; linear classifier (no MLP head)",
                     "quote": "The parameters of ViT-B (and therefore of DeiT-B) are fixed as D = 768"},
    "datasets": [
        {"value": "ImageNet (ILSVRC-2012, sole training set; top-1 on val)",
         "quote": "It uses Imagenet as the sole training set."},
        {"value": "ImageNet Real (evaluation)", "quote": "also on ImageNet Real and ImageNet V2"},
        {"value": "ImageNet V2 matched frequency (evaluation)", "quote": "also on ImageNet Real and ImageNet V2"},
        {"value": "CIFAR-10 [transfer]", "quote": "fine-tuning on the datasets of Table 3: CIFAR-10"},
        {"value": "CIFAR-100 [transfer]", "quote": "CIFAR-10, CIFAR-100, Oxford-102"},
        {"value": "Oxford-102 Flowers [transfer]", "quote": "CIFAR-100, Oxford-102"},
        {"value": "Stanford Cars [transfer]", "quote": "Flowers, Stanford Cars, iNaturalist-2018"},
        {"value": "iNaturalist 2018 [transfer]", "quote": "Stanford Cars, iNaturalist-2018"},
        {"value": "iNaturalist 2019 [transfer]", "quote": "iNaturalist-2018 and iNaturalist-2019"},
    ],
    "metrics": [
        {"value": "top-1 accuracy (single crop)", "quote": "We report the top-1 accuracy on"},
        {"value": "throughput (images/s on one 16GB V100)",
         "quote": "focus on the throughput (images processed per second) on one 16GB V100 GPU"},
    ],
    "training": {
        "imagenet_deit": {
            "optimizer": {"value": "AdamW", "quote": "The best results use the AdamW optimizer"},
            "learning_rate": {"value": "0.0005 x batchsize/512 (5e-4 at 512; linear scaling)",
                              "numbers": [0.0005],
                              "quote": "learning rate 0.003 0.0005 × bs/512",
                              "note": "row of Table 4; the 0.003 cell is ViT-B's"},
            "batch_size": {"value": 1024, "quote": "Batch size 4096 1024", "note": "4096 is ViT-B's column"},
            "epochs": {"value": "300 (1000 for the longest distilled run)", "numbers": [300, 1000],
                       "quote": "Epochs 300 300"},
            "weight_decay": {"value": 0.05, "quote": "Weight decay 0.3 0.05", "note": "0.3 is ViT-B's"},
            "warmup": {"value": "5 epochs", "numbers": [5], "quote": "Warmup epochs 3.4 5",
                       "note": "3.4 is ViT-B's"},
            "dropout": {"value": "none (0)", "numbers": [], "quote": "Dropout 0.1 ✗",
                        "note": "✗ in the DeiT-B column; text: dropout excluded from the training procedure"},
            "lr_schedule": {"value": "cosine", "quote": "Learning rate decay cosine cosine"},
            "label_smoothing": {"value": 0.1, "quote": "Label smoothing ε ✗ 0.1"},
            "stochastic_depth": {"value": 0.1, "quote": "Stoch. Depth ✗ 0.1"},
            "augmentation": {"value": "RandAugment 9/0.5, Mixup 0.8, CutMix 1.0, random erasing 0.25, repeated "
                                      "augmentation",
                             "quote": "Rand Augment ✗ 9/0.5"},
            "gradient_clipping": {"value": "none", "quote": "Gradient Clip. ✓ ✗"},
            "resolution": {"value": 224, "quote": "we train at resolution 224 and fine-tune at resolution 384"},
        },
        "distillation": {
            "teacher": {"value": "RegNetY-16GF (84M parameters, 82.9% top-1)",
                        "quote": "By default, our teacher is a RegNetY-16GF"},
            "temperature": {"value": 3.0, "quote": "For soft distillation we use τ = 3.0 and λ = 0.1."},
            "lambda": {"value": 0.1, "quote": "For soft distillation we use τ = 3.0 and λ = 0.1."},
        },
        "finetune_384": {
            "resolution": {"value": 384, "quote": "we train at resolution 224 and fine-tune at resolution 384"},
            "epochs": {"value": 25, "quote": "resolution 384, which corresponds to 25 epochs"},
        },
    },
    "not_stated": ["steps", "AdamW betas", "fine-tuning learning rate / weight decay / batch size at 384",
                   "transfer-learning fine-tuning hyper-parameters", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "Trap: the hyper-parameter table (Table 4) has a ViT-B column (batch 4096, lr 0.003, wd 0.3, warmup 3.4, "
        "dropout 0.1) next to DeiT-B's; only the DeiT-B column is this paper's set-up.",
        "Trap: related work restates ViT's ImageNet settings (Adam, batch 4096, weight decay 0.3).",
        "Learning rate is a scaling rule '0.0005 × bs/512'; with batch 1024 that is 0.001 in effect.",
        "Dropout is marked ✗ in the table and described as excluded in the text.",
        "The 25-epoch FixRes fine-tuning at 384 is stated only in the training-time paragraph.",
        "The paper marks distilled models with an alembic symbol; it is written † here because the base PDF font lacks that glyph.",
        "Param counts: distilled models have slightly more parameters (6M, 87M) due to the distillation token/head.",
    ],
}
