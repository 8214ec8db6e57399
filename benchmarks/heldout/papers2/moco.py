"""Momentum Contrast for Unsupervised Visual Representation Learning (He, Fan, Wu, Xie & Girshick, CVPR 2020) —
condensed retelling written from memory."""

PAPER = {
    "title": "Momentum Contrast for Unsupervised Visual Representation Learning",
    "authors": "Kaiming He, Haoqi Fan, Yuxin Wu, Saining Xie, Ross Girshick",
    "affil": "Facebook AI Research (FAIR)",
    "header": "Momentum Contrast for Unsupervised Visual Representation Learning",
    "columns": 2,
    "stamp": "arXiv:1911.05722v3 [cs.CV] 23 Mar 2020",
    "abstract": (
        "We present Momentum Contrast (MoCo) for unsupervised visual representation learning. From a perspective "
        "on contrastive learning as dictionary look-up, we build a dynamic dictionary with a queue and a "
        "moving-averaged encoder. This enables building a large and consistent dictionary on-the-fly that "
        "facilitates contrastive unsupervised learning. MoCo provides competitive results under the common linear "
        "protocol on ImageNet classification. More importantly, the representations learned by MoCo transfer well "
        "to downstream tasks. MoCo can outperform its supervised pre-training counterpart in 7 detection/"
        "segmentation tasks on PASCAL VOC, COCO, and other datasets, sometimes surpassing it by large margins. "
        "This suggests that the gap between unsupervised and supervised representation learning has been largely "
        "closed in many vision tasks."),
    "sections": [
        ("1. Introduction", [
            "Unsupervised representation learning is highly successful in natural language processing, e.g., as "
            "shown by GPT and BERT. But supervised pre-training is still dominant in computer vision, where "
            "unsupervised methods generally lag behind. The reason may stem from differences in their respective "
            "signal spaces: language tasks have discrete signal spaces for building tokenized dictionaries, while "
            "the raw visual signal is in a continuous, high-dimensional space.",
            "Several recent studies present promising results on unsupervised visual representation learning "
            "using approaches related to the contrastive loss. Though driven by various motivations, these methods "
            "can be thought of as building dynamic dictionaries. The keys in the dictionary are sampled from data "
            "and are represented by an encoder network. Unsupervised learning trains encoders to perform "
            "dictionary look-up: an encoded query should be similar to its matching key and dissimilar to others. "
            "From this perspective, we hypothesize that it is desirable to build dictionaries that are: (i) large "
            "and (ii) consistent as they evolve during training.",
            "In this paper, we present Momentum Contrast (MoCo) as a way of building large and consistent "
            "dictionaries for unsupervised learning with a contrastive loss. We maintain the dictionary as a queue "
            "of data samples: the encoded representations of the current mini-batch are enqueued, and the oldest "
            "are dequeued. The queue decouples the dictionary size from the mini-batch size, allowing it to be "
            "large. Moreover, as the dictionary keys come from the preceding several mini-batches, a slowly "
            "progressing key encoder, implemented as a momentum-based moving average of the query encoder, is "
            "proposed to maintain consistency.",
            "MoCo is a mechanism for building dynamic dictionaries for contrastive learning, and can be used with "
            "various pretext tasks. In this paper, we follow a simple instance discrimination task: a query "
            "matches a key if they are encoded views (e.g., different crops) of the same image. Using this pretext "
            "task, MoCo shows competitive results under the common protocol of linear classification in the "
            "ImageNet dataset. A main goal of unsupervised learning is to pre-train representations that can be "
            "transferred to downstream tasks by fine-tuning. We show that in 7 downstream tasks related to "
            "detection or segmentation, MoCo unsupervised pre-training can surpass its ImageNet supervised "
            "counterpart, in some cases by nontrivial margins."]),
        ("2. Related Work", [
            "<i>Loss functions.</i> Contrastive losses measure the similarities of sample pairs in a "
            "representation space. Adversarial losses measure the difference between probability distributions. "
            "<i>Pretext tasks.</i> A wide range of pretext tasks have been proposed, such as recovering the input "
            "under some corruption, e.g., denoising auto-encoders, context auto-encoders, or cross-channel "
            "auto-encoders (colorization); solving jigsaw puzzles; predicting rotations; or forming "
            "pseudo-labels by clustering features (DeepCluster).",
            "The memory bank approach of Wu et al. (InstDisc) stores the representations of all samples in the "
            "dataset and samples keys from it; its memory bank is updated with a momentum of 0.5 on the "
            "representations of a sample, and it uses 4096 negatives with a temperature of 0.07. CPC and CMC "
            "learn with contrastive objectives across context or views. Note that these works differ from ours "
            "in how the dictionary is built, rather than in the loss."]),
        ("3. Method", []),
        ("3.1. Contrastive Learning as Dictionary Look-up", [
            "Consider an encoded query q and a set of encoded samples {k<sub>0</sub>, k<sub>1</sub>, k<sub>2</sub>, "
            "...} that are the keys of a dictionary. Assume that there is a single key (denoted as "
            "k<sub>+</sub>) in the dictionary that q matches. With similarity measured by dot product, a form of "
            "a contrastive loss function, called InfoNCE, is considered in this paper: L<sub>q</sub> = −log "
            "[exp(q·k<sub>+</sub>/τ) / Σ<sub>i=0..K</sub> exp(q·k<sub>i</sub>/τ)], where τ is a temperature "
            "hyper-parameter. The sum is over one positive and K negative samples. Intuitively, this loss is the "
            "log loss of a (K+1)-way softmax-based classifier that tries to classify q as k<sub>+</sub>."]),
        ("3.2. Momentum Contrast", [
            "<i>Dictionary as a queue.</i> At the core of our approach is maintaining the dictionary as a queue of "
            "data samples. This allows us to reuse the encoded keys from the immediate preceding mini-batches. The "
            "dictionary size can be much larger than a typical mini-batch size, and can be flexibly and "
            "independently set as a hyper-parameter. The samples in the dictionary are progressively replaced: "
            "the current mini-batch is enqueued to the dictionary, and the oldest mini-batch in the queue is "
            "removed.",
            "<i>Momentum update.</i> Using a queue can make the dictionary large, but it also makes it intractable "
            "to update the key encoder by back-propagation. Formally, denoting the parameters of f<sub>k</sub> as "
            "θ<sub>k</sub> and those of f<sub>q</sub> as θ<sub>q</sub>, we update θ<sub>k</sub> by "
            "θ<sub>k</sub> ← mθ<sub>k</sub> + (1 − m)θ<sub>q</sub>. Here m ∈ [0, 1) is a momentum coefficient. "
            "Only the parameters θ<sub>q</sub> are updated by back-propagation. In experiments, a relatively "
            "large momentum (e.g., m = 0.999, our default) works much better than a smaller value (e.g., m = "
            "0.9), suggesting that a slowly evolving key encoder is a core to making use of a queue.",
            "<i>Relations to previous mechanisms.</i> We compare MoCo with two general types of contrastive loss "
            "mechanisms. The end-to-end update uses samples in the current mini-batch as the dictionary, so the "
            "dictionary size is coupled with the mini-batch size, limited by the GPU memory size. The memory bank "
            "approach consists of the representations of all samples in the dataset; the sampled keys in the "
            "memory bank are essentially about the encoders at multiple different steps all over the past epoch "
            "and thus are less consistent."]),
        ("3.3. Pretext Task", [
            "We consider a query and a key as a positive pair if they originate from the same image, and otherwise "
            "as a negative sample pair. We take two random \"views\" of the same image under random data "
            "augmentation to form a positive pair. The queries and keys are respectively encoded by their "
            "encoders, f<sub>q</sub> and f<sub>k</sub>. The encoder can be any convolutional neural network.",
            "<i>Technical details.</i> We adopt a ResNet as the encoder, whose last fully-connected layer (after "
            "global average pooling) has a fixed-dimensional output (128-D). This output vector is normalized by "
            "its L2-norm. This is the representation of the query or key. The temperature τ in Eqn.(1) is set as "
            "0.07. The data augmentation setting follows: a 224×224-pixel crop is taken from a randomly resized "
            "image, and then undergoes random color jittering, random horizontal flip, and random grayscale "
            "conversion, all available in PyTorch's torchvision package.",
            "<i>Shuffling BN.</i> Our encoders f<sub>q</sub> and f<sub>k</sub> both have Batch Normalization (BN) "
            "as in the standard ResNet. In experiments, we found that using BN prevents the model from learning "
            "good representations, as the intra-batch communication among samples leaks information. We resolve "
            "this problem by shuffling BN: we train with multiple GPUs and perform BN on the samples "
            "independently for each GPU, and for the key encoder f<sub>k</sub> we shuffle the sample order in the "
            "current mini-batch before distributing it among GPUs."]),
        ("4. Experiments", [
            "We study unsupervised training performed in: <b>ImageNet-1M (IN-1M)</b>: This is the ImageNet "
            "training set that has ∼1.28 million images in 1000 classes (often called ImageNet-1K; we count the "
            "image number instead, as classes are not exploited by unsupervised learning). This dataset is "
            "well-balanced in its class distribution, and its images generally contain iconic view of objects. "
            "<b>Instagram-1B (IG-1B)</b>: Following prior work, this is a dataset of ∼1 billion (940M) public "
            "images from Instagram. The images are from ∼1500 hashtags that are related to the ImageNet "
            "categories. This dataset is relatively uncurated comparing to IN-1M, and has a long-tailed, "
            "unbalanced distribution of real-world data.",
            "<b>Training.</b> We use SGD as our optimizer. The SGD weight decay is 0.0001 and the SGD momentum is "
            "0.9. For IN-1M, we use a mini-batch size of 256 (N in Algorithm 1) in 8 GPUs, and an initial "
            "learning rate of 0.03. We train for 200 epochs with the learning rate multiplied by 0.1 at 120 and "
            "160 epochs, taking ∼53 hours training ResNet-50. For IG-1B, we use a mini-batch size of 1024 in 64 "
            "GPUs, and a learning rate of 0.12 which is exponentially decayed by 0.9× after every 62.5k "
            "iterations (64M images). We train for 1.25M iterations (∼1.4 epochs of IG-1B), taking ∼6 days for "
            "ResNet-50."]),
        ("4.1. Linear Classification Protocol", [
            "We first verify our method by linear classification on frozen features, following a common protocol. "
            "In this subsection we perform unsupervised pre-training on IN-1M. Then we freeze the features and "
            "train a supervised linear classifier (a fully-connected layer followed by softmax). We train this "
            "classifier on the global average pooling features of a ResNet. We report 1-crop, top-1 "
            "classification accuracy on the ImageNet validation set. For this classifier, we perform a grid "
            "search and find the optimal initial learning rate is 30 and weight decay is 0. These "
            "hyper-parameters perform consistently well for all ablation entries presented in this subsection. "
            "These hyper-parameter values imply that the feature distributions (e.g., magnitudes) can be "
            "substantially different from those of ImageNet supervised training.",
            "<b>Ablation: contrastive loss mechanisms.</b> We compare the three mechanisms (end-to-end, memory "
            "bank, MoCo). All three mechanisms benefit from a larger K. The end-to-end mechanism performs "
            "similarly to MoCo when K is small, but the dictionary size is limited by the mini-batch size due to "
            "the end-to-end requirement. The memory bank mechanism can support a larger dictionary size, but it "
            "is 2.6% worse than MoCo. We use K = 65536 for MoCo in the remaining experiments.",
            "<b>Ablation: momentum.</b> The table below shows ResNet-50 accuracy with different MoCo momentum "
            "values (m) used in pre-training (K = 4096 here): It performs reasonably well when m is in "
            "0.99 ∼ 0.9999, showing that a slowly progressing key encoder is beneficial. When m is too small, "
            "e.g., 0.9, the accuracy drops considerably; at the extreme of no momentum (m is 0), the training "
            "loss oscillates and fails to converge.",
            "@TABLE:0@",
            "<b>Comparison with previous results.</b> Previous unsupervised learning methods can differ "
            "substantially in model sizes. For a fair and comprehensive comparison, we report accuracy vs. #parameters "
            "trade-offs. Besides ResNet-50 (R50), we also report its variants that are 2× and 4× wider (more "
            "channels). MoCo with R50 performs competitively and achieves 60.6% accuracy, better than all "
            "competitors of similar model sizes (∼24M). MoCo benefits from larger models and achieves 68.6% "
            "accuracy with R50w4×.",
            "@TABLE:1@"]),
        ("4.2. Transferring Features", [
            "A main goal of unsupervised learning is to learn features that are transferrable. ImageNet supervised "
            "pre-training is most influential when serving as the initialization for fine-tuning in downstream "
            "tasks. Next we compare MoCo with ImageNet supervised pre-training, transferred to various tasks "
            "including PASCAL VOC, COCO, etc.",
            "<b>Normalization.</b> Features produced by unsupervised pre-training can have different distributions "
            "compared with ImageNet supervised pre-training. We adopt feature normalization during fine-tuning: "
            "we fine-tune with BN that is trained (and synchronized across GPUs), instead of freezing it by an "
            "affine layer. We also use BN in the newly initialized layers.",
            "<b>Schedules.</b> If the fine-tuning schedule is long enough, training detectors from random "
            "initialization can be strong baselines. In our experiments, we deliberately use the same fine-tuning "
            "schedule as the supervised counterpart, so MoCo uses no more iterations than ImageNet pre-training.",
            "<b>PASCAL VOC Object Detection.</b> The detector is Faster R-CNN with a backbone of R50-dilated-C5 or "
            "R50-C4, with BN tuned, implemented in Detectron2. We fine-tune all layers end-to-end. The image scale "
            "is [480, 800] pixels during training and 800 at inference. The same setup is used for all entries, "
            "including the supervised pre-training baseline. We evaluate the default VOC metric of AP50 (i.e., IoU "
            "threshold is 50%) and the more stringent metrics of COCO-style AP and AP75. Evaluation is on the VOC "
            "test2007 set, with fine-tuning on trainval07+12.",
            "@TABLE:2@",
            "<b>COCO Object Detection and Segmentation.</b> The model is Mask R-CNN with the FPN or C4 backbone, "
            "with BN tuned. We fine-tune on the train2017 set (∼118k images) and evaluate on val2017. The "
            "schedule is the default 1× or 2×. With the 2× schedule, MoCo is better than its ImageNet supervised "
            "counterpart in all metrics in both backbones.",
            "<b>More downstream tasks.</b> We further evaluate COCO keypoint detection, COCO dense pose "
            "estimation, LVIS v0.5 instance segmentation, and Cityscapes instance and semantic segmentation. In "
            "these tasks MoCo is overall on par with or better than its ImageNet supervised pre-training "
            "counterpart, with the IG-1B model being consistently better than the IN-1M model."]),
        ("5. Discussion and Conclusion", [
            "Our method has shown positive results of unsupervised learning in a variety of computer vision tasks "
            "and datasets. A few open questions are worth discussing. MoCo's improvement from IN-1M to IG-1B is "
            "consistently noticeable but relatively small, suggesting that the larger-scale data may not be fully "
            "exploited. We hope an advanced pretext task will improve this. Beyond the simple instance "
            "discrimination task, it is possible to adopt MoCo for pretext tasks like masked auto-encoding."]),
    ],
    "tables": [
        {"caption": "Momentum ablation: ImageNet linear classification accuracy of ResNet-50 pre-trained "
                    "with different MoCo momentum values m (K = 4096).",
         "rows": [["momentum m", "0", "0.9", "0.99", "0.999", "0.9999"],
                  ["accuracy (%)", "fail", "55.2", "57.8", "59.0", "58.9"]]},
        {"caption": "Table 1. Comparison under the linear classification protocol on ImageNet. All are reported as "
                    "unsupervised pre-training on the ImageNet-1M training set, followed by supervised linear "
                    "classification trained on frozen features, evaluated on the validation set.",
         "rows": [["method", "architecture", "#params (M)", "accu. (%)"],
                  ["InstDisc", "R50", "24", "54.0"],
                  ["LocalAgg", "R50", "24", "58.8"],
                  ["BigBiGAN", "R50", "24", "56.6"],
                  ["CPC v2", "R170 wider", "303", "65.9"],
                  ["CMC", "R50 L+ab", "47", "64.1"],
                  ["AMDIM small", "custom", "194", "63.5"],
                  ["MoCo", "R50", "24", "60.6"],
                  ["MoCo", "RX50", "46", "63.9"],
                  ["MoCo", "R50w2×", "94", "65.4"],
                  ["MoCo", "R50w4×", "375", "68.6"]]},
        {"caption": "Table 2. Object detection fine-tuned on PASCAL VOC trainval07+12, evaluated on test2007. "
                    "Faster R-CNN, R50-C4.",
         "rows": [["pre-train", "AP50", "AP", "AP75"],
                  ["random init.", "60.2", "33.8", "33.1"],
                  ["super. IN-1M", "81.3", "53.5", "58.8"],
                  ["MoCo IN-1M", "81.5", "55.9", "62.6"],
                  ["MoCo IG-1B", "82.2", "57.2", "63.7"]]},
    ],
    "references": [
        "[1] Jia Deng, Wei Dong, Richard Socher, Li-Jia Li, Kai Li, and Li Fei-Fei. ImageNet: A large-scale "
        "hierarchical image database. In CVPR, 2009.",
        "[2] Mark Everingham, Luc Van Gool, Christopher K. I. Williams, John Winn, and Andrew Zisserman. The "
        "PASCAL Visual Object Classes (VOC) Challenge. IJCV, 2010.",
        "[3] Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual learning for image "
        "recognition. In CVPR, 2016.",
        "[4] Kaiming He, Georgia Gkioxari, Piotr Dollár, and Ross Girshick. Mask R-CNN. In ICCV, 2017.",
        "[5] Olivier J. Hénaff, Ali Razavi, Carl Doersch, S. M. Ali Eslami, and Aaron van den Oord. "
        "Data-efficient image recognition with contrastive predictive coding. arXiv:1905.09272, 2019.",
        "[6] Tsung-Yi Lin, Michael Maire, Serge Belongie, et al. Microsoft COCO: Common objects in context. In "
        "ECCV, 2014.",
        "[7] Dhruv Mahajan, Ross Girshick, Vignesh Ramanathan, et al. Exploring the limits of weakly supervised "
        "pretraining. In ECCV, 2018.",
        "[8] Aaron van den Oord, Yazhe Li, and Oriol Vinyals. Representation learning with contrastive "
        "predictive coding. arXiv:1807.03748, 2018.",
        "[9] Yonglong Tian, Dilip Krishnan, and Phillip Isola. Contrastive multiview coding. arXiv:1906.05849, "
        "2019.",
        "[10] Zhirong Wu, Yuanjun Xiong, Stella Yu, and Dahua Lin. Unsupervised feature learning via "
        "non-parametric instance discrimination. In CVPR, 2018.",
        "[11] Chengxu Zhuang, Alex Lin Zhai, and Daniel Yamins. Local aggregation for unsupervised learning of "
        "visual embeddings. In ICCV, 2019.",
        "[12] Agrim Gupta, Piotr Dollár, and Ross Girshick. LVIS: A dataset for large vocabulary instance "
        "segmentation. In CVPR, 2019."],
}

