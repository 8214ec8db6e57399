"""Held-out paper: Loshchilov & Hutter 2019 (ICLR), Decoupled Weight Decay Regularization — condensed retelling
written from memory."""
PAPER = {
    "title": "Decoupled Weight Decay Regularization",
    "authors": "Ilya Loshchilov and Frank Hutter",
    "affil": "University of Freiburg, Freiburg, Germany",
    "header": "Published as a conference paper at ICLR 2019",
    "columns": 1,
    "abstract": (
        "L<sub>2</sub> regularization and weight decay regularization are equivalent for standard stochastic "
        "gradient descent (when rescaled by the learning rate), but as we demonstrate this is <i>not</i> the "
        "case for adaptive gradient algorithms, such as Adam. While common implementations of these algorithms "
        "employ L<sub>2</sub> regularization (often calling it \u201cweight decay\u201d in what may be misleading due "
        "to the inequivalence we expose), we propose a simple modification to recover the original formulation "
        "of weight decay regularization by <i>decoupling</i> the weight decay from the optimization steps taken "
        "w.r.t. the loss function. We provide empirical evidence that our proposed modification (i) decouples "
        "the optimal choice of weight decay factor from the setting of the learning rate for both standard SGD "
        "and Adam and (ii) substantially improves Adam\u2019s generalization performance, allowing it to compete "
        "with SGD with momentum on image classification datasets (on which it was previously typically "
        "outperformed by the latter). Our proposed decoupled weight decay has already been adopted by many "
        "researchers, and the community has implemented it in TensorFlow and PyTorch."),
    "sections": [
        ("1 Introduction", [
            "Adaptive gradient methods, such as AdaGrad (Duchi et al., 2011), RMSProp (Tieleman & Hinton, "
            "2012), Adam (Kingma & Ba, 2014) and most recently AMSGrad (Reddi et al., 2018) have become a "
            "default method of choice for training feed-forward and recurrent neural networks. Nevertheless, "
            "state-of-the-art results for popular image classification datasets, such as CIFAR-10 and "
            "CIFAR-100 (Krizhevsky, 2009), are still obtained by applying SGD with momentum (Gastaldi, 2017; "
            "Cubuk et al., 2018). Furthermore, Wilson et al. (2017) suggested that adaptive gradient methods do "
            "not generalize as well as SGD with momentum when tested on a diverse set of deep learning tasks, "
            "such as image classification, character-level language modeling and constituency parsing.",
            "In this paper, we investigate whether it is better to use L<sub>2</sub> regularization or weight "
            "decay regularization to train deep neural networks with SGD and Adam. We show that a major factor "
            "of the poor generalization of the most popular adaptive gradient method, Adam, is due to the fact "
            "that L<sub>2</sub> regularization is not nearly as effective for it as for SGD. Specifically, our "
            "analysis of Adam leads to the following observations: <b>L<sub>2</sub> regularization and weight "
            "decay are not identical.</b> The two techniques can be made equivalent for SGD by a "
            "reparameterization of the weight decay factor based on the learning rate; however, this is not "
            "the case for Adam. <b>L<sub>2</sub> regularization is not effective in Adam.</b> One possible "
            "explanation why Adam and other adaptive gradient methods might be outperformed by SGD with "
            "momentum is that common deep learning libraries only implement L<sub>2</sub> regularization, not "
            "the original weight decay. <b>Weight decay is equally effective in both SGD and Adam.</b> "
            "<b>Optimal weight decay depends on the total number of batch passes/weight updates.</b> <b>Adam "
            "can substantially benefit from a scheduled learning rate multiplier.</b> The fact that Adam is an "
            "adaptive gradient algorithm and as such adapts the learning rate for each parameter does not rule "
            "out the possibility to substantially improve its performance by using a global learning rate "
            "multiplier, scheduled, e.g., by cosine annealing.",
            "The main contribution of this paper is to improve regularization in Adam by decoupling the weight "
            "decay from the gradient-based update. In a comprehensive analysis, we show that Adam generalizes "
            "substantially better with decoupled weight decay than with L<sub>2</sub> regularization, achieving "
            "15% relative improvement in test error; this holds true for various image recognition datasets "
            "(CIFAR-10 and ImageNet32x32), training budgets (ranging from 100 to 1800 epochs), and learning "
            "rate schedules (fixed, drop-step, and cosine annealing)."]),
        ("2 Decoupling the Weight Decay from the Gradient-Based Update", [
            "In the weight decay described by Hanson & Pratt (1988), the weights \u03b8 decay exponentially as "
            "\u03b8<sub>t+1</sub> = (1 \u2212 \u03bb)\u03b8<sub>t</sub> \u2212 \u03b1\u2207<i>f<sub>t</sub></i>(\u03b8<sub>t</sub>), "
            "where \u03bb defines the rate of the weight decay per step and \u2207<i>f<sub>t</sub></i>(\u03b8<sub>t</sub>) "
            "is the <i>t</i>-th batch gradient to be multiplied by a learning rate \u03b1. For standard SGD, it "
            "is equivalent to standard L<sub>2</sub> regularization.",
            "<b>Proposition 1</b> (Weight decay = L<sub>2</sub> reg for standard SGD). Standard SGD with base "
            "learning rate \u03b1 executes the same steps on batch loss functions <i>f<sub>t</sub></i>(\u03b8) "
            "with weight decay \u03bb as it executes without weight decay on "
            "<i>f</i><super>reg</super><sub>t</sub>(\u03b8) = <i>f<sub>t</sub></i>(\u03b8) + (\u03bb\u2032/2)||\u03b8||"
            "<super>2</super><sub>2</sub>, with \u03bb\u2032 = \u03bb/\u03b1.",
            "<b>Proposition 2</b> (Weight decay \u2260 L<sub>2</sub> reg for adaptive gradients). Let <i>O</i> denote "
            "an optimizer that has iterates \u03b8<sub>t+1</sub> \u2190 \u03b8<sub>t</sub> \u2212 \u03b1M<sub>t</sub>"
            "\u2207<i>f<sub>t</sub></i>(\u03b8<sub>t</sub>) when run on batch loss function <i>f<sub>t</sub></i>(\u03b8) "
            "without weight decay, and \u03b8<sub>t+1</sub> \u2190 (1 \u2212 \u03bb)\u03b8<sub>t</sub> \u2212 "
            "\u03b1M<sub>t</sub>\u2207<i>f<sub>t</sub></i>(\u03b8<sub>t</sub>) when run with weight decay, respectively, "
            "with M<sub>t</sub> \u2260 <i>k</i>I (where <i>k</i> \u2208 <b>R</b>). Then, for <i>O</i> there exists no "
            "L<sub>2</sub> coefficient \u03bb\u2032 such that running <i>O</i> on batch loss "
            "<i>f</i><super>reg</super><sub>t</sub> without weight decay is equivalent to running <i>O</i> on "
            "<i>f<sub>t</sub></i> with decay \u03bb \u2208 <b>R</b><super>+</super>.",
            "With L<sub>2</sub> regularization in Adam, weights that tend to have large gradients do not get "
            "regularized as much as they would with decoupled weight decay, since the gradient of the "
            "regularizer gets scaled along with the gradient of <i>f</i>. We therefore propose SGDW "
            "(Algorithm 1) and AdamW (Algorithm 2), which apply the weight decay in the final parameter update "
            "step, simultaneously with the gradient step, and scale both by the schedule multiplier "
            "\u03b7<sub>t</sub>.",
            "<b>Algorithm 1</b> SGD with L<sub>2</sub> regularization and SGD with decoupled weight decay "
            "(SGDW). 1: <b>given</b> initial learning rate \u03b1 \u2208 <b>R</b>, momentum factor \u03b2<sub>1</sub> "
            "\u2208 <b>R</b>, weight decay/L<sub>2</sub> regularization factor \u03bb \u2208 <b>R</b>; 2\u20135: sample a "
            "mini-batch, compute \u2207<i>f<sub>t</sub></i>(\u03b8<sub>t\u22121</sub>) [+ \u03bb\u03b8<sub>t\u22121</sub> for "
            "L<sub>2</sub>], select the schedule multiplier \u03b7<sub>t</sub>; 6: <b>m</b><sub>t</sub> \u2190 "
            "\u03b2<sub>1</sub><b>m</b><sub>t\u22121</sub> + \u03b7<sub>t</sub>\u03b1<b>g</b><sub>t</sub>; 7: \u03b8<sub>t</sub> "
            "\u2190 \u03b8<sub>t\u22121</sub> \u2212 <b>m</b><sub>t</sub> [\u2212 \u03b7<sub>t</sub>\u03bb\u03b8<sub>t\u22121</sub> "
            "for SGDW].",
            "<b>Algorithm 2</b> Adam with L<sub>2</sub> regularization and Adam with decoupled weight decay "
            "(AdamW). 1: <b>given</b> \u03b1 = 0.001, \u03b2<sub>1</sub> = 0.9, \u03b2<sub>2</sub> = 0.999, "
            "\u03b5 = 10<super>\u22128</super>, \u03bb \u2208 <b>R</b>; 2: <b>initialize</b> time step <i>t</i> \u2190 0, "
            "parameter vector \u03b8<sub>t=0</sub>, first moment vector <b>m</b><sub>t=0</sub> \u2190 0, second "
            "moment vector <b>v</b><sub>t=0</sub> \u2190 0, schedule multiplier \u03b7<sub>t=0</sub>; 3\u201311: "
            "compute the bias-corrected moments <b>m\u02c6</b><sub>t</sub> and <b>v\u02c6</b><sub>t</sub> as in Adam; "
            "12: \u03b8<sub>t</sub> \u2190 \u03b8<sub>t\u22121</sub> \u2212 \u03b7<sub>t</sub>(\u03b1<b>m\u02c6</b><sub>t</sub> / "
            "(\u221a<b>v\u02c6</b><sub>t</sub> + \u03b5) [+ \u03bb\u03b8<sub>t\u22121</sub> for AdamW])."]),
        ("3 Justification of Decoupled Weight Decay via a View of Adaptive Gradient Methods as Bayesian Filtering", [
            "We now discuss a justification of decoupled weight decay in the framework of Bayesian filtering "
            "for a unified theory of adaptive gradient algorithms due to Aitchison (2018). In this framework, "
            "shrinking the parameters towards zero is most naturally done by decoupled weight decay rather "
            "than by adding an L<sub>2</sub> term to the gradient that is then rescaled by the preconditioner."]),
        ("4 Experimental Validation", [
            "We now evaluate the performance of decoupled weight decay under various training budgets and "
            "learning rate schedules. Our experimental setup follows that of Gastaldi (2017), who proposed, in "
            "addition to L<sub>2</sub> regularization, to apply the new Shake-Shake regularization to a 3-branch "
            "residual DNN that allowed to achieve new state-of-the-art results of 2.86% on the CIFAR-10 dataset "
            "(Krizhevsky, 2009). We used the same model/source code based on fb.resnet.torch. We always used a "
            "batch size of 128 and applied the regular data augmentation procedure for the CIFAR datasets. The "
            "base networks are a 26 2x64d ResNet (i.e. the network has a depth of 26, 2 residual branches and "
            "the first residual block has a width of 64) and a 26 2x96d ResNet. For a detailed description of "
            "the network and the Shake-Shake method, we refer the interested reader to Gastaldi (2017).",
            "We also perform experiments on the ImageNet32x32 dataset (Chrabaszcz et al., 2017), a downsampled "
            "version of the original ImageNet dataset with 1.2 million 32\u00d732 pixels images."]),
        ("4.1 Evaluating Decoupled Weight Decay with Different Learning Rate Schedules", [
            "In our first experiment, we compare Adam with L<sub>2</sub> regularization to Adam with decoupled "
            "weight decay (AdamW), using three different learning rate schedules: a fixed learning rate, a "
            "drop-step schedule, and a cosine annealing schedule. Since Adam already adapts its "
            "parameterwise learning rates, it is not as common to use a learning rate multiplier schedule with "
            "it as it is with SGD, but as our results show such schedules can substantially improve Adam\u2019s "
            "performance, and we advocate not to overlook their use for adaptive gradient algorithms.",
            "For each learning rate schedule and weight decay variant, we trained a 2x64d ResNet for 100 "
            "epochs, using different settings of the initial learning rate \u03b1 and the weight decay factor "
            "\u03bb.",
            "Figure 1: Adam performs better with decoupled weight decay (bottom row, AdamW) than with "
            "L<sub>2</sub> regularization (top row, Adam). We show the final test error of a 26 2x64d ResNet on "
            "CIFAR-10 after 100 epochs of training with fixed learning rate (left column), step-drop learning "
            "rate (with drops at epoch indexes 30, 60 and 80, middle column) and cosine annealing (right "
            "column). AdamW leads to a more separable hyperparameter search space, especially when a learning "
            "rate schedule, such as step-drop and cosine annealing is applied. Cosine annealing yields clearly "
            "superior results.",
            "Decoupled weight decay gives lower test error than L<sub>2</sub> regularization for all three "
            "learning rate schedules, and the best results are obtained with cosine annealing."]),
        ("4.2 Decoupling the Weight Decay and Initial Learning Rate Parameters", [
            "In order to verify our hypothesis about the coupling of \u03b1 and \u03bb, in Figure 2 we compare the "
            "performance of L<sub>2</sub> regularization vs. decoupled weight decay in SGD (SGD vs. SGDW, top "
            "row) and in Adam (Adam vs. AdamW, bottom row). In SGD, L<sub>2</sub> regularization is not "
            "decoupled from the learning rate (the common way as described in Algorithm 1), and the figure "
            "clearly shows that the basin of best hyperparameter settings is strongly coupled. In contrast, "
            "SGDW decouples the optimal settings of the two, which we argue makes the hyperparameter search "
            "much easier: one can search over the learning rate with a fixed weight decay factor and vice "
            "versa. The same holds for Adam and AdamW. All runs in Figure 2 use the 26 2x64d ResNet, 100 "
            "epochs and cosine annealing of the schedule multiplier."]),
        ("4.3 Better Generalization of AdamW", [
            "While the previous experiments suggested that the basin of optimal hyperparameters of AdamW is "
            "broader and deeper than the one of Adam, we next investigated the results for much longer runs of "
            "1800 epochs to compare the generalization capabilities of AdamW and Adam. We fixed the initial "
            "learning rate to 0.001 which represents both the default learning rate for Adam and the one which "
            "showed reasonably good results in our experiments. We then ran experiments with the 26 2x96d "
            "ResNet and cosine annealing, varying the normalized weight decay.",
            "Figure 3: Learning curves (top row) and generalization results (bottom row) obtained by a 26 "
            "2x96d ResNet trained with Adam and AdamW on CIFAR-10. AdamW with the best weight decay setting "
            "reaches a lower test error than Adam with its best L<sub>2</sub> setting, although their training "
            "losses are comparable.",
            "Adam and AdamW achieve similar training loss, yet AdamW obtains substantially better test error, "
            "which suggests that the improvement is due to better generalization rather than better "
            "optimization."]),
        ("4.4 AdamWR with Warm Restarts for Better Anytime Performance", [
            "In order to improve the anytime performance of SGDW and AdamW, we extended them with the warm "
            "restarts we introduced in Loshchilov & Hutter (2016), to obtain SGDWR and AdamWR. As Figure 4 "
            "shows, AdamWR greatly improved the anytime performance of AdamW on CIFAR-10 and on "
            "ImageNet32x32.",
            "Figure 4: Top-1 test error on CIFAR-10 (left) and Top-5 test error on ImageNet32x32 (right) of "
            "SGDWR and AdamWR with normalized weight decay.",
            "Overall, AdamW(R) closes most of the gap to SGDW(R) on these image classification benchmarks, "
            "showing that with decoupled weight decay Adam becomes competitive with SGD with momentum."]),
        ("5 Conclusion and Future Work", [
            "Following suggestions that adaptive gradient methods such as Adam might lead to worse "
            "generalization than SGD with momentum (Wilson et al., 2017), we identified and exposed the "
            "inequivalence of L<sub>2</sub> regularization and weight decay for Adam. We empirically showed "
            "that our version of Adam with decoupled weight decay yields substantially better generalization "
            "performance than the common implementation of Adam with L<sub>2</sub> regularization. We also "
            "proposed to use warm restarts for Adam to improve its anytime performance. Our results obtained "
            "on image classification datasets must be verified on a wider range of tasks, especially ones "
            "where the use of regularization is expected to be important."]),
    ],
    "appendix": [
        ("Appendix: Normalized Weight Decay and Adam with Warm Restarts", [
            "Our preliminary experiments showed that different weight decay factors are optimal for different "
            "computational budgets (defined in terms of the number of batch passes). To reduce this dependence "
            "we propose to parameterize the weight decay as \u03bb = \u03bb<sub>norm</sub>\u221a(<i>b</i>/(<i>BT</i>)), "
            "where <i>b</i> is the batch size, <i>B</i> is the total number of training points and <i>T</i> is "
            "the total number of epochs. Thus, \u03bb<sub>norm</sub> can be interpreted as the weight decay used "
            "if only one batch pass is allowed.",
            "Following Loshchilov & Hutter (2016), who introduced SGD with warm restarts (SGDR), we use cosine "
            "annealing of the schedule multiplier: \u03b7<sub>t</sub> = \u03b7<super>(i)</super><sub>min</sub> + "
            "0.5(\u03b7<super>(i)</super><sub>max</sub> \u2212 \u03b7<super>(i)</super><sub>min</sub>)(1 + "
            "cos(\u03c0<i>T</i><sub>cur</sub>/<i>T<sub>i</sub></i>)), where <i>T</i><sub>cur</sub> is the number "
            "of epochs performed since the last restart and <i>T<sub>i</sub></i> is the length of the "
            "<i>i</i>-th run. Applying warm restarts to AdamW gives AdamWR, and to SGDW gives SGDWR. SGDR itself "
            "reported test errors of 3.14% on CIFAR-10 and 16.21% on CIFAR-100 with wide residual networks."]),
    ],
    "references": [
        "Xavier Gastaldi. Shake-shake regularization. arXiv preprint arXiv:1705.07485, 2017.",
        "Patryk Chrabaszcz, Ilya Loshchilov, and Frank Hutter. A downsampled variant of ImageNet as an "
        "alternative to the CIFAR datasets. arXiv:1707.08819, 2017.",
        "Ekin D. Cubuk, Barret Zoph, Dandelion Mane, Vijay Vasudevan, and Quoc V. Le. AutoAugment: Learning "
        "augmentation policies from data. arXiv preprint arXiv:1805.09501, 2018.",
        "John Duchi, Elad Hazan, and Yoram Singer. Adaptive subgradient methods for online learning and "
        "stochastic optimization. JMLR, 12:2121\u20132159, 2011.",
        "Stephen Jos\u00e9 Hanson and Lorien Y. Pratt. Comparing biases for minimal network construction with "
        "back-propagation. In NIPS, pp. 177\u2013185, 1988.",
        "Diederik Kingma and Jimmy Ba. Adam: A method for stochastic optimization. arXiv:1412.6980, 2014.",
        "Alex Krizhevsky. Learning multiple layers of features from tiny images. 2009.",
        "Laurence Aitchison. A unified theory of adaptive stochastic gradient descent as Bayesian filtering. "
        "arXiv:1807.07540, 2018.",
        "Ilya Loshchilov and Frank Hutter. SGDR: stochastic gradient descent with warm restarts. "
        "arXiv:1608.03983, 2016.",
        "Sashank J. Reddi, Satyen Kale, and Sanjiv Kumar. On the convergence of Adam and beyond. In ICLR, 2018.",
        "Ashia C. Wilson, Rebecca Roelofs, Mitchell Stern, Nati Srebro, and Benjamin Recht. The marginal value "
        "of adaptive gradient methods in machine learning. arXiv:1705.08292, 2017.",
    ],
}

