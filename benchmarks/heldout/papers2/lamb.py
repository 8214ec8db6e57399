"""Held-out paper (batch 2): condensed retelling of You et al., LAMB, ICLR 2020 (from memory)."""
PAPER = {
    "title": "Large Batch Optimization for Deep Learning: Training BERT in 76 Minutes",
    "authors": "Yang You, Jing Li, Sashank Reddi, Jonathan Hseu, Sanjiv Kumar, Srinadh Bhojanapalli, "
               "Xiaodan Song, James Demmel, Kurt Keutzer, and Cho-Jui Hsieh",
    "affil": "Google; UC Berkeley; UCLA",
    "header": "Published as a conference paper at ICLR 2020",
    "columns": 1,
    "abstract": (
        "Training large deep neural networks on massive datasets is computationally very challenging. There "
        "has been recent surge in interest in using large batch stochastic optimization methods to tackle "
        "this issue. The most prominent algorithm in this line of research is LARS, which by employing "
        "layerwise adaptive learning rates trains ResNet on ImageNet in a few minutes. However, LARS performs "
        "poorly for attention models like BERT, indicating that its performance gains are not consistent "
        "across tasks. In this paper, we first study a principled layerwise adaptation strategy to accelerate "
        "training of deep neural networks using large mini-batches. Using this strategy, we develop a new "
        "layerwise adaptive large batch optimization technique called LAMB; we then provide convergence "
        "analysis of LAMB as well as LARS, showing convergence to a stationary point in general nonconvex "
        "settings. Our empirical results demonstrate the superior performance of LAMB across various tasks "
        "such as BERT and ResNet-50 training with very little hyperparameter tuning. In particular, for BERT "
        "training, our optimizer enables use of very large batch sizes of 32868 without any degradation of "
        "performance. By increasing the batch size to the memory limit of a TPUv3 Pod, BERT training time can "
        "be reduced from 3 days to just 76 minutes."),
    "sections": [
        ("1 Introduction", [
            "With the advent of large scale datasets, training large deep neural networks, even using "
            "computationally efficient optimization methods like stochastic gradient descent (SGD), has become "
            "particularly challenging. A natural way to reduce training time is to increase the mini-batch size "
            "and to distribute the gradient computation over many accelerators. However, naively increasing the "
            "batch size typically results in degradation of generalization performance and reduces "
            "computational benefits.",
            "Goyal et al. (2017) trained ResNet-50 on ImageNet with a batch size of 8192 in one hour, using the "
            "linear scaling rule for the learning rate together with a gradual warm-up over the first 5 epochs. "
            "LARS (You et al., 2017) scaled this further with layerwise trust ratios, but it does not work well "
            "for BERT. The original BERT-Large of Devlin et al. (2018) was pre-trained with Adam with weight "
            "decay for 1M iterations at a batch size of 256 sequences, which takes 3 days on 16 TPUv3 chips.",
            "Our contributions are: (i) a general layerwise adaptation strategy for large-batch training; "
            "(ii) LAMB, a new optimizer built on this strategy, with convergence analysis for LAMB and LARS; "
            "(iii) experiments showing that LAMB scales BERT pre-training to a batch size of 32K and to 64K "
            "with mixed-batch training without loss of accuracy, and that it matches or beats tuned "
            "momentum SGD on ImageNet with ResNet-50."]),
        ("2 Preliminaries", [
            "We consider the nonconvex stochastic optimization problem min<sub>x</sub> f(x) = "
            "E<sub>s∼P</sub>[ℓ(x, s)] + (λ/2)||x||<super>2</super>, where x is partitioned into h layers. "
            "The standard large-batch recipe scales the learning rate linearly with the batch size (or with "
            "its square root) and adds a warm-up phase; without further changes, training with large batches "
            "becomes unstable because a single global learning rate is unsuitable for all layers."]),
        ("3 Algorithms", [
            "General strategy. Given a base optimizer that produces an update u<sub>t</sub>, we make two "
            "changes: (1) the update is normalized to unit l2-norm per layer, and (2) the learning rate of each "
            "layer is scaled by a function φ of the norm of that layer's weights, giving the update "
            "x<super>(i)</super><sub>t+1</sub> = x<super>(i)</super><sub>t</sub> − η<sub>t</sub> "
            "φ(||x<super>(i)</super><sub>t</sub>||) u<super>(i)</super><sub>t</sub> / "
            "||u<super>(i)</super><sub>t</sub>||. The ratio φ(||x||)/||u|| is called the trust ratio.",
            "LARS applies this strategy to SGD with momentum. LAMB applies it to Adam: with moments "
            "m<sub>t</sub> = β<sub>1</sub> m<sub>t−1</sub> + (1 − β<sub>1</sub>) g<sub>t</sub> and "
            "v<sub>t</sub> = β<sub>2</sub> v<sub>t−1</sub> + (1 − β<sub>2</sub>) g<sub>t</sub><super>2</super>, "
            "the Adam ratio r<sub>t</sub> = m<sub>t</sub>/(√v<sub>t</sub> + ε) is combined with the weight decay "
            "term and the per-layer update is x<sub>t+1</sub> = x<sub>t</sub> − η<sub>t</sub> "
            "φ(||x<sub>t</sub>||)/||r<sub>t</sub> + λx<sub>t</sub>|| (r<sub>t</sub> + λx<sub>t</sub>). "
            "In practice the scaling function φ is the identity, clipped to a range [γ<sub>l</sub>, "
            "γ<sub>u</sub>].",
            "Convergence. Under standard smoothness assumptions we show that both LARS and LAMB converge to a "
            "stationary point of the nonconvex objective, with a rate that depends on the average of the "
            "layerwise smoothness constants instead of their maximum, which explains their advantage with "
            "large batches."]),
        ("4 Experiments", [
            "We now present empirical results comparing LAMB with existing optimizers on two important large "
            "batch training tasks: BERT and ResNet-50 training. We also compare LAMB with existing optimizers "
            "for small batch size (&lt; 1K) and small dataset (e.g. CIFAR, MNIST) in the appendix.",
            "Experimental Setup. To demonstrate its robustness, we use very minimal hyperparameter tuning for "
            "the LAMB optimizer. Thus, it is possible to achieve better results by further tuning the "
            "hyperparameters. The parameters β<sub>1</sub> and β<sub>2</sub> of LAMB are set to 0.9 and "
            "0.999 respectively in all our experiments; we only tune the learning rate. We use a polynomially "
            "decaying learning rate of η<sub>t</sub> = η<sub>0</sub> × (1 − t/T), which is the "
            "same as in the BERT baseline. This setting also works for all other applications in this paper. "
            "Furthermore, for BERT and ResNet-50 training, we did not tune the hyperparameters of LAMB while "
            "increasing the batch size. We use the square root of LR scaling rule to automatically adjust the "
            "learning rate and linear-epoch warmup scheduling. We use TPUv3 in all the experiments."]),
        ("4.1 BERT Training", [
            "We first discuss empirical results for speeding up BERT training. For this experiment, we use the "
            "same dataset as Devlin et al. (2018), which is a concatenation of Wikipedia and BooksCorpus with "
            "2.5B and 800M words respectively. We specifically focus on the SQuAD task in this paper. The F1 "
            "score on SQuAD-v1 is used as the accuracy metric in our experiments. All our comparisons are with "
            "respect to the baseline BERT model by Devlin et al. (2018). To train BERT, Devlin et al. (2018) "
            "first train the model for 900k iterations using a sequence length of 128 and then switch to a "
            "sequence length of 512 for the last 100k iterations. We use the same two-stage procedure, with the "
            "first 9/10 of the total epochs at sequence length 128 and the last 1/10 at sequence length 512.",
            "The baseline F1 score of 90.395 is that of the pre-trained BERT-Large model released by Devlin "
            "et al. (2018). To ensure that the comparison is fair, we keep the number of epochs "
            "fixed: when the batch size is doubled the number of iterations is halved. Table 1 shows that LAMB "
            "keeps the F1 score above the baseline from a batch size of 512 all the way to 32K, while the "
            "training time drops from 3 days to about 100 minutes.",
            "@TABLE:0@",
            "Mixed-batch training. As mentioned earlier, BERT training involves two stages: the first 9/10 of "
            "the total epochs use a sequence length of 128, while the last 1/10 of the total epochs use a "
            "sequence length of 512. For the second stage training, which involves a longer sequence length, "
            "due to memory limits, a maximum batch size of only 32768 can be used on a TPUv3 Pod. However, we "
            "can potentially use a larger batch size for the first stage because of a shorter sequence length. "
            "In particular, the batch size can be increased to 131072 for the first stage. However, we did not "
            "observe any speedup by increasing the batch size from 65536 to 131072 for the first stage, thus, "
            "we restrict the batch size to 65536 for this stage. By using this strategy, we are able to make "
            "full utilization of the hardware resources throughout the training procedure. Increasing the batch "
            "size is able to warm-up and stabilize the optimization process, but decreasing the batch size "
            "brings chaos to the optimization process and can cause divergence. In our experiments, we found a "
            "technique that is useful to stabilize the second stage optimization: we re-warm-up the "
            "optimization in the second stage. With the 65536/32768 mixed batch, LAMB finishes BERT training "
            "in 8599 iterations and 76 minutes on 1024 TPUv3 chips.",
            "Comparison with ADAMW and LARS. To ensure that our approach is compared to a solid baseline for "
            "BERT training, we tried three different strategies for tuning ADAMW: (1) ADAMW with default "
            "hyperparameters, (2) ADAMW with the same hyperparameters as LAMB, and (3) ADAMW with tuned "
            "hyperparameters. ADAMW stops scaling at the batch size of 16K because it is not able to achieve "
            "the target F1 score. We also tuned LARS extensively; it does not reach the target F1 score at the "
            "largest batch sizes either."]),
        ("4.2 ImageNet Training with ResNet-50", [
            "ImageNet training with ResNet-50 is an industry standard metric that is being used in MLPerf. The "
            "baseline can get 76.3% top-1 accuracy in 90 epochs (Goyal et al., 2017). All the successful "
            "implementations are based on momentum SGD or LARS optimizer. Before our study, we did not find "
            "any paper reporting a state-of-the-art accuracy achieved by ADAM, ADAGRAD, or ADAMW optimizer. In "
            "our experiments, even with comprehensive hyper-parameter tuning, ADAGRAD/ADAM/ADAMW (with batch "
            "size 16K) stays far below the accuracy of momentum SGD. After adding the learning rate "
            "scheme of Goyal et al. (2017), the top-1 accuracy of ADAGRAD/ADAM/ADAMW (with batch size 16K) can "
            "be improved, but they are still much lower than that of momentum SGD. LAMB achieves 76.66% top-1 "
            "accuracy with a batch size of 16K in 90 epochs.",
            "@TABLE:1@"]),
        ("5 Conclusion", [
            "Large batch techniques are critical to speeding up deep neural network training. In this paper, "
            "we propose the LAMB optimizer, which supports adaptive elementwise updating and layerwise learning "
            "rates. Furthermore, LAMB is a general purpose optimizer that works for both small and large "
            "batches. We also provided theoretical analysis for the LAMB optimizer, highlighting the cases "
            "where it performs better than standard SGD. LAMB achieves a better performance than existing "
            "optimizers for a wide range of applications. By using LAMB, we are able to scale the batch size "
            "of BERT pre-training to 64K without losing accuracy, thereby reducing the BERT training time from "
            "3 days to around 76 minutes."]),
    ],
    "tables": [
        {"caption": "Table 1: We use the F1 score on SQuAD-v1 as the accuracy metric. The baseline F1 score is "
                    "the score obtained by the pre-trained model (BERT-Large) provided on BERT's public "
                    "repository (as of February 1st, 2019). We use TPUv3s in our experiments. We use the same "
                    "setting as the baseline: the first 9/10 of the total epochs used a sequence length of 128 "
                    "and the last 1/10 of the total epochs used a sequence length of 512. All the experiments "
                    "run the same number of epochs.",
         "rows": [["Solver", "batch size", "steps", "F1 score on dev set", "TPUs", "Time"],
                  ["Baseline", "512", "1000k", "90.395", "16", "81.4h"],
                  ["LAMB", "512", "1000k", "91.752", "16", "82.8h"],
                  ["LAMB", "1k", "500k", "91.761", "32", "43.2h"],
                  ["LAMB", "2k", "250k", "91.946", "64", "21.4h"],
                  ["LAMB", "4k", "125k", "91.137", "128", "693.6m"],
                  ["LAMB", "8k", "62500", "91.263", "256", "390.5m"],
                  ["LAMB", "16k", "31250", "91.345", "512", "200.0m"],
                  ["LAMB", "32k", "15625", "91.475", "1024", "101.2m"],
                  ["LAMB", "64k/32k", "8599", "90.584", "1024", "76.19m"]]},
        {"caption": "Table 2: Top-1 validation accuracy of ImageNet/ResNet-50 training at the batch size of 16K "
                    "(90 epochs). The performance of momentum was reported by Goyal et al. (2017).",
         "rows": [["optimizer", "momentum", "lamb"],
                  ["Top-1 accuracy", "0.7520", "0.7666"]]},
    ],
    "references": [
        "[1] J. Devlin, M.-W. Chang, K. Lee, and K. Toutanova. BERT: Pre-training of deep bidirectional "
        "transformers for language understanding. arXiv:1810.04805, 2018.",
        "[2] P. Goyal, P. Dollár, R. Girshick, P. Noordhuis, L. Wesolowski, A. Kyrola, A. Tulloch, Y. Jia, and "
        "K. He. Accurate, large minibatch SGD: Training ImageNet in 1 hour. arXiv:1706.02677, 2017.",
        "[3] Y. You, I. Gitman, and B. Ginsburg. Scaling SGD batch size to 32K for ImageNet training. "
        "arXiv:1708.03888, 2017.",
        "[4] D. P. Kingma and J. Ba. Adam: A method for stochastic optimization. ICLR, 2015.",
        "[5] I. Loshchilov and F. Hutter. Fixing weight decay regularization in Adam. arXiv:1711.05101, 2017.",
        "[6] K. He, X. Zhang, S. Ren, and J. Sun. Deep residual learning for image recognition. CVPR, 2016.",
        "[7] P. Rajpurkar, J. Zhang, K. Lopyrev, and P. Liang. SQuAD: 100,000+ questions for machine "
        "comprehension of text. EMNLP, 2016.",
        "[8] S. Ghadimi and G. Lan. Stochastic first- and zeroth-order methods for nonconvex stochastic "
        "programming. SIAM Journal on Optimization, 2013.",
    ],
}

