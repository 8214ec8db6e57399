"""A Simple Framework for Contrastive Learning of Visual Representations (Chen et al., ICML 2020) — condensed
retelling written from memory."""

PAPER = {
    "title": "A Simple Framework for Contrastive Learning of Visual Representations",
    "authors": "Ting Chen, Simon Kornblith, Mohammad Norouzi, Geoffrey Hinton",
    "affil": "Google Research, Brain Team",
    "header": "A Simple Framework for Contrastive Learning of Visual Representations",
    "columns": 2,
    "stamp": "arXiv:2002.05709v3 [cs.LG] 1 Jul 2020",
    "abstract": (
        "This paper presents SimCLR: a simple framework for contrastive learning of visual representations. We "
        "simplify recently proposed contrastive self-supervised learning algorithms without requiring specialized "
        "architectures or a memory bank. In order to understand what enables the contrastive prediction tasks to "
        "learn useful representations, we systematically study the major components of our framework. We show "
        "that (1) composition of data augmentations plays a critical role in defining effective predictive tasks, "
        "(2) introducing a learnable nonlinear transformation between the representation and the contrastive loss "
        "substantially improves the quality of the learned representations, and (3) contrastive learning benefits "
        "from larger batch sizes and more training steps compared to supervised learning. By combining these "
        "findings, we are able to considerably outperform previous methods for self-supervised and semi-supervised "
        "learning on ImageNet. A linear classifier trained on self-supervised representations learned by SimCLR "
        "achieves 76.5% top-1 accuracy, which is a 7% relative improvement over previous state-of-the-art, "
        "matching the performance of a supervised ResNet-50. When fine-tuned on only 1% of the labels, we achieve "
        "85.8% top-5 accuracy, outperforming AlexNet with 100× fewer labels."),
    "sections": [
        ("1. Introduction", [
            "Learning effective visual representations without human supervision is a long-standing problem. Most "
            "mainstream approaches fall into one of two classes: generative or discriminative. Discriminative "
            "approaches based on contrastive learning in the latent space have recently shown great promise, "
            "achieving state-of-the-art results.",
            "In this work, we introduce a simple framework for contrastive learning of visual representations, "
            "which we call SimCLR. Not only does SimCLR outperform previous work, but it is also simpler, requiring "
            "neither specialized architectures nor a memory bank. In order to understand what enables good "
            "contrastive representation learning, we systematically study the major components of our framework "
            "and show that: composition of multiple data augmentation operations is crucial in defining the "
            "contrastive prediction tasks that yield effective representations; introducing a learnable nonlinear "
            "transformation between the representation and the contrastive loss substantially improves the quality "
            "of the learned representations; representation learning with contrastive cross entropy loss benefits "
            "from normalized embeddings and an appropriately adjusted temperature parameter; and contrastive "
            "learning benefits from larger batch sizes and longer training compared to its supervised counterpart."]),
        ("2. Method", []),
        ("2.1. The Contrastive Learning Framework", [
            "SimCLR learns representations by maximizing agreement between differently augmented views of the same "
            "data example via a contrastive loss in the latent space. The framework comprises four major "
            "components. A stochastic data augmentation module transforms any given data example randomly, "
            "resulting in two correlated views of the same example, denoted x<sub>i</sub> and x<sub>j</sub>, "
            "which we consider as a positive pair. In this work, we sequentially apply three simple augmentations: "
            "random cropping followed by resize back to the original size, random color distortions, and random "
            "Gaussian blur.",
            "A neural network base encoder f(·) extracts representation vectors from augmented data examples. Our "
            "framework allows various choices of the network architecture without any constraints. We opt for "
            "simplicity and adopt the commonly used ResNet to obtain h<sub>i</sub> = f(x<sub>i</sub>) = "
            "ResNet(x<sub>i</sub>), where h<sub>i</sub> ∈ R<super>d</super> is the output after the average "
            "pooling layer. A small neural network projection head g(·) maps representations to the space where "
            "contrastive loss is applied. We use a MLP with one hidden layer to obtain z<sub>i</sub> = "
            "g(h<sub>i</sub>) = W<super>(2)</super>σ(W<super>(1)</super>h<sub>i</sub>) where σ is a ReLU "
            "non-linearity.",
            "A contrastive loss function is defined for a contrastive prediction task. We randomly sample a "
            "minibatch of N examples and define the contrastive prediction task on pairs of augmented examples "
            "derived from the minibatch, resulting in 2N data points. We do not sample negative examples "
            "explicitly; instead, given a positive pair, we treat the other 2(N − 1) augmented examples within a "
            "minibatch as negative examples. With sim(u, v) the cosine similarity, the loss for a positive pair "
            "(i, j) is <i>l</i><sub>i,j</sub> = −log [exp(sim(z<sub>i</sub>, z<sub>j</sub>)/τ) / "
            "Σ<sub>k≠i</sub> exp(sim(z<sub>i</sub>, z<sub>k</sub>)/τ)], where τ denotes a temperature parameter. "
            "The final loss is computed across all positive pairs in a mini-batch. We term it NT-Xent (the "
            "normalized temperature-scaled cross entropy loss)."]),
        ("2.2. Training with Large Batch Size", [
            "To keep it simple, we do not train the model with a memory bank. Instead, we vary the training batch "
            "size N from 256 to 8192. A batch size of 8192 gives us 16382 negative examples per positive pair from "
            "both augmentation views. Training with large batch size may be unstable when using standard "
            "SGD/Momentum with linear learning rate scaling. To stabilize the training, we use the LARS optimizer "
            "for all batch sizes. We train our model with Cloud TPUs, using 32 to 128 cores depending on the batch "
            "size.",
            "<i>Global BN.</i> Standard ResNets use batch normalization. In distributed training with data "
            "parallelism, the BN mean and variance are typically aggregated locally per device, which lets the "
            "model exploit local information leakage to improve prediction accuracy without improving "
            "representations. We address this issue by aggregating BN mean and variance over all devices during "
            "the training."]),
        ("2.3. Evaluation Protocol", [
            "<i>Dataset and Metrics.</i> Most of our study for unsupervised pretraining (learning encoder network f "
            "without labels) is done using the ImageNet ILSVRC-2012 dataset. Some additional pretraining "
            "experiments on CIFAR-10 can be found in Appendix B.9. We also test the pretrained results on a wide "
            "range of datasets for transfer learning. To evaluate the learned representations, we follow the widely "
            "used linear evaluation protocol, where a linear classifier is trained on top of the frozen base "
            "network, and test accuracy is used as a proxy for representation quality. Beyond linear evaluation, we "
            "also compare against state-of-the-art on semi-supervised and transfer learning.",
            "<i>Default setting.</i> Unless otherwise specified, for data augmentation we use random crop and "
            "resize (with random flip), color distortions, and Gaussian blur (for details, see Appendix A). We use "
            "ResNet-50 as the base encoder network, and a 2-layer MLP projection head to project the representation "
            "to a 128-dimensional latent space. As the loss, we use NT-Xent, optimized using LARS with learning "
            "rate of 4.8 (= 0.3 × BatchSize/256) and weight decay of 10<super>−6</super>. We train at batch size "
            "4096 for 100 epochs. Furthermore, we use linear warmup for the first 10 epochs, and decay the learning "
            "rate with the cosine decay schedule without restarts."]),
        ("3. Data Augmentation for Contrastive Representation Learning", [
            "We study the impact of data augmentation by applying transformations asymmetrically to only one branch "
            "of the framework. No single transformation suffices to learn good representations, even though the "
            "model can almost perfectly identify the positive pairs in the contrastive task. When composing "
            "augmentations, the contrastive prediction task becomes harder, but the quality of representation "
            "improves dramatically. One composition of augmentations stands out: random cropping and random color "
            "distortion. Stronger color augmentation substantially improves the linear evaluation of the learned "
            "unsupervised models, whereas it does not help or even hurts supervised models trained with the same "
            "augmentations."]),
        ("4. Architectures for Encoder and Head", [
            "Increasing depth and width both improve performance. While similar findings hold for supervised "
            "learning, we find the gap between supervised models and linear classifiers trained on unsupervised "
            "models shrinks as the model size increases, suggesting that unsupervised learning benefits more from "
            "bigger models than its supervised counterpart.",
            "We then study the importance of including a projection head, i.e. g(h). We observe that a nonlinear "
            "projection is better than a linear projection (+3%), and much better than no projection (&gt;10%). "
            "Furthermore, the hidden layer before the projection head, h, is a much better representation than the "
            "layer after, z = g(h); we conjecture that the contrastive loss induces g to remove information that "
            "may be useful for the downstream task, such as the color or orientation of objects."]),
        ("5. Loss Functions and Batch Size", [
            "We compare the NT-Xent loss against other commonly used contrastive loss functions, such as logistic "
            "loss and margin loss, using the same projection head. With proper temperature and normalization, "
            "NT-Xent works best, and unlike cross-entropy, the other objective functions do not weigh the negatives "
            "by their relative hardness. Without l<sub>2</sub> normalization, the contrastive task accuracy is "
            "higher, but the resulting representation is worse under linear evaluation.",
            "We train models with batch sizes from 256 to 8192 for 100 to 800 epochs. When the number of training "
            "epochs is small (e.g. 100 epochs), larger batch sizes have a significant advantage over the smaller "
            "ones. With more training steps/epochs, the gaps between different batch sizes decrease or disappear, "
            "provided the batches are randomly resampled. In contrast to supervised learning, in contrastive "
            "learning larger batch sizes provide more negative examples, facilitating convergence, and training "
            "longer also provides more negative examples."]),
        ("6. Comparison with State-of-the-art", [
            "In this subsection, similar to Kolesnikov et al. (2019); He et al. (2019), we use ResNet-50 in 3 "
            "different hidden layer widths (width multipliers of 1×, 2×, and 4×). For better convergence, our "
            "models here are trained for 1000 epochs.",
            "<i>Linear evaluation.</i> Table 6 compares our results with previous approaches in the linear "
            "evaluation setting. Our ResNet-50 (4×) reaches 76.5% top-1, matching a supervised ResNet-50.",
            "@TABLE:0@",
            "<i>Semi-supervised learning.</i> We follow Zhai et al. (2019) and sample 1% or 10% of the labeled "
            "ILSVRC-12 training datasets in a class-balanced way (around 12.8 and 128 images per class "
            "respectively). We simply fine-tune the whole base network on the labeled data without regularization "
            "(see Appendix B.5). Table 7 shows the comparisons of our results against a supervised baseline trained "
            "from scratch on the same labeled subsets.",
            "@TABLE:1@",
            "<i>Transfer learning.</i> We evaluate transfer learning performance across 12 natural image datasets "
            "(Food-101, CIFAR-10, CIFAR-100, Birdsnap, SUN397, Stanford Cars, FGVC Aircraft, PASCAL VOC 2007, DTD, "
            "Oxford-IIIT Pets, Caltech-101 and Oxford 102 Flowers) in both linear evaluation (fixed feature "
            "extractor) and fine-tuning settings, comparing against a supervised ResNet-50. We perform "
            "hyperparameter tuning for each model-dataset combination and select the best hyperparameters on a "
            "validation set. When fine-tuned, our self-supervised model significantly outperforms the supervised "
            "baseline on 5 datasets, whereas the supervised baseline is superior on only 2 (i.e. Pets and "
            "Flowers). On the remaining 5 datasets, the models are statistically tied."]),
        ("7. Related Work", [
            "Handcrafted pretext tasks such as relative patch prediction, jigsaw puzzles, colorization and rotation "
            "prediction have long been used for self-supervised learning. Contrastive visual representation "
            "learning dates back to Hadsell et al. (2006). Wu et al. (2018) store instance representations in a "
            "memory bank, and MoCo (He et al., 2019) replaces it with a queue of 65536 negative keys produced by a "
            "momentum encoder with momentum 0.999 and a temperature of 0.07. CPC (Hénaff et al., 2019) predicts "
            "future patches in latent space. Compared to these methods, SimCLR needs neither a memory bank nor a "
            "specialized architecture."]),
        ("8. Conclusion", [
            "In this work, we present a simple framework and its instantiation for contrastive visual "
            "representation learning. We carefully study its components, and show the effects of different design "
            "choices. By combining our findings, we improve considerably over previous methods for self-supervised, "
            "semi-supervised, and transfer learning. Our approach differs from standard supervised learning on "
            "ImageNet only in the choice of data augmentation, the use of a nonlinear head at the end of the "
            "network, and the loss function."]),
    ],
    "tables": [
        {"caption": "Table 6. ImageNet accuracies of linear classifiers trained on representations learned with "
                    "different self-supervised methods. Upper part: methods using ResNet-50; lower part: methods using other "
                    "architectures.",
         "rows": [["Method", "Architecture", "Param\n(M)", "Top 1", "Top 5"],
                  ["Local Agg.", "ResNet-50", "24", "60.2", "-"],
                  ["MoCo", "ResNet-50", "24", "60.6", "-"],
                  ["PIRL", "ResNet-50", "24", "63.6", "-"],
                  ["CPC v2", "ResNet-50", "24", "63.8", "85.3"],
                  ["SimCLR (ours)", "ResNet-50", "24", "69.3", "89.0"],
                  ["Rotation", "RevNet-50 (4×)", "86", "55.4", "-"],
                  ["BigBiGAN", "RevNet-50 (4×)", "86", "61.3", "81.9"],
                  ["AMDIM", "Custom-ResNet", "626", "68.1", "-"],
                  ["CMC", "ResNet-50 (2×)", "188", "68.4", "88.2"],
                  ["MoCo", "ResNet-50 (4×)", "375", "68.6", "-"],
                  ["CPC v2", "ResNet-161 (*)", "305", "71.5", "90.1"],
                  ["SimCLR (ours)", "ResNet-50 (2×)", "94", "74.2", "92.0"],
                  ["SimCLR (ours)", "ResNet-50 (4×)", "375", "76.5", "93.2"]]},
        {"caption": "Table 7. ImageNet accuracy of models trained with few labels (1% / 10% of labels).",
         "rows": [["", "", "Top 1", "", "Top 5", ""],
                  ["Method", "Architecture", "1%", "10%", "1%", "10%"],
                  ["Supervised\nbaseline", "ResNet-50", "25.4", "56.4", "48.4", "80.4"],
                  ["SimCLR (ours)", "ResNet-50", "48.3", "65.6", "75.5", "87.8"],
                  ["SimCLR (ours)", "ResNet-50\n(2×)", "58.5", "71.7", "83.0", "91.2"],
                  ["SimCLR (ours)", "ResNet-50\n(4×)", "63.0", "74.4", "85.8", "92.6"]]},
    ],
    "references": [
        "Bachman, P., Hjelm, R. D., and Buchwalter, W. Learning representations by maximizing mutual information "
        "across views. In NeurIPS, 2019.",
        "Hadsell, R., Chopra, S., and LeCun, Y. Dimensionality reduction by learning an invariant mapping. In "
        "CVPR, 2006.",
        "He, K., Zhang, X., Ren, S., and Sun, J. Deep residual learning for image recognition. In CVPR, 2016.",
        "He, K., Fan, H., Wu, Y., Xie, S., and Girshick, R. Momentum contrast for unsupervised visual "
        "representation learning. arXiv preprint arXiv:1911.05722, 2019.",
        "Hénaff, O. J., Razavi, A., Doersch, C., Eslami, S., and van den Oord, A. Data-efficient image "
        "recognition with contrastive predictive coding. arXiv preprint arXiv:1905.09272, 2019.",
        "Kolesnikov, A., Zhai, X., and Beyer, L. Revisiting self-supervised visual representation learning. In "
        "CVPR, 2019.",
        "Misra, I. and van der Maaten, L. Self-supervised learning of pretext-invariant representations. arXiv "
        "preprint arXiv:1912.01991, 2019.",
        "Russakovsky, O., Deng, J., Su, H., et al. ImageNet Large Scale Visual Recognition Challenge. IJCV, 2015.",
        "Wu, Z., Xiong, Y., Yu, S. X., and Lin, D. Unsupervised feature learning via non-parametric instance "
        "discrimination. In CVPR, 2018.",
        "You, Y., Gitman, I., and Ginsburg, B. Large batch training of convolutional networks. arXiv preprint "
        "arXiv:1708.03888, 2017.",
        "Zhai, X., Oliver, A., Kolesnikov, A., and Beyer, L. S4L: Self-supervised semi-supervised learning. In "
        "ICCV, 2019.",
    ],
    "appendix": [
        ("A. Data Augmentation Details", [
            "<i>Random crop and resize to 224×224.</i> A crop of random size (uniform from 0.08 to 1.0 in area) of "
            "the original size and a random aspect ratio (default: of 3/4 to 4/3) of the original aspect ratio is "
            "made, and this crop is finally resized to the original size, followed by a random horizontal flip "
            "with probability 0.5. <i>Color distortion.</i> Color jittering of brightness, contrast, saturation "
            "and hue (strengths 0.8s, 0.8s, 0.8s and 0.2s) is applied with probability 0.8, and color dropping "
            "(conversion to grayscale) with probability 0.2; the default strength is s = 1. <i>Gaussian blur.</i> "
            "We blur the image 50% of the time using a Gaussian kernel whose standard deviation σ is randomly "
            "sampled in [0.1, 2.0], and the kernel size is set to be 10% of the image height/width."]),
        ("B.5. Semi-supervised Learning via Fine-Tuning", [
            "We fine-tune using the Nesterov momentum optimizer with a batch size of 4096, momentum of 0.9, and a "
            "learning rate of 0.8 (following LearningRate = 0.05 × BatchSize/256) without warmup. Only random "
            "cropping (with random left-to-right flipping and resizing to 224×224) is used for preprocessing. We "
            "do not use any regularization (including weight decay). For 1% labeled data we fine-tune for 60 "
            "epochs, and for 10% labeled data we fine-tune for 30 epochs. For the inference, we resize the given "
            "image to 256×256, and take a single center crop of 224×224."]),
        ("B.6. Linear Evaluation", [
            "For linear evaluation, we follow similar procedure as fine-tuning (described in Appendix B.5), except "
            "that a larger learning rate of 1.6 (following LearningRate = 0.1 × BatchSize/256) and longer training "
            "of 90 epochs are used. Alternatively, using the LARS optimizer over the pretraining hyper-parameters "
            "also yields similar results."]),
        ("B.9. CIFAR-10", [
            "We also pretrain on CIFAR-10. As the images are small, we replace the first 7×7 Conv of stride 2 with "
            "a 3×3 Conv of stride 1, and also remove the first max pooling operation in the ResNet-50. For data "
            "augmentation, we use the same Inception crop (flip and resize to 32×32) as for ImageNet, and color "
            "distortion (strength = 0.5), leaving out Gaussian blur. We tune the learning rate, temperature and "
            "batch size; the rest of the settings (including optimizer, weight decay, etc.) are the same as our "
            "ImageNet training. Our best model, trained with batch size 1024, achieves a linear evaluation "
            "accuracy of 94.0%, compared to 95.1% from the supervised baseline using the same architecture and "
            "batch size."]),
    ],
}

