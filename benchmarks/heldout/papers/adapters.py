"""Held-out paper: condensed retelling of Houlsby et al., "Parameter-Efficient Transfer Learning for NLP",
ICML 2019 (written from memory; see TRUTH["source"])."""

PAPER = {
    "title": "Parameter-Efficient Transfer Learning for NLP",
    "authors": "Neil Houlsby, Andrei Giurgiu, Stanislaw Jastrzebski, Bruna Morrone, Quentin de Laroussilhe, "
               "Andrea Gesmundo, Mona Attariyan, Sylvain Gelly",
    "affil": "Google Research; Jagiellonian University",
    "header": "Parameter-Efficient Transfer Learning for NLP",
    "columns": 2,
    "abstract": (
        "Fine-tuning large pre-trained models is an effective transfer mechanism in NLP. However, in the "
        "presence of many downstream tasks, fine-tuning is parameter inefficient: an entire new model is "
        "required for every task. As an alternative, we propose transfer with adapter modules. Adapter modules "
        "yield a compact and extensible model; they add only a few trainable parameters per task, and new tasks "
        "can be added without revisiting previous ones. The parameters of the original network remain fixed, "
        "yielding a high degree of parameter sharing. To demonstrate adapter's effectiveness, we transfer the "
        "recently proposed BERT Transformer model to 26 diverse text classification tasks, including the GLUE "
        "benchmark. Adapters attain near state-of-the-art performance, whilst adding only a few parameters per "
        "task. On GLUE, we attain within 0.4% of the performance of full fine-tuning, adding only 3.6% "
        "parameters per task. By contrast, fine-tuning trains 100% of the parameters per task."),
    "sections": [
        ("1 Introduction", [
            "Transfer from pre-trained models yields strong performance on many NLP tasks. BERT, a Transformer "
            "network trained on large text corpora with an unsupervised loss, attained state-of-the-art "
            "performance on text classification and extractive question answering. In this paper we address the "
            "online setting, where tasks arrive in a stream. The goal is to build a system that performs well "
            "on all of them, but without training an entire new model for every new task.",
            "The two most common transfer learning techniques in NLP are feature-based transfer and "
            "fine-tuning. Feature-based transfer involves pre-training real-valued embedding vectors; fine-tuning "
            "involves copying the weights from a pre-trained network and tuning them on the downstream task. "
            "Both require a new set of weights for each task. We instead propose a transfer learning strategy "
            "that yields compact and extensible downstream models, based on adapter modules.",
            "Adapters are new modules added between layers of a pre-trained network. Consider a function "
            "(neural network) with parameters <i>w</i>: φ<sub>w</sub>(x). Feature-based transfer composes "
            "φ<sub>w</sub> with a new function χ<sub>v</sub>; fine-tuning adjusts the original parameters "
            "<i>w</i> for each new task. For adapter tuning, a new function ψ<sub>w,v</sub>(x) is defined, where "
            "parameters <i>w</i> are copied over from pre-training and the initial parameters v<sub>0</sub> are "
            "set such that the new function resembles the original. During training, only <i>v</i> are tuned. "
            "If |v| is much smaller than |w|, the resulting model requires ~|w| parameters for many tasks.",
            "The key innovation is to design an effective adapter module and its integration with the base "
            "model. We propose a simple yet effective bottleneck architecture. On the GLUE benchmark, our "
            "strategy almost matches the performance of the fully fine-tuned BERT, but uses only 3% task-specific "
            "parameters, while fine-tuning uses 100% task-specific parameters. We observe similar results on a "
            "further 17 public text datasets, and SQuAD extractive question answering."]),
        ("2 Related Work", [
            "<i>Pre-trained text representations.</i> Pre-trained textual representations are widely used to "
            "improve performance on NLP tasks, from word embeddings such as word2vec and GloVe to contextual "
            "representations such as ELMo, which are learned from a bidirectional language model.",
            "<i>Fine-tuning.</i> Fine-tuning a pre-trained network is the dominant transfer strategy. GPT and "
            "BERT fine-tune all weights with a small task-specific output layer. For GLUE, Devlin et al. [2] "
            "fine-tune with a batch size of 32 for 3 epochs over the data, selecting the best fine-tuning learning "
            "rate among 5e-5, 4e-5, 3e-5, and 2e-5 on the development set; those are the settings of their "
            "fine-tuning baseline, not of adapter tuning.",
            "<i>Multi-task and continual learning.</i> Multi-task learning also yields compact models but "
            "requires simultaneous access to all tasks, which adapter-based tuning does not. Continual learning "
            "systems learn from an endless stream of tasks but tend to forget previous tasks when re-trained.",
            "<i>Transfer learning in vision.</i> Rebuffi et al. [7] introduced residual adapters for multi-domain "
            "image classification, adding small convolutional modules to a ResNet that is otherwise shared "
            "across domains. Our adapters are similar in spirit but are designed for the Transformer."]),
        ("3 Adapter tuning for NLP", [
            "We present a strategy for tuning a large text model on several downstream tasks. Our strategy has "
            "three key properties: (i) it attains good performance, (ii) it permits training on tasks "
            "sequentially, that is, it does not require simultaneous access to all datasets, and (iii) it adds "
            "only a small number of additional parameters per task.",
            "Adapter modules have two main features: a small number of parameters, and a near-identity "
            "initialization. The adapter modules need to be small compared to the layers of the original "
            "network. A near-identity initialization is required for stable training of the adapted model; by "
            "initializing the adapters to a near-identity function, the original network is unaffected when "
            "training starts.",
            "<b>3.1 Instantiation for Transformer networks.</b> We instantiate adapter-based tuning for text "
            "Transformers. Each layer of the Transformer contains two primary sub-layers: an attention layer "
            "and a feedforward layer. Both layers are followed immediately by a projection that maps the "
            "features back to the size of the layer's input. A skip-connection is applied across each of the "
            "sub-layers, and the output of each sub-layer is fed into layer normalization. We insert two serial "
            "adapters after each of these sub-layers. The adapter is always applied directly to the output of "
            "the sub-layer, after the projection back to the input size, but before adding the skip connection "
            "back. The output of the adapter is then passed directly into the following layer normalization.",
            "To limit the number of parameters, we propose a bottleneck architecture. The adapters first "
            "project the original <i>d</i>-dimensional features into a smaller dimension, <i>m</i>, apply a "
            "nonlinearity, then project back to <i>d</i> dimensions. The total number of parameters added per "
            "layer, including biases, is 2<i>md</i> + <i>d</i> + <i>m</i>. By setting <i>m</i> much smaller than <i>d</i>, we "
            "limit the number of parameters added per task; in practice, we use around 0.5−8% of the parameters "
            "of the original model. The bottleneck dimension, <i>m</i>, provides a simple means to trade off "
            "performance with parameter efficiency. The adapter module itself has a skip-connection internally. "
            "With the skip-connection, if the parameters of the projection layers are initialized to near-zero, "
            "the module is initialized to an approximate identity function.",
            "Alongside the layers in the adapter module, we also train new layer normalization parameters per "
            "task. This technique, similar to conditional batch normalization, also yields parameter-efficient "
            "adaptation of a network, with only 2<i>d</i> parameters per layer. However, training the layer "
            "normalization parameters alone is insufficient for good performance."]),
        ("4 Experiments", [
            "We show that adapters achieve parameter-efficient transfer for text tasks. On the GLUE benchmark, "
            "adapter tuning is within 0.4% of full fine-tuning of BERT, but it adds only 3% of the number of "
            "parameters trained by fine-tuning. We confirm this result on a further 17 public classification "
            "tasks and SQuAD question answering."]),
        ("4.1 Experimental Settings", [
            "We use the public, pre-trained BERT Transformer network as our base model. To perform classification "
            "with BERT, we follow the approach in Devlin et al. [2]. The first token in each sequence is a "
            "special \u201cclassification token\u201d. We attach a linear layer to the embedding of this token to "
            "predict the class label.",
            "Our training procedure also follows Devlin et al. [2]. We optimize using Adam [5], whose learning "
            "rate is increased linearly over the first 10% of the steps, and then decayed linearly to zero. All "
            "runs are trained on 4 Google Cloud TPUs with a batch size of 32. For each dataset and algorithm, we "
            "run a hyperparameter sweep and select the best model according to accuracy on the validation set. "
            "For the GLUE tasks, we report the test metrics provided by the submission website. For the other "
            "classification tasks we report test-set accuracy.",
            "We compare to fine-tuning, the current standard for transfer of large pre-trained models, and the "
            "strategy successfully used by BERT. For <i>N</i> tasks, full fine-tuning requires <i>N</i>× the "
            "number of parameters of the pre-trained model. Our goal is to attain performance equal to "
            "fine-tuning, but with fewer total parameters, ideally near to 1×."]),
        ("4.2 GLUE benchmark", [
            "We first evaluate on GLUE. For these datasets, we transfer from the pre-trained BERT<sub>LARGE</sub> "
            "model, which contains 24 layers, a total of 330M parameters. We perform a small hyperparameter "
            "search for adapter tuning: we sweep learning rates in {3·10<super>−5</super>, 3·10<super>−4</super>, "
            "3·10<super>−3</super>}, and number of epochs in {3, 20}. We test both using a fixed adapter size "
            "(number of units in the bottleneck), and selecting the best size per task from {8, 64, 256}. The "
            "adapter size is the only adapter-specific hyperparameter that we tune. Finally, due to training "
            "instability, we re-run 5 times with different random seeds and select the best model on the "
            "validation set.",
            "@TABLE:0@",
            "Table 1 summarizes the results. Adapters achieve a mean GLUE score of 80.0, compared to 80.4 "
            "achieved by full fine-tuning. The optimal adapter size varies per dataset; for example, 256 is "
            "chosen for MNLI, whereas for the smallest dataset, RTE, 8 is chosen. Restricting always to size 64 "
            "leads to a small decrease in average accuracy to 79.6. To solve all of the datasets in Table 1, "
            "fine-tuning requires 9× the total number of BERT parameters. In contrast, adapters require only "
            "1.3× parameters."]),
        ("4.3 Additional Classification Tasks", [
            "To further validate that adapters yield compact, performant models, we test on additional, publicly "
            "available text classification tasks. This suite contains a diverse set of tasks: the number of "
            "training examples ranges from 900 to 330k, the number of classes ranges from 2 to 157, and the "
            "average text length ranges from 57 to 1.9k characters. The 17 datasets are 20 Newsgroups, "
            "Crowdflower Airline feedback, Corporate messaging, Disasters, Economic news relevance, Emotion, "
            "Global warming, Political audience, Political bias, Political message, Primary emotions, "
            "Progressive opinion, Progressive stance, US economic performance, the Customer complaint database, "
            "the News aggregator dataset and the SMS spam collection.",
            "For these datasets, we use a batch size of 32. The datasets are diverse, so we sweep a wide range "
            "of learning rates: {1·10<super>−5</super>, 3·10<super>−5</super>, 1·10<super>−4</super>, "
            "3·10<super>−3</super>}. Due to the large number of datasets, we select the number of training "
            "epochs from the set {20, 50, 100} manually, from inspection of the validation set learning curves. "
            "We select the optimal values for both fine-tuning and adapters in the same manner. We test adapters "
            "of sizes {2, 4, 8, 16, 32, 64}. Since some of the datasets are small, fine-tuning the entire network "
            "may be sub-optimal, so we also run an additional baseline, variable fine-tuning, which tunes only "
            "the top <i>n</i> layers and freezes the remainder. As a further reference, we run a large-scale "
            "architecture search with AutoML that produces strong non-BERT baselines per task.",
            "Here we transfer from BERT<sub>BASE</sub>. Adapter tuning with BERT<sub>BASE</sub> is close to full "
            "fine-tuning on average across the 17 tasks, while training roughly two orders of magnitude fewer "
            "parameters per task, as summarised in Table 2.",
            "@TABLE:1@"]),
        ("4.4 Parameter/Performance trade-off", [
            "The adapter size controls the parameter efficiency: smaller adapters introduce fewer parameters at "
            "a possible cost to performance. We compare adapters of different sizes to two fine-tuning baselines "
            "that tune only the top layers of BERT and to tuning only the layer normalization parameters. "
            "Adapters yield good performance across a range of sizes two orders of magnitude fewer than "
            "fine-tuning; fine-tuning fewer layers degrades performance much more sharply.",
            "<b>SQuAD extractive question answering.</b> Finally, we confirm that adapters work on tasks other "
            "than classification by running on SQuAD v1.1. Given a question and a Wikipedia paragraph, this task "
            "requires selecting the answer span to the question from the paragraph. Adapters of size 64 (2% "
            "parameters) attain a best F1 of 90.4%, while fine-tuning attains 90.7; SQuAD performs well even "
            "with very small adapters: those of size 2 (0.1% parameters) attain an F1 of 89.9."]),
        ("4.5 Analysis and Discussion", [
            "We perform an ablation to determine which adapters are influential. Removing any single layer's "
            "adapters has only a small impact on performance, whereas removing all adapters returns the network "
            "to near-baseline accuracy. Adapters on the lower layers have a smaller impact than those on the "
            "higher layers, which is intuitive: the top layers build features that are shared among tasks.",
            "We also examine robustness to the initialization scale. The weights of the adapter were drawn from "
            "a zero-mean Gaussian; performance is robust for standard deviations below 10<super>−2</super>, and "
            "degrades when the initialization is too large. We experimented with several extensions of the "
            "module, such as adding batch or layer normalization to the adapter, increasing the number of "
            "layers per adapter, and different activation functions such as tanh; none of them produced a "
            "significant gain over the simple bottleneck."]),
        ("5 Conclusion", [
            "Adapter modules permit parameter-efficient transfer learning for NLP: they yield a compact, "
            "extensible model whose performance is close to full fine-tuning of BERT, with new tasks added "
            "without revisiting previous ones."]),
    ],
    "tables": [
        {"caption": "Table 1. Results on GLUE test sets scored using the GLUE evaluation server. Total num "
                    "params is the number of parameters required to solve all nine tasks, relative to one "
                    "BERT model; trained params/task is the fraction of parameters trained per task.",
         "rows": [["Model", "Total num\nparams", "Trained\nparams / task", "GLUE\ntotal"],
                  ["BERT-LARGE", "9.0×", "100%", "80.4"],
                  ["Adapters (8-256)", "1.3×", "3.6%", "80.0"],
                  ["Adapters (64)", "1.2×", "2.1%", "79.6"]]},
        {"caption": "Table 2. Parameter cost on the 17 additional classification tasks (BERT-BASE).",
         "rows": [["Method", "Total num\nparams", "Trained\nparams / task"],
                  ["Fine-tune", "17×", "100%"],
                  ["Variable fine-tune", "9.9×", "52.9%"],
                  ["Adapters", "1.19×", "1.14%"]]},
    ],
    "references": [
        "[1] J. Ba, J. R. Kiros, and G. E. Hinton. Layer normalization. arXiv:1607.06450, 2016.",
        "[2] J. Devlin, M.-W. Chang, K. Lee, and K. Toutanova. BERT: Pre-training of deep bidirectional "
        "transformers for language understanding. arXiv:1810.04805, 2018.",
        "[3] J. Howard and S. Ruder. Universal language model fine-tuning for text classification. ACL, 2018.",
        "[4] M. E. Peters, M. Neumann, M. Iyyer, et al. Deep contextualized word representations. NAACL, 2018.",
        "[5] D. P. Kingma and J. Ba. Adam: A method for stochastic optimization. ICLR, 2015.",
        "[6] A. Radford, K. Narasimhan, T. Salimans, and I. Sutskever. Improving language understanding by "
        "generative pre-training. 2018.",
        "[7] S.-A. Rebuffi, H. Bilen, and A. Vedaldi. Learning multiple visual domains with residual adapters. "
        "NIPS, 2017.",
        "[8] P. Rajpurkar, J. Zhang, K. Lopyrev, and P. Liang. SQuAD: 100,000+ questions for machine "
        "comprehension of text. EMNLP, 2016.",
        "[9] A. Vaswani, N. Shazeer, N. Parmar, et al. Attention is all you need. NIPS, 2017.",
        "[10] A. Wang, A. Singh, J. Michael, F. Hill, O. Levy, and S. R. Bowman. GLUE: A multi-task benchmark "
        "and analysis platform for natural language understanding. arXiv:1804.07461, 2018.",
    ],
}