TRUTH = {
    "year": 2020,
    "source": "condensed retelling of You et al., ICLR 2020, written from memory",
    "task_family": "text-classification",
    "task_note": "BERT-Large pre-training (masked LM) evaluated by SQuAD v1.1 F1, following the BERT annotation's family; "
                 "also ImageNet/ResNet-50 image classification",
    "contribution": {"value": "training-method",
                     "quote": "we develop a new layerwise adaptive large batch optimization technique called LAMB"},
    "claim": {"value": "LAMB scales BERT-Large pre-training to a 32K batch (64K/32K mixed) without loss of SQuAD v1.1 F1 "
                       "(91.475 at 32K, 90.584 at 64K/32K vs 90.395 baseline), cutting training from 3 days to 76 "
                       "minutes; ADAMW stops scaling at 16K",
              "quote": "BERT training time can be reduced from 3 days to just 76 minutes"},
    "param_counts": [],
    "architecture": {"value": "BERT-Large (pre-training + SQuAD fine-tuning) and ResNet-50; the contribution is the "
                              "optimizer", "quote": "The baseline F1 score is the score obtained by the pre-trained model (BERT-Large)"},
    "datasets": [
        {"value": "Wikipedia (2.5B words) [BERT pre-training]", "quote": "a concatenation of Wikipedia and BooksCorpus"},
        {"value": "BooksCorpus (800M words) [BERT pre-training]", "quote": "2.5B and 800M words respectively"},
        {"value": "SQuAD v1.1 [evaluation by fine-tuning]", "quote": "The F1 score on SQuAD-v1 is used as the accuracy metric"},
        {"value": "ImageNet (ResNet-50 training)", "quote": "ImageNet training with ResNet-50 is an industry standard"},
    ],
    "metrics": [
        {"value": "F1 on SQuAD v1.1 dev set", "quote": "The F1 score on SQuAD-v1 is used as the accuracy metric"},
        {"value": "top-1 validation accuracy (ImageNet)", "quote": "Table 2: Top-1 validation accuracy of ImageNet/ResNet-50"},
        {"value": "training time / TPUs", "quote": "Solver batch size steps F1 score on dev set TPUs Time"},
    ],
    "training": {
        "bert_lamb_32k": {
            "optimizer": {"value": "LAMB, beta1 = 0.9, beta2 = 0.999",
                          "quote": "are set to 0.9 and 0.999 respectively in all our experiments"},
            "batch_size": {"value": 32768, "quote": "LAMB 32k 15625 91.475 1024 101.2m",
                           "note": "Table 1 also covers 512 to 16k; the abstract writes '32868'"},
            "steps": {"value": 15625, "quote": "LAMB 32k 15625 91.475 1024 101.2m"},
            "learning_rate": {"value": "tuned; polynomial decay η0 × (1 − t/T), square-root scaling with batch size; "
                                       "value not stated", "numbers": [],
                              "quote": "We use a polynomially decaying learning rate"},
            "warmup": {"value": "linear-epoch warmup (length not stated)", "numbers": [],
                       "quote": "linear-epoch warmup scheduling"},
            "max_seq_length": {"value": "128 for the first 9/10 of epochs, 512 for the last 1/10", "numbers": [128, 512],
                               "quote": "with the first 9/10 of the total epochs at sequence length 128"},
        },
        "bert_lamb_64k_32k_mixed": {
            "optimizer": {"value": "LAMB", "quote": "are set to 0.9 and 0.999 respectively in all our experiments"},
            "batch_size": {"value": "65536 (stage 1, seq 128) then 32768 (stage 2, seq 512)", "numbers": [65536, 32768],
                           "quote": "we restrict the batch size to 65536 for this stage"},
            "steps": {"value": 8599, "quote": "LAMB finishes BERT training in 8599 iterations"},
            "warmup": {"value": "warmup, and re-warm-up at the start of the second stage (length not stated)",
                       "numbers": [], "quote": "we re-warm-up the optimization in the second stage"},
        },
        "imagenet_resnet50": {
            "optimizer": {"value": "LAMB", "quote": "LAMB achieves 76.66% top-1 accuracy with a batch size of 16K"},
            "batch_size": {"value": "16K", "numbers": [16384],
                           "quote": "LAMB achieves 76.66% top-1 accuracy with a batch size of 16K"},
            "epochs": {"value": 90, "quote": "accuracy with a batch size of 16K in 90 epochs"},
        },
    },
    "not_stated": ["learning_rate values", "weight_decay value", "dropout", "warmup length", "epochs of BERT "
                   "pre-training", "ImageNet learning rate and warmup", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "introduction restates Goyal et al.'s setting (batch 8192, 5-epoch warm-up) and BERT's original 1M iterations at 256",
        "per-batch-size steps are in Table 1 rows; 'k' abbreviations (32k, 1000k)",
        "abstract's '32868' is the published paper's typo for 32768 (kept as in the paper, writer fairly sure)",
        "ADAM/ADAMW ImageNet accuracies left out (writer unsure); LAMB's exact learning rates, "
        "weight decay and epsilon were left out (writer unsure)",
    ],
}
