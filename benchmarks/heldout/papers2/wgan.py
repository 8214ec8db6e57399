"""Wasserstein GAN (Arjovsky, Chintala & Bottou, 2017): condensed retelling written from memory."""

PAPER = {
    "title": "Wasserstein GAN",
    "authors": "Martin Arjovsky, Soumith Chintala and Léon Bottou",
    "affil": "Courant Institute of Mathematical Sciences · Facebook AI Research",
    "header": "arXiv:1701.07875",
    "columns": 1,
    "abstract": (
        "We introduce a new algorithm named WGAN, an alternative to traditional GAN training. In this new "
        "model, we show that we can improve the stability of learning, get rid of problems like mode collapse, "
        "and provide meaningful learning curves useful for debugging and hyperparameter searches. Furthermore, "
        "we show that the corresponding optimization problem is sound, and provide extensive theoretical work "
        "highlighting the deep connections to other distances between distributions."),
    "sections": [
        ("1 Introduction", [
            "The problem this paper is concerned with is that of unsupervised learning. Mainly, what does it mean "
            "to learn a probability distribution? The classical answer to this is to learn a probability density. "
            "This is often done by defining a parametric family of densities (P<sub>θ</sub>) and finding the one "
            "that maximized the likelihood on our data. If the real data distribution P<sub>r</sub> admits a "
            "density and P<sub>θ</sub> is the distribution of the parametrized density, then, asymptotically, "
            "this amounts to minimizing the Kullback-Leibler divergence KL(P<sub>r</sub> || P<sub>θ</sub>). For "
            "this to make sense we need the model density to exist, which is not the case in the rather common "
            "situation where we are dealing with distributions supported by low dimensional manifolds.",
            "Rather than estimating the density of P<sub>r</sub>, we can define a random variable Z with a fixed "
            "distribution p(z) and pass it through a parametric function g<sub>θ</sub> : Z → X (typically a "
            "neural network) that directly generates samples following a certain distribution P<sub>θ</sub>. "
            "Variational Auto-Encoders (VAEs) and Generative Adversarial Networks (GANs) are well known examples "
            "of this approach. GANs offer much more flexibility in the definition of the objective function, "
            "including Jensen-Shannon and all f-divergences. On the other hand, training GANs is well known for "
            "being delicate and unstable.",
            "In this paper, we direct our attention on the various ways to measure how close the model "
            "distribution and the real distribution are. The contributions of this paper are: in Section 2, we "
            "provide a comprehensive theoretical analysis of how the Earth Mover (EM) distance behaves in "
            "comparison to popular probability distances and divergences used in the context of learning "
            "distributions; in Section 3, we define a form of GAN called Wasserstein-GAN that minimizes a "
            "reasonable and efficient approximation of the EM distance, and we theoretically show that the "
            "corresponding optimization problem is sound; in Section 4, we empirically show that WGANs cure the "
            "main training problems of GANs. In particular, training WGANs does not require maintaining a "
            "careful balance in training of the discriminator and the generator, and does not require a careful "
            "design of the network architecture either."]),
        ("2 Different Distances", [
            "We now introduce the Total Variation (TV) distance, the Kullback-Leibler (KL) divergence, the "
            "Jensen-Shannon (JS) divergence, and the Earth-Mover (EM) distance or Wasserstein-1, "
            "W(P<sub>r</sub>, P<sub>g</sub>) = inf<sub>γ∈Π(P<sub>r</sub>,P<sub>g</sub>)</sub> "
            "E<sub>(x,y)∼γ</sub>[||x − y||], where Π(P<sub>r</sub>, P<sub>g</sub>) denotes the set of all joint "
            "distributions whose marginals are respectively P<sub>r</sub> and P<sub>g</sub>. Intuitively, "
            "γ(x, y) indicates how much \"mass\" must be transported from x to y in order to transform the "
            "distributions P<sub>r</sub> into the distribution P<sub>g</sub>.",
            "<b>Example 1 (Learning parallel lines).</b> Let Z ∼ U[0, 1] and P<sub>0</sub> be the distribution of "
            "(0, Z) ∈ R<super>2</super>, and g<sub>θ</sub>(z) = (θ, z). Then W(P<sub>0</sub>, P<sub>θ</sub>) = |θ|, "
            "whereas JS(P<sub>0</sub>, P<sub>θ</sub>) = log 2 and KL = +∞ whenever θ ≠ 0. When θ<sub>t</sub> → 0, "
            "the sequence converges to P<sub>0</sub> under the EM distance, but does not converge at all under "
            "either the JS, KL, reverse KL, or TV divergences. This example gives us a case where we can learn a "
            "probability distribution over a low dimensional manifold by doing gradient descent on the EM "
            "distance.",
            "<b>Theorem 1.</b> If g is continuous in θ, so is W(P<sub>r</sub>, P<sub>θ</sub>). If g is locally "
            "Lipschitz and satisfies a regularity assumption, then W(P<sub>r</sub>, P<sub>θ</sub>) is continuous "
            "everywhere, and differentiable almost everywhere. Statements 1–2 are false for the Jensen-Shannon "
            "divergence and all the KLs. <b>Theorem 2</b> shows that every distribution that converges under the "
            "KL, reverse-KL, TV, and JS divergences also converges under the Wasserstein divergence."]),
        ("3 Wasserstein GAN", [
            "The infimum in the definition of the EM distance is highly intractable. On the other hand, the "
            "Kantorovich-Rubinstein duality tells us that W(P<sub>r</sub>, P<sub>θ</sub>) = "
            "sup<sub>||f||<sub>L</sub>≤1</sub> E<sub>x∼P<sub>r</sub></sub>[f(x)] − "
            "E<sub>x∼P<sub>θ</sub></sub>[f(x)], where the supremum is over all the 1-Lipschitz functions. If we "
            "have a parameterized family of functions {f<sub>w</sub>}<sub>w∈W</sub> that are all K-Lipschitz for "
            "some K, we could consider solving the problem max<sub>w∈W</sub> E[f<sub>w</sub>(x)] − "
            "E[f<sub>w</sub>(g<sub>θ</sub>(z))]. <b>Theorem 3</b> shows that the gradient of W with respect to θ "
            "is −E<sub>z∼p(z)</sub>[∇<sub>θ</sub>f(g<sub>θ</sub>(z))] for the optimal f.",
            "To have parameters w lie in a compact space, something simple we can do is clamp the weights to a "
            "fixed box (say W = [−0.01, 0.01]<super>l</super>) after each gradient update. Weight clipping is a "
            "clearly terrible way to enforce a Lipschitz constraint. If the clipping parameter is large, then "
            "it can take a long time for any weights to reach their limit, thereby making it harder to train the "
            "critic till optimality. If the clipping is small, this can easily lead to vanishing gradients when "
            "the number of layers is big, or batch normalization is not used. We stuck with weight clipping due "
            "to its simplicity and already good performance.",
            "<b>Algorithm 1</b> WGAN, our proposed algorithm. All experiments in the paper used the default "
            "values α = 0.00005, c = 0.01, m = 64, n<sub>critic</sub> = 5. Require: α, the learning rate; c, the "
            "clipping parameter; m, the batch size; n<sub>critic</sub>, the number of iterations of the critic "
            "per generator iteration. Require: w<sub>0</sub>, initial critic parameters; θ<sub>0</sub>, initial "
            "generator's parameters.",
            "1: while θ has not converged do  2: for t = 0, ..., n<sub>critic</sub> do  3: Sample "
            "{x<super>(i)</super>} ∼ P<sub>r</sub> a batch from the real data.  4: Sample {z<super>(i)</super>} "
            "∼ p(z) a batch of prior samples.  5: g<sub>w</sub> ← ∇<sub>w</sub>[(1/m) Σ f<sub>w</sub>(x<super>(i)</super>) "
            "− (1/m) Σ f<sub>w</sub>(g<sub>θ</sub>(z<super>(i)</super>))]  6: w ← w + α · RMSProp(w, g<sub>w</sub>)  "
            "7: w ← clip(w, −c, c)  8: end for  9: Sample {z<super>(i)</super>} ∼ p(z) a batch of prior "
            "samples.  10: g<sub>θ</sub> ← −∇<sub>θ</sub>(1/m) Σ f<sub>w</sub>(g<sub>θ</sub>(z<super>(i)</super>))  "
            "11: θ ← θ − α · RMSProp(θ, g<sub>θ</sub>)  12: end while",
            "The fact that the EM distance is continuous and differentiable a.e. means that we can (and should) "
            "train the critic till optimality. The more we train the critic, the more reliable gradient of the "
            "Wasserstein we get. This also eliminates the reason why mode collapse happens: the collapse comes "
            "from the fact that the optimal generator for a fixed discriminator is a sum of deltas on the points "
            "the discriminator assigns the highest values."]),
        ("4 Empirical Results", [
            "We run experiments on image generation using our Wasserstein-GAN algorithm and show that there are "
            "significant practical benefits to using it over the formulation used in standard GANs. We claim "
            "two main benefits: a meaningful loss metric that correlates with the generator's convergence and "
            "sample quality, and improved stability of the optimization process."]),
        ("4.1 Experimental Procedure", [
            "We run experiments on image generation. The target distribution to learn is the LSUN-Bedrooms "
            "dataset – a collection of natural images of indoor bedrooms. Our baseline comparison is DCGAN, a "
            "GAN with a convolutional architecture trained with the standard GAN procedure using the − log D "
            "trick. The generated samples are 3-channel images of 64x64 pixels in size. We use the hyper-"
            "parameters specified in Algorithm 1 for all of our experiments."]),
        ("4.2 Meaningful loss metric", [
            "Because the WGAN algorithm attempts to train the critic f (lines 2–8 in Algorithm 1) relatively "
            "well before each generator update (line 10 in Algorithm 1), the loss function at this point is an "
            "estimate of the EM distance, up to constant factors related to the way we constrain the Lipschitz "
            "constant of f. Our first experiment illustrates how this estimate correlates well with the quality "
            "of the generated samples. We train three generators: (1) a convolutional DCGAN generator; (2) a "
            "generator where the DCGAN generator is replaced by a 4-layer ReLU-MLP with 512 hidden units; (3) a "
            "generator where both the generator and the discriminator are 4-layer ReLU-MLP with 512 hidden "
            "units. The first two train well with WGAN and the curves show the Wasserstein estimate decreasing "
            "as sample quality improves; the third fails to learn and its curve stays constant.",
            "In contrast, the GAN discriminator's JS estimate, plotted during DCGAN training, increases or "
            "remains constant and does not correlate with sample quality. Moreover, we have been able to "
            "observe no mode collapse in any of our WGAN experiments."]),
        ("4.3 Improved stability", [
            "One of the benefits of WGAN is that it allows us to train the critic till optimality. When the "
            "critic is trained to completion, it simply provides a loss to the generator that we can train as "
            "any other neural network. This tells us that we no longer need to balance generator and "
            "discriminator's capacity properly. We find that WGAN training becomes unstable at times when one "
            "uses a momentum based optimizer such as Adam (with β<sub>1</sub> > 0) on the critic, or when one "
            "uses high learning rates. We therefore switched to RMSProp, which is known to perform well even on "
            "very nonstationary problems.",
            "To show robustness, we train the generator without batch normalization and with a constant number "
            "of filters: a standard GAN fails to learn, while WGAN still produces good samples. With an MLP "
            "generator with 4 layers and 512 units per layer, the standard GAN suffers from mode collapse while "
            "WGAN still produces varied samples, albeit of lower quality than the DCGAN generator."]),
        ("5 Related Work", [
            "There's been a number of works on the so called Integral Probability Metrics (IPMs). Maximum Mean "
            "Discrepancy (MMD) is a specific case of IPM; generative moment matching networks (GMMNs) use it as "
            "a loss but require large batches because of the kernel, and energy-based GANs can be seen as "
            "another instance of this family. In Goodfellow et al. the discriminator is trained with the "
            "JS-divergence objective, and f-GANs generalise the objective to any f-divergence."]),
        ("6 Conclusion", [
            "We introduced an algorithm that we deemed WGAN, an alternative to traditional GAN training. In this "
            "new model, we showed that we can improve the stability of learning, get rid of problems like mode "
            "collapse, and provide meaningful learning curves useful for debugging and hyperparameter searches. "
            "Furthermore, we showed that the corresponding optimization problem is sound, and provided extensive "
            "theoretical work highlighting the deep connections to other distances between distributions."]),
    ],
    "references": [
        "[1] Martin Arjovsky and Léon Bottou. Towards principled methods for training generative adversarial "
        "networks. In ICLR, 2017.",
        "[2] Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, Bing Xu, David Warde-Farley, Sherjil Ozair, "
        "Aaron Courville, and Yoshua Bengio. Generative adversarial nets. In NIPS, 2014.",
        "[3] Diederik P. Kingma and Max Welling. Auto-encoding variational Bayes. In ICLR, 2014.",
        "[4] Diederik P. Kingma and Jimmy Ba. Adam: A method for stochastic optimization. arXiv:1412.6980, 2014.",
        "[5] Yujia Li, Kevin Swersky, and Richard Zemel. Generative moment matching networks. In ICML, 2015.",
        "[6] Sebastian Nowozin, Botond Cseke, and Ryota Tomioka. f-GAN: Training generative neural samplers "
        "using variational divergence minimization. arXiv:1606.00709, 2016.",
        "[7] Alec Radford, Luke Metz, and Soumith Chintala. Unsupervised representation learning with deep "
        "convolutional generative adversarial networks. arXiv:1511.06434, 2015.",
        "[8] Tijmen Tieleman and Geoffrey Hinton. Lecture 6.5 — RmsProp: Divide the gradient by a running "
        "average of its recent magnitude. COURSERA: Neural Networks for Machine Learning, 2012.",
        "[9] Cédric Villani. Optimal Transport: Old and New. Springer, 2009.",
        "[10] Fisher Yu, Yinda Zhang, Shuran Song, Ari Seff, and Jianxiong Xiao. LSUN: Construction of a "
        "large-scale image dataset using deep learning with humans in the loop. arXiv:1506.03365, 2015.",
        "[11] Junbo Zhao, Michael Mathieu, and Yann LeCun. Energy-based generative adversarial network. "
        "arXiv:1609.03126, 2016.",
    ],
}