TRUTH = {
    "year": 2019,
    "source": "condensed retelling of Houlsby et al., ICML 2019, written from memory",
    "task_family": "text-classification",
    "contribution": {"value": "training-method",
                     "quote": "As an alternative, we propose transfer with adapter modules."},
    "claim": {"value": "Adapter tuning of BERT-LARGE reaches a GLUE score within 0.4 of full fine-tuning "
                       "(80.0 vs 80.4) while training only 3.6% of the parameters per task (1.3x total "
                       "parameters for nine tasks vs 9x for fine-tuning)",
              "quote": "we attain within 0.4% of the performance of full fine-tuning, adding only 3.6%"},
    "param_counts": [
        {"model": "BERT-LARGE (pre-trained base model that the adapters are added to)", "value": 330000000,
         "quote": "model, which contains 24 layers, a total of 330M parameters",
         "note": "the frozen base network; adapters add 3.6% (sizes 8-256) or 2.1% (size 64) per task; "
                 "the paper states no absolute adapter parameter count"},
    ],
    "architecture": {"value": "BERT Transformer (BERT-LARGE for GLUE, BERT-BASE for the 17 extra tasks) with "
                              "two bottleneck adapter modules per layer (after the attention and feed-forward "
                              "sub-layer projections, before the skip connection): down-projection d->m, "
                              "nonlinearity, up-projection m->d, internal skip connection, near-identity init; "
                              "2md+d+m parameters per adapter; per-task layer-norm parameters also trained; "
                              "linear classifier on the [CLS] token",
                     "quote": "we propose a bottleneck architecture"},
    "datasets": [
        {"value": "GLUE benchmark (nine tasks incl. MNLI, RTE; test server)",
         "quote": "We first evaluate on GLUE."},
        {"value": "17 additional public text classification datasets (20 Newsgroups, Crowdflower Airline feedback, "
                  "Corporate messaging, Disasters, Economic news relevance, Emotion, Global warming, Political "
                  "audience, Political bias, Political message, Primary emotions, Progressive opinion, "
                  "Progressive stance, US economic performance, Customer complaint database, News aggregator, "
                  "SMS spam collection)",
         "quote": "The 17 datasets are 20 Newsgroups"},
        {"value": "SQuAD v1.1 (extractive question answering)",
         "quote": "than classification by running on SQuAD v1.1"},
    ],
    "metrics": [
        {"value": "GLUE test-server score (mean GLUE score)", "quote": "Adapters achieve a mean GLUE score of 80.0"},
        {"value": "test-set accuracy (additional classification tasks)",
         "quote": "For the other classification tasks we report test-set accuracy."},
        {"value": "F1 (SQuAD)", "quote": "parameters) attain a best F1 of 90.4%"},
        {"value": "fraction of trained parameters per task / total parameters relative to BERT",
         "quote": "trained params/task is the fraction of parameters trained per task"},
    ],
    "training": {
        "glue_adapters": {
            "optimizer": {"value": "Adam", "quote": "We optimize using Adam [5], whose learning"},
            "learning_rate": {"value": "swept over {3e-5, 3e-4, 3e-3}", "numbers": [3e-5, 3e-4, 3e-3],
                              "quote": "we sweep learning rates in {3·10−5, 3·10−4, 3·10−3}"},
            "epochs": {"value": "swept over {3, 20}", "numbers": [3, 20],
                       "quote": "and number of epochs in {3, 20}"},
            "batch_size": {"value": 32, "quote": "runs are trained on 4 Google Cloud TPUs with a batch size of 32"},
            "warmup": {"value": "linear increase over the first 10% of the steps", "numbers": [0.1],
                       "quote": "rate is increased linearly over the first 10% of the steps"},
            "lr_schedule": {"value": "linear warmup (10%) then linear decay to zero",
                            "quote": "and then decayed linearly to zero"},
            "adapter_size": {"value": "fixed (e.g. 64) or best per task from {8, 64, 256}", "numbers": [8, 64, 256],
                             "quote": "selecting the best size per task from {8, 64, 256}"},
            "seeds": {"value": "5 random restarts, best on validation", "numbers": [5],
                      "quote": "we re-run 5 times with different random seeds"},
        },
        "extra_tasks_adapters": {
            "optimizer": {"value": "Adam (same procedure as GLUE)", "quote": "We optimize using Adam [5], whose learning"},
            "batch_size": {"value": 32, "quote": "For these datasets, we use a batch size of 32."},
            "learning_rate": {"value": "swept over {1e-5, 3e-5, 1e-4, 3e-3}", "numbers": [1e-5, 3e-5, 1e-4, 3e-3],
                              "quote": "{1·10−5, 3·10−5, 1·10−4, 3·10−3}"},
            "epochs": {"value": "chosen from {20, 50, 100} manually", "numbers": [20, 50, 100],
                       "quote": "epochs from the set {20, 50, 100} manually"},
            "warmup": {"value": "linear increase over the first 10% of the steps", "numbers": [0.1],
                       "quote": "rate is increased linearly over the first 10% of the steps"},
            "adapter_size": {"value": "{2, 4, 8, 16, 32, 64}", "numbers": [2, 4, 8, 16, 32, 64],
                             "quote": "of sizes {2, 4, 8, 16, 32, 64}"},
        },
    },
    "not_stated": ["weight_decay", "dropout", "steps", "lora_rank", "lora_alpha",
                   "SQuAD training hyper-parameters", "Adam betas/epsilon"],
    "paper_notes": [
        "Related work restates BERT's own GLUE fine-tuning settings (batch 32, 3 epochs, lr 5e-5..2e-5): "
        "prior work's baseline, not adapter tuning.",
        "Learning rates are sweeps written as 3·10^−5 with superscripts; the chosen values per task are not given.",
        "Batch size 32 is stated once for all runs (4.1) and again for the extra tasks (4.3).",
        "330M is the frozen BERT-LARGE base (the paper's figure, which differs from BERT's own 340M).",
        "Adapters are not LoRA: lora_rank/lora_alpha do not apply (bottleneck size m is the analogue).",
    ],
}
