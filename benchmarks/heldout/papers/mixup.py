"""Held-out paper: Zhang, Cisse, Dauphin & Lopez-Paz 2018 (ICLR), mixup — condensed retelling written from memory."""
PAPER = {
    "title": "mixup: Beyond Empirical Risk Minimization",
    "authors": "Hongyi Zhang, Moustapha Cisse, Yann N. Dauphin, David Lopez-Paz",
    "affil": "MIT and FAIR",
    "header": "Published as a conference paper at ICLR 2018",
    "columns": 1,
    "abstract": (
        "Large deep neural networks are powerful, but exhibit undesirable behaviors such as memorization and "
        "sensitivity to adversarial examples. In this work, we propose <i>mixup</i>, a simple learning principle "
        "to alleviate these issues. In essence, <i>mixup</i> trains a neural network on convex combinations of "
        "pairs of examples and their labels. By doing so, <i>mixup</i> regularizes the neural network to favor "
        "simple linear behavior in-between training examples. Our experiments on the ImageNet-2012, CIFAR-10, "
        "CIFAR-100, Google commands and UCI datasets show that <i>mixup</i> improves the generalization of "
        "state-of-the-art neural network architectures. We also find that <i>mixup</i> reduces the memorization "
        "of corrupt labels, increases the robustness to adversarial examples, and stabilizes the training of "
        "generative adversarial networks."),
    "sections": [
        ("1 Introduction", [
            "Large deep neural networks have enabled breakthroughs in fields such as computer vision, speech "
            "recognition, and reinforcement learning. In most successful applications, these neural networks "
            "share two commonalities. First, they are trained so as to minimize their average error over the "
            "training data, a learning rule also known as the Empirical Risk Minimization (ERM) principle "
            "(Vapnik, 1998). Second, the size of these state-of-the-art neural networks scales linearly with "
            "the number of training examples. On the one hand, ERM allows large neural networks to memorize "
            "(instead of generalize from) the training data even in the presence of strong regularization, or "
            "in classification problems where the labels are assigned at random (Zhang et al., 2017). On the "
            "other hand, neural networks trained with ERM change their predictions drastically when evaluated "
            "on examples just outside the training distribution, also known as adversarial examples.",
            "One method to train on examples similar to the training data is data augmentation (Simard et al., "
            "1998), formalized by the Vicinal Risk Minimization (VRM) principle (Chapelle et al., 2000). While "
            "data augmentation consistently leads to improved generalization, the procedure is dataset-dependent, "
            "and thus requires the use of expert knowledge. Furthermore, data augmentation assumes that the "
            "examples in the vicinity share the same class, and does not model the vicinity relation across "
            "examples of different classes.",
            "<b>Contribution</b> Motivated by these issues, we introduce a simple and data-agnostic data "
            "augmentation routine, termed <i>mixup</i>. In a nutshell, <i>mixup</i> constructs virtual training "
            "examples x\u02dc = \u03bb<i>x<sub>i</sub></i> + (1 \u2212 \u03bb)<i>x<sub>j</sub></i> and y\u02dc = "
            "\u03bb<i>y<sub>i</sub></i> + (1 \u2212 \u03bb)<i>y<sub>j</sub></i>, where (<i>x<sub>i</sub></i>, "
            "<i>y<sub>i</sub></i>) and (<i>x<sub>j</sub></i>, <i>y<sub>j</sub></i>) are two examples drawn at "
            "random from our training data, and \u03bb \u2208 [0, 1]. Therefore, <i>mixup</i> extends the "
            "training distribution by incorporating the prior knowledge that linear interpolations of feature "
            "vectors should lead to linear interpolations of the associated targets. <i>mixup</i> can be "
            "implemented in a few lines of code, and introduces minimal computation overhead."]),
        ("2 From Empirical Risk Minimization to mixup", [
            "In supervised learning, we are interested in finding a function <i>f</i> \u2208 <i>F</i> that describes "
            "the relationship between a random feature vector <i>X</i> and a random target vector <i>Y</i>, "
            "which follow the joint distribution <i>P</i>(<i>X</i>, <i>Y</i>). Approximating <i>P</i> by the "
            "empirical distribution of the training data leads to the empirical risk; approximating it by a "
            "vicinal distribution leads to vicinal risk minimization. For instance, Chapelle et al. (2000) "
            "considered Gaussian vicinities, which is equivalent to augmenting the training data with additive "
            "Gaussian noise.",
            "In this paper, we propose a generic vicinal distribution, called <i>mixup</i>, in which the "
            "mixing coefficient is drawn as \u03bb \u223c Beta(\u03b1, \u03b1), for \u03b1 \u2208 (0, \u221e). The "
            "<i>mixup</i> hyper-parameter \u03b1 controls the strength of interpolation between feature-target "
            "pairs, recovering the ERM principle as \u03b1 \u2192 0. The implementation of <i>mixup</i> training is "
            "straightforward: a single data loader obtains one minibatch, and <i>mixup</i> is applied to the "
            "same minibatch after random shuffling. We found this strategy works equally well, while reducing "
            "I/O requirements.",
            "<b>What is mixup doing?</b> We also considered convex combinations of three or more examples with "
            "weights sampled from a Dirichlet distribution, but this does not provide further gain and increases "
            "the computation cost. Interpolating only between inputs with equal label did not lead to the "
            "performance gains of <i>mixup</i>. <i>mixup</i> leads to decision boundaries that transition "
            "linearly from class to class, providing a smoother estimate of uncertainty."]),
        ("3 Experiments", []),
        ("3.1 ImageNet Classification", [
            "We evaluate <i>mixup</i> on the ImageNet-2012 classification dataset (Russakovsky et al., 2015). "
            "This dataset contains 1.3 million training images and 50,000 validation images, from a total of "
            "1,000 classes. For training, we follow standard data augmentation practices: scale and aspect "
            "ratio distortions, random crops, and horizontal flips (Goyal et al., 2017). During evaluation, only "
            "the 224 \u00d7 224 central crop of each image is tested. We use <i>mixup</i> and ERM to train several "
            "state-of-the-art ImageNet-2012 classification models, and report both top-1 and top-5 error rates "
            "in Table 1.",
            "For all the experiments in this section, we use data-parallel distributed training with the "
            "training protocol of Goyal et al. (2017). We train for 90 or 200 epochs; the learning rate is "
            "divided by 10 at epochs 30, 60, and 80 when training for 90 epochs, or after 60, 120, and 180 "
            "epochs when training for 200 epochs. For <i>mixup</i>, we find that \u03b1 \u2208 [0.1, 0.4] leads to "
            "improved performance over ERM, whereas for large \u03b1, <i>mixup</i> leads to underfitting. We also "
            "find that models with higher capacities and/or longer training runs are the ones to benefit the "
            "most from <i>mixup</i>. For example, when trained for 90 epochs, the <i>mixup</i> variants of "
            "ResNet-101 and ResNeXt-101 obtain a greater improvement (0.5% to 0.6%) over their ERM analogues "
            "than the gain of smaller models such as ResNet-50 (0.2%). When trained for 200 epochs, the top-1 "
            "error of the <i>mixup</i> variant of ResNet-50 is further reduced by 1.2% compared to the 90 epoch "
            "run, whereas its ERM analogue stays the same.",
            "@TABLE:0@"]),
        ("3.2 CIFAR-10 and CIFAR-100", [
            "We conduct additional image classification experiments on the CIFAR-10 and CIFAR-100 datasets to "
            "further evaluate the generalization performance of <i>mixup</i>. In particular, we compare ERM and "
            "<i>mixup</i> training for: PreAct ResNet-18 (He et al., 2016) as implemented in (Liu, 2017), "
            "WRN-28-10 (Zagoruyko &amp; Komodakis, 2016) as implemented in (Zagoruyko, 2016), and "
            "DenseNet-BC-190 (Huang et al., 2017) as implemented in (Veit, 2017). For DenseNet, we follow the "
            "original implementation. For all the experiments in this section we use \u03b1 = 1.",
            "We train each of the models for 200 epochs with mini-batches of size 128. The learning rate starts "
            "at 0.1 and is divided by 10 after 100 and 150 epochs for all models except WRN. For WRN, we follow "
            "(Zagoruyko &amp; Komodakis, 2016) and divide the learning rate by 10 after 60, 120 and 180 epochs. "
            "Weight decay is set to 10<super>\u22124</super>. We do not use dropout in these experiments. We "
            "summarize our results in Table 2. In both CIFAR-10 and CIFAR-100 classification problems, the "
            "models trained using <i>mixup</i> significantly outperform their analogues trained with ERM.",
            "@TABLE:1@"]),
        ("3.3 Speech Data", [
            "Next, we perform speech recognition experiments using the Google commands dataset (Warden, 2017). "
            "The dataset contains 65,000 utterances, where each utterance is about one-second long and belongs "
            "to one out of 30 classes. The classes correspond to voice commands such as <i>yes</i>, <i>no</i>, "
            "<i>down</i>, <i>left</i>, as pronounced by a few thousand different speakers. To preprocess the "
            "utterances, we first extract normalized spectrograms from the original waveforms at a sampling rate "
            "of 16 kHz. Next, we zero-pad the spectrograms to equalize their sizes at 160 \u00d7 101. For speech "
            "data, it is reasonable to apply <i>mixup</i> both at the waveform and spectrogram levels. Here, we "
            "apply <i>mixup</i> at the spectrogram level just before feeding the data to the network.",
            "For this experiment, we compare a LeNet (Lecun et al., 2001) and a VGG-11 (Simonyan &amp; "
            "Zisserman, 2015) architecture, each of them composed by two convolutional and two fully-connected "
            "layers. We report classification errors on the validation "
            "and test sets: <i>mixup</i> (with \u03b1 = 0.1 or 0.2) outperforms ERM on this task, specially "
            "when using VGG-11, the model with larger capacity."]),
        ("3.4 Memorization of Corrupted Labels", [
            "Following Zhang et al. (2017), we evaluate the robustness of ERM and <i>mixup</i> models against "
            "randomly corrupted labels. We hypothesize that increasing the strength of <i>mixup</i> "
            "interpolation \u03b1 should generate virtual examples further from the training examples, making "
            "memorization more difficult to achieve. We compare ERM, ERM with dropout, and <i>mixup</i> with "
            "several values of \u03b1 on versions of CIFAR-10 where 20%, 50%, or 80% of the labels are replaced "
            "by random noise, using a PreAct ResNet-18. <i>mixup</i> with a large \u03b1 outperforms dropout "
            "regarding the best test error, and the combination of <i>mixup</i> and dropout works best, while "
            "ERM memorizes the corrupted labels and its final test error grows large."]),
        ("3.5 Robustness to Adversarial Examples", [
            "We evaluate the robustness of the ResNet-101 models trained on ImageNet-2012 with ERM and "
            "<i>mixup</i> from Section 3.1 against adversarial examples crafted with the Fast Gradient Sign "
            "Method (FGSM) and its iterative variant (I-FGSM), in white-box and black-box settings. "
            "<i>mixup</i> models are significantly more robust than their ERM counterparts, at no extra cost "
            "in training."]),
        ("3.6 Tabular Data", [
            "To further explore the performance of <i>mixup</i> on non-image data, we performed a series of "
            "experiments on six arbitrary classification problems drawn from the UCI dataset (Lichman, 2013): "
            "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing. The neural networks in this section are "
            "fully-connected, and have two hidden layers of 128 ReLU units. <i>mixup</i> improves the average "
            "test error on four out of the six considered datasets, and never underperforms ERM."]),
        ("3.7 Stabilization of Generative Adversarial Networks", [
            "When applied to GANs, <i>mixup</i> trains the discriminator on interpolations between real and "
            "fake samples. On two toy datasets, mixup stabilizes GAN training by acting as a regularizer on "
            "the gradients of the discriminator."]),
        ("4 Related Work", [
            "Data augmentation lies at the heart of all successful applications of deep learning, from image "
            "classification to speech recognition. Label smoothing (Szegedy et al., 2016) regularizes the "
            "outputs by mixing the one-hot target with a uniform distribution, using a smoothing value of 0.1 "
            "in Inception-v3. Goyal et al. (2017) showed that a ResNet-50 can be trained on ImageNet in one hour "
            "with a minibatch of 8192 images and a linear learning rate warmup. Dropout (Srivastava et al., "
            "2014) and its variants regularize by multiplicative noise, typically dropping units with "
            "probability 0.5. Unlike these approaches, <i>mixup</i> regularizes the network across examples "
            "of different classes."]),
        ("5 Discussion", [
            "We have proposed <i>mixup</i>, a data-agnostic and straightforward data augmentation principle. We "
            "have shown that <i>mixup</i> is a form of vicinal risk minimization, which trains on virtual "
            "examples constructed as the linear interpolation of two random examples from the training set and "
            "their labels. Through extensive experiments, we have shown that <i>mixup</i> improves the "
            "generalization error of state-of-the-art models on ImageNet, CIFAR, speech, and tabular datasets. "
            "In our experiments, the following trend is consistent: with increasingly large \u03b1, the training "
            "error on real data increases, while the generalization gap decreases."]),
    ],
    "tables": [
        {"caption": "Table 1: Validation errors for ERM and mixup on the development set of ImageNet-2012.",
         "rows": [["Model", "Method", "Epochs", "Top-1 Error", "Top-5 Error"],
                  ["ResNet-50", "ERM (Goyal et al., 2017)", "90", "23.5", "-"],
                  ["", "mixup \u03b1 = 0.2", "90", "23.3", "6.6"],
                  ["ResNet-101", "ERM (Goyal et al., 2017)", "90", "22.1", "6.0"],
                  ["", "mixup \u03b1 = 0.2", "90", "21.5", "5.6"],
                  ["ResNeXt-101 32*4d", "ERM (Xie et al., 2016)", "100", "21.2", "-"],
                  ["", "ERM", "90", "21.2", "5.6"],
                  ["", "mixup \u03b1 = 0.4", "90", "20.7", "5.3"],
                  ["ResNet-50", "ERM", "200", "23.6", "7.0"],
                  ["", "mixup \u03b1 = 0.2", "200", "22.1", "6.1"],
                  ["ResNet-101", "ERM", "200", "22.0", "6.1"],
                  ["", "mixup \u03b1 = 0.2", "200", "20.8", "5.4"]]},
        {"caption": "Table 2: Test errors for ERM and mixup on the CIFAR experiments.",
         "rows": [["Dataset", "Model", "ERM", "mixup"],
                  ["CIFAR-10", "PreAct ResNet-18", "5.6", "4.2"],
                  ["", "WRN-28-10", "3.8", "2.7"],
                  ["", "DenseNet-BC-190", "3.7", "2.7"],
                  ["CIFAR-100", "PreAct ResNet-18", "25.6", "21.1"],
                  ["", "WRN-28-10", "19.4", "17.5"],
                  ["", "DenseNet-BC-190", "19.0", "16.8"]]},
    ],
    "references": [
        "O. Chapelle, J. Weston, L. Bottou, and V. Vapnik. Vicinal risk minimization. NIPS, 2000.",
        "P. Goyal, P. Doll\u00e1r, R. Girshick, P. Noordhuis, L. Wesolowski, A. Kyrola, A. Tulloch, Y. Jia, and "
        "K. He. Accurate, large minibatch SGD: Training ImageNet in 1 hour. arXiv, 2017.",
        "K. He, X. Zhang, S. Ren, and J. Sun. Identity mappings in deep residual networks. ECCV, 2016.",
        "G. Huang, Z. Liu, K. Q. Weinberger, and L. van der Maaten. Densely connected convolutional networks. "
        "CVPR, 2017.",
        "M. Lichman. UCI machine learning repository, 2013.",
        "O. Russakovsky, J. Deng, H. Su, et al. ImageNet large scale visual recognition challenge. IJCV, 2015.",
        "N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever, and R. Salakhutdinov. Dropout: A simple way to "
        "prevent neural networks from overfitting. JMLR, 2014.",
        "C. Szegedy, V. Vanhoucke, S. Ioffe, J. Shlens, and Z. Wojna. Rethinking the Inception architecture for "
        "computer vision. CVPR, 2016.",
        "V. Vapnik. Statistical learning theory. J. Wiley, 1998.",
        "P. Warden. Speech commands: A public dataset for single-word speech recognition, 2017.",
        "S. Zagoruyko and N. Komodakis. Wide residual networks. BMVC, 2016.",
        "C. Zhang, S. Bengio, M. Hardt, B. Recht, and O. Vinyals. Understanding deep learning requires "
        "rethinking generalization. ICLR, 2017.",
    ],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Zhang, Cisse, Dauphin & Lopez-Paz, ICLR 2018, written from memory",
    "task_family": "image-classification",
    "task_note": "data-augmentation / regularization principle; main experiments are image classification "
                 "(ImageNet, CIFAR), plus speech commands, UCI tabular data, label corruption, adversarial "
                 "robustness and GAN toy experiments",
    "contribution": {"value": "training-method",
                     "quote": "we introduce a simple and data-agnostic data augmentation routine"},
    "claim": {"value": "Training on convex combinations of pairs of examples and their labels (mixup) improves the "
                       "generalization of state-of-the-art architectures over ERM training, e.g. ImageNet top-1 "
                       "error of ResNet-50 (200 epochs) 23.6 -> 22.1 and CIFAR-10 WRN-28-10 3.8 -> 2.7, and also "
                       "reduces memorization of corrupt labels, increases adversarial robustness and stabilizes "
                       "GAN training.",
              "quote": "improves the generalization of state-of-the-art neural network architectures"},
    "param_counts": [],
    "architecture": {"value": "no new architecture: mixup (x~ = lambda x_i + (1-lambda) x_j, y~ likewise, "
                              "lambda ~ Beta(alpha, alpha)) applied to ResNet-50/101, ResNeXt-101 (ImageNet), PreAct "
                              "ResNet-18, WRN-28-10, DenseNet-BC-190 (CIFAR), LeNet and VGG-11 (speech), MLPs with two "
                              "hidden layers of 128 ReLU units (UCI)",
                     "quote": "the mixing coefficient is drawn as"},
    "datasets": [
        {"value": "ImageNet-2012 (1.3M train / 50K validation, 1,000 classes)",
         "quote": "This dataset contains 1.3 million training images"},
        {"value": "CIFAR-10", "quote": "experiments on the CIFAR-10 and CIFAR-100 datasets"},
        {"value": "CIFAR-100", "quote": "experiments on the CIFAR-10 and CIFAR-100 datasets"},
        {"value": "CIFAR-10 with 20%/50%/80% corrupted labels",
         "quote": "where 20%, 50%, or 80% of the labels are replaced"},
        {"value": "Google commands (speech, 65,000 one-second utterances, 30 classes)",
         "quote": "The dataset contains 65,000 utterances"},
        {"value": "UCI Abalone", "quote": "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing"},
        {"value": "UCI Arcene", "quote": "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing"},
        {"value": "UCI Arrhythmia", "quote": "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing"},
        {"value": "UCI Htru2", "quote": "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing"},
        {"value": "UCI Iris", "quote": "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing"},
        {"value": "UCI Phishing", "quote": "Abalone, Arcene, Arrhythmia, Htru2, Iris and Phishing"},
        {"value": "two toy datasets (GAN stabilization)", "quote": "On two toy datasets, mixup stabilizes GAN"},
    ],
    "metrics": [
        {"value": "top-1 and top-5 error (ImageNet validation)", "quote": "Model Method Epochs Top-1 Error Top-5 Error"},
        {"value": "test error (CIFAR-10/100)", "quote": "Table 2: Test errors for ERM and mixup"},
        {"value": "classification error on validation and test sets (Google commands)",
         "quote": "We report classification errors on the validation"},
        {"value": "test error (UCI; corrupted-label CIFAR-10 best and final)",
         "quote": "improves the average test error on four out of the six"},
        {"value": "top-1/top-5 error under FGSM and I-FGSM adversarial attacks",
         "quote": "Method (FGSM) and its iterative variant (I-FGSM)"},
    ],
    "training": {
        "imagenet": {
            "epochs": {"value": "90 or 200", "numbers": [90, 200], "quote": "We train for 90 or 200 epochs"},
            "lr_schedule": {"value": "divided by 10 at epochs 30, 60, 80 (90-epoch runs) or 60, 120, 180 (200-epoch runs)",
                            "numbers": [30, 60, 80, 120, 180],
                            "quote": "divided by 10 at epochs 30, 60, and 80 when training for 90 epochs"},
            "mixup_alpha": {"value": "0.2 (ResNet-50/101), 0.4 (ResNeXt-101); alpha in [0.1, 0.4] improves over ERM",
                            "numbers": [0.2, 0.4],
                            "quote": "leads to improved performance over ERM, whereas for large"},
            "augmentation": {"value": "scale and aspect ratio distortions, random crops, horizontal flips; "
                                      "224x224 central crop at evaluation",
                             "quote": "ratio distortions, random crops, and horizontal flips"},
            "note": {"value": "other settings follow the training protocol of Goyal et al. (2017) (not restated)",
                     "quote": "training protocol of Goyal et al. (2017)"},
        },
        "cifar": {
            "batch_size": {"value": 128, "quote": "for 200 epochs with mini-batches of size 128"},
            "epochs": {"value": 200, "quote": "for 200 epochs with mini-batches of size 128"},
            "learning_rate": {"value": "0.1, divided by 10 after 100 and 150 epochs (WRN: after 60, 120, 180)",
                              "numbers": [0.1], "quote": "The learning rate starts at 0.1"},
            "lr_schedule": {"value": "step: /10 after epochs 100 and 150; WRN-28-10: /10 after 60, 120 and 180",
                            "numbers": [100, 150, 60, 120, 180],
                            "quote": "divided by 10 after 100 and 150 epochs for all models except WRN"},
            "weight_decay": {"value": 0.0001, "quote": "Weight decay is set to 10<super>\u22124</super>."},
            "dropout": {"value": "none", "numbers": [], "quote": "We do not use dropout in these experiments."},
            "mixup_alpha": {"value": 1, "quote": "For all the experiments in this section we use"},
        },
    },
    "not_stated": ["optimizer", "warmup", "steps", "lora_rank", "lora_alpha",
                   "ImageNet learning rate / batch size / weight decay (deferred to Goyal et al. 2017)",
                   "speech and UCI training hyper-parameters"],
    "paper_notes": [
        "The optimizer is never named in this retelling (SGD implied by the cited protocols).",
        "Related work restates prior settings (label smoothing 0.1, Goyal et al.'s 8192 minibatch and warmup, "
        "dropout 0.5) that are not this paper's set-up.",
        "ImageNet training defers to Goyal et al. (2017); only epochs and the step-drop epochs are stated. The "
        "warmup mentioned in Related Work is Goyal et al.'s, not stated as this paper's setting.",
        "Weight decay is written with a superscript minus ('10^-4').",
        "Dropout appears as a baseline in the corrupted-label experiment but is explicitly not used in the CIFAR runs.",
        "The WRN-28-10 runs use a different learning-rate schedule from the other CIFAR models.",
    ],
}