TRUTH = {
    "year": 2017,
    "source": "condensed retelling of Arjovsky, Chintala & Bottou, arXiv:1701.07875 / ICML 2017, written from memory",
    "task_family": "image-generation",
    "contribution": {"value": "objective",
                     "quote": "we define a form of GAN called Wasserstein-GAN that minimizes a reasonable"},
    "claim": {"value": "WGAN (critic estimating the EM/Wasserstein-1 distance with weight clipping) improves training "
                       "stability over the standard GAN (DCGAN with −log D trick), removes mode collapse and gives a "
                       "loss that correlates with sample quality, unlike the GAN's JS estimate",
              "quote": "we show that we can improve the stability of learning, get rid of problems like mode "
                       "collapse, and provide"},
    "param_counts": [],
    "architecture": {
        "value": "generator g_θ and critic f_w (no sigmoid; weights clipped to [−c, c]); experiments use the DCGAN "
                 "convolutional generator/critic, a 4-layer ReLU-MLP generator with 512 hidden units, DCGAN "
                 "without batch norm and with a constant number of filters; 64×64 RGB samples",
        "quote": "generator where the DCGAN generator is replaced by a 4-layer ReLU-MLP with 512 hidden units"},
    "datasets": [
        {"value": "LSUN-Bedrooms (64×64)", "quote": "The target distribution to learn is the LSUN-Bedrooms"},
    ],
    "metrics": [
        {"value": "Wasserstein (EM) distance estimate from the critic loss vs generator iterations",
         "quote": "the loss function at this point is an estimate of the EM distance"},
        {"value": "JS estimate of the GAN discriminator (baseline curve)",
         "quote": "In contrast, the GAN discriminator's JS estimate"},
        {"value": "visual sample quality / mode collapse (qualitative)",
         "quote": "we have been able to observe no mode collapse in any of our WGAN experiments"},
    ],
    "training": {
        "wgan": {
            "optimizer": {"value": "RMSProp", "quote": "We therefore switched to RMSProp",
                          "note": "Algorithm 1 line 6/11 also uses RMSProp; Adam (β1 > 0) reported unstable"},
            "learning_rate": {"value": 5e-05, "quote": "values α = 0.00005, c = 0.01, m = 64"},
            "batch_size": {"value": 64, "quote": "values α = 0.00005, c = 0.01, m = 64",
                           "note": "m, the batch size"},
            "critic_iterations": {"value": "n_critic = 5 critic iterations per generator iteration", "numbers": [5],
                                  "quote": "critic per generator iteration"},
            "weight_clipping": {"value": "c = 0.01 (critic weights clipped to [−0.01, 0.01])", "numbers": [0.01],
                                "quote": "values α = 0.00005, c = 0.01, m = 64"},
            "steps": {"value": "until θ has converged (no fixed number stated)", "numbers": [],
                      "quote": "while θ has not converged do"},
        },
    },
    "not_stated": ["epochs", "steps (number of generator iterations)", "weight_decay", "dropout", "warmup",
                   "lora_rank", "lora_alpha", "RMSProp decay/ε", "noise prior p(z) and its dimension",
                   "parameter counts", "quantitative sample-quality scores"],
    "paper_notes": [
        "Trap: 'W = [−0.01, 0.01]' in the clipping discussion and 'c = 0.01' in Algorithm 1 are the same value.",
        "Trap: Adam (with β1 > 0) is mentioned as unstable, not used; RMSProp is the optimizer.",
        "Trap: the hyper-parameters are given as Greek-letter defaults of Algorithm 1 (α, c, m, n_critic), not "
        "as 'learning rate' / 'batch size' prose next to the numbers.",
        "Algorithm 1 is rendered as a run-on paragraph (pseudocode lines numbered inline).",
        "Related work (GMMNs needing large batches) is prior work, no values.",
        "No numeric results table: the paper's evidence is learning curves and samples.",
    ],
}
