"""DCGAN (Radford, Metz & Chintala, ICLR 2016): condensed retelling written from memory."""

PAPER = {
    "title": "Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks",
    "authors": "Alec Radford, Luke Metz and Soumith Chintala",
    "affil": "indico Research, Boston, MA · Facebook AI Research, New York, NY",
    "header": "Under review as a conference paper at ICLR 2016",
    "columns": 1,
    "abstract": (
        "In recent years, supervised learning with convolutional networks (CNNs) has seen huge adoption in "
        "computer vision applications. Comparatively, unsupervised learning with CNNs has received less "
        "attention. In this work we hope to help bridge the gap between the success of CNNs for supervised "
        "learning and unsupervised learning. We introduce a class of CNNs called deep convolutional generative "
        "adversarial networks (DCGANs), that have certain architectural constraints, and demonstrate that they "
        "are a strong candidate for unsupervised learning. Training on various image datasets, we show "
        "convincing evidence that our deep convolutional adversarial pair learns a hierarchy of representations "
        "from object parts to scenes in both the generator and discriminator. Additionally, we use the learned "
        "features for novel tasks – demonstrating their applicability as general image representations."),
    "sections": [
        ("1 Introduction", [
            "Learning reusable feature representations from large unlabeled datasets has been an area of active "
            "research. In the context of computer vision, one can leverage the practically unlimited amount of "
            "unlabeled images and videos to learn good intermediate representations, which can then be used on a "
            "variety of supervised learning tasks such as image classification. We propose that one way to build "
            "good image representations is by training Generative Adversarial Networks (GANs) (Goodfellow et al., "
            "2014), and later reusing parts of the generator and discriminator networks as feature extractors for "
            "supervised tasks. GANs provide an attractive alternative to maximum likelihood techniques. GANs have been "
            "known to be unstable to train, often resulting in generators that produce nonsensical outputs.",
            "In this paper, we make the following contributions:",
            "• We propose and evaluate a set of constraints on the architectural topology of Convolutional GANs "
            "that make them stable to train in most settings. We name this class of architectures Deep "
            "Convolutional GANs (DCGAN).",
            "• We use the trained discriminators for image classification tasks, showing competitive performance "
            "with other unsupervised algorithms.",
            "• We visualize the filters learnt by GANs and empirically show that specific filters have learned to "
            "draw specific objects.",
            "• We show that the generators have interesting vector arithmetic properties allowing for easy "
            "manipulation of many semantic qualities of generated samples."]),
        ("2 Related Work", []),
        ("2.1 Representation learning from unlabeled data", [
            "Unsupervised representation learning is a fairly well studied problem in general computer vision "
            "research, as well as in the context of images. A classic approach to unsupervised representation "
            "learning is to do clustering on the data (for example using K-means), and leverage the clusters for "
            "improved classification scores. In the context of images, one can do hierarchical clustering of image "
            "patches (Coates & Ng, 2012) to learn powerful image representations. Another popular method is to "
            "train auto-encoders (convolutionally, stacked (Vincent et al., 2010), separating the what and where "
            "components of the code (Zhao et al., 2015), ladder structures (Rasmus et al., 2015)) that encode an "
            "image into a compact code, and decode the code to reconstruct the image as accurately as possible."]),
        ("2.2 Generating natural images", [
            "Generative image models are well studied and fall into two categories: parametric and "
            "non-parametric. Parametric models for generating images have been explored extensively. A "
            "variational sampling approach to generating images (Kingma & Welling, 2013) has had some success, "
            "but the samples often suffer from being blurry. Another approach generates images using an "
            "iterative forward diffusion process (Sohl-Dickstein et al., 2015). Generative Adversarial Networks "
            "(Goodfellow et al., 2014) generated images suffering from being noisy and incomprehensible. A "
            "laplacian pyramid extension to this approach (Denton et al., 2015) showed higher quality images, but "
            "they still suffered from the objects looking wobbly because of noise introduced in chaining multiple "
            "models. A recurrent network approach (Gregor et al., 2015) and a deconvolution network approach "
            "(Dosovitskiy et al., 2014) have also recently had some success with generating natural images. "
            "However, they have not leveraged the generators for supervised tasks."]),
        ("2.3 Visualizing the internals of CNNs", [
            "One constant criticism of using neural networks has been that they are black-box methods. Zeiler "
            "et al. (Zeiler & Fergus, 2014) showed that by using deconvolutions and filtering the maximal "
            "activations, one can find the approximate purpose of each convolution filter in the network."]),
        ("3 Approach and Model Architecture", [
            "@FIGURE@",
            "Historical attempts to scale up GANs using CNNs to model images have been unsuccessful. This "
            "motivated the authors of LAPGAN (Denton et al., 2015) to develop an alternative approach to "
            "iteratively upscale low resolution generated images which can be modeled more reliably. We also "
            "encountered difficulties attempting to scale GANs using CNN architectures commonly used in the "
            "supervised literature. However, after extensive model exploration we identified a family of "
            "architectures that resulted in stable training across a range of datasets and allowed for training "
            "higher resolution and deeper generative models.",
            "Core to our approach is adopting and modifying three recently demonstrated changes to CNN "
            "architectures. The first is the all convolutional net (Springenberg et al., 2014) which replaces "
            "deterministic spatial pooling functions (such as maxpooling) with strided convolutions, allowing the "
            "network to learn its own spatial downsampling. We use this approach in our generator, allowing it to "
            "learn its own spatial upsampling, and discriminator. Second is the trend towards eliminating fully "
            "connected layers on top of convolutional features. The strongest example of this is global average "
            "pooling, which has been utilized in state of the art image classification models (Mordvintsev et "
            "al.). We found global average pooling increased model stability but hurt convergence speed. A "
            "middle ground of directly connecting the highest convolutional features to the input and output "
            "respectively of the generator and discriminator worked well. The first layer of the GAN, which takes "
            "a uniform noise distribution Z as input, could be called fully connected as it is just a matrix "
            "multiplication, but the result is reshaped into a 4-dimensional tensor and used as the start of the "
            "convolution stack. For the discriminator, the last convolution layer is flattened and then fed into a "
            "single sigmoid output.",
            "Third is Batch Normalization (Ioffe & Szegedy, 2015) which stabilizes learning by normalizing the "
            "input to each unit to have zero mean and unit variance. This helps deal with training problems that "
            "arise due to poor initialization and helps gradient flow in deeper models. Directly applying "
            "batchnorm to all layers however, resulted in sample oscillation and model instability. This was "
            "avoided by not applying batchnorm to the generator output layer and the discriminator input layer.",
            "The ReLU activation (Nair & Hinton, 2010) is used in the generator with the exception of the output "
            "layer which uses the Tanh function. We observed that using a bounded activation allowed the model to "
            "learn more quickly to saturate and cover the color space of the training distribution. Within the "
            "discriminator we found the leaky rectified activation (Maas et al., 2013) (Xu et al., 2015) to work "
            "well, especially for higher resolution modeling.",
            "<b>Architecture guidelines for stable Deep Convolutional GANs</b>: (i) replace any pooling layers "
            "with strided convolutions (discriminator) and fractional-strided convolutions (generator); (ii) use "
            "batchnorm in both the generator and the discriminator; (iii) remove fully connected hidden layers "
            "for deeper architectures; (iv) use ReLU activation in generator for all layers except for the "
            "output, which uses Tanh; (v) use LeakyReLU activation in the discriminator for all layers."]),
        ("4 Details of Adversarial Training", [
            "We trained DCGANs on three datasets, Large-scale Scene Understanding (LSUN) (Yu et al., 2015), "
            "Imagenet-1k and a newly assembled Faces dataset. Details on the usage of each of these datasets are "
            "given below.",
            "No pre-processing was applied to training images besides scaling to the range of the tanh "
            "activation function [−1, 1]. All models were trained with mini-batch stochastic gradient descent "
            "(SGD) with a mini-batch size of 128. All weights were initialized from a zero-centered Normal "
            "distribution with standard deviation 0.02. In the LeakyReLU, the slope of the leak was set to 0.2 "
            "in all models. While previous GAN work has used momentum to accelerate training, we used the Adam "
            "optimizer (Kingma & Ba, 2014) with tuned hyperparameters. We found the suggested learning rate of "
            "0.001, to be too high, using 0.0002 instead. Additionally, we found leaving the momentum term "
            "β<sub>1</sub> at the suggested value of 0.9 resulted in training oscillation and instability while "
            "reducing it to 0.5 helped stabilize training."]),
        ("4.1 LSUN", [
            "As visual quality of samples from generative image models has improved, concerns of over-fitting and "
            "memorization of training samples have risen. To demonstrate how our model scales with more data and "
            "higher resolution generation, we train a model on the LSUN bedrooms dataset containing a little "
            "over 3 million training examples. We show samples from "
            "one epoch of training (Fig. 2), mimicking online learning, in addition to samples after convergence "
            "(Fig. 3), as an opportunity to demonstrate that our model is not producing high quality samples via "
            "simply overfitting/memorizing training examples. No data augmentation was applied to the images.",
            "<i>Deduplication.</i> To further decrease the likelihood of the generator memorizing input examples "
            "(Fig. 2) we perform a simple image de-duplication process. We fit a 3072-128-3072 de-noising dropout "
            "regularized RELU autoencoder on 32×32 downsampled center-crops of training examples. The resulting "
            "code layer activations are then binarized via thresholding the ReLU activation which has been shown "
            "to be an effective information preserving technique (Srivastava et al., 2014) and provides a "
            "convenient form of semantic-hashing, allowing for linear time de-duplication. "
            "Additionally, the technique detected and removed approximately 275,000 near duplicate images, "
            "suggesting a high recall.",
            "Figure 2: Generated bedrooms after one training pass through the dataset. Theoretically, the model "
            "could learn to memorize training examples, but this is experimentally unlikely as we train with a "
            "small learning rate and minibatch SGD.",
            "Figure 3: Generated bedrooms after five epochs of training. There appears to be evidence of visual "
            "under-fitting via repeated noise textures across multiple samples such as the base boards of some of "
            "the beds."]),
        ("4.2 Faces", [
            "We scraped images containing human faces from random web image queries of peoples names. The people "
            "names were acquired from dbpedia, with a criterion that they were born in the modern era. This "
            "dataset has 3M images from 10K people. We run an OpenCV face detector on these images, keeping the "
            "detections that are sufficiently high resolution, which gives us approximately 350,000 face boxes. "
            "We use these face boxes for training. No data augmentation was applied to the face crops."]),
        ("4.3 Imagenet-1k", [
            "We use Imagenet-1k (Deng et al., 2009) as a source of natural images for unsupervised training. We "
            "train on 32 × 32 min-resized center crops. No data augmentation was applied to the Imagenet crops."]),
        ("5 Empirical Validation of DCGANs Capabilities", []),
        ("5.1 Classifying CIFAR-10 using GANs as a feature extractor", [
            "One common technique for evaluating the quality of unsupervised representation learning algorithms "
            "is to apply them as a feature extractor on supervised datasets and evaluate the performance of "
            "linear models fitted on top of these features.",
            "On the CIFAR-10 dataset, a very strong baseline performance has been demonstrated from a well tuned "
            "single layer feature extraction pipeline utilizing K-means as a feature learning algorithm. When "
            "using a very large amount of feature maps (4800) this technique achieves 80.6% accuracy. An "
            "unsupervised multi-layered extension of the base algorithm reaches 82.0% accuracy (Coates & Ng, "
            "2011). To evaluate the quality of the representations learned by DCGANs for supervised tasks, we "
            "train on Imagenet-1k and then use the discriminator's convolutional features from all layers, "
            "maxpooling each layers representation to produce a 4 × 4 spatial grid. These features are then "
            "flattened and concatenated to form a 28672 dimensional vector and a regularized linear L2-SVM "
            "classifier is trained on top of them. This achieves 82.8% accuracy, out performing all K-means "
            "based approaches. Notably, the discriminator has many less feature maps (512 in the highest layer) "
            "compared to K-means based techniques, but does result in a larger total feature vector size due to "
            "the many layers of 4 × 4 spatial locations. The performance of DCGANs is still less than that of "
            "Exemplar CNNs (Dosovitskiy et al., 2015), a technique which trains normal discriminative CNNs in an "
            "unsupervised fashion to differentiate between specifically chosen, aggressively augmented, exemplar "
            "samples from the source dataset. Additionally, since our DCGAN "
            "was never trained on CIFAR-10 this experiment also demonstrates the domain robustness of the "
            "learned features.",
            "@TABLE:0@"]),
        ("5.2 Classifying SVHN digits using GANs as a feature extractor", [
            "On the StreetView House Numbers dataset (SVHN) (Netzer et al., 2011), we use the features of the "
            "discriminator of a DCGAN for supervised purposes when labeled data is scarce. Following similar "
            "dataset preparation rules as in the CIFAR-10 experiments, we split off a validation set of 10,000 "
            "examples from the non-extra set and use it for all hyperparameter and model selection. 1000 "
            "uniformly class distributed training examples are randomly selected and used to train a "
            "regularized linear L2-SVM classifier on top of the same feature extraction pipeline used for "
            "CIFAR-10. This achieves state of the art (for classification using 1000 labels) at 22.48% test "
            "error, improving upon another modification of CNNs designed to leverage unlabeled data (Zhao et "
            "al., 2015). Additionally, we validate that the CNN architecture used in DCGAN is not the key "
            "contributing factor of the model's performance by training a purely supervised CNN with the same "
            "architecture on the same data and optimizing this model via random search over 64 hyperparameter "
            "trials (Bergstra & Bengio, 2012). It achieves a significantly higher 28.87% validation error.",
            "@TABLE:1@"]),
        ("6 Investigating and Visualizing the Internals of the Networks", [
            "<i>Forgetting to draw certain objects.</i> On 150 samples, 52 window bounding boxes were drawn "
            "manually. On the second highest convolution layer features, logistic regression was fit to predict "
            "whether a feature activation was on a window (or not). Then, all feature maps with weights greater "
            "than zero were dropped from all spatial locations. The network forgets to draw windows in the "
            "bedrooms, replacing them with other objects.",
            "<i>Vector arithmetic on face samples.</i> Experimenting with simple arithmetic on the Z "
            "representations of the generator, we found that averaging the Z vector for three exemplars showed "
            "consistent and stable generations that semantically obeyed the arithmetic, for example "
            "smiling woman − neutral woman + neutral man = smiling man."]),
        ("7 Conclusion and Future Work", [
            "We propose a more stable set of architectures for training generative adversarial networks and we "
            "give evidence that adversarial networks learn good representations of images for supervised "
            "learning and generative modeling. There are still some forms of model instability remaining – we "
            "noticed as models are trained longer they sometimes collapse a subset of filters to a single "
            "oscillating mode. We think that "
            "extending this framework to other domains such as video (for frame prediction) and audio "
            "(pre-trained features for speech synthesis) should be very interesting."]),
    ],
    "figure": {
        "caption": "Figure 1: DCGAN generator used for LSUN scene modeling. A 100 dimensional uniform "
                   "distribution Z is projected to a small spatial extent convolutional representation with many "
                   "feature maps (4 × 4 × 1024). A series of four fractionally-strided convolutions then convert "
                   "this high level representation into a 64 × 64 pixel image. Notably, no fully connected or "
                   "pooling layers are used.",
        "boxes": ["z\n100", "project &\nreshape\n4×4×1024", "CONV 1\n8×8×512", "CONV 2\n16×16×256",
                  "CONV 3\n32×32×128", "CONV 4\nG(z) 64×64×3"],
    },
    "tables": [
        {"caption": "Table 1: CIFAR-10 classification results using our pre-trained model. Our DCGAN is not "
                    "pre-trained on CIFAR-10, but on Imagenet-1k, and the features are used to classify "
                    "CIFAR-10 images.",
         "rows": [["Model", "Accuracy", "Accuracy (400 per class)", "max # of features units"],
                  ["1 Layer K-means", "80.6%", "63.7% (±0.7%)", "4800"],
                  ["3 Layer K-means Learned RF", "82.0%", "70.7% (±0.7%)", "3200"],
                  ["View Invariant K-means", "81.9%", "72.6% (±0.7%)", "6400"],
                  ["Exemplar CNN", "84.3%", "77.4% (±0.2%)", "1024"],
                  ["DCGAN (ours) + L2-SVM", "82.8%", "73.8% (±0.4%)", "512"]]},
        {"caption": "Table 2: SVHN classification with 1000 labels.",
         "rows": [["Model", "error rate"],
                  ["KNN", "77.93%"],
                  ["TSVM", "66.55%"],
                  ["M1+KNN", "65.63%"],
                  ["M1+TSVM", "54.33%"],
                  ["M1+M2", "36.02%"],
                  ["SWWAE without dropout", "27.83%"],
                  ["SWWAE with dropout", "23.56%"],
                  ["DCGAN (ours) + L2-SVM", "22.48%"],
                  ["Supervised CNN with the same architecture", "28.87% (validation)"]]},
    ],
    "references": [
        "Coates, Adam and Ng, Andrew. Selecting receptive fields in deep networks. NIPS, 2011.",
        "Denton, Emily, Chintala, Soumith, Szlam, Arthur, and Fergus, Rob. Deep generative image models using "
        "a laplacian pyramid of adversarial networks. arXiv:1506.05751, 2015.",
        "Dosovitskiy, Alexey, Fischer, Philipp, Springenberg, Jost Tobias, Riedmiller, Martin, and Brox, "
        "Thomas. Discriminative unsupervised feature learning with exemplar convolutional neural networks. "
        "PAMI, 2015.",
        "Goodfellow, Ian J., Pouget-Abadie, Jean, Mirza, Mehdi, Xu, Bing, Warde-Farley, David, Ozair, Sherjil, "
        "Courville, Aaron C., and Bengio, Yoshua. Generative adversarial nets. NIPS, 2014.",
        "Ioffe, Sergey and Szegedy, Christian. Batch normalization: Accelerating deep network training by "
        "reducing internal covariate shift. arXiv:1502.03167, 2015.",
        "Kingma, Diederik P. and Ba, Jimmy Lei. Adam: A method for stochastic optimization. arXiv:1412.6980, "
        "2014.",
        "Kingma, Diederik P. and Welling, Max. Auto-encoding variational bayes. arXiv:1312.6114, 2013.",
        "Netzer, Yuval, Wang, Tao, Coates, Adam, Bissacco, Alessandro, Wu, Bo, and Ng, Andrew Y. Reading "
        "digits in natural images with unsupervised feature learning. NIPS Workshop, 2011.",
        "Springenberg, Jost Tobias, Dosovitskiy, Alexey, Brox, Thomas, and Riedmiller, Martin. Striving for "
        "simplicity: The all convolutional net. arXiv:1412.6806, 2014.",
        "Yu, Fisher, Zhang, Yinda, Song, Shuran, Seff, Ari, and Xiao, Jianxiong. LSUN: Construction of a "
        "large-scale image dataset using deep learning with humans in the loop. arXiv:1506.03365, 2015.",
        "Zeiler, Matthew D. and Fergus, Rob. Visualizing and understanding convolutional networks. ECCV, 2014.",
        "Zhao, Junbo, Mathieu, Michael, Goroshin, Ross, and Lecun, Yann. Stacked what-where auto-encoders. "
        "arXiv:1506.02351, 2015.",
    ],
}

