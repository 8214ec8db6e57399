"""Held-out paper: Ioffe & Szegedy 2015 (ICML), Batch Normalization — condensed retelling written from memory."""
PAPER = {
    "title": "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
    "authors": "Sergey Ioffe and Christian Szegedy",
    "affil": "Google Inc.",
    "header": "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift",
    "columns": 2,
    "abstract": (
        "Training Deep Neural Networks is complicated by the fact that the distribution of each layer\u2019s "
        "inputs changes during training. We refer to this phenomenon as <i>internal covariate shift</i>, and "
        "address the problem by normalizing layer inputs <i>for each training mini-batch</i>. Applied to a "
        "state-of-the-art image classification model, Batch Normalization achieves the same accuracy with 14 "
        "times fewer training steps; an ensemble of batch-normalized networks reaches 4.9% top-5 validation "
        "error on ImageNet."),
    "sections": [
        ("1 Introduction", [
            "Deep learning has dramatically advanced the state of the art in vision, speech, and many other "
            "areas. Stochastic gradient descent (SGD) has proved to be an effective way of training deep "
            "networks, and SGD variants such as momentum (Sutskever et al., 2013) and Adagrad (Duchi et al., "
            "2011) have been used to achieve state of the art performance. SGD optimizes the parameters "
            "\u0398 of the network, so as to minimize the loss, using mini-batches of <i>m</i> training "
            "examples. Using mini-batches of examples, as opposed to one example at a time, is helpful in "
            "several ways. First, the gradient of the loss over a mini-batch is an estimate of the gradient "
            "over the training set, whose quality improves as the batch size increases. Second, computation "
            "over a batch can be much more efficient than <i>m</i> computations for individual examples.",
            "While stochastic gradient is simple and effective, it requires careful tuning of the model "
            "hyper-parameters, specifically the learning rate used in optimization, as well as the initial "
            "values for the model parameters. The training is complicated by the fact that the inputs to each "
            "layer are affected by the parameters of all preceding layers. We define <i>Internal Covariate "
            "Shift</i> as the change in the distribution of network activations due to the change in network "
            "parameters during training. It has long been known (LeCun et al., 1998b; Wiesler & Ney, 2011) "
            "that the network training converges faster if its inputs are whitened. In practice, the "
            "saturation problem and the resulting vanishing gradients are usually addressed by using Rectified "
            "Linear Units (Nair & Hinton, 2010), careful initialization (Bengio & Glorot, 2010; Saxe et al., "
            "2013), and small learning rates.",
            "In this paper, we introduce a new mechanism, which we call Batch Normalization, that takes a step "
            "towards reducing internal covariate shift, and in doing so dramatically accelerates the training "
            "of deep neural nets. It accomplishes this via a normalization step that fixes the means and "
            "variances of layer inputs. Batch Normalization also has a beneficial effect on the gradient flow "
            "through the network, by reducing the dependence of gradients on the scale of the parameters or of "
            "their initial values. This allows us to use much higher learning rates without the risk of "
            "divergence. Furthermore, batch normalization regularizes the model and reduces the need for "
            "Dropout (Srivastava et al., 2014)."]),
        ("2 Towards Reducing Internal Covariate Shift", [
            "Whitening the inputs of each layer would take a step towards achieving fixed distributions of "
            "inputs that would remove the ill effects of the internal covariate shift. However, full whitening "
            "of each layer\u2019s inputs is costly and not everywhere differentiable, and if the normalization "
            "is not taken into account by the gradient step, the parameters may blow up. In previous work, "
            "the GoogLeNet / Inception network (Szegedy et al., 2014) reached 6.67% top-5 error in the "
            "ILSVRC 2014 challenge with an ensemble of 7 networks, and was trained with Dropout and "
            "local response normalization; whitening-based schemes such as those of Wiesler et al. (2014) and "
            "Desjardins et al. have not been applied at this scale."]),
        ("3 Normalization via Mini-Batch Statistics", [
            "We make two necessary simplifications. The first is that instead of whitening the features in "
            "layer inputs and outputs jointly, we will normalize each scalar feature independently, by making "
            "it have the mean of zero and the variance of 1. For a layer with <i>d</i>-dimensional input "
            "<i>x</i> = (<i>x</i><super>(1)</super> \u2026 <i>x</i><super>(d)</super>), we will normalize each "
            "dimension x\u02c6<super>(k)</super> = (<i>x</i><super>(k)</super> \u2212 E[<i>x</i><super>(k)</super>]) "
            "/ \u221aVar[<i>x</i><super>(k)</super>]. Note that simply normalizing each input of a layer may "
            "change what the layer can represent. To address this, for each activation we introduce a pair of "
            "parameters \u03b3<super>(k)</super>, \u03b2<super>(k)</super>, which scale and shift the normalized "
            "value: <i>y</i><super>(k)</super> = \u03b3<super>(k)</super>x\u02c6<super>(k)</super> + "
            "\u03b2<super>(k)</super>.",
            "The second simplification is that since we use mini-batches in stochastic gradient training, "
            "each mini-batch produces estimates of the mean and variance of each activation. Consider a "
            "mini-batch <i>B</i> = {<i>x</i><sub>1\u2026m</sub>} of size <i>m</i>. The Batch Normalizing Transform "
            "BN<sub>\u03b3,\u03b2</sub> (Algorithm 1) computes the mini-batch mean "
            "\u03bc<sub><i>B</i></sub> = (1/<i>m</i>) \u03a3<sub>i</sub> <i>x<sub>i</sub></i>, the mini-batch variance "
            "\u03c3<super>2</super><sub><i>B</i></sub> = (1/<i>m</i>) \u03a3<sub>i</sub> (<i>x<sub>i</sub></i> \u2212 "
            "\u03bc<sub><i>B</i></sub>)<super>2</super>, normalizes x\u02c6<sub>i</sub> = (<i>x<sub>i</sub></i> \u2212 "
            "\u03bc<sub><i>B</i></sub>) / \u221a(\u03c3<super>2</super><sub><i>B</i></sub> + \u03b5), and scales and "
            "shifts <i>y<sub>i</sub></i> = \u03b3x\u02c6<sub>i</sub> + \u03b2. Here \u03b5 is a constant added to the "
            "mini-batch variance for numerical stability. The BN transform is differentiable, and we "
            "backpropagate the gradient of the loss through it with the chain rule."]),
        ("3.1 Training and Inference with Batch-Normalized Networks", [
            "The normalization of activations that depends on the mini-batch allows efficient training, but is "
            "neither necessary nor desirable during inference. Once the network has been trained, we use the "
            "normalization x\u02c6 = (<i>x</i> \u2212 E[<i>x</i>]) / \u221a(Var[<i>x</i>] + \u03b5) using the population, "
            "rather than mini-batch, statistics, with the unbiased variance estimate "
            "Var[<i>x</i>] = <i>m</i>/(<i>m</i> \u2212 1) \u00b7 E<sub><i>B</i></sub>[\u03c3<super>2</super><sub><i>B</i></sub>]. "
            "Since the means and variances are fixed during inference, the normalization is simply a linear "
            "transform applied to each activation."]),
        ("3.2 Batch-Normalized Convolutional Networks", [
            "We add the BN transform immediately before the nonlinearity, by normalizing <i>x</i> = "
            "<i>W</i><i>u</i> + <i>b</i>. The bias <i>b</i> can be ignored since its effect will be canceled by "
            "the subsequent mean subtraction. For convolutional layers, we additionally want the normalization "
            "to obey the convolutional property, so we jointly normalize all the activations in a mini-batch, "
            "over all locations, and learn a pair of parameters \u03b3<super>(k)</super> and \u03b2<super>(k)</super> "
            "per feature map, rather than per activation."]),
        ("3.3 Higher Learning Rates and Regularization", [
            "In traditional deep networks, too-high learning rate may result in the gradients that explode or "
            "vanish, as well as getting stuck in poor local minima. Batch Normalization helps address these "
            "issues: back-propagation through a layer is unaffected by the scale of its parameters. When "
            "training with Batch Normalization, a training example is seen in conjunction with other examples "
            "in the mini-batch, and the training network no longer produces deterministic values for a given "
            "training example. In our experiments, we found this effect to be advantageous to the "
            "generalization of the network."]),
        ("4 Experiments", []),
        ("4.1 Activations over time", [
            "To verify the effects of internal covariate shift on training, and the ability of Batch "
            "Normalization to combat it, we considered the problem of predicting the digit class on the MNIST "
            "dataset (LeCun et al., 1998a). We used a very simple network, with a 28x28 binary image as input, "
            "and 3 fully-connected hidden layers with 100 activations each. Each hidden layer computes "
            "<i>y</i> = <i>g</i>(<i>W</i><i>u</i> + <i>b</i>) with sigmoid nonlinearity, and the weights "
            "<i>W</i> initialized to small random Gaussian values. The last hidden layer is followed by a "
            "fully-connected layer with 10 activations (one per class) and cross-entropy loss. We train the "
            "network for 50000 steps, with 60 examples per mini-batch. We added Batch Normalization to each "
            "hidden layer of the network. We were interested in the comparison between the baseline and "
            "batch-normalized networks, rather than achieving the state of the art performance on MNIST.",
            "Figure 1(a) shows the fraction of correct predictions by the two networks on held-out test data, "
            "as training progresses. The batch-normalized network enjoys the higher test accuracy. The "
            "distributions of the inputs to a typical sigmoid in the original network change significantly "
            "over time, whereas in the batch-normalized network they are much more stable."]),
        ("4.2 ImageNet classification", [
            "We applied Batch Normalization to a new variant of the Inception network (Szegedy et al., 2014), "
            "trained on the ImageNet classification task (Russakovsky et al., 2014). The network has a large "
            "number of convolutional and pooling layers, with a softmax layer to predict the image class, out "
            "of 1000 possibilities. Convolutional layers use ReLU as the nonlinearity. The main difference to "
            "the network described in Szegedy et al. (2014) is that the 5 \u00d7 5 convolutional layers are "
            "replaced by two consecutive layers of 3 \u00d7 3 convolutions with up to 128 filters. The network "
            "contains 13.6 \u00b7 10<super>6</super> parameters, and, other than the top softmax layer, has no "
            "fully-connected layers. More details are given in the Appendix. We refer to this model as "
            "<i>Inception</i> in the rest of the text. The model was trained using a version of Stochastic "
            "Gradient Descent with momentum (Sutskever et al., 2013), using the mini-batch size of 32. The "
            "training was performed using a large-scale, distributed architecture (similar to Dean et al., "
            "2012). All networks are evaluated as training progresses by computing the validation accuracy "
            "@1, i.e. the probability of predicting the correct label out of 1000 possibilities, on a "
            "held-out set, using a single crop per image.",
            "In our experiments, we evaluated several modifications of Inception with Batch Normalization. In "
            "all cases, Batch Normalization was applied to the input of each nonlinearity, in a convolutional "
            "way, as described in Section 3.2, while keeping the rest of the architecture constant."]),
        ("4.2.1 Accelerating BN Networks", [
            "Simply adding Batch Normalization to a network does not take full advantage of our method. To do "
            "so, we further changed the network and its training parameters, as follows: <i>Increase learning "
            "rate.</i> In a batch-normalized model, we have been able to achieve a training speedup from higher "
            "learning rates, with no ill side effects. <i>Remove Dropout.</i> Removing Dropout from Modified "
            "BN-Inception speeds up training, without increasing overfitting. <i>Reduce the L2 weight "
            "regularization.</i> While in Inception an L2 loss on the model parameters controls overfitting, in "
            "Modified BN-Inception the weight of this loss is reduced by a factor of 5. <i>Accelerate the "
            "learning rate decay.</i> In training Inception, learning rate was decayed exponentially; because "
            "our network trains faster than Inception, we lower the learning rate 6 times faster. <i>Remove "
            "Local Response Normalization.</i> <i>Shuffle training examples more thoroughly.</i> We enabled "
            "within-shard shuffling of the training data, which led to about 1% improvements in the "
            "validation accuracy. <i>Reduce the photometric distortions.</i> Because batch-normalized networks "
            "train faster and observe each training example fewer times, we let the trainer focus on more "
            "\u201creal\u201d images by distorting them less."]),
        ("4.2.2 Single-Network Classification", [
            "We evaluated the following networks, all trained on the LSVRC2012 training data, and tested on "
            "the validation data: <i>Inception:</i> the network described at the beginning of Section 4.2, "
            "trained with the initial learning rate of 0.0015. <i>BN-Baseline:</i> Same as Inception with Batch "
            "Normalization before each nonlinearity. <i>BN-x5:</i> Inception with Batch Normalization and the "
            "modifications in Sec. 4.2.1. The initial learning rate was increased by a factor of 5, to 0.0075. "
            "The same learning rate increase with original Inception caused the model parameters to reach "
            "machine infinity. <i>BN-x30:</i> Like BN-x5, but with the initial learning rate 0.045 (30 times "
            "that of Inception). <i>BN-x5-Sigmoid:</i> Like BN-x5, but with sigmoid nonlinearity instead of "
            "ReLU. We also attempted to train the original Inception with sigmoid, but the model remained at "
            "the accuracy equivalent to chance.",
            "@TABLE:0@",
            "By only using Batch Normalization (BN-Baseline), we match the accuracy of Inception in less than "
            "half the number of training steps. By applying the modifications in Sec. 4.2.1, we significantly "
            "increase the training speed of the network. BN-x5 needs 14 times fewer steps than Inception to "
            "reach the 72.2% accuracy. Interestingly, increasing the learning rate further (BN-x30) causes the "
            "model to train somewhat slower initially, but allows it to reach a higher final accuracy. It "
            "reaches 74.8% after 6 \u00b7 10<super>6</super> steps, i.e. 5 times fewer steps than required by "
            "Inception to reach 72.2%."]),
        ("4.2.3 Ensemble Classification", [
            "The current reported best results on the ImageNet Large Scale Visual Recognition Competition are "
            "reached by the Deep Image ensemble of traditional models (Wu et al., 2015) and the ensemble model "
            "of (He et al., 2015). The latter reports the top-5 error of 4.94%, as evaluated by the ILSVRC "
            "server. Here we report a top-5 validation error of 4.9%, and test error of 4.82% (according to "
            "the ILSVRC server). This improves upon the previous best result, and exceeds the estimated "
            "accuracy of human raters according to Russakovsky et al. (2014).",
            "For our ensemble, we used 6 networks. Each was based on BN-x30, modified via some of the "
            "following: increased initial weights in the convolutional layers; using Dropout (with the Dropout "
            "probability of 5% or 10%, vs. 40% for the original Inception); and using non-convolutional, "
            "per-activation Batch Normalization with last hidden layers of the model. Each network achieved its "
            "maximum accuracy after about 6 \u00b7 10<super>6</super> training steps. The ensemble prediction "
            "was based on the arithmetic average of class probabilities predicted by the constituent networks.",
            "@TABLE:1@"]),
        ("5 Conclusion", [
            "We have presented a novel mechanism for dramatically accelerating the training of deep networks. "
            "It is based on the premise that covariate shift, which is known to complicate the training of "
            "machine learning systems, also applies to sub-networks and layers, and removing it from internal "
            "activations of the network may aid in training. Our proposed method draws its power from "
            "normalizing activations, and from incorporating this normalization in the network architecture "
            "itself. Merely adding Batch Normalization to a state-of-the-art image classification model yields "
            "a substantial speedup in training. By further increasing the learning rates, removing Dropout, and "
            "applying other modifications afforded by Batch Normalization, we reach the previous state of the "
            "art with only a small fraction of training steps \u2013 and then beat the state of the art in "
            "single-network image classification."]),
    ],
    "tables": [
        {"caption": "Figure 3: For Inception and the batch-normalized variants, the number of training steps "
                    "required to reach the maximum accuracy of Inception (72.2%), and the maximum accuracy "
                    "achieved by the network.",
         "rows": [["Model", "Steps to 72.2% (millions)", "Max accuracy"],
                  ["Inception", "31.0", "72.2%"],
                  ["BN-Baseline", "13.3", "72.7%"],
                  ["BN-x5", "2.1", "73.0%"],
                  ["BN-x30", "2.7", "74.8%"],
                  ["BN-x5-Sigmoid", "", "69.8%"]]},
        {"caption": "Figure 4: Batch-Normalized Inception comparison with previous state of the art on the "
                    "provided validation set comprising 50000 images. *BN-Inception ensemble has reached 4.82% "
                    "top-5 error on the 100000 images of the test set of the ImageNet as reported by the test "
                    "server.",
         "rows": [["Model", "Crops", "Models", "Top-1 err.", "Top-5 err."],
                  ["GoogLeNet ensemble", "144", "7", "-", "6.67%"],
                  ["Deep Image ensemble", "-", "-", "-", "5.98%"],
                  ["BN-Inception single crop", "1", "1", "25.2%", "7.82%"],
                  ["BN-Inception ensemble", "144", "6", "20.1%", "4.9%*"]]},
    ],
    "references": [
        "Dean, Jeffrey, Corrado, Greg S., Monga, Rajat, et al. Large scale distributed deep networks. In NIPS, 2012.",
        "Duchi, John, Hazan, Elad, and Singer, Yoram. Adaptive subgradient methods for online learning and "
        "stochastic optimization. J. Mach. Learn. Res., 12:2121\u20132159, July 2011.",
        "He, K., Zhang, X., Ren, S., and Sun, J. Delving Deep into Rectifiers: Surpassing Human-Level "
        "Performance on ImageNet Classification. ArXiv e-prints, February 2015.",
        "LeCun, Y., Bottou, L., Bengio, Y., and Haffner, P. Gradient-based learning applied to document "
        "recognition. Proceedings of the IEEE, 86(11):2278\u20132324, November 1998a.",
        "Nair, Vinod and Hinton, Geoffrey E. Rectified linear units improve restricted Boltzmann machines. In "
        "ICML, pp. 807\u2013814. Omnipress, 2010.",
        "Russakovsky, Olga, Deng, Jia, Su, Hao, et al. ImageNet Large Scale Visual Recognition Challenge, 2014.",
        "Srivastava, Nitish, Hinton, Geoffrey, Krizhevsky, Alex, Sutskever, Ilya, and Salakhutdinov, Ruslan. "
        "Dropout: A simple way to prevent neural networks from overfitting. J. Mach. Learn. Res., "
        "15(1):1929\u20131958, January 2014.",
        "Sutskever, Ilya, Martens, James, Dahl, George E., and Hinton, Geoffrey E. On the importance of "
        "initialization and momentum in deep learning. In ICML (3), volume 28, pp. 1139\u20131147, 2013.",
        "Szegedy, Christian, Liu, Wei, Jia, Yangqing, et al. Going deeper with convolutions. CoRR, "
        "abs/1409.4842, 2014.",
        "Wu, Ren, Yan, Shengen, Shan, Yi, Dang, Qingqing, and Sun, Gang. Deep image: Scaling up image "
        "recognition, 2015.",
    ],
    "appendix": [
        ("Appendix: Variant of the Inception Model Used", [
            "The changes to the architecture compared to the GoogLeNet model include: the 5 \u00d7 5 "
            "convolutional layers are replaced by two consecutive 3 \u00d7 3 convolutional layers, which "
            "increases the maximum depth of the network by 9 weight layers and its parameter count by 25%; the "
            "number of 28 \u00d7 28 inception modules is increased from 2 to 3; inside the modules, sometimes "
            "average, sometimes maximum-pooling is employed; and there are no across-the-board pooling layers "
            "between any two Inception modules, but stride-2 convolution/pooling layers are employed before "
            "the filter concatenation in modules 3c and 4e."]),
    ],
}