TRUTH = {
    "year": 2020,
    "source": "condensed retelling of He, Fan, Wu, Xie & Girshick, CVPR 2020, written from memory",
    "task_family": "representation-learning",
    "contribution": {"value": "training-method",
                     "quote": "we present Momentum Contrast (MoCo) as a way of building large and consistent"},
    "claim": {"value": "MoCo unsupervised pre-training (queue dictionary + momentum key encoder) is competitive under "
                       "ImageNet linear classification (60.6% R50, 68.6% R50w4×) and outperforms its ImageNet "
                       "supervised pre-training counterpart in 7 detection/segmentation tasks on PASCAL VOC, COCO and "
                       "other datasets",
              "quote": "MoCo can outperform its supervised pre-training counterpart in 7 detection"},
    "param_counts": [
        {"model": "MoCo ResNet-50", "value": 24000000, "quote": "MoCo R50 24 60.6"},
        {"model": "MoCo ResNeXt-50 (RX50)", "value": 46000000, "quote": "MoCo RX50 46 63.9"},
        {"model": "MoCo ResNet-50 2× wider", "value": 94000000, "quote": "MoCo R50w2× 94 65.4"},
        {"model": "MoCo ResNet-50 4× wider", "value": 375000000, "quote": "MoCo R50w4× 375 68.6"},
    ],
    "architecture": {
        "value": "ResNet encoder (R50, RX50, R50w2×, R50w4×) with last FC layer giving a 128-D L2-normalized output; "
                 "query encoder trained by back-propagation, key encoder a momentum moving average (m = 0.999); "
                 "dictionary as a queue of K = 65536 keys; InfoNCE loss with τ = 0.07; shuffling BN",
        "quote": "whose last fully-connected layer (after global average pooling) has a fixed-dimensional"},
    "datasets": [
        {"value": "ImageNet-1M (IN-1M) [unsupervised pre-training; ~1.28M images, 1000 classes; linear evaluation]",
         "quote": "This is the ImageNet training set that has ∼1.28 million images"},
        {"value": "Instagram-1B (IG-1B) [unsupervised pre-training; ~940M public images, ~1500 hashtags]",
         "quote": "this is a dataset of ∼1 billion (940M) public images"},
        {"value": "PASCAL VOC [detection fine-tuning; trainval07+12, test2007]",
         "quote": "Evaluation is on the VOC test2007 set, with fine-tuning on trainval07+12."},
        {"value": "COCO [detection / instance segmentation; train2017, val2017; keypoints, dense pose]",
         "quote": "We fine-tune on the train2017 set (∼118k images) and evaluate on val2017."},
        {"value": "LVIS v0.5 [instance segmentation]", "quote": "LVIS v0.5 instance segmentation"},
        {"value": "Cityscapes [instance and semantic segmentation]",
         "quote": "Cityscapes instance and semantic segmentation"},
    ],
    "metrics": [
        {"value": "ImageNet 1-crop top-1 accuracy of a linear classifier on frozen features",
         "quote": "We report 1-crop, top-1 classification accuracy on the ImageNet validation set."},
        {"value": "AP50, AP, AP75 (VOC detection)",
         "quote": "We evaluate the default VOC metric of AP50"},
        {"value": "COCO AP (box and mask)", "quote": "counterpart in all metrics in both backbones"},
    ],
    "training": {
        "pretraining_in1m": {
            "optimizer": {"value": "SGD, momentum 0.9", "quote": "We use SGD as our optimizer."},
            "momentum": {"value": 0.9, "quote": "the SGD momentum is 0.9"},
            "weight_decay": {"value": 0.0001, "quote": "The SGD weight decay is 0.0001"},
            "batch_size": {"value": 256, "note": "on 8 GPUs",
                           "quote": "For IN-1M, we use a mini-batch size of 256"},
            "learning_rate": {"value": "0.03, ×0.1 at 120 and 160 epochs", "numbers": [0.03],
                              "quote": "and an initial learning rate of 0.03"},
            "lr_schedule": {"value": "step: multiplied by 0.1 at 120 and 160 epochs",
                            "quote": "with the learning rate multiplied by 0.1 at 120 and 160 epochs"},
            "epochs": {"value": 200, "quote": "We train for 200 epochs with the learning rate"},
            "temperature": {"value": 0.07, "quote": "The temperature τ in Eqn.(1) is set as 0.07."},
            "queue_size_K": {"value": 65536, "quote": "We use K = 65536 for MoCo in the remaining experiments."},
            "encoder_momentum": {"value": 0.999, "quote": "m = 0.999, our default"},
            "feature_dim": {"value": 128, "quote": "has a fixed-dimensional output (128-D)"},
        },
        "pretraining_ig1b": {
            "optimizer": {"value": "SGD, momentum 0.9", "quote": "We use SGD as our optimizer."},
            "weight_decay": {"value": 0.0001, "quote": "The SGD weight decay is 0.0001"},
            "batch_size": {"value": 1024, "note": "on 64 GPUs", "quote": "we use a mini-batch size of 1024 in 64"},
            "learning_rate": {"value": "0.12, exponentially decayed by 0.9× every 62.5k iterations",
                              "numbers": [0.12], "quote": "and a learning rate of 0.12 which is exponentially"},
            "lr_schedule": {"value": "×0.9 every 62.5k iterations (64M images)",
                            "quote": "decayed by 0.9× after every 62.5k"},
            "steps": {"value": "1.25M iterations (~1.4 epochs of IG-1B)", "numbers": [1250000],
                      "quote": "We train for 1.25M iterations"},
            "epochs": {"value": "~1.4", "numbers": [1.4], "quote": "(∼1.4 epochs of IG-1B)"},
        },
        "linear_classification": {
            "learning_rate": {"value": 30, "quote": "find the optimal initial learning rate is 30"},
            "weight_decay": {"value": 0, "quote": "and weight decay is 0"},
        },
    },
    "not_stated": ["dropout", "warmup", "lora_rank", "lora_alpha", "linear classifier optimizer/epochs/batch size",
                   "detection fine-tuning learning rate and iterations"],
    "paper_notes": [
        "Related work restates InstDisc's memory-bank settings (momentum 0.5, 4096 negatives, temperature 0.07).",
        "Two different momenta: SGD momentum 0.9 vs key-encoder momentum m = 0.999 (ablation table of m values).",
        "Momentum ablation uses K = 4096, main runs K = 65536.",
        "Linear-classification learning rate 30 is a separate set-up from pre-training lr 0.03.",
        "Table 1 mixes baselines' parameter counts with MoCo's.",
        "Detection fine-tuning uses 'the same schedule as the supervised counterpart' with no explicit numbers.",
    ],
}