TRUTH = {
    "year": 2019,
    "source": "condensed retelling of Loshchilov & Hutter, ICLR 2019, written from memory",
    "task_family": "image-classification",
    "task_note": "optimizer / regularization paper; all experiments are image classification (CIFAR-10, ImageNet32x32)",
    "contribution": {"value": "training-method",
                     "quote": "by decoupling the weight decay from the gradient-based update"},
    "claim": {"value": "Decoupling weight decay from the gradient update (AdamW, SGDW) makes the optimal weight decay "
                       "independent of the learning rate and substantially improves Adam's generalization over Adam "
                       "with L2 regularization (15% relative test-error improvement), letting it compete with SGD "
                       "with momentum on image classification (CIFAR-10, ImageNet32x32).",
              "quote": "achieving 15% relative improvement in test error"},
    "param_counts": [],
    "architecture": {"value": "Shake-Shake regularized 3-branch residual networks of Gastaldi (2017): 26 2x64d ResNet "
                              "(depth 26, 2 residual branches, first block width 64) and 26 2x96d ResNet; the "
                              "contribution itself is the optimizer update (SGDW / AdamW)",
                     "quote": "the first residual block has a width of 64"},
    "datasets": [
        {"value": "CIFAR-10", "quote": "applied the regular data augmentation procedure for the CIFAR datasets"},
        {"value": "ImageNet32x32 (downsampled ImageNet, 1.2M 32x32 images)",
         "quote": "version of the original ImageNet dataset with 1.2 million"},
    ],
    "metrics": [
        {"value": "top-1 test error (CIFAR-10)", "quote": "Figure 4: Top-1 test error on CIFAR-10 (left)"},
        {"value": "top-5 test error (ImageNet32x32)", "quote": "Top-5 test error on ImageNet32x32 (right)"},
        {"value": "training loss (learning curves)", "quote": "Learning curves (top row) and generalization results"},
    ],
    "training": {
        "adamw_defaults": {
            "optimizer": {"value": "AdamW (Adam with decoupled weight decay)",
                          "quote": "Adam with L2 regularization and Adam with decoupled weight decay"},
            "learning_rate": {"value": "alpha = 0.001", "numbers": [0.001], "quote": "given \u03b1 = 0.001"},
            "beta1": {"value": 0.9, "quote": "\u03b21 = 0.9, \u03b22 = 0.999"},
            "beta2": {"value": 0.999, "quote": "\u03b21 = 0.9, \u03b22 = 0.999"},
            "epsilon": {"value": 1e-08, "quote": "\u03b5 = 10\u22128"},
        },
        "cifar10_2x64d_schedules": {
            "optimizer": {"value": "Adam vs AdamW (Sec. 4.1); SGD vs SGDW and Adam vs AdamW (Sec. 4.2)",
                          "quote": "we compare Adam with L2 regularization to Adam with decoupled"},
            "batch_size": {"value": 128, "quote": "We always used a batch size of 128"},
            "epochs": {"value": 100, "quote": "we trained a 2x64d ResNet for 100 epochs"},
            "learning_rate": {"value": "grid over the initial learning rate alpha (values not listed)", "numbers": [],
                              "quote": "using different settings of the initial learning rate"},
            "weight_decay": {"value": "grid over the weight decay factor lambda (values not listed)", "numbers": [],
                             "quote": "using different settings of the initial learning rate"},
            "lr_schedule": {"value": "fixed; step-drop at epochs 30, 60 and 80; cosine annealing",
                            "numbers": [30, 60, 80], "quote": "with drops at epoch indexes 30, 60 and 80"},
        },
        "cifar10_2x96d_long": {
            "optimizer": {"value": "Adam vs AdamW", "quote": "ResNet trained with Adam and AdamW on CIFAR-10"},
            "batch_size": {"value": 128, "quote": "We always used a batch size of 128"},
            "learning_rate": {"value": 0.001, "quote": "We fixed the initial learning rate to 0.001"},
            "epochs": {"value": 1800, "quote": "much longer runs of 1800 epochs"},
            "lr_schedule": {"value": "cosine annealing", "quote": "ResNet and cosine annealing, varying the normalized"},
            "weight_decay": {"value": "normalized weight decay varied (values not listed)", "numbers": [],
                             "quote": "ResNet and cosine annealing, varying the normalized"},
        },
        "warm_restarts_cifar10_imagenet32": {
            "optimizer": {"value": "SGDWR and AdamWR (warm restarts)", "quote": "to obtain SGDWR and AdamWR"},
            "lr_schedule": {"value": "cosine annealing of the schedule multiplier with warm restarts (SGDR)",
                            "quote": "Applying warm restarts to AdamW gives AdamWR"},
        },
    },
    "not_stated": ["dropout", "warmup", "steps", "momentum", "lora_rank", "lora_alpha",
                   "ImageNet32x32 batch size, epochs and architecture"],
    "paper_notes": [
        "Warm RESTARTS (SGDR/AdamWR) are not a learning-rate warmup: warmup is not stated.",
        "Algorithm 2 gives Adam's default hyper-parameters (alpha = 0.001, betas, eps = 10^-8 with superscript minus); "
        "the only experiment with a fixed learning rate is Sec. 4.3 (0.001).",
        "Weight decay and learning rate are swept over grids shown in figures; no single value is stated.",
        "Related work restates prior results (Shake-Shake 2.86% on CIFAR-10, SGDR 3.14%) that are not this paper's runs.",
        "The normalized weight decay formula lambda = lambda_norm sqrt(b/(BT)) involves batch size and epochs symbolically.",
    ],
}
