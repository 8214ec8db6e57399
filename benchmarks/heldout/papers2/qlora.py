"""Held-out paper (batch 2): Dettmers, Pagnoni, Holtzman & Zettlemoyer (NeurIPS 2023), QLoRA: Efficient
Finetuning of Quantized LLMs. Condensed retelling written from memory (not the published PDF)."""

PAPER = {
    "title": "QLoRA: Efficient Finetuning of Quantized LLMs",
    "authors": "Tim Dettmers, Artidoro Pagnoni, Ari Holtzman and Luke Zettlemoyer",
    "affil": "University of Washington",
    "header": "37th Conference on Neural Information Processing Systems (NeurIPS 2023)",
    "columns": 1,
    "abstract": (
        "We present QLoRA, an efficient finetuning approach that reduces memory usage enough to finetune a "
        "65B parameter model on a single 48GB GPU while preserving full 16-bit finetuning task performance. "
        "QLoRA backpropagates gradients through a frozen, 4-bit quantized pretrained language model into Low "
        "Rank Adapters (LoRA). Our best model family, which we name Guanaco, outperforms all previous openly "
        "released models on the Vicuna benchmark, reaching 99.3% of the performance level of ChatGPT while "
        "only requiring 24 hours of finetuning on a single GPU. QLoRA introduces a number of innovations to "
        "save memory without sacrificing performance: (a) 4-bit NormalFloat (NF4), a new data type that is "
        "information theoretically optimal for normally distributed weights (b) Double Quantization to reduce "
        "the average memory footprint by quantizing the quantization constants, and (c) Paged Optimizers to "
        "manage memory spikes. We use QLoRA to finetune more than 1,000 models, providing a detailed analysis "
        "of instruction following and chatbot performance across 8 instruction datasets, multiple model types "
        "(LLaMA, T5), and model scales that would be infeasible to run with regular finetuning (e.g. 33B and "
        "65B parameter models). Our results show that QLoRA finetuning on a small high-quality dataset leads "
        "to state-of-the-art results, even when using smaller models than the previous SoTA. We provide a "
        "detailed analysis of chatbot performance based on both human and GPT-4 evaluations showing that "
        "GPT-4 evaluations are a cheap and reasonable alternative to human evaluation. We release all of our "
        "models and code, including CUDA kernels for 4-bit training."),
    "sections": [
        ("1 Introduction", [
            "Finetuning large language models (LLMs) is a highly effective way to improve their performance, "
            "and to add desirable or remove undesirable behaviors. However, finetuning very large models is "
            "prohibitively expensive; regular 16-bit finetuning of a LLaMA 65B parameter model requires more "
            "than 780 GB of GPU memory. While recent quantization methods can reduce the memory footprint of "
            "LLMs, such techniques only work for inference and break down during training.",
            "We demonstrate for the first time that it is possible to finetune a quantized 4-bit model without "
            "any performance degradation. Our method, QLoRA, uses a novel high-precision technique to quantize a "
            "pretrained model to 4-bit, then adds a small set of learnable Low-rank Adapter weights that are "
            "tuned by backpropagating gradients through the quantized weights. QLoRA reduces the average memory "
            "requirements of finetuning a 65B parameter model from &gt;780GB of GPU memory to &lt;48GB without "
            "degrading the runtime or predictive performance compared to a 16-bit fully finetuned baseline. "
            "This marks a significant shift in accessibility of LLM finetuning: now the largest publicly "
            "available models to date finetunable on a single GPU.",
            "Using QLoRA, we train the Guanaco family of models, with the second best model reaching 97.8% of "
            "the performance level of ChatGPT on the Vicuna benchmark, while being trainable in less than 12 "
            "hours on a single consumer GPU; using a single professional GPU over 24 hours we achieve 99.3% with "
            "our largest model, essentially closing the gap to ChatGPT on the Vicuna benchmark. When deployed, "
            "our smallest Guanaco model (7B parameters) requires just 5 GB of memory and outperforms a 26 GB "
            "Alpaca model by more than 20 percentage points on the Vicuna benchmark."]),
        ("2 Background", [
            "<b>Block-wise k-bit Quantization.</b> Quantization is the process of discretizing an input from a "
            "representation that holds more information to a representation with less information. To prevent "
            "outliers from hurting the quantization bins, a common approach is to chunk the input tensor into "
            "blocks that are independently quantized, each with their own quantization constant c.",
            "<b>Low-rank Adapters.</b> Low-rank Adapter (LoRA) finetuning (Hu et al., 2021) is a method that "
            "reduces memory requirements by using a small set of trainable parameters, often termed adapters, "
            "while not updating the full model parameters which remain fixed. Given a projection XW = Y, LoRA "
            "computes Y = XW + sXL<sub>1</sub>L<sub>2</sub>, where L<sub>1</sub> ∈ R<super>h×r</super> and "
            "L<sub>2</sub> ∈ R<super>r×o</super>, and s is a scalar. Hu et al. (2021) applied LoRA to the query "
            "and value projections of GPT-3 175B with a rank of r = 4 and reported results on par with full "
            "finetuning.",
            "<b>Memory Requirement of Parameter-Efficient Finetuning.</b> One important point of discussion is "
            "the memory requirement of LoRA during training. For example, for a 7B LLaMA model trained on FLAN "
            "v2 with a batch size of 1, with LoRA weights equivalent to commonly used 0.2% of the original model "
            "weights, the LoRA input gradients have a memory footprint of 567 MB while the LoRA parameters take "
            "up only 26 MB. With gradient checkpointing, the input gradients reduce to an average of 18 MB per "
            "sequence, making them more memory intensive than all LoRA weights combined. This means we can use "
            "more adapters without significantly increasing the overall training memory."]),
        ("3 QLoRA Finetuning", [
            "QLoRA achieves high-fidelity 4-bit finetuning via two techniques we propose — 4-bit NormalFloat "
            "(NF4) quantization and Double Quantization. Additionally, we introduce Paged Optimizers, to prevent "
            "memory spikes during gradient checkpointing from causing out-of-memory errors that have "
            "traditionally made finetuning on a single machine difficult for large models.",
            "<b>4-bit NormalFloat Quantization.</b> The NormalFloat (NF) data type builds on Quantile "
            "Quantization, an information-theoretically optimal data type that ensures each quantization bin has "
            "an equal number of values assigned from the input tensor. Since pretrained neural network weights "
            "usually have a zero-centered normal distribution with standard deviation σ, we can transform all "
            "weights to a single fixed distribution by scaling σ such that the distribution fits exactly into "
            "the range of our data type, [−1, 1]. We estimate the 2<super>k</super> + 1 quantiles of a "
            "theoretical N(0, 1) distribution and normalize them into [−1, 1]; to have an exact representation "
            "of zero, we create an asymmetric data type with 2<super>k−1</super> quantiles for the negative part "
            "and 2<super>k−1</super> + 1 for the positive part, unifying the two sets and removing one of the "
            "two zeros.",
            "<b>Double Quantization.</b> We introduce Double Quantization (DQ), the process of quantizing the "
            "quantization constants for additional memory savings. While a small blocksize is required for "
            "precise 4-bit quantization, it also has a considerable memory overhead. For example, using 32-bit "
            "constants and a blocksize of 64 for W, quantization constants add 32/64 = 0.5 bits per parameter on "
            "average. Double Quantization treats the quantization constants as inputs to a second quantization, "
            "with 8-bit floats and a blocksize of 256, which reduces the memory footprint per parameter from 0.5 "
            "bits to 8/64 + 32/(64 · 256) = 0.127 bits, a reduction of 0.373 bits per parameter — about 3 GB for "
            "a 65B model.",
            "<b>Paged Optimizers</b> use the NVIDIA unified memory feature which does automatic page-to-page "
            "transfers between the CPU and GPU for error-free GPU processing in the scenario where the GPU "
            "occasionally runs out-of-memory. We allocate paged memory for the optimizer states which are then "
            "automatically evicted to CPU RAM when the GPU runs out-of-memory and paged back into GPU memory when "
            "the memory is needed in the optimizer update step.",
            "<b>QLoRA.</b> Using the components described above, we define QLoRA for a single linear layer in "
            "the quantized base model with a single LoRA adapter as Y<super>BF16</super> = "
            "X<super>BF16</super> doubleDequant(c<sub>1</sub>, c<sub>2</sub>, W<super>NF4</super>) + "
            "X<super>BF16</super> L<sub>1</sub> L<sub>2</sub>. We use NF4 for W and FP8 for c<sub>2</sub>; we "
            "use a blocksize of 64 for W for higher quantization precision and a blocksize of 256 for "
            "c<sub>2</sub> to conserve memory. In summary, QLoRA has one storage data type (usually 4-bit "
            "NormalFloat) and a computation data type (16-bit BrainFloat). Only the gradient with respect to the "
            "adapter weights is computed; no gradient is stored for the 4-bit weights."]),
        ("4 QLoRA vs. Standard Finetuning", [
            "<b>Experimental setup.</b> We consider three architectures (encoder, encoder-decoder, and decoder "
            "only) and compare QLoRA with 16-bit adapter-finetuning and with full-finetuning for models up to 3B. "
            "Our evaluations include GLUE with RoBERTa-large, Super-NaturalInstructions (TKInstruct) with T5, "
            "and 5-shot MMLU after finetuning LLaMA on Flan v2 and Alpaca. To additionally study the advantages "
            "of NF4 over other 4-bit data types, we use the setup of Dettmers and Zettlemoyer (2022) and measure "
            "post-quantization zero-shot accuracy and perplexity across different models (OPT, LLaMA, BLOOM, "
            "Pythia) for model sizes 125m – 13B.",
            "<b>Default LoRA hyperparameters do not match 16-bit performance.</b> When using the standard "
            "practice of applying LoRA to query and value attention projection matrices, we are not able to "
            "replicate full finetuning performance for large base models. We find that the most critical LoRA "
            "hyperparameter is how many LoRA adapters are used in total and that LoRA on all linear transformer "
            "block layers are required to match full finetuning performance. Other LoRA hyperparameters, such "
            "as the projection dimension r, do not affect performance (see Appendix A).",
            "<b>4-bit NormalFloat yields better performance than 4-bit Floating Point.</b> We find that NF4 "
            "improves performance significantly over FP4 and Int4 and that double quantization reduces the "
            "memory footprint without degrading performance (Table 2).",
            "@TABLE:0@",
            "<b>k-bit QLoRA matches 16-bit full finetuning and 16-bit LoRA performance.</b> Recent findings "
            "have established that 4-bit quantization for inference is possible, but leads to performance "
            "degradation relative to 16-bit. We find that 16-bit, 8-bit, and 4-bit adapter methods replicate "
            "the performance of the fully finetuned 16-bit baseline on GLUE and Super-NaturalInstructions. For "
            "the larger LLaMA models, Table 3 shows that NF4 with double quantization fully recovers the 16-bit "
            "LoRA MMLU performance, while QLoRA with FP4 lags behind the 16-bit brain float LoRA baseline by "
            "about 1 percentage point.",
            "@TABLE:1@"]),
        ("5 Pushing the Chatbot State-of-the-art with QLoRA", [
            "Having established that 4-bit QLoRA matches 16-bit performance across scales, tasks, and datasets "
            "we conduct an in-depth study of instruction finetuning up to the largest open-source language "
            "models available for research. To assess the performance of instruction finetuning these models, "
            "we evaluate on a challenging Natural Language Understanding benchmark (MMLU) and develop new "
            "methods for real-world chatbot performance evaluation.",
            "<b>Data.</b> As, to our knowledge, there is no comprehensive study of recent instruction-following "
            "datasets, we select eight recent datasets. We include datasets obtained through crowd-sourcing "
            "(OASST1, HH-RLHF), distillation from instruction-tuned models (Alpaca, self-instruct, "
            "unnatural-instructions), corpora aggregations (FLAN v2), as well as hybrids (Chip2, Longform). "
            "These datasets cover different languages, data sizes, and licenses.",
            "<b>Training Setup.</b> To avoid confounding effects from different training objectives, we perform "
            "QLoRA finetuning with cross-entropy loss (supervised learning) without reinforcement learning, even "
            "for datasets that include human judgments of different responses. For datasets that have a clear "
            "distinction between instruction and response, we finetune only on the response. For OASST1 and "
            "HH-RLHF, multiple responses are available; we then select the top response at every level of the "
            "conversation tree and finetune on the full selected conversation, including the instructions. In "
            "all of our experiments, we use NF4 QLoRA with double quantization and paged optimizers to prevent "
            "memory spikes during gradient checkpointing. We do small hyperparameter searches for the 13B and "
            "33B LLaMA models and we find that all hyperparameter settings found at 7B generalize (including "
            "number of epochs) except learning rate and batch size. We halve the learning rate for 33B and 65B "
            "while doubling the batch size. Full details are in Appendix B.",
            "<b>Baselines.</b> We compare our models to both research (Vicuna, Open Assistant) and commercial "
            "(GPT-4, GPT-3.5-turbo and Bard) chatbot systems. Vicuna is a LLaMA 13B model that is fully "
            "finetuned on ShareGPT user-shared conversations.",
            "<b>Evaluation.</b> Following common practice, we use the MMLU (Massively Multitask Language "
            "Understanding) benchmark to measure performance on a range of language understanding tasks; we "
            "report 5-shot test accuracy. We also test generative language capabilities through both automated "
            "and human evaluations, on two curated sets of queries: the Vicuna prompts (80 prompts) and the "
            "OASST1 validation dataset (953 user queries), which we call the OA benchmark. In the automated "
            "evaluation, GPT-4 rates the performance of each system relative to ChatGPT (GPT-3.5 Turbo) on the "
            "Vicuna benchmark; we also run tournament-style pairwise comparisons judged by GPT-4 and by human "
            "annotators, summarized as Elo ratings.",
            "<b>Guanaco: QLoRA trained on OASST1 is a state-of-the-art chatbot.</b> Based on our automated and "
            "human evaluations, we find that the top QLoRA tuned model, Guanaco 65B, which we finetune on a "
            "variant of OASST1, is the best-performing open-source chatbot model and offers performance "
            "competitive to ChatGPT. Guanaco 33B has more parameters than the Vicuna 13B model, but uses only "
            "4-bit precision for its weights and is thus much more memory efficient at 21 GB vs 26 GB, providing "
            "a three percentage point improvement over Vicuna-13B (Table 4). Furthermore, we find that a "
            "dataset's suitability matters more than its size: the 9k-sample OASST1 yields a better chatbot than "
            "the 450k-sample FLAN v2 subset, while FLAN v2 gives the best MMLU.",
            "@TABLE:2@"]),
        ("6 Related Work", [
            "<b>Quantization of Large Language Models.</b> Quantization of LLMs has largely focused on "
            "quantization for inference time. Major approaches for preserving 16-bit LLM quality focus on "
            "managing outlier features (e.g. SmoothQuant and LLM.int8()) while others use more sophisticated "
            "grouping methods. Lossy quantization approaches study the trade-offs for regular rounding or how to "
            "optimize rounding decisions to improve quantization precision (GPTQ). Besides our work, SwitchBack "
            "layers is the only work that studies backpropagation through quantized weights at a scale beyond 1B "
            "parameters.",
            "<b>Finetuning with Adapters.</b> While we use Low-rank Adapters (LoRA), many other Parameter "
            "Efficient FineTuning (PEFT) methods have been proposed such as prompt tuning, tuning the embedding "
            "layer inputs, tuning hidden states (IA<super>3</super>), adding full layers, tuning biases, "
            "learning a mask over weights based on Fisher information, and a combination of approaches.",
            "<b>Instruction Finetuning and Chatbots.</b> Alpaca fine-tuned LLaMA 7B on 52K instructions "
            "distilled from text-davinci-003 with full finetuning for 3 epochs at a learning rate of 2e-5. "
            "Many other instruction following models are structured as dialogue-based chatbots, often using "
            "Reinforcement Learning from Human Feedback (RLHF) or generating data from an existing model to "
            "train with AI model feedback (RLAIF)."]),
        ("7 Limitations and Discussion", [
            "We have shown evidence that our method, QLoRA, can replicate 16-bit full finetuning performance "
            "with a 4-bit base model and Low-rank Adapters (LoRA). Despite this evidence, we did not establish "
            "that QLoRA can match full 16-bit finetuning performance at 33B and 65B scales. Due to the immense "
            "resource costs, we leave this study to future work. Another limitation is the evaluation of "
            "instruction finetuning models: while we provide evaluations on MMLU, the Vicuna benchmark, and the "
            "OA benchmark, we did not evaluate on other benchmarks such as BigBench, RAFT, and HELM."]),
    ],
    "tables": [
        {"caption": "Table 2: Pile Common Crawl mean perplexity for different data types for 125M to 13B OPT, "
                    "BLOOM, LLaMA, and Pythia models.",
         "rows": [["Data type", "Mean PPL"],
                  ["Int4", "34.34"],
                  ["Float4 (E2M1)", "31.07"],
                  ["Float4 (E3M0)", "29.48"],
                  ["NFloat4 + DQ", "27.41"]]},
        {"caption": "Table 3: Mean 5-shot MMLU test accuracy for LLaMA 7–65B models finetuned with adapters on "
                    "Alpaca and FLAN v2 for different data types. Overall, NF4 with double quantization (DQ) "
                    "matches BFloat16 performance, while FP4 is consistently one percentage point behind both.",
         "rows": [["LLaMA Size", "7B", "", "13B", "", "33B", "", "65B", "", "Mean"],
                  ["Dataset", "Alpaca", "FLAN v2", "Alpaca", "FLAN v2", "Alpaca", "FLAN v2", "Alpaca",
                   "FLAN v2", ""],
                  ["BFloat16", "38.4", "45.6", "47.2", "50.6", "57.7", "60.5", "61.8", "62.5", "53.0"],
                  ["Float4", "37.2", "44.0", "47.3", "50.0", "55.9", "58.5", "61.3", "63.3", "52.2"],
                  ["NFloat4 + DQ", "39.0", "44.5", "47.5", "50.7", "57.3", "59.2", "61.8", "63.9", "53.1"]]},
        {"caption": "Table 4: Zero-shot Vicuna benchmark scores as a percentage of the score obtained by "
                    "ChatGPT evaluated by GPT-4. We see that OASST1 models perform close to ChatGPT despite being "
                    "trained on a very small dataset and having a fraction of the memory requirement of baseline "
                    "models.",
         "rows": [["Model / Dataset", "Params", "Model bits", "Memory", "ChatGPT vs Sys"],
                  ["Guanaco (OASST1)", "65B", "4-bit", "41 GB", "99.3%"],
                  ["Guanaco (OASST1)", "33B", "4-bit", "21 GB", "97.8%"],
                  ["Vicuna", "13B", "16-bit", "26 GB", "94.9%"],
                  ["Guanaco (OASST1)", "13B", "4-bit", "10 GB", "90.4%"],
                  ["Guanaco (OASST1)", "7B", "4-bit", "5 GB", "87.0%"]]},
        {"caption": "Table 9: Training hyperparameters for QLoRA finetuning of Guanaco on OASST1 across model "
                    "sizes.",
         "rows": [["Parameters", "Dataset", "Batch size", "LR", "Steps"],
                  ["7B", "OASST1", "16", "2e-4", "1875"],
                  ["13B", "OASST1", "16", "2e-4", "1875"],
                  ["33B", "OASST1", "32", "1e-4", "1875"],
                  ["65B", "OASST1", "32", "1e-4", "1875"]]},
    ],
    "references": [
        "T. Dettmers, M. Lewis, Y. Belkada, and L. Zettlemoyer. LLM.int8(): 8-bit matrix multiplication for "
        "transformers at scale. Advances in Neural Information Processing Systems 35, 2022.",
        "T. Dettmers and L. Zettlemoyer. The case for 4-bit precision: k-bit inference scaling laws. arXiv "
        "preprint arXiv:2212.09720, 2022.",
        "E. Frantar, S. Ashkboos, T. Hoefler, and D. Alistarh. GPTQ: Accurate post-training quantization for "
        "generative pre-trained transformers. arXiv preprint arXiv:2210.17323, 2022.",
        "D. Hendrycks, C. Burns, S. Basart, A. Zou, M. Mazeika, D. Song, and J. Steinhardt. Measuring massive "
        "multitask language understanding. In ICLR, 2021.",
        "E. J. Hu, Y. Shen, P. Wallis, Z. Allen-Zhu, Y. Li, S. Wang, L. Wang, and W. Chen. LoRA: Low-rank "
        "adaptation of large language models. arXiv preprint arXiv:2106.09685, 2021.",
        "A. Köpf, Y. Kilcher, et al. OpenAssistant conversations – democratizing large language model "
        "alignment. arXiv preprint arXiv:2304.07327, 2023.",
        "S. Longpre, L. Hou, T. Vu, et al. The Flan collection: Designing data and methods for effective "
        "instruction tuning. arXiv preprint arXiv:2301.13688, 2023.",
        "R. Taori, I. Gulrajani, T. Zhang, Y. Dubois, X. Li, C. Guestrin, P. Liang, and T. B. Hashimoto. "
        "Stanford Alpaca: An instruction-following LLaMA model, 2023.",
        "H. Touvron, T. Lavril, G. Izacard, et al. LLaMA: Open and efficient foundation language models. arXiv "
        "preprint arXiv:2302.13971, 2023.",
        "W.-L. Chiang, Z. Li, Z. Lin, et al. Vicuna: An open-source chatbot impressing GPT-4 with 90% ChatGPT "
        "quality, 2023.",
        "M. Wortsman, T. Dettmers, L. Zettlemoyer, A. Morcos, A. Farhadi, and L. Schmidt. Stable and "
        "low-precision training for large-scale vision-language models. arXiv preprint arXiv:2304.13013, 2023.",
    ],
    "appendix": [
        ("A QLoRA vs Standard Finetuning Experimental Setup Details", [
            "<b>Hyperparameters for QLoRA.</b> We do a hyperparameter search for LoRA over the following "
            "variables: LoRA dropout {0.0, 0.05, 0.1}, LoRA r {8, 16, 32, 64, 128, 256}, LoRA layers {key+query, "
            "all attention layers, all FFN layers, all layers, attention + FFN output layers}. We keep LoRA α "
            "fixed and search the learning rate, since LoRA α is always proportional to the learning rate. We "
            "find that LoRA dropout 0.05 is useful for small models (7B, 13B), but not for larger models (33B, "
            "65B). We find LoRA r is unrelated to final performance if LoRA is used on all layers."]),
        ("B Training a State-of-the-art Chatbot Experimental Setup Details", [
            "<b>Hyperparameters.</b> We use the same hyperparameters for all Guanaco models except for the ones "
            "tuned per model size. For all experiments we use NF4 QLoRA with double quantization and bf16 "
            "computation datatype. We set LoRA r = 64, α = 16, and add LoRA modules on all linear layers of the "
            "base model. We also use Adam beta2 of 0.999, max grad norm of 0.3 and LoRA dropout of 0.1 for "
            "models up to 13B and 0.05 for 33B and 65B models. Following previous work on instruction "
            "finetuning and after benchmarking other linear and cosine schedules, we use a constant learning "
            "rate schedule. We use group-by-length to group examples of similar lengths in the same batch (note "
            "this will produce an oscillating loss curve). The hyperparameters we tune for each model size are "
            "shown in Table 9.",
            "@TABLE:3@"]),
    ],
}

