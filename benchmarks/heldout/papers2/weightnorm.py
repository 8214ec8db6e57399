"""Held-out paper (batch 2): condensed retelling of Salimans & Kingma, Weight Normalization, NeurIPS 2016 (from memory)."""
PAPER = {
    "title": "Weight Normalization: A Simple Reparameterization to Accelerate Training of Deep Neural Networks",
    "authors": "Tim Salimans and Diederik P. Kingma",
    "affil": "OpenAI",
    "header": "30th Conference on Neural Information Processing Systems (NIPS 2016), Barcelona, Spain.",
    "columns": 1,
    "abstract": (
        "We present weight normalization: a reparameterization of the weight vectors in a neural network that "
        "decouples the length of those weight vectors from their direction. By reparameterizing the weights in "
        "this way we improve the conditioning of the optimization problem and we speed up convergence of "
        "stochastic gradient descent. Our reparameterization is inspired by batch normalization but does not "
        "introduce any dependencies between the examples in a minibatch. This means that our method can also "
        "be applied successfully to recurrent models such as LSTMs and to noise-sensitive applications such as "
        "deep reinforcement learning or generative models, for which batch normalization is less well suited. "
        "Although our method is much simpler, it still provides much of the speed-up of full batch "
        "normalization. In addition, the computational overhead of our method is lower, permitting more "
        "optimization steps to be taken in the same amount of time. We demonstrate the usefulness of our "
        "method on applications in supervised image recognition, generative modelling, and deep reinforcement "
        "learning."),
    "sections": [
        ("1 Introduction", [
            "Recent successes in deep learning have shown that neural networks trained by first-order gradient "
            "based optimization are capable of achieving amazing results in diverse domains. The practical "
            "success of first-order methods depends crucially on the curvature of the objective: if the "
            "condition number of the Hessian is large, optimization is slow. Improving the conditioning through "
            "the choice of parameterization is therefore an important route to faster training.",
            "In this paper we propose a simple but general method, called weight normalization, for improving "
            "the optimizability of the weights of neural network models. The method is inspired by batch "
            "normalization, but it is a deterministic method that does not share batch normalization's property "
            "of adding noise to the gradients. In addition, the overhead imposed by our method is lower: no "
            "additional memory is required and the additional computation is negligible."]),
        ("2 Weight Normalization", [
            "We consider standard artificial neural networks where the computation of each neuron consists in "
            "taking a weighted sum of input features, followed by an elementwise nonlinearity: y = φ(<b>w</b> · "
            "<b>x</b> + b), where <b>w</b> is a k-dimensional weight vector, b is a scalar bias term, <b>x</b> "
            "is a k-dimensional vector of input features and φ denotes an elementwise nonlinearity.",
            "We propose to reparameterize each weight vector <b>w</b> in terms of a parameter vector <b>v</b> "
            "and a scalar parameter g and to perform stochastic gradient descent with respect to those "
            "parameters instead: <b>w</b> = (g / ||<b>v</b>||) <b>v</b>, where <b>v</b> is a k-dimensional "
            "vector, g is a scalar, and ||<b>v</b>|| denotes the Euclidean norm of <b>v</b>. This "
            "reparameterization has the effect of fixing the Euclidean norm of the weight vector <b>w</b>: we "
            "now have ||<b>w</b>|| = g, independent of the parameters <b>v</b>.",
            "Gradients. The gradient of a loss L with respect to the new parameters is "
            "∇<sub>g</sub>L = ∇<sub>w</sub>L · <b>v</b> / ||<b>v</b>|| and ∇<sub>v</sub>L = (g/||<b>v</b>||) "
            "M<sub>w</sub> ∇<sub>w</sub>L, where M<sub>w</sub> is a projection matrix that projects onto the "
            "complement of the <b>w</b> vector. Weight normalization thus scales the weight gradient and "
            "projects it away from the current weight vector; both effects bring the covariance matrix of the "
            "gradient closer to identity and benefit optimization."]),
        ("2.1 Relation to batch normalization", [
            "An important source of inspiration for this reparameterization is batch normalization. For the "
            "special case where our network only has a single layer, and the input features <b>x</b> for that "
            "layer are whitened, batch normalization is equivalent to weight normalization. Batch normalization "
            "computes statistics over the minibatch, which adds noise and makes it unsuitable for recurrent "
            "networks, reinforcement learning and generative models; weight normalization does not."]),
        ("3 Data-Dependent Initialization of Parameters", [
            "Besides a reparameterization effect, batch normalization also has the benefit of fixing the scale "
            "of the features generated by each layer of the network. We propose to initialize the parameters "
            "with weight normalization in a data-dependent way: we sample the elements of <b>v</b> from a "
            "simple distribution with a fixed scale, here a normal distribution with mean zero and standard "
            "deviation 0.05, and before training we perform a forward pass on a single minibatch of data to "
            "set g ← 1/σ[t] and b ← −μ[t]/σ[t], where μ[t] and σ[t] are the mean and standard deviation of the "
            "pre-activation t = <b>v</b> · <b>x</b> / ||<b>v</b>||, so that all features initially have zero "
            "mean and unit variance."]),
        ("4 Mean-only Batch Normalization", [
            "Weight normalization makes the scale of neuron activations approximately independent of the "
            "parameters <b>v</b>, but unlike batch normalization it does not center the means of the "
            "activations. We therefore also explore combining weight normalization with a special version of "
            "batch normalization, which we call mean-only batch normalization: the minibatch means are "
            "subtracted as in full batch normalization, but we do not divide by the minibatch standard "
            "deviations. Mean-only batch normalization adds less noise than full batch normalization because "
            "the mean is a much less noisy statistic than the variance."]),
        ("5 Experiments", [
            "We experimentally validate the usefulness of our method using four different models for varied "
            "applications in supervised image recognition, generative modelling, and deep reinforcement "
            "learning."]),
        ("5.1 Supervised Classification: CIFAR-10", [
            "To test our reparameterization method for the application of supervised classification, we "
            "consider the CIFAR-10 data set of natural images. The model we are using is based on the "
            "ConvPool-CNN-C architecture of Springenberg et al. (2015), with some small modifications: we "
            "replace the first dropout layer by a layer that adds Gaussian noise, we expand the last hidden "
            "layer from 10 units to 192 units, and we use 2×2 max-pooling, rather than 3×3. The only "
            "hyperparameter that we actively optimized (the standard deviation of the Gaussian noise) was "
            "chosen to maximize the performance of the network on a holdout set of 10000 examples, using the "
            "standard split into training and test sets. See Table 1 for the full architecture.",
            "@TABLE:0@",
            "We train our network for CIFAR-10 using Adam for 200 epochs, with a fixed learning rate and "
            "momentum of 0.9 for the first 100 epochs. For the last 100 epochs we set the momentum to 0.5 and "
            "linearly decay the learning rate to zero. We use a minibatch size of 100. We evaluate 5 different "
            "parameterizations of the network: 1) the standard parameterization, 2) using batch normalization, "
            "3) using weight normalization, 4) using weight normalization combined with mean-only batch "
            "normalization, 5) using mean-only batch normalization with the normal parameterization. The "
            "network parameters are initialized using the scheme of Section 3 such that all cases have "
            "identical parameters starting out. For each case we pick the optimal learning rate in "
            "{0.0003, 0.001, 0.003, 0.01}. The resulting error curves during training can be found in "
            "Figure 2: both weight normalization and batch normalization provide a significant speed-up over "
            "the standard parameterization.",
            "@TABLE:1@",
            "Batch normalization makes progress per epoch fastest at the start of training, but it is slower "
            "per step in wall-clock time. Interestingly, the combination of weight normalization and mean-only "
            "batch normalization gives the best test error of 7.31%, the lowest among the models without data "
            "augmentation in Table 2."]),
        ("5.2 Generative Modelling: Convolutional VAE", [
            "Next, we test the effect of weight normalization applied to deep convolutional variational "
            "auto-encoders (CVAEs), trained on the MNIST data set of images of handwritten digits and the "
            "CIFAR-10 data set of small natural images. The encoder and decoder of the CVAE consist of "
            "ResNet blocks, and the model is trained with Adamax on the variational lower bound of the "
            "marginal log-likelihood. We compare the normal parameterization with weight normalization and "
            "data-dependent initialization: the model with weight normalization is considerably more stable "
            "in training and attains a better lower bound on the test-set log-likelihood on both datasets."]),
        ("5.3 Generative Modelling: DRAW", [
            "Next, we consider DRAW, a recurrent generative model by Gregor et al. (2015), which uses LSTM "
            "units in its encoder and decoder. We use the original implementation and apply weight "
            "normalization to the weights of the LSTM units, keeping all hyper-parameters the same. Trained "
            "on MNIST, the model with weight normalization converges considerably faster and reaches a better "
            "variational bound than the original model in the same number of epochs."]),
        ("5.4 Reinforcement Learning: DQN", [
            "Next we apply weight normalization to the problem of reinforcement learning for playing games "
            "on the Atari Learning Environment. The approach we use is the Deep Q-Network (DQN) proposed by "
            "Mnih et al. (2015). This is an application for which batch normalization is not well suited: "
            "the noise introduced by estimating the minibatch statistics destabilizes the learning process. "
            "We were not able to get batch normalization to work for DQN without using an impractically large "
            "minibatch size. In contrast, weight normalization is easy to apply in this context, as is the "
            "initialization method of Section 3. We use the Adam optimizer instead of RMSProp and evaluate on "
            "the games Breakout, Enduro, Seaquest and Space Invaders, where weight normalization improves the "
            "average score on most games over the normal parameterization."]),
        ("6 Conclusion", [
            "We have presented weight normalization, a simple reparameterization of the weight vectors in a "
            "neural network that accelerates the convergence of stochastic gradient descent optimization. "
            "Weight normalization was applied to four different models in supervised image recognition, "
            "generative modelling, and deep reinforcement learning, showing a consistent advantage across "
            "applications. The reparameterization method is easy to apply, has low computational overhead, and "
            "does not introduce dependencies between the examples in a minibatch."]),
    ],
    "tables": [
        {"caption": "Table 1: Neural network architecture for CIFAR-10.",
         "rows": [["Layer type", "# channels", "x, y dimension"],
                  ["raw RGB input", "3", "32"],
                  ["ZCA whitening", "3", "32"],
                  ["Gaussian noise σ = 0.15", "3", "32"],
                  ["3 × 3 conv leaky ReLU", "96", "32"],
                  ["3 × 3 conv leaky ReLU", "96", "32"],
                  ["3 × 3 conv leaky ReLU", "96", "32"],
                  ["2 × 2 max pool, str. 2", "96", "16"],
                  ["dropout with p = 0.5", "96", "16"],
                  ["3 × 3 conv leaky ReLU", "192", "16"],
                  ["3 × 3 conv leaky ReLU", "192", "16"],
                  ["3 × 3 conv leaky ReLU", "192", "16"],
                  ["2 × 2 max pool, str. 2", "192", "8"],
                  ["dropout with p = 0.5", "192", "8"],
                  ["3 × 3 conv leaky ReLU", "192", "6"],
                  ["1 × 1 conv leaky ReLU", "192", "6"],
                  ["1 × 1 conv leaky ReLU", "192", "6"],
                  ["global average pool", "192", "1"],
                  ["softmax output", "10", "1"]]},
        {"caption": "Table 2: Classification results on CIFAR-10 without data augmentation.",
         "rows": [["Model", "Test Error"],
                  ["Maxout (Goodfellow et al., 2013)", "11.68%"],
                  ["Network in Network (Lin et al., 2014)", "10.41%"],
                  ["Deeply Supervised (Lee et al., 2014)", "9.6%"],
                  ["ConvPool-CNN-C (Springenberg et al., 2015)", "9.31%"],
                  ["ALL-CNN-C (Springenberg et al., 2015)", "9.08%"],
                  ["our CNN, mean-only B.N.", "8.52%"],
                  ["our CNN, weight norm.", "8.46%"],
                  ["our CNN, normal param.", "8.43%"],
                  ["our CNN, batch norm.", "8.05%"],
                  ["ours, W.N. + mean-only B.N.", "7.31%"]]},
    ],
    "references": [
        "[1] S. Ioffe and C. Szegedy. Batch normalization: Accelerating deep network training by reducing "
        "internal covariate shift. ICML, 2015.",
        "[2] J. T. Springenberg, A. Dosovitskiy, T. Brox, and M. Riedmiller. Striving for simplicity: The all "
        "convolutional net. ICLR Workshop, 2015.",
        "[3] D. P. Kingma and J. Ba. Adam: A method for stochastic optimization. ICLR, 2015.",
        "[4] D. P. Kingma and M. Welling. Auto-encoding variational Bayes. ICLR, 2014.",
        "[5] K. Gregor, I. Danihelka, A. Graves, D. J. Rezende, and D. Wierstra. DRAW: A recurrent neural "
        "network for image generation. ICML, 2015.",
        "[6] V. Mnih et al. Human-level control through deep reinforcement learning. Nature, 2015.",
        "[7] I. J. Goodfellow, D. Warde-Farley, M. Mirza, A. Courville, and Y. Bengio. Maxout networks. ICML, 2013.",
        "[8] M. Lin, Q. Chen, and S. Yan. Network in network. ICLR, 2014.",
        "[9] C.-Y. Lee, S. Xie, P. Gallagher, Z. Zhang, and Z. Tu. Deeply-supervised nets. AISTATS, 2015.",
        "[10] S. Amari. Natural gradient works efficiently in learning. Neural Computation, 1998.",
    ],
}

