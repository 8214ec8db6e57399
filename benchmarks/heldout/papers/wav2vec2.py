"""Held-out paper: Baevski, Zhou, Mohamed & Auli (NeurIPS 2020), wav2vec 2.0: A Framework for
Self-Supervised Learning of Speech Representations. Condensed retelling written from memory (not the
published PDF)."""

PAPER = {
    "title": "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
    "authors": "Alexei Baevski, Henry Zhou, Abdelrahman Mohamed and Michael Auli",
    "affil": "Facebook AI",
    "header": "34th Conference on Neural Information Processing Systems (NeurIPS 2020), Vancouver, Canada.",
    "columns": 1,
    "stamp": "arXiv:2006.11477v3 [cs.CL] 22 Oct 2020",
    "abstract": (
        "We show for the first time that learning powerful representations from speech audio alone followed "
        "by fine-tuning on transcribed speech can outperform the best semi-supervised methods while being "
        "conceptually simpler. wav2vec 2.0 masks the speech input in the latent space and solves a contrastive "
        "task defined over a quantization of the latent representations which are jointly learned. "
        "Experiments using all labeled data of Librispeech achieve 1.8/3.3 WER on the clean/other test sets. "
        "When lowering the amount of labeled data to one hour, wav2vec 2.0 outperforms the previous state of "
        "the art on the 100 hour subset while using 100 times less labeled data. Using just ten minutes of "
        "labeled data and pre-training on 53k hours of unlabeled data still achieves 4.8/8.2 WER. This "
        "demonstrates the feasibility of speech recognition with limited amounts of labeled data."),
    "sections": [
        ("1 Introduction", [
            "Neural networks benefit from large quantities of labeled training data. However, in many settings "
            "labeled data is much harder to come by than unlabeled data: current speech recognition systems "
            "require thousands of hours of transcribed speech to reach acceptable performance which is not "
            "available for the vast majority of the nearly 7,000 languages spoken worldwide. Learning purely "
            "from labeled examples does not resemble language acquisition in humans: infants learn language "
            "by listening to adults around them — a process that requires learning good representations of "
            "speech.",
            "In this paper, we present a framework for self-supervised learning of representations from raw "
            "audio data. Our approach encodes speech audio via a multi-layer convolutional neural network and "
            "then masks spans of the resulting latent speech representations, similar to masked language "
            "modeling. The latent representations are fed to a Transformer network to build contextualized "
            "representations and the model is trained via a contrastive task where the true latent is to be "
            "distinguished from distractors. As part of training, we learn discrete speech units via a "
            "gumbel softmax to represent the latent representations in the contrastive task, which we find "
            "to be more effective than non-quantized targets. After pre-training on unlabeled speech, the "
            "model is fine-tuned on labeled data with a Connectionist Temporal Classification (CTC) loss to "
            "be used for downstream speech recognition tasks.",
            "Previous work learned a quantization of the data followed by a contextualized representation "
            "with a self-attention model (vq-wav2vec), whereas our approach solves both problems end-to-end. "
            "Our results show that jointly learning discrete speech units with contextualized representations "
            "achieves substantially better results than fixed units learned in a prior step. We also "
            "demonstrate the feasibility of ultra-low resource speech recognition: when using only 10 minutes "
            "of labeled data, our approach achieves word error rate (WER) 4.8/8.2 on the clean/other test "
            "sets of Librispeech. We set a new state of the art on TIMIT phoneme recognition as well as the "
            "100 hour clean subset of Librispeech."]),
        ("2 Model", [
            "Our model is composed of a multi-layer convolutional feature encoder f : X → Z which takes as "
            "input raw audio X and outputs latent speech representations z<sub>1</sub>, ..., "
            "z<sub>T</sub> for T time-steps. They are then fed to a Transformer g : Z → C to build "
            "representations c<sub>1</sub>, ..., c<sub>T</sub> capturing information from the entire "
            "sequence. The output of the feature encoder is discretized to q<sub>t</sub> with a quantization "
            "module Z → Q to represent the targets in the self-supervised objective.",
            "<b>Feature encoder.</b> The encoder consists of several blocks containing a temporal convolution "
            "followed by layer normalization and a GELU activation function. The raw waveform input to the "
            "encoder is normalized to zero mean and unit variance. The feature encoder contains seven blocks "
            "and the temporal convolutions in each block have 512 channels with strides (5,2,2,2,2,2,2) and "
            "kernel widths (10,3,3,3,3,2,2). This results in an encoder output frequency of 49 hz with a "
            "stride of about 20ms between each sample, and a receptive field of 400 input samples or 25ms "
            "of audio.",
            "<b>Contextualized representations with Transformers.</b> The output of the feature encoder is "
            "fed to a context network which follows the Transformer architecture. Instead of fixed positional "
            "embeddings which encode absolute positional information, we use a convolutional layer which acts "
            "as relative positional embedding. We use a convolution with kernel size 128 and 16 groups, add "
            "the output of the convolution followed by a GELU to the inputs and then apply layer "
            "normalization.",
            "<b>Quantization module.</b> For self-supervised training we discretize the output of the feature "
            "encoder z to a finite set of speech representations via product quantization. Given G codebooks, "
            "or groups, with V entries each, we choose one entry from each codebook, concatenate the resulting "
            "vectors and apply a linear transformation. The Gumbel softmax enables choosing discrete codebook "
            "entries in a fully differentiable way; we use the straight-through estimator."]),
        ("3 Training", [
            "To pre-train the model we mask a certain proportion of time steps in the latent feature encoder "
            "space, similar to masked language modeling in BERT. The training objective requires identifying "
            "the correct quantized latent audio representation in a set of distractors for each masked time "
            "step and the final model is fine-tuned on the labeled data.",
            "<b>Masking.</b> We mask a proportion of the feature encoder outputs, or time steps, before feeding "
            "them to the context network and replace them with a trained feature vector shared between all "
            "masked time steps; we do not mask inputs to the quantization module. To mask the latent speech "
            "representations we randomly sample without replacement a certain proportion p of all time steps "
            "to be starting indices and then mask the subsequent M consecutive time steps from every sampled "
            "index; spans may overlap.",
            "<b>Objective.</b> During pre-training, we learn representations of speech audio by solving a "
            "contrastive task L<sub>m</sub> which requires to identify the true quantized latent speech "
            "representation for a masked time step within a set of distractors. This is augmented by a "
            "codebook diversity loss L<sub>d</sub> to encourage the model to use the codebook entries equally "
            "often: L = L<sub>m</sub> + αL<sub>d</sub>. Distractors are uniformly sampled from other masked "
            "time steps of the same utterance.",
            "<b>Fine-tuning.</b> Pre-trained models are fine-tuned for speech recognition by adding a randomly "
            "initialized linear projection on top of the context network into C classes representing the "
            "vocabulary of the task. For Librispeech, we have 29 tokens for character targets plus a word "
            "boundary token. Models are optimized by minimizing a CTC loss and we apply a modified version of "
            "SpecAugment by masking to time-steps and channels during training which delays overfitting and "
            "significantly improves the final error rates, especially on the Libri-light subsets with few "
            "labeled examples."]),
        ("4 Experimental Setup", []),
        ("4.1 Datasets", [
            "As unlabeled data we consider the Librispeech corpus without transcriptions containing 960 hours "
            "of audio (LS-960) or the audio data from LibriVox (LV-60k). For the latter we follow the "
            "preprocessing of Kahn et al. resulting in 53.2k hours of audio. We fine-tune on five labeled data "
            "settings: 960 hours of transcribed Librispeech, the train-clean-100 subset comprising 100 hours "
            "(100 hours labeled), as well as the Libri-light limited resource training subsets originally "
            "extracted from Librispeech, these are train-10h (10 hours labeled), train-1h (1 hour labeled), "
            "train-10min (10 min labeled). We follow the evaluation protocol of Libri-light for these splits "
            "and evaluate on the standard Librispeech dev-other/clean and test-clean/other sets.",
            "We fine-tune the pre-trained models for phoneme recognition on the TIMIT dataset. It contains "
            "five hours of audio recordings with detailed phoneme labels. We use the standard train, dev and "
            "test split and follow the standard protocol of collapsing phone labels to 39 classes."]),
        ("4.2 Pre-training", [
            "Models are implemented in fairseq. For masking, we sample p = 0.065 of all time-steps to be "
            "starting indices and mask the subsequent M = 10 time-steps. This results in approximately 49% of "
            "all time steps to be masked with a mean span length of 14.7, or 299ms.",
            "We consider two model sizes: BASE (95m parameters) and LARGE (317m parameters). The BASE model "
            "contains 12 transformer blocks, model dimension 768, inner dimension (FFN) 3,072 and 8 attention "
            "heads. Batches are built by cropping 250k audio samples, or 15.6sec, from each example. Crops are "
            "batched together to not exceed 1.4m samples per GPU and we train on a total of 64 V100 GPUs for "
            "1.6 days; the total batch size is 1.6h.",
            "The LARGE model contains 24 transformer blocks with model dimension 1,024, inner dimension 4,096 "
            "and 16 attention heads. We crop 320k audio samples, or 20sec, with a limit of 1.2m samples per "
            "GPU and train on 128 V100 GPUs over 2.3 days for Librispeech and 5.2 days for LibriVox; the total "
            "batch size is 2.7h. We use dropout 0.1 in the Transformer, at the output of the feature encoder "
            "and the input to the quantization module. Layers are dropped at a rate of 0.05 for BASE and 0.2 "
            "for LARGE; there is no layer drop for LV-60k.",
            "We optimize with Adam, warming up the learning rate for the first 8% of updates to a peak of "
            "5 × 10<super>−4</super> for BASE and 3 × 10<super>−4</super> for LARGE, and then linearly decay "
            "it. LARGE trains for 250k updates, BASE for 400k updates, and LARGE on LV-60k for 600k updates. "
            "We use weight α = 0.1 for the diversity loss. For the quantization module we use G = 2 and "
            "V = 320 for both models, resulting in a theoretical maximum of 102.4k codewords. Entries are of "
            "size d/G = 128 for BASE and d/G = 384 for LARGE. The Gumbel softmax temperature τ is annealed from "
            "2 to a minimum of 0.5 for BASE and 0.1 for LARGE by a factor of 0.999995 at every update. The "
            "temperature in the contrastive loss is set to κ = 0.1. For the smaller Librispeech dataset, we "
            "regularize the model by applying an L2 penalty to the activations of the final layer of the "
            "feature encoder and scale down the gradients for the encoder by a factor of 10. In the "
            "contrastive loss we use K = 100 distractors. We choose the training checkpoint with the lowest "
            "L<sub>m</sub> on the validation set."]),
        ("4.3 Fine-tuning", [
            "After pre-training we fine-tune the learned representations on labeled data and add a randomly "
            "initialized output layer on top of the Transformer to predict characters (Librispeech/Libri-light) "
            "or phonemes (TIMIT). For Libri-light, we train three seeds with two different learning rates for "
            "all subsets and choose the configuration with lowest WER on dev-other subset decoded with the "
            "official 4-gram language model.",
            "We optimize with Adam and a tri-state rate schedule where the learning rate is warmed up for the "
            "first 10% of updates, held constant for the next 40% and then linearly decayed for the remainder. "
            "BASE uses a batch size of 3.2m samples per GPU and we fine-tune on 8 GPUs, giving a total batch "
            "size of 1,600sec. LARGE batches 1.28m samples on each GPU and we fine-tune on 24 GPUs, resulting "
            "in an effective batch size of 1,920sec. For the first 10k updates only the output classifier is "
            "trained, after which the Transformer is also updated. The feature encoder is not trained during "
            "fine-tuning.",
            "<b>Language models and decoding.</b> We consider two types of language models (LM): a 4-gram "
            "model and a Transformer trained on the Librispeech LM corpus. We tune the weights of the language "
            "model and a word insertion penalty with Bayesian optimization on the dev sets."]),
        ("5 Results", [
            "<b>Low-resource labeled data evaluation.</b> We first evaluate our pre-trained models in settings "
            "where the amount of labeled data is limited. Our LARGE model pre-trained on LV-60k and fine-tuned "
            "on only 10 minutes of labeled data achieves a word error rate of 4.8/8.2 on the Librispeech "
            "clean/other test sets with the Transformer LM. Ten minutes of "
            "labeled data corresponds to just 48 recordings with an average length of 12.5 seconds. When "
            "using one hour of labeled data, our approach already outperforms the previous state of the art "
            "obtained with the 100 hour labeled subset.",
            "@TABLE:0@",
            "<b>High-resource labeled data evaluation on Librispeech.</b> In this section we evaluate the "
            "performance when large quantities of labeled speech are available to assess the effectiveness of "
            "our approach in a high resource setup. Our LARGE model pre-trained on LV-60k and fine-tuned on "
            "all 960 hours of labeled Librispeech reaches 1.8/3.3 WER on test-clean/other, which is "
            "competitive with the best supervised and semi-supervised systems.",
            "@TABLE:1@",
            "<b>Phoneme recognition on TIMIT.</b> We fine-tune on the labeled TIMIT training data and report "
            "phoneme error rate (PER). Our LARGE model pre-trained on LV-60k reaches 7.4 PER on the dev set "
            "and 8.3 PER on the test set, a new state of the art."]),
        ("6 Related Work", [
            "Self-supervised learning of speech representations has been explored by predicting future "
            "samples (contrastive predictive coding, wav2vec) and by reconstructing masked inputs. vq-wav2vec "
            "learned discrete units with a Gumbel softmax or online k-means clustering, followed by a "
            "BERT model trained on the discretized sequence in a separate step; our approach learns the "
            "quantization and the contextualized representations jointly. Semi-supervised methods such as "
            "iterative pseudo-labeling and noisy student self-training use large amounts of unlabeled audio "
            "through a teacher model and an external language model; our pre-trained models compare "
            "favourably with these pipelines while being conceptually simpler."]),
        ("7 Conclusion", [
            "We presented wav2vec 2.0, a framework for self-supervised learning of speech representations "
            "which masks latent representations of the raw waveform and solves a contrastive task over "
            "quantized speech representations. Our experiments show the large potential of pre-training on "
            "unlabeled data for speech processing: when using only 10 minutes of labeled training data, or "
            "48 recordings of 12.5 seconds on average, we achieve a WER of 4.8/8.2 on test-clean/other of "
            "Librispeech."]),
    ],
    "tables": [
        {"caption": "Table 1: WER on the Librispeech test sets when training on the Libri-light low-resource "
                    "labeled data setups of 10 min, 1 hour, 10 hours and the clean 100h subset of Librispeech. "
                    "Models use LARGE pre-trained on LV-60k and a Transformer LM.",
         "rows": [["Labeled data", "Model", "test-clean", "test-other"],
                  ["10 min", "LARGE, LV-60k", "4.8", "8.2"],
                  ["1h", "LARGE, LV-60k", "2.9", "5.8"],
                  ["10h", "LARGE, LV-60k", "2.6", "4.9"],
                  ["100h", "LARGE, LV-60k", "2.0", "4.0"]]},
        {"caption": "Table 2: WER on Librispeech when using all 960 hours of labeled data.",
         "rows": [["Model", "Unlabeled data", "LM", "test-clean", "test-other"],
                  ["Conformer (supervised)", "-", "LSTM", "1.9", "3.9"],
                  ["wav2vec 2.0 LARGE", "LV-60k", "Transformer", "1.8", "3.3"]]},
    ],
    "references": [
        "[1] A. Baevski, S. Schneider, and M. Auli. vq-wav2vec: Self-supervised learning of discrete speech "
        "representations. In Proc. of ICLR, 2020.",
        "[2] J. Devlin, M.-W. Chang, K. Lee, and K. Toutanova. BERT: Pre-training of deep bidirectional "
        "transformers for language understanding. In Proc. of NAACL, 2019.",
        "[3] A. Graves, S. Fernández, F. Gomez, and J. Schmidhuber. Connectionist temporal classification: "
        "labelling unsegmented sequence data with recurrent neural networks. In Proc. of ICML, 2006.",
        "[4] A. Gulati et al. Conformer: Convolution-augmented transformer for speech recognition. "
        "arXiv:2005.08100, 2020.",
        "[5] E. Jang, S. Gu, and B. Poole. Categorical reparameterization with Gumbel-softmax. ICLR, 2017.",
        "[6] J. Kahn et al. Libri-light: A benchmark for ASR with limited or no supervision. In Proc. of "
        "ICASSP, 2020.",
        "[7] D. P. Kingma and J. Ba. Adam: A method for stochastic optimization. In Proc. of ICLR, 2015.",
        "[8] A. van den Oord, Y. Li, and O. Vinyals. Representation learning with contrastive predictive "
        "coding. arXiv:1807.03748, 2018.",
        "[9] M. Ott et al. fairseq: A fast, extensible toolkit for sequence modeling. In Proc. of NAACL "
        "System Demonstrations, 2019.",
        "[10] V. Panayotov, G. Chen, D. Povey, and S. Khudanpur. Librispeech: an ASR corpus based on public "
        "domain audio books. In Proc. of ICASSP, 2015.",
        "[11] D. S. Park et al. SpecAugment: A simple data augmentation method for automatic speech "
        "recognition. In Proc. of Interspeech, 2019.",
        "[12] S. Schneider, A. Baevski, R. Collobert, and M. Auli. wav2vec: Unsupervised pre-training for "
        "speech recognition. In Proc. of Interspeech, 2019.",
        "[13] A. Vaswani et al. Attention is all you need. In Proc. of NIPS, 2017.",
    ],
}