TRUTH = {
    "year": 2020,
    "source": "condensed retelling of Chen, Kornblith, Norouzi & Hinton, ICML 2020, written from memory",
    "task_family": "representation-learning",
    "contribution": {"value": "training-method",
                     "quote": "we introduce a simple framework for contrastive learning of visual representations"},
    "claim": {"value": "SimCLR self-supervised representations give 76.5% ImageNet top-1 under linear evaluation "
                       "(ResNet-50 4×), a 7% relative improvement over the previous state of the art and matching a "
                       "supervised ResNet-50; fine-tuned on 1% of labels it reaches 85.8% top-5, outperforming "
                       "AlexNet with 100× fewer labels",
              "quote": "which is a 7% relative improvement over previous state-of-the-art"},
    "param_counts": [
        {"model": "SimCLR ResNet-50 (1×)", "value": 24000000, "quote": "SimCLR (ours) ResNet-50 24 69.3 89.0"},
        {"model": "SimCLR ResNet-50 (2×)", "value": 94000000, "quote": "SimCLR (ours) ResNet-50 (2×) 94 74.2 92.0"},
        {"model": "SimCLR ResNet-50 (4×)", "value": 375000000,
         "quote": "SimCLR (ours) ResNet-50 (4×) 375 76.5 93.2"},
    ],
    "architecture": {
        "value": "ResNet-50 base encoder (widths 1×, 2×, 4×; h = output after average pooling) with a 2-layer MLP "
                 "projection head (ReLU) to a 128-dimensional latent space; NT-Xent contrastive loss on two "
                 "augmented views; global BN",
        "quote": "and a 2-layer MLP projection head to project the representation"},
    "datasets": [
        {"value": "ImageNet ILSVRC-2012 [unsupervised pretraining; linear evaluation]",
         "quote": "is done using the ImageNet ILSVRC-2012 dataset"},
        {"value": "ImageNet 1% / 10% labeled subsets (class-balanced) [semi-supervised fine-tuning]",
         "quote": "sample 1% or 10% of the labeled ILSVRC-12 training datasets"},
        {"value": "CIFAR-10 [pretraining and linear evaluation, appendix B.9]",
         "quote": "We also pretrain on CIFAR-10."},
        {"value": "12 transfer datasets (Food-101, CIFAR-10, CIFAR-100, Birdsnap, SUN397, Stanford Cars, FGVC "
                  "Aircraft, PASCAL VOC 2007, DTD, Oxford-IIIT Pets, Caltech-101, Oxford 102 Flowers) [transfer "
                  "learning: linear evaluation and fine-tuning]",
         "quote": "We evaluate transfer learning performance across 12 natural image datasets"},
    ],
    "metrics": [
        {"value": "top-1 / top-5 accuracy of a linear classifier on frozen features (linear evaluation protocol)",
         "quote": "where a linear classifier is trained on top of the frozen base"},
        {"value": "top-1 / top-5 accuracy after fine-tuning with 1% / 10% labels",
         "quote": "ImageNet accuracy of models trained with few labels"},
    ],
    "training": {
        "pretraining_default": {
            "optimizer": {"value": "LARS", "quote": "optimized using LARS with learning"},
            "learning_rate": {"value": "4.8 (= 0.3 × BatchSize/256)", "numbers": [4.8],
                              "quote": "rate of 4.8 (= 0.3 × BatchSize/256)"},
            "weight_decay": {"value": "10^-6", "numbers": [1e-06], "quote": "weight decay of 10−6"},
            "batch_size": {"value": 4096, "quote": "We train at batch size 4096 for 100 epochs."},
            "epochs": {"value": 100, "quote": "We train at batch size 4096 for 100 epochs."},
            "warmup": {"value": "linear warmup for the first 10 epochs", "numbers": [10],
                       "quote": "we use linear warmup for the first 10 epochs"},
            "lr_schedule": {"value": "cosine decay without restarts",
                            "quote": "rate with the cosine decay schedule without restarts"},
            "projection_dim": {"value": 128, "quote": "to a 128-dimensional latent space"},
        },
        "pretraining_sota": {
            "optimizer": {"value": "LARS (default setting)", "quote": "optimized using LARS with learning"},
            "learning_rate": {"value": "4.8 (default setting)", "numbers": [4.8],
                              "quote": "rate of 4.8 (= 0.3 × BatchSize/256)"},
            "batch_size": {"value": 4096, "note": "default setting; not restated for the 1000-epoch models",
                           "quote": "We train at batch size 4096 for 100 epochs."},
            "epochs": {"value": 1000, "quote": "models here are trained for 1000 epochs"},
            "weight_decay": {"value": "10^-6 (default setting)", "numbers": [1e-06],
                             "quote": "weight decay of 10−6"},
            "warmup": {"value": "10 epochs (default setting)", "numbers": [10],
                       "quote": "we use linear warmup for the first 10 epochs"},
        },
        "semi_supervised_finetune": {
            "optimizer": {"value": "SGD with Nesterov momentum 0.9",
                          "quote": "We fine-tune using the Nesterov momentum optimizer"},
            "learning_rate": {"value": "0.8 (= 0.05 × BatchSize/256)", "numbers": [0.8],
                              "quote": "learning rate of 0.8 (following LearningRate = 0.05 × BatchSize/256)"},
            "batch_size": {"value": 4096, "quote": "with a batch size of 4096, momentum of 0.9"},
            "epochs": {"value": "60 (1% labels), 30 (10% labels)", "numbers": [60, 30],
                       "quote": "For 1% labeled data we fine-tune for 60"},
            "warmup": {"value": "none", "numbers": [], "quote": "without warmup"},
            "weight_decay": {"value": "none", "numbers": [],
                             "quote": "We do not use any regularization (including weight decay)."},
            "dropout": {"value": "none (no regularization)", "numbers": [],
                        "quote": "We do not use any regularization (including weight decay)."},
        },
        "linear_evaluation": {
            "optimizer": {"value": "SGD with Nesterov momentum (as fine-tuning); LARS gives similar results",
                          "quote": "we follow similar procedure as fine-tuning"},
            "learning_rate": {"value": "1.6 (= 0.1 × BatchSize/256)", "numbers": [1.6],
                              "quote": "a larger learning rate of 1.6"},
            "batch_size": {"value": "4096 (as fine-tuning)", "numbers": [4096],
                           "quote": "with a batch size of 4096, momentum of 0.9"},
            "epochs": {"value": 90, "quote": "of 90 epochs are used"},
        },
        "cifar10_pretraining": {
            "batch_size": {"value": "1024 (best model)", "numbers": [1024],
                           "quote": "Our best model, trained with batch size 1024"},
            "optimizer": {"value": "LARS (same as ImageNet)",
                          "quote": "the rest of the settings (including optimizer, weight decay, etc.) are the same"},
            "weight_decay": {"value": "10^-6 (same as ImageNet)", "numbers": [1e-06],
                             "quote": "the rest of the settings (including optimizer, weight decay, etc.) are the same"},
            "augmentation": {"value": "Inception crop, flip, resize to 32×32, color distortion strength 0.5, no blur",
                             "quote": "distortion (strength = 0.5), leaving out Gaussian blur"},
        },
    },
    "not_stated": ["temperature τ of the main runs", "steps", "dropout (pretraining)", "projection hidden width",
                   "CIFAR-10 learning rate, temperature and epochs", "transfer-learning hyperparameters",
                   "lora_rank", "lora_alpha"],
    "paper_notes": [
        "Related work restates MoCo's settings (queue 65536, momentum 0.999, temperature 0.07) — not SimCLR's.",
        "Batch-size study spans 256-8192 and 100-800 epochs; the default is 4096 / 100 epochs, the SOTA models use "
        "1000 epochs.",
        "Learning rates are given with their scaling rules (0.3 / 0.05 / 0.1 × BatchSize/256).",
        "Linear-evaluation set-up is stated as a delta on the fine-tuning set-up (appendix B.6 refers to B.5).",
        "Parameter counts appear only in the 'Param (M)' column of Table 6; baselines' counts are in the same column.",
        "Weight decay written as 10<super>−6</super> (superscript).",
    ],
}