TRUTH = {
    "year": 2016,
    "source": "condensed retelling of Salimans & Kingma, NeurIPS (NIPS) 2016, written from memory",
    "task_family": "image-classification",
    "task_note": "main supervised experiment is CIFAR-10 classification; also VAE/DRAW generative modelling and DQN",
    "contribution": {"value": "training-method",
                     "quote": "We present weight normalization: a reparameterization of the weight vectors"},
    "claim": {"value": "weight normalization speeds up SGD convergence like batch normalization without minibatch "
                       "dependencies; on CIFAR-10 WN + mean-only BN reaches 7.31% test error vs 8.43% (normal "
                       "parameterization) and 8.05% (batch norm)",
              "quote": "batch normalization gives the best test error of 7.31%"},
    "param_counts": [],
    "architecture": {"value": "ConvPool-CNN-C variant: ZCA whitening, Gaussian noise (σ=0.15), 3×(3×3 conv 96, leaky "
                              "ReLU), 2×2 max pool, dropout 0.5, 3×(3×3 conv 192), max pool, dropout 0.5, 3×3 conv "
                              "192, 2×(1×1 conv 192), global average pool, softmax 10; all weights weight-normalized",
                     "quote": "ConvPool-CNN-C architecture of Springenberg et al. (2015)"},
    "datasets": [
        {"value": "CIFAR-10 (supervised classification; also CVAE)", "quote": "consider the CIFAR-10 data set of natural images"},
        {"value": "MNIST (CVAE and DRAW)", "quote": "trained on the MNIST data set of images of handwritten digits"},
        {"value": "Atari games (Breakout, Enduro, Seaquest, Space Invaders; DQN)",
         "quote": "the games Breakout, Enduro, Seaquest and Space Invaders"},
    ],
    "metrics": [
        {"value": "test error (CIFAR-10)", "quote": "Table 2: Classification results on CIFAR-10"},
        {"value": "variational lower bound on test log-likelihood (CVAE, DRAW)",
         "quote": "attains a better lower bound on the test-set log-likelihood"},
        {"value": "average game score (DQN)", "quote": "improves the average score on most games"},
    ],
    "training": {
        "cifar10": {
            "optimizer": {"value": "Adam (momentum 0.9 for the first 100 epochs, 0.5 for the last 100)",
                          "quote": "We train our network for CIFAR-10 using Adam for 200 epochs"},
            "learning_rate": {"value": "best of {0.0003, 0.001, 0.003, 0.01} per parameterization; fixed for 100 "
                                       "epochs, then linearly decayed to zero",
                              "numbers": [0.0003, 0.001, 0.003, 0.01],
                              "quote": "For each case we pick the optimal learning rate in"},
            "lr_schedule": {"value": "constant for 100 epochs, linear decay to zero over the last 100 epochs",
                            "quote": "linearly decay the learning rate to zero"},
            "epochs": {"value": 200, "quote": "We train our network for CIFAR-10 using Adam for 200 epochs"},
            "batch_size": {"value": 100, "quote": "We use a minibatch size of 100."},
            "dropout": {"value": 0.5, "quote": "dropout with p = 0.5 96 16",
                        "note": "two dropout layers (after each max pool); first dropout of ConvPool-CNN-C replaced by Gaussian noise σ=0.15"},
            "momentum": {"value": "0.9, then 0.5 for the last 100 epochs", "numbers": [0.9, 0.5],
                         "quote": "For the last 100 epochs we set the momentum to 0.5"},
            "initialization": {"value": "data-dependent init; v ~ N(0, 0.05)", "numbers": [0.05],
                               "quote": "mean zero and standard deviation 0.05"},
        },
        "cvae": {
            "optimizer": {"value": "Adamax", "quote": "the model is trained with Adamax on the variational lower bound"},
        },
        "dqn": {
            "optimizer": {"value": "Adam (instead of RMSProp)", "quote": "We use the Adam optimizer instead of RMSProp"},
        },
    },
    "not_stated": ["weight_decay", "warmup", "steps", "lora_rank", "lora_alpha",
                   "CVAE/DRAW/DQN learning rates, batch sizes and epochs"],
    "paper_notes": [
        "Adam's beta1 is called 'momentum' (0.9, then 0.5)",
        "learning rate is a per-parameterization choice from a grid; the chosen value is not stated",
        "dropout is only in the architecture table",
        "Table 2 lists prior work's errors (Maxout, NiN, DSN, ConvPool-CNN-C, ALL-CNN-C)",
        "Table 2 numbers are from the writer's memory of the paper (fairly, not fully, confident)",
    ],
}