TRUTH = {
    "year": 2015,
    "source": "condensed retelling of Ioffe & Szegedy, ICML 2015, written from memory",
    "task_family": "image-classification",
    "contribution": {"value": "training-method",
                     "quote": "address the problem by normalizing layer inputs",
                     "note": "a normalization layer made part of the architecture; evaluated as a means to "
                             "accelerate training"},
    "claim": {"value": "Batch Normalization lets Inception reach its accuracy (72.2% top-1 validation) with 14 times "
                       "fewer training steps and beat it (up to 74.8%); an ensemble of 6 BN-Inception networks "
                       "reaches 4.9% top-5 validation error (4.82% test), improving on the previous best "
                       "(He et al. 4.94%, GoogLeNet 6.67%) and exceeding human raters.",
              "quote": "achieves the same accuracy with 14 times fewer training steps"},
    "param_counts": [
        {"model": "Inception variant (used as baseline and as the base of BN-Inception)", "value": 13600000,
         "quote": "contains 13.6 \u00b7 10<super>6</super> parameters",
         "note": "written '13.6 · 10^6'; BN adds per-channel gamma/beta not counted"},
    ],
    "architecture": {"value": "Batch Normalization (per-activation / per-feature-map normalization with mini-batch "
                              "mean and variance, learned scale gamma and shift beta, population statistics at "
                              "inference) inserted before each nonlinearity of an Inception variant (5x5 convs "
                              "replaced by two 3x3 convs, 13.6M parameters, no FC layers except the softmax); MNIST: "
                              "3 fully connected sigmoid hidden layers of 100 units",
                     "quote": "replaced by two consecutive layers of 3 \u00d7 3 convolutions with up to 128 filters"},
    "datasets": [
        {"value": "MNIST", "quote": "predicting the digit class on the MNIST"},
        {"value": "ImageNet (ILSVRC 2012 / LSVRC2012 classification; 50,000-image validation set, test server)",
         "quote": "all trained on the LSVRC2012 training data"},
    ],
    "metrics": [
        {"value": "validation accuracy @1 (single crop, top-1)", "quote": "computing the validation accuracy"},
        {"value": "training steps to reach 72.2% accuracy", "quote": "Model Steps to 72.2% (millions) Max accuracy"},
        {"value": "top-1 and top-5 error (ImageNet validation / test server)",
         "quote": "Model Crops Models Top-1 err. Top-5 err."},
        {"value": "test accuracy (MNIST, fraction of correct predictions)",
         "quote": "shows the fraction of correct predictions by the two networks"},
    ],
    "training": {
        "mnist_mlp": {
            "steps": {"value": 50000, "quote": "We train the network for 50000 steps"},
            "batch_size": {"value": 60, "quote": "with 60 examples per mini-batch"},
        },
        "imagenet_inception_baseline": {
            "optimizer": {"value": "SGD with momentum (asynchronous, distributed)",
                          "quote": "Gradient Descent with momentum (Sutskever et al., 2013)"},
            "batch_size": {"value": 32, "quote": "using the mini-batch size of 32"},
            "learning_rate": {"value": 0.0015, "quote": "trained with the initial learning rate of 0.0015"},
            "lr_schedule": {"value": "exponential decay",
                            "quote": "learning rate was decayed exponentially"},
            "dropout": {"value": "40%", "numbers": [0.4], "quote": "vs. 40% for the original Inception"},
        },
        "imagenet_bn_x5": {
            "optimizer": {"value": "SGD with momentum", "quote": "Gradient Descent with momentum (Sutskever et al., 2013)",
                          "note": "same training set-up as Inception, with the Sec. 4.2.1 changes"},
            "batch_size": {"value": 32, "quote": "using the mini-batch size of 32"},
            "learning_rate": {"value": 0.0075, "quote": "increased by a factor of 5, to 0.0075"},
            "lr_schedule": {"value": "exponential decay, 6 times faster than Inception",
                            "numbers": [6], "quote": "we lower the learning rate 6 times faster"},
            "dropout": {"value": "none (removed)", "numbers": [], "quote": "Removing Dropout from Modified"},
            "weight_decay": {"value": "L2 weight regularization reduced by a factor of 5 relative to Inception "
                                      "(absolute value not stated)",
                             "numbers": [], "quote": "the weight of this loss is reduced by a factor of 5"},
        },
        "imagenet_bn_x30": {
            "learning_rate": {"value": 0.045, "quote": "but with the initial learning rate 0.045"},
            "batch_size": {"value": 32, "quote": "using the mini-batch size of 32"},
            "dropout": {"value": "none (as BN-x5)", "numbers": [], "quote": "Removing Dropout from Modified"},
            "steps": {"value": "74.8% reached after 6 · 10^6 steps", "numbers": [6000000],
                      "quote": "It reaches 74.8% after 6"},
        },
        "imagenet_ensemble": {
            "learning_rate": {"value": "as BN-x30 (0.045)", "numbers": [0.045],
                              "quote": "Each was based on BN-x30"},
            "dropout": {"value": "5% or 10% in some of the 6 networks", "numbers": [0.05, 0.1],
                        "quote": "probability of 5% or 10%"},
            "steps": {"value": "about 6 · 10^6 training steps per network", "numbers": [6000000],
                      "quote": "maximum accuracy after about 6"},
        },
    },
    "not_stated": ["epochs", "warmup", "momentum", "lora_rank", "lora_alpha",
                   "learning rate and optimizer of the MNIST experiment", "absolute L2 weight decay value"],
    "paper_notes": [
        "Several set-ups share one description: BN-x5/BN-x30 inherit SGD+momentum and batch 32 from the Inception "
        "paragraph and differ only by stated changes (learning rate, dropout removed, L2 /5, faster decay).",
        "Step counts in prose are written with a superscript exponent ('6 · 10^6', flattens to '6 · 106'); the "
        "steps table gives them in millions ('31.0').",
        "Dropout 40% belongs to the Inception baseline trained here; BN-x5/x30 remove dropout; the ensemble "
        "networks use 5% or 10%.",
        "Weight decay is described only relatively ('reduced by a factor of 5'), never as a number.",
        "Prior work's numbers (GoogLeNet 6.67%, He et al. 4.94%) appear in related-work and ensemble text.",
    ],
}