TRUTH = {
    "year": 2016,
    "source": "condensed retelling of Radford, Metz & Chintala, ICLR 2016 (arXiv:1511.06434), written from memory",
    "task_family": "image-generation",
    "task_note": "GAN image generation used for unsupervised representation learning; the quantitative results "
                 "are linear-SVM classification on discriminator features (representation-learning is a "
                 "defensible second reading).",
    "contribution": {"value": "architecture",
                     "quote": "We propose and evaluate a set of constraints on the architectural topology of "
                              "Convolutional GANs"},
    "claim": {"value": "DCGAN discriminator features (trained on Imagenet-1k) with a linear L2-SVM reach 82.8% "
                       "accuracy on CIFAR-10, outperforming all K-means based approaches (80.6%, 82.0%, 81.9%) but "
                       "below Exemplar CNN (84.3%); on SVHN with 1000 labels they reach 22.48% test error, state of "
                       "the art vs SWWAE (23.56%) and a purely supervised CNN of the same architecture (28.87%)",
              "quote": "This achieves 82.8% accuracy, out performing all K-means based approaches"},
    "param_counts": [],
    "architecture": {
        "value": "all-convolutional GAN: generator projects a 100-d uniform Z to 4×4×1024 then four "
                 "fractionally-strided convolutions (8×8×512, 16×16×256, 32×32×128, 64×64×3), ReLU with Tanh "
                 "output; discriminator with strided convolutions, LeakyReLU (slope 0.2) and a single sigmoid "
                 "output; batchnorm everywhere except generator output and discriminator input; no fully "
                 "connected hidden layers or pooling",
        "quote": "A series of four fractionally-strided convolutions then convert"},
    "datasets": [
        {"value": "LSUN bedrooms (a little over 3 million training examples; ~275,000 near duplicates removed)",
         "quote": "we train a model on the LSUN bedrooms dataset containing a little over 3 million"},
        {"value": "Faces (scraped; 3M images from 10K people, ~350,000 face boxes)",
         "quote": "which gives us approximately 350,000 face boxes"},
        {"value": "Imagenet-1k (32 × 32 min-resized center crops) [unsupervised training]",
         "quote": "We train on 32 × 32 min-resized center crops."},
        {"value": "CIFAR-10 [evaluation: L2-SVM on discriminator features]",
         "quote": "CIFAR-10 classification results using our pre-trained model"},
        {"value": "SVHN [1000 labels; 10,000-example validation split]",
         "quote": "On the StreetView House Numbers dataset (SVHN)"},
    ],
    "metrics": [
        {"value": "classification accuracy (CIFAR-10, linear L2-SVM on features)",
         "quote": "Accuracy Accuracy (400 per class) max # of features units"},
        {"value": "test error rate (SVHN, 1000 labels)", "quote": "SVHN classification with 1000 labels."},
    ],
    "training": {
        "dcgan": {
            "optimizer": {"value": "Adam (β1 = 0.5)",
                          "quote": "we used the Adam optimizer (Kingma & Ba, 2014) with tuned hyperparameters",
                          "note": "the preceding sentence says 'mini-batch stochastic gradient descent (SGD)'; the "
                                  "optimizer actually used is Adam"},
            "learning_rate": {"value": 0.0002, "quote": "to be too high, using 0.0002 instead",
                              "note": "the suggested 0.001 was found too high"},
            "momentum": {"value": "Adam β1 = 0.5 (instead of 0.9)", "numbers": [0.5],
                         "quote": "reducing it to 0.5 helped stabilize training"},
            "batch_size": {"value": 128, "quote": "with a mini-batch size of 128"},
            "epochs": {"value": "samples shown after one training pass and after five epochs of training on LSUN "
                                "(total training length not otherwise stated)",
                       "numbers": [5],
                       "quote": "Generated bedrooms after five epochs of training",
                       "note": "from figure captions, LSUN only"},
            "init": {"value": "zero-centered Normal, standard deviation 0.02",
                     "quote": "distribution with standard deviation 0.02"},
            "leaky_relu_slope": {"value": 0.2, "quote": "the slope of the leak was set to 0.2"},
            "augmentation": {"value": "none; images scaled to [−1, 1]", "numbers": [],
                             "quote": "No data augmentation was applied to the face crops."},
        },
    },
    "not_stated": ["weight_decay", "dropout", "warmup", "steps", "lora_rank", "lora_alpha", "lr_schedule",
                   "Adam β2 / ε", "L2-SVM regularisation settings", "parameter counts",
                   "discriminator layer widths"],
    "paper_notes": [
        "Trap: 'All models were trained with mini-batch stochastic gradient descent (SGD)' precedes the statement "
        "that Adam was used; optimizer is Adam.",
        "Trap: the suggested Adam learning rate 0.001 and β1 0.9 are mentioned as rejected values.",
        "Trap: Section 5.1 restates prior K-means results (4800 feature maps, 80.6%, 82.0%).",
        "Trap: the dedup autoencoder (3072-128-3072, dropout regularized) is an auxiliary model, not DCGAN; "
        "its dropout is not DCGAN's.",
        "Trap: the supervised CNN baseline was tuned with 64 random-search trials; not DCGAN's setting.",
        "Figures 2 and 3 appear as caption text only (no images).",
        "The three-exemplar vector arithmetic and window-forgetting experiments are qualitative.",
    ],
}