TRUTH = {
    "year": 2020,
    "source": "condensed retelling of Baevski, Zhou, Mohamed & Auli, NeurIPS 2020 (arXiv:2006.11477), "
              "written from memory",
    "task_family": "speech-recognition",
    "contribution": {"value": "objective",
                     "quote": "wav2vec 2.0 masks the speech input in the latent space and solves a contrastive"},
    "claim": {"value": "Self-supervised pre-training on unlabeled speech followed by CTC fine-tuning outperforms "
                       "the best semi-supervised methods: 1.8/3.3 WER on Librispeech test-clean/other with all "
                       "labeled data; with 1 hour of labels it beats the previous state of the art on the 100h "
                       "subset; 10 minutes of labels give 4.8/8.2 WER",
              "quote": "can outperform the best semi-supervised methods while being"},
    "param_counts": [
        {"model": "wav2vec 2.0 BASE", "value": 95000000, "quote": "BASE (95m parameters)"},
        {"model": "wav2vec 2.0 LARGE", "value": 317000000, "quote": "LARGE (317m parameters)"},
    ],
    "architecture": {"value": "7-block convolutional feature encoder on raw audio (512 channels, strides "
                              "(5,2,2,2,2,2,2), kernels (10,3,3,3,3,2,2), ~20ms stride); Transformer context "
                              "network with convolutional relative positional embedding (kernel 128, 16 groups); "
                              "BASE 12 blocks/768/3072/8 heads, LARGE 24 blocks/1024/4096/16 heads; product "
                              "quantization module (G=2, V=320, Gumbel softmax); linear CTC head for fine-tuning",
                     "quote": "contains 12 transformer blocks, model dimension 768"},
    "datasets": [
        {"value": "LibriSpeech 960h without transcriptions (LS-960) [unlabeled pre-training]",
         "quote": "As unlabeled data we consider the Librispeech corpus without transcriptions"},
        {"value": "LibriVox LV-60k (53.2k hours after preprocessing) [unlabeled pre-training]",
         "quote": "preprocessing of Kahn et al. resulting in 53.2k hours of audio"},
        {"value": "LibriSpeech 960h labeled [fine-tuning]",
         "quote": "settings: 960 hours of transcribed Librispeech"},
        {"value": "LibriSpeech train-clean-100 [fine-tuning]",
         "quote": "the train-clean-100 subset comprising 100 hours"},
        {"value": "Libri-light limited-resource subsets train-10h, train-1h, train-10min [fine-tuning]",
         "quote": "these are train-10h (10 hours labeled), train-1h (1 hour labeled)"},
        {"value": "LibriSpeech dev-clean/dev-other/test-clean/test-other [evaluation]",
         "quote": "evaluate on the standard Librispeech dev-other/clean and test-clean/other sets"},
        {"value": "TIMIT [phoneme recognition fine-tuning and evaluation, 39 phone classes]",
         "quote": "We fine-tune the pre-trained models for phoneme recognition on the TIMIT dataset."},
        {"value": "Librispeech LM corpus [language-model training for decoding]",
         "quote": "model and a Transformer trained on the Librispeech LM corpus"},
    ],
    "metrics": [
        {"value": "word error rate (WER)", "quote": "word error rate (WER) 4.8/8.2 on the clean/other test"},
        {"value": "phoneme error rate (PER, TIMIT)", "quote": "phoneme error rate (PER)"},
    ],
    "training": {
        "pretrain_base_ls960": {
            "optimizer": {"value": "Adam", "quote": "We optimize with Adam, warming up the learning rate for"},
            "learning_rate": {"value": 0.0005, "note": "peak", "quote": "5 × 10<super>−4</super> for BASE"},
            "lr_schedule": {"value": "linear warm-up for 8% of updates, then linear decay",
                            "quote": "and then linearly decay it"},
            "warmup": {"value": "first 8% of updates", "numbers": [0.08],
                       "quote": "warming up the learning rate for the first 8% of updates"},
            "steps": {"value": 400000, "quote": "BASE for 400k updates"},
            "batch_size": {"value": "1.6h of audio in total (250k-sample crops, up to 1.4m samples per GPU, "
                                    "64 V100 GPUs)",
                           "numbers": [1.6],
                           "quote": "the total batch size is 1.6h",
                           "note": "batch measured in hours of audio"},
            "dropout": {"value": 0.1, "quote": "We use dropout 0.1 in the Transformer"},
            "layerdrop": {"value": 0.05, "quote": "Layers are dropped at a rate of 0.05 for BASE"},
            "masking": {"value": "p = 0.065, M = 10", "numbers": [0.065, 10],
                        "quote": "we sample p = 0.065 of all time-steps to be"},
            "diversity_loss_weight": {"value": 0.1, "quote": "We use weight α = 0.1 for the diversity loss."},
            "training_time": {"value": "1.6 days on 64 V100 GPUs", "quote": "64 V100 GPUs for 1.6 days"},
        },
        "pretrain_large_ls960": {
            "optimizer": {"value": "Adam", "quote": "We optimize with Adam, warming up the learning rate for"},
            "learning_rate": {"value": 0.0003, "note": "peak", "quote": "3 × 10<super>−4</super> for LARGE"},
            "lr_schedule": {"value": "linear warm-up for 8% of updates, then linear decay",
                            "quote": "and then linearly decay it"},
            "warmup": {"value": "first 8% of updates", "numbers": [0.08],
                       "quote": "warming up the learning rate for the first 8% of updates"},
            "steps": {"value": 250000, "quote": "LARGE trains for 250k updates"},
            "batch_size": {"value": "2.7h of audio in total (320k-sample crops, up to 1.2m samples per GPU, "
                                    "128 V100 GPUs)",
                           "numbers": [2.7], "quote": "batch size is 2.7h",
                           "note": "batch measured in hours of audio"},
            "dropout": {"value": 0.1, "quote": "We use dropout 0.1 in the Transformer"},
            "layerdrop": {"value": 0.2, "quote": "0.2 for LARGE; there is no layer drop for LV-60k"},
            "training_time": {"value": "2.3 days on 128 V100 GPUs",
                              "quote": "train on 128 V100 GPUs over 2.3 days for Librispeech"},
        },
        "pretrain_large_lv60k": {
            "optimizer": {"value": "Adam", "quote": "We optimize with Adam, warming up the learning rate for"},
            "learning_rate": {"value": 0.0003, "note": "peak", "quote": "3 × 10<super>−4</super> for LARGE"},
            "warmup": {"value": "first 8% of updates", "numbers": [0.08],
                       "quote": "warming up the learning rate for the first 8% of updates"},
            "steps": {"value": 600000, "quote": "LARGE on LV-60k for 600k updates"},
            "batch_size": {"value": "2.7h of audio in total", "numbers": [2.7], "quote": "batch size is 2.7h"},
            "dropout": {"value": 0.1, "quote": "We use dropout 0.1 in the Transformer"},
            "layerdrop": {"value": "none", "numbers": [], "quote": "there is no layer drop for LV-60k"},
            "training_time": {"value": "5.2 days on 128 V100 GPUs", "quote": "5.2 days for LibriVox"},
        },
        "finetune_base": {
            "optimizer": {"value": "Adam", "quote": "We optimize with Adam and a tri-state rate schedule"},
            "lr_schedule": {"value": "tri-state: warm-up 10% of updates, constant for 40%, linear decay for the rest",
                            "quote": "held constant for the next 40% and then linearly decayed"},
            "warmup": {"value": "first 10% of updates", "numbers": [0.1],
                       "quote": "warmed up for the first 10% of updates"},
            "batch_size": {"value": "3.2m samples per GPU on 8 GPUs (1,600 sec of audio in total)",
                           "numbers": [1600], "quote": "giving a total batch size of 1,600sec",
                           "note": "batch measured in seconds of audio"},
            "frozen_modules": {"value": "only the output classifier for the first 10k updates; feature encoder "
                                        "never trained during fine-tuning", "numbers": [10000],
                               "quote": "For the first 10k updates only the output classifier is"},
            "loss": {"value": "CTC", "quote": "Models are optimized by minimizing a CTC loss"},
        },
        "finetune_large": {
            "optimizer": {"value": "Adam", "quote": "We optimize with Adam and a tri-state rate schedule"},
            "lr_schedule": {"value": "tri-state: warm-up 10% of updates, constant for 40%, linear decay for the rest",
                            "quote": "held constant for the next 40% and then linearly decayed"},
            "warmup": {"value": "first 10% of updates", "numbers": [0.1],
                       "quote": "warmed up for the first 10% of updates"},
            "batch_size": {"value": "1.28m samples per GPU on 24 GPUs (1,920 sec of audio in total)",
                           "numbers": [1920], "quote": "in an effective batch size of 1,920sec",
                           "note": "batch measured in seconds of audio"},
            "frozen_modules": {"value": "only the output classifier for the first 10k updates; feature encoder "
                                        "never trained during fine-tuning", "numbers": [10000],
                               "quote": "For the first 10k updates only the output classifier is"},
            "loss": {"value": "CTC", "quote": "Models are optimized by minimizing a CTC loss"},
        },
    },
    "not_stated": ["weight_decay", "epochs", "lora_rank", "lora_alpha",
                   "learning_rate (fine-tuning: 'two different learning rates', values not given)",
                   "steps (fine-tuning)", "dropout (fine-tuning)"],
    "paper_notes": [
        "Batch sizes are in hours/seconds of audio, not examples.",
        "Learning rates are written 5 × 10^−4 / 3 × 10^−4 with superscript exponents.",
        "Pre-training steps are given as '400k', '250k', '600k' updates in one sentence covering three runs.",
        "Fine-tuning learning rates and per-split update counts (in the published appendix) are left out of "
        "this retelling as uncertain from memory; the text only says two learning rates were tried.",
        "The 10-minute number 4.8/8.2 appears in abstract, introduction, results and conclusion.",
        "Results tables condensed from memory to the LARGE LV-60k Transformer-LM rows and one baseline.",
    ],
}
