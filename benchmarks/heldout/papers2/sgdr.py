"""Held-out paper (batch 2): condensed retelling of Loshchilov & Hutter, SGDR, ICLR 2017 (from memory)."""
PAPER = {
    "title": "SGDR: Stochastic Gradient Descent with Warm Restarts",
    "authors": "Ilya Loshchilov and Frank Hutter",
    "affil": "University of Freiburg, Freiburg, Germany",
    "header": "Published as a conference paper at ICLR 2017",
    "columns": 1,
    "abstract": (
        "Restart techniques are common in gradient-free optimization to deal with multimodal functions. "
        "Partial warm restarts are also gaining popularity in gradient-based optimization to improve the rate "
        "of convergence in accelerated gradient schemes to deal with ill-conditioned functions. In this paper, "
        "we propose a simple warm restart technique for stochastic gradient descent to improve its anytime "
        "performance when training deep neural networks. We empirically study its performance on the CIFAR-10 "
        "and CIFAR-100 datasets, where we demonstrate new state-of-the-art results at 3.14% and 16.21%, "
        "respectively. We also demonstrate its advantages on a dataset of EEG recordings and on a downsampled "
        "version of the ImageNet dataset."),
    "sections": [
        ("1 Introduction", [
            "Deep neural networks (DNNs) are currently the best-performing method for many classification "
            "problems, such as object recognition from images or speech recognition from audio data. Their "
            "training is most often performed with stochastic gradient descent (SGD) or one of its "
            "momentum-based variants, and the learning rate schedule is one of the most important choices the "
            "practitioner makes. The common practice is to start from a large learning rate and to decrease it "
            "by a fixed factor when the validation error stops improving or at pre-defined epochs.",
            "In gradient-free optimization, restarts are a standard way to escape from poor local optima and "
            "to deal with multimodal functions. In gradient-based optimization, warm restarts of accelerated "
            "schemes have been shown to improve the convergence rate on ill-conditioned problems. Here we "
            "transfer the idea to SGD: we periodically simulate a warm restart by increasing the learning "
            "rate, while the weights of the network are kept, and decay it again with a cosine function.",
            "Our contributions are (i) a simple and cheap warm restart schedule for SGD, which we call SGDR; "
            "(ii) an empirical study on CIFAR-10 and CIFAR-100 in which SGDR matches or improves the best "
            "known results while reaching good solutions two to four times faster than the default schedule "
            "of wide residual networks; and (iii) the observation that the models obtained just before each "
            "restart can be ensembled at no additional training cost."]),
        ("2 Related Work", [
            "Restarts in gradient-free optimization. The CMA-ES family of evolution strategies uses restarts "
            "with increasing population sizes (IPOP-CMA-ES) and is among the best solvers on the BBOB "
            "benchmark of multimodal functions.",
            "Restarts in gradient-based optimization. O'Donoghue &amp; Candès (2012) proposed adaptive restarts "
            "of Nesterov's accelerated gradient scheme, restarting the momentum whenever the objective "
            "increases; Smith (2016) proposed cyclical learning rates that vary linearly between a lower and "
            "an upper bound in a triangular policy.",
            "Learning rate schedules of residual networks. He et al. (2016) trained residual networks on "
            "CIFAR-10 with a learning rate of 0.1, divided by 10 at 32k and 48k iterations and terminated at "
            "64k iterations. The wide residual networks (WRNs) of Zagoruyko &amp; Komodakis (2016) are trained "
            "for 200 epochs with a learning rate that starts at 0.1 and is divided by 5 at epochs 60, 120 and "
            "160; this schedule is the baseline we compare against and which we call the default schedule."]),
        ("3 Stochastic Gradient Descent with Warm Restarts (SGDR)", [
            "The existing restart techniques can also be used for stochastic gradient descent if the "
            "stochasticity is taken into account. We consider one of the simplest warm restart approaches: "
            "we simulate a new warm-started run of SGD once T<sub>i</sub> epochs are performed, where i is the "
            "index of the run. Importantly, the restarts are not performed from scratch but emulated by "
            "increasing the learning rate η<sub>t</sub> while the old value of x<sub>t</sub> is used as an "
            "initial solution.",
            "Within the i-th run, we decay the learning rate with a cosine annealing for each batch as "
            "follows: η<sub>t</sub> = η<super>i</super><sub>min</sub> + ½ (η<super>i</super><sub>max</sub> − "
            "η<super>i</super><sub>min</sub>)(1 + cos(π T<sub>cur</sub> / T<sub>i</sub>)), (5) where "
            "η<super>i</super><sub>min</sub> and η<super>i</super><sub>max</sub> are ranges for the learning "
            "rate, and T<sub>cur</sub> accounts for how many epochs have been performed since the last "
            "restart. Since T<sub>cur</sub> is updated at each batch iteration t, it can take discretized "
            "values such as 0.1, 0.2, etc.",
            "In order to improve anytime performance, we suggest an option to start with an initially small "
            "T<sub>i</sub> and increase it by a factor of T<sub>mult</sub> at every restart. It might be of "
            "great interest to decrease η<super>i</super><sub>max</sub> and η<super>i</super><sub>min</sub> at "
            "every new restart; however, for the sake of simplicity, we here keep them the same for every run "
            "and set η<sub>min</sub> to 0. Because the learning rate is close to zero just before a restart, "
            "we report the performance of the network at the end of each run as our recommended solution."]),
        ("4 Experimental Results", []),
        ("4.1 Experimental Settings", [
            "We consider the problem of training Wide Residual Neural Networks (WRNs; see Zagoruyko &amp; "
            "Komodakis (2016) for details) on the CIFAR-10 and CIFAR-100 datasets. Both datasets consist of "
            "32×32 color images, with 50,000 images for training and 10,000 for testing, in 10 and 100 "
            "classes respectively. We use the same data augmentation procedure as Zagoruyko &amp; Komodakis "
            "(2016), i.e. random horizontal flips and random crops of images padded by 4 pixels on each side.",
            "For the sake of comparison, we use the same experimental settings: the network WRN-28-10, i.e. "
            "depth d = 28 and width multiplier k = 10, is trained with SGD with Nesterov's momentum of 0.9, "
            "a weight decay of 0.0005 and a batch size of 128. The default learning rate schedule starts at "
            "η<sub>0</sub> = 0.1 and divides it by 5 at epochs 60, 120 and 160, for a total budget of 200 "
            "epochs. We also run the default schedule with an initial learning rate of 0.05.",
            "For SGDR we set η<super>i</super><sub>max</sub> = 0.05 and η<super>i</super><sub>min</sub> = 0 "
            "and consider two groups of restart settings: with T<sub>mult</sub> = 1 and T<sub>0</sub> = 50, "
            "100 or 200 epochs, i.e. restarts every T<sub>0</sub> epochs, and with T<sub>mult</sub> = 2 and "
            "T<sub>0</sub> = 1 or 10, so that the period doubles after every restart. Each setting is run "
            "several times with different random seeds and we report the median test error. In order to "
            "study a larger model, we also train WRN-28-20 (k = 20) with the same hyper-parameters.",
            "@TABLE:0@"]),
        ("4.2 Single-Model Results", [
            "When the test error of WRN-28-10 is plotted along the number of epochs, it is visible that "
            "SGDR with T<sub>0</sub> = 10 and T<sub>mult</sub> = 2 reaches the test error of the default "
            "schedule after a fraction of the epochs; overall, SGDR obtains similar results in a factor of 2 "
            "to 4 fewer epochs than the default schedule, and in the longer runs it slightly improves the "
            "final error. The results are consistent on CIFAR-10 and CIFAR-100 and for both widths.",
            "@TABLE:1@",
            "Note that the anytime behaviour is the main motivation of SGDR: a good network is available "
            "at the end of every run, i.e. after 10, 30, 70 and 150 epochs with T<sub>0</sub> = 10 and "
            "T<sub>mult</sub> = 2, while with a step schedule the network is only good at the very end."]),
        ("4.3 Ensemble Results", [
            "Since the models obtained right before each restart have different weights and perform well, "
            "they can be used as an ensemble without additional training. We build ensembles of N "
            "independent runs of WRN-28-10 with M snapshots each, taken at the ends of the last M runs of "
            "SGDR. The ensembles of snapshots are consistently better than ensembles of the same number of "
            "final networks obtained by independent runs, and our best ensembles reach test errors of 3.14% "
            "on CIFAR-10 and 16.21% on CIFAR-100, a new state of the art for these datasets."]),
        ("4.4 Experiments on a Dataset of EEG Recordings", [
            "To demonstrate the generality of SGDR, we also consider the decoding of movements from "
            "electroencephalographic (EEG) recordings of 14 subjects, using the deep convolutional networks "
            "of Schirrmeister et al. (2017). We compare the default schedule of that work "
            "with SGDR at a range of budgets. SGDR with warm restarts again reaches a given "
            "error faster, and the median results of ensembles of snapshots improve over single networks."]),
        ("4.5 Preliminary Experiments on a Downsampled ImageNet Dataset", [
            "We finally consider a downsampled version of ImageNet in which all 1.28 million training images "
            "of the 1000 classes are resized to 32×32 pixels, which keeps the problem hard but makes training "
            "of WRNs affordable. We train WRN-28-10 with SGDR with T<sub>0</sub> = 10 and T<sub>mult</sub> = 2 "
            "and observe the same qualitative picture as on CIFAR: the error drops sharply at the end of "
            "each run, and the final top-1 and top-5 errors are competitive with the step schedule."]),
        ("5 Discussion", [
            "Our results suggest that even without any restarts the cosine annealing of SGDR is competitive "
            "with the step schedule, and that warm restarts make the training anytime: good networks are "
            "available at the end of every run, two to four times earlier than with the default schedule, "
            "and they can be ensembled for free. Future work should consider warm restarts for other popular "
            "training algorithms such as AdaDelta and Adam."]),
    ],
    "tables": [
        {"caption": "Table 1: Wide residual networks studied in this paper (depth 28, three groups of 4 "
                    "residual blocks each) and their number of parameters.",
         "rows": [["Network", "Depth d", "Width k", "# params"],
                  ["WRN-28-10", "28", "10", "36.5M"],
                  ["WRN-28-20", "28", "20", "145.8M"]]},
        {"caption": "Table 2: Test errors (%) on CIFAR-10 and CIFAR-100 reported in the literature and the "
                    "best SGDR ensemble. Baseline numbers are taken from the respective papers.",
         "rows": [["Method", "depth-k", "# params", "CIFAR-10", "CIFAR-100"],
                  ["original-ResNet (He et al., 2015)", "110", "1.7M", "6.43", "25.16"],
                  ["pre-act-ResNet (He et al., 2016)", "1001", "10.2M", "4.62", "22.71"],
                  ["WRN (Zagoruyko &amp; Komodakis, 2016)", "28-10", "36.5M", "4.17", "20.50"],
                  ["WRN with dropout (Zagoruyko &amp; Komodakis, 2016)", "28-10", "36.5M", "3.89", "18.85"],
                  ["SGDR ensemble of snapshots (ours)", "28-10", "N × 36.5M", "3.14", "16.21"]]},
    ],
    "references": [
        "[1] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. arXiv:1512.03385, 2015.",
        "[2] K. He, X. Zhang, S. Ren, and J. Sun. Identity mappings in deep residual networks. arXiv:1603.05027, 2016.",
        "[3] B. O'Donoghue and E. Candès. Adaptive restart for accelerated gradient schemes. Foundations of "
        "Computational Mathematics, 2012.",
        "[4] L. N. Smith. Cyclical learning rates for training neural networks. arXiv:1506.01186, 2016.",
        "[5] S. Zagoruyko and N. Komodakis. Wide residual networks. arXiv:1605.07146, 2016.",
        "[6] N. Hansen. Benchmarking a BI-population CMA-ES on the BBOB-2009 function testbed. GECCO, 2009.",
        "[7] R. T. Schirrmeister, J. T. Springenberg, L. D. J. Fiederer, M. Glasstetter, K. Eggensperger, "
        "M. Tangermann, F. Hutter, W. Burgard, and T. Ball. Deep learning with convolutional neural networks "
        "for brain mapping and decoding of movement-related information from the human EEG. arXiv:1703.05051, 2017.",
        "[8] A. Krizhevsky. Learning multiple layers of features from tiny images. Technical report, 2009.",
        "[9] P. Chrabaszcz, I. Loshchilov, and F. Hutter. A downsampled variant of ImageNet as an alternative "
        "to the CIFAR datasets. arXiv:1707.08819, 2017.",
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of Loshchilov & Hutter, ICLR 2017, written from memory",
    "task_family": "image-classification",
    "contribution": {"value": "training-method",
                     "quote": "we propose a simple warm restart technique for stochastic gradient descent"},
    "claim": {"value": "SGD with warm restarts (cosine annealing restarted every T_i epochs) reaches the results "
                       "of the default step schedule of wide residual networks 2-4x faster and, as ensembles of "
                       "snapshots, new state-of-the-art test errors of 3.14% (CIFAR-10) and 16.21% (CIFAR-100), "
                       "vs 3.89%/18.85% for WRN-28-10 with dropout",
              "quote": "where we demonstrate new state-of-the-art results at 3.14% and 16.21%"},
    "param_counts": [
        {"model": "WRN-28-10", "value": 36500000, "quote": "WRN-28-10 28 10 36.5M"},
        {"model": "WRN-28-20", "value": 145800000, "quote": "WRN-28-20 28 20 145.8M"},
    ],
    "architecture": {"value": "Wide residual networks WRN-28-10 (depth 28, width multiplier 10) and WRN-28-20; "
                              "the contribution is the learning-rate schedule, not the network",
                     "quote": "depth d = 28 and width multiplier k = 10"},
    "datasets": [
        {"value": "CIFAR-10 (50,000 train / 10,000 test, 32×32, 10 classes)",
         "quote": "with 50,000 images for training and 10,000 for testing"},
        {"value": "CIFAR-100 (50,000 train / 10,000 test, 100 classes)",
         "quote": "on the CIFAR-10 and CIFAR-100 datasets. Both datasets"},
        {"value": "EEG recordings of 14 subjects (movement decoding; Schirrmeister et al.)",
         "quote": "electroencephalographic (EEG) recordings of 14 subjects"},
        {"value": "downsampled ImageNet (32×32, 1000 classes, 1.28M training images)",
         "quote": "of the 1000 classes are resized to 32×32 pixels"},
    ],
    "metrics": [
        {"value": "test error (%) (median over runs)", "quote": "several times with different random seeds and we report the median test error"},
        {"value": "top-1 and top-5 error (downsampled ImageNet)", "quote": "the final top-1 and top-5 errors"},
    ],
    "training": {
        "cifar_sgdr": {
            "optimizer": {"value": "SGD with Nesterov momentum 0.9",
                          "quote": "is trained with SGD with Nesterov's momentum of 0.9"},
            "learning_rate": {"value": "eta_max = 0.05, eta_min = 0, cosine annealing with warm restarts",
                              "numbers": [0.05, 0],
                              "quote": "For SGDR we set ηimax = 0.05 and ηimin = 0"},
            "lr_schedule": {"value": "cosine annealing within each run, restarts with T_mult = 1 (T_0 = 50, 100, 200) "
                                     "or T_mult = 2 (T_0 = 1, 10)",
                            "quote": "and consider two groups of restart settings"},
            "batch_size": {"value": 128, "quote": "a weight decay of 0.0005 and a batch size of 128"},
            "weight_decay": {"value": 0.0005, "quote": "a weight decay of 0.0005 and a batch size of 128"},
            "momentum": {"value": 0.9, "quote": "is trained with SGD with Nesterov's momentum of 0.9"},
            "augmentation": {"value": "random horizontal flips, random crops of 4-pixel padded images",
                             "quote": "random crops of images padded by 4 pixels on each side"},
        },
        "cifar_default_baseline": {
            "optimizer": {"value": "SGD with Nesterov momentum 0.9",
                          "quote": "is trained with SGD with Nesterov's momentum of 0.9"},
            "learning_rate": {"value": "0.1 (also 0.05), divided by 5 at epochs 60, 120, 160",
                              "numbers": [0.1, 0.05],
                              "quote": "The default learning rate schedule starts at",
                              "note": "the paper re-runs the WRN default schedule as its comparison baseline"},
            "epochs": {"value": 200, "quote": "for a total budget of 200 epochs"},
            "batch_size": {"value": 128, "quote": "a weight decay of 0.0005 and a batch size of 128"},
            "weight_decay": {"value": 0.0005, "quote": "a weight decay of 0.0005 and a batch size of 128"},
        },
    },
    "not_stated": ["dropout", "warmup", "steps", "epochs of SGDR runs (budget depends on T_0/T_mult)",
                   "EEG and downsampled-ImageNet training hyper-parameters", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "related work restates He et al.'s CIFAR schedule (0.1, /10 at 32k and 48k, 64k iterations) and the WRN "
        "schedule (200 epochs, 0.1 divided by 5 at 60/120/160); the latter is re-run as the paper's baseline",
        "SGDR learning rate is given as η^i_max / η^i_min with sub/superscripts",
        "Table 2 baseline numbers are prior work's; single-model SGDR error numbers left out (writer unsure of them)",
    ],
}