TRUTH = {
    "year": 2023,
    "source": "condensed retelling of Dettmers, Pagnoni, Holtzman & Zettlemoyer, NeurIPS 2023 "
              "(arXiv:2305.14314), written from memory",
    "task_family": "lora-finetune",
    "contribution": {"value": "training-method",
                     "quote": "We present QLoRA, an efficient finetuning approach that reduces memory usage"},
    "claim": {"value": "QLoRA (4-bit NF4 frozen base model + double quantization + paged optimizers + LoRA on "
                       "all linear layers) finetunes a 65B model on a single 48GB GPU while matching 16-bit "
                       "full finetuning / 16-bit LoRA performance (MMLU mean 53.1 NF4+DQ vs 53.0 BFloat16); the "
                       "resulting Guanaco 65B reaches 99.3% of ChatGPT on the Vicuna benchmark, above previous "
                       "open models (Vicuna 13B 94.9%)",
              "quote": "reaching 99.3% of the performance level of ChatGPT while only requiring"},
    "param_counts": [
        {"model": "Guanaco 65B (LLaMA 65B base)", "value": 65000000000,
         "quote": "Guanaco (OASST1) 65B 4-bit 41 GB 99.3%"},
        {"model": "Guanaco 33B (LLaMA 33B base)", "value": 33000000000,
         "quote": "Guanaco (OASST1) 33B 4-bit 21 GB 97.8%"},
        {"model": "Guanaco 13B (LLaMA 13B base)", "value": 13000000000,
         "quote": "Guanaco (OASST1) 13B 4-bit 10 GB 90.4%"},
        {"model": "Guanaco 7B (LLaMA 7B base)", "value": 7000000000,
         "quote": "Guanaco (OASST1) 7B 4-bit 5 GB 87.0%"},
    ],
    "architecture": {"value": "LLaMA 7B/13B/33B/65B base models stored in 4-bit NormalFloat (NF4, blocksize 64) "
                              "with double-quantized constants (FP8, blocksize 256), frozen, bf16 compute; LoRA "
                              "adapters (r = 64, α = 16) on all linear layers of the transformer blocks; paged "
                              "optimizer states",
                     "quote": "we define QLoRA for a single linear layer in the quantized base model"},
    "datasets": [
        {"value": "OASST1 [Guanaco training; top response per conversation-tree level]",
         "quote": "we then select the top response at every level of the conversation tree"},
        {"value": "HH-RLHF, Alpaca, Self-Instruct, Unnatural Instructions, FLAN v2, Chip2, Longform "
                  "[instruction finetuning study, with OASST1 the eight datasets]",
         "quote": "We include datasets obtained through crowd-sourcing (OASST1, HH-RLHF)"},
        {"value": "GLUE [RoBERTa-large, QLoRA vs standard finetuning]",
         "quote": "Our evaluations include GLUE with RoBERTa-large"},
        {"value": "Super-NaturalInstructions (TKInstruct) [T5]",
         "quote": "Super-NaturalInstructions (TKInstruct) with T5"},
        {"value": "MMLU [5-shot evaluation]",
         "quote": "we use the MMLU (Massively Multitask Language Understanding) benchmark"},
        {"value": "Vicuna benchmark [80 prompts] and OA benchmark [OASST1 validation, 953 queries]",
         "quote": "the Vicuna prompts (80 prompts) and the OASST1 validation dataset (953 user queries)"},
        {"value": "Pile Common Crawl [perplexity of 4-bit data types, 125M–13B models]",
         "quote": "Pile Common Crawl mean perplexity for different data types"},
    ],
    "metrics": [
        {"value": "5-shot MMLU test accuracy", "quote": "report 5-shot test accuracy"},
        {"value": "Vicuna benchmark score relative to ChatGPT, judged by GPT-4",
         "quote": "GPT-4 rates the performance of each system relative to ChatGPT"},
        {"value": "Elo ratings from pairwise GPT-4 and human judgements",
         "quote": "summarized as Elo ratings"},
        {"value": "perplexity and zero-shot accuracy after quantization",
         "quote": "measure post-quantization zero-shot accuracy and perplexity"},
        {"value": "GPU memory footprint", "quote": "more memory efficient at 21 GB vs 26 GB"},
    ],
    "training": {
        "guanaco_oasst1": {
            "optimizer": {"value": "Adam (β2 = 0.999) with paged optimizer states",
                          "quote": "We also use Adam beta2 of 0.999"},
            "learning_rate": {"value": "2e-4 (7B, 13B); 1e-4 (33B, 65B); constant schedule",
                              "numbers": [0.0002, 0.0001],
                              "quote": "65B OASST1 32 1e-4 1875"},
            "lr_schedule": {"value": "constant", "quote": "we use a constant learning rate schedule"},
            "batch_size": {"value": "16 (7B, 13B); 32 (33B, 65B)", "numbers": [16, 32],
                           "quote": "7B OASST1 16 2e-4 1875",
                           "note": "Table 9; Sec. 5 prose says the batch size is doubled for 33B and 65B"},
            "steps": {"value": 1875, "quote": "13B OASST1 16 2e-4 1875"},
            "lora_rank": {"value": 64, "quote": "We set LoRA r = 64, α = 16"},
            "lora_alpha": {"value": 16, "quote": "We set LoRA r = 64, α = 16"},
            "dropout": {"value": "LoRA dropout 0.1 for models up to 13B, 0.05 for 33B and 65B",
                        "numbers": [0.1, 0.05],
                        "quote": "LoRA dropout of 0.1 for models up to 13B and 0.05 for 33B and 65B models"},
            "gradient_clipping": {"value": "max grad norm 0.3", "numbers": [0.3],
                                  "quote": "max grad norm of 0.3"},
            "quantization": {"value": "NF4 with double quantization, bf16 compute",
                             "quote": "NF4 QLoRA with double quantization and bf16 computation datatype"},
            "lora_targets": {"value": "all linear layers of the base model",
                             "quote": "add LoRA modules on all linear layers of the base model"},
        },
        "lora_hyperparameter_search": {
            "lora_rank": {"value": "{8, 16, 32, 64, 128, 256} searched; r unrelated to performance when LoRA "
                                   "is on all layers",
                          "numbers": [8, 16, 32, 64, 128, 256],
                          "quote": "LoRA r {8, 16, 32, 64, 128, 256}"},
            "dropout": {"value": "LoRA dropout {0.0, 0.05, 0.1} searched", "numbers": [0.0, 0.05, 0.1],
                        "quote": "LoRA dropout {0.0, 0.05, 0.1}"},
            "lora_alpha": {"value": "kept fixed (value not given for the search)", "numbers": [],
                           "quote": "We keep LoRA α fixed and search the learning rate"},
        },
    },
    "not_stated": ["weight_decay", "warmup", "epochs", "beta1 / epsilon of Adam",
                   "hyper-parameters of the GLUE / Super-NaturalInstructions / MMLU (Alpaca, FLAN v2) runs"],
    "paper_notes": [
        "Per-size learning rate and batch size are given twice: as a rule in Sec. 5 prose (halve the learning "
        "rate, double the batch size for 33B/65B) and as Table 9 in Appendix B.",
        "Background restates LoRA's original set-up (GPT-3 175B, query/value, r = 4) and Alpaca's (3 epochs, "
        "lr 2e-5); these are prior work, not this paper's.",
        "'batch size of 1' in Sec. 2 is a memory-accounting example, not a training setting.",
        "Blocksizes 64/256 and bit counts 0.5/0.127/0.373 are quantization settings, not training "
        "hyper-parameters.",
        "Parameter counts are the LLaMA base sizes of the Guanaco models (7B–65B); the number of trainable "
        "LoRA parameters is not stated.",
        "Table values (MMLU, perplexity, Vicuna scores, Table 9) written from memory; source/target length "
        "columns of Table 9 and other datasets' rows were left out.",
    ],
}
