"""Held-out paper: Srivastava et al. 2014 (JMLR), Dropout — condensed retelling written from memory."""
PAPER = {
    "title": "Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
    "authors": "Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever, Ruslan Salakhutdinov",
    "affil": "Department of Computer Science, University of Toronto",
    "header": "Journal of Machine Learning Research 15 (2014) — Srivastava, Hinton, Krizhevsky, Sutskever and Salakhutdinov",
    "columns": 1,
    "abstract": (
        "Deep neural nets with a large number of parameters are very powerful machine learning systems. "
        "However, overfitting is a serious problem in such networks. Dropout is a technique for addressing this problem. The key idea is to "
        "randomly drop units (along with their connections) from the neural network during training. This "
        "prevents units from co-adapting too much. During training, dropout samples from an exponential "
        "number of different \u201cthinned\u201d networks. At test time, it is easy to approximate the effect of "
        "averaging the predictions of all these thinned networks by simply using a single unthinned network "
        "that has smaller weights. This significantly reduces overfitting and gives major improvements over "
        "other regularization methods. We show that dropout improves the performance of neural networks on "
        "supervised learning tasks in vision, speech recognition, document classification and computational "
        "biology, obtaining state-of-the-art results on many benchmark data sets."),
    "sections": [
        ("1. Introduction", [
            "Deep neural networks contain multiple non-linear hidden layers and this makes them very "
            "expressive models that can learn very complicated relationships between their inputs and outputs. "
            "With limited training data, however, many of these complicated relationships will be the result of "
            "sampling noise, so they will exist in the training set but not in real test data even if it is "
            "drawn from the same distribution. This leads to overfitting and many methods have been developed "
            "for reducing it, such as early stopping and L1 and L2 weight penalties.",
            "Dropout prevents overfitting and provides a way "
            "of approximately combining exponentially many different neural network architectures efficiently. "
            "The term \u201cdropout\u201d refers to dropping out units (hidden and visible) in a neural network. In the "
            "simplest case, each unit is retained with a fixed probability <i>p</i> independent of other units, "
            "where <i>p</i> can be chosen using a validation set or can simply be set at 0.5, which seems to be "
            "close to optimal for a wide range of networks and tasks. For the input units, however, the optimal "
            "probability of retention is usually closer to 1 than to 0.5.",
            "A neural net with <i>n</i> units can be seen as a collection of 2<super>n</super> possible thinned "
            "neural networks. These networks all share weights so that the total number of parameters is still "
            "O(<i>n</i><super>2</super>), or less. At test time the network is used without dropout, and if a "
            "unit is retained with probability <i>p</i> during training, the outgoing weights of that unit are "
            "multiplied by <i>p</i> at test time. This ensures that for any hidden unit the expected output "
            "(under the distribution used to drop units at training time) is the same as the actual output at "
            "test time."]),
        ("2. Related Work", [
            "Dropout can be interpreted as a way of regularizing a neural network by adding noise to its hidden "
            "units. The idea of adding noise to the states of units has previously been used in the context of "
            "Denoising Autoencoders (DAEs) by Vincent et al. (2008, 2010), where noise is added to the input "
            "units of an autoencoder and the network is trained to reconstruct the noise-free input. In their "
            "stacked denoising autoencoders, noise levels of up to 50% on the inputs were found to work best for "
            "some data sets, but no noise was applied to the hidden units. Our work extends this idea by showing "
            "that dropout can be effectively applied in the hidden layers as well.",
            "A preliminary version of this work was presented by Hinton et al. (2012). Krizhevsky et al. (2012), whose convolutional network for ImageNet applied dropout "
            "with probability 0.5 in its two fully connected hidden layers, builds on it. Maxout networks (Goodfellow et al., "
            "2013) were designed to work together with dropout and obtained 0.94% error on permutation-invariant "
            "MNIST. Wang and Manning (2013) proposed to speed up dropout by marginalizing the noise, and "
            "Wan et al. (2013) proposed DropConnect, which drops individual weights rather than units."]),
        ("3. Model Description", [
            "Consider a neural network with <i>L</i> hidden layers. Let <b>z</b><super>(l)</super> denote the "
            "vector of inputs into layer <i>l</i> and <b>y</b><super>(l)</super> the vector of outputs from "
            "layer <i>l</i>. With dropout, the feed-forward operation becomes "
            "<i>r<sub>j</sub></i><super>(l)</super> ~ Bernoulli(<i>p</i>), "
            "<b>y</b>\u02dc<super>(l)</super> = <b>r</b><super>(l)</super> \u2217 <b>y</b><super>(l)</super>, "
            "<i>z<sub>i</sub></i><super>(l+1)</super> = <b>w</b><sub>i</sub><super>(l+1)</super><b>y</b>\u02dc<super>(l)</super> "
            "+ <i>b<sub>i</sub></i><super>(l+1)</super>, and "
            "<i>y<sub>i</sub></i><super>(l+1)</super> = <i>f</i>(<i>z<sub>i</sub></i><super>(l+1)</super>), "
            "where \u2217 denotes an element-wise product. For any layer <i>l</i>, <b>r</b><super>(l)</super> is a "
            "vector of independent Bernoulli random variables each of which has probability <i>p</i> of being 1. "
            "At test time, the weights are scaled as <b>W</b><super>(l)</super><sub>test</sub> = "
            "<i>p</i><b>W</b><super>(l)</super> and the resulting neural network is used without dropout."]),
        ("4. Learning Dropout Nets", [
            "Dropout neural networks can be trained using stochastic gradient descent in a manner similar to "
            "standard neural nets. The only difference is that for each training case in a mini-batch, we sample "
            "a thinned network by dropping out units. Forward and backpropagation for that training case are "
            "done only on this thinned network. Many methods have been used to improve stochastic gradient descent such "
            "as momentum, annealed learning rates and L2 weight decay. Those were found to be useful for dropout "
            "neural networks as well.",
            "One particular form of regularization was found to be especially useful for dropout: constraining "
            "the norm of the incoming weight vector at each hidden unit to be upper bounded by a fixed constant "
            "<i>c</i>. In other words, if <b>w</b> represents the vector of weights incident on any hidden unit, "
            "the neural network was optimized under the constraint ||<b>w</b>||<sub>2</sub> \u2264 <i>c</i>. This "
            "constraint was imposed during optimization by projecting <b>w</b> onto the surface of a ball of "
            "radius <i>c</i>, whenever <b>w</b> went out of it. This is also called max-norm regularization. "
            "Although dropout alone gives significant improvements, using dropout along with max-norm "
            "regularization, large decaying learning rates and high momentum provides a significant boost over "
            "just using dropout."]),
        ("5. Experimental Results", [
            "We trained dropout neural networks for classification problems on data sets in different domains. "
            "We found that dropout improved generalization performance on all data sets compared to neural "
            "networks that did not use dropout. The data sets are MNIST, TIMIT, "
            "CIFAR-10 and CIFAR-100, SVHN, ImageNet, Reuters-RCV1 and an alternative splicing data set."]),
        ("5.1 Results on Image Data Sets", [
            "<b>MNIST.</b> The MNIST data set consists of 28 \u00d7 28 pixel handwritten digit images. The task "
            "is to classify the images into 10 digit classes. Table 1 compares the performance of dropout with "
            "other techniques. The best performing neural networks for the permutation invariant setting that "
            "do not use dropout or unsupervised pretraining achieve an error of about 1.60% (Simard et al., "
            "2003). With dropout the error reduces to 1.35%. Replacing logistic units with rectified linear "
            "units (ReLUs) further reduces the error to 1.25%. Adding max-norm regularization again reduces it "
            "to 1.06%. Increasing the size of the network leads to better results: a neural net with 2 layers "
            "and 8192 units per layer gets down to 0.95% error. Dropout can also be applied to finetune deep "
            "Boltzmann machines, which reduces the error to 0.79%.",
            "@TABLE:0@",
            "<b>Street View House Numbers.</b> The SVHN data set consists of color images of house numbers "
            "collected by Google Street View. The part of the data set that we use in our experiments consists "
            "of 32 \u00d7 32 color images roughly centered on a digit. The best architecture that we found has "
            "three convolutional layers followed by 2 fully connected hidden layers. All hidden units were "
            "ReLUs, and each convolutional layer was followed by a max-pooling layer. Adding dropout only to "
            "the fully connected layers reduces the error from 3.95% to 3.02%; adding dropout to the "
            "convolutional layers as well further reduces it to 2.55%.",
            "@TABLE:1@",
            "<b>CIFAR-10 and CIFAR-100.</b> The CIFAR-10 and CIFAR-100 data sets consist of 32 \u00d7 32 color "
            "images drawn from 10 and 100 categories respectively. Table 3 shows the error rate obtained by "
            "different methods on these data sets. Without any data augmentation, Snoek et al. (2012) used "
            "Bayesian hyperparameter optimization to obtain an error rate of 14.98% on CIFAR-10. Using dropout "
            "in the fully connected layers reduces that to 14.32% and adding dropout in every layer further "
            "reduces the error to 12.61%.",
            "@TABLE:2@",
            "<b>ImageNet.</b> The ImageNet Large-Scale Visual Recognition Challenge (ILSVRC) uses a "
            "subset of ImageNet with roughly 1000 images in each of 1000 categories. ILSVRC-2010 is the only version of ILSVRC for which the test set labels "
            "are available, so most of our experiments were performed on this data set. Convolutional nets "
            "with dropout outperform other methods by a large margin (Table 4). We also entered a model in "
            "the ILSVRC-2012 competition, where it won by a wide margin.",
            "@TABLE:3@"]),
        ("5.2 Results on TIMIT", [
            "TIMIT is a standard data set used for evaluation of automatic speech recognition systems. "
            " Table 5 compares dropout neural "
            "nets with other models. A 6-layer net gives a phone error rate of 23.4%. Dropout further improves "
            "it to 21.8%. We also trained dropout nets starting from pretrained weights: a 4-layer net "
            "pretrained with a stack of RBMs gets a phone error rate of 22.7%, and with dropout this reduces "
            "to 19.7%.",
            "@TABLE:4@"]),
        ("5.3 Results on a Text Data Set", [
            "To test the usefulness of dropout in the text domain, we used dropout networks to train a "
            "document classifier. We used a subset of the Reuters-RCV1 data set, a collection of over 800,000 "
            "newswire articles from Reuters, consisting of 402,738 articles and a vocabulary of 2000 words "
            "comprising of 50 categories in which each document belongs to exactly one class; the data was "
            "split into equal sized training and test sets. The task is to take a bag of words representation "
            "of a document and classify it into one of the 50 topics. Our best "
            "neural net which did not use dropout obtained an error rate of 31.05%. Adding dropout reduced the "
            "error to 29.62%. We found that the improvement was much smaller compared to that for the vision "
            "and speech data sets."]),
        ("5.4 Comparison with Bayesian Neural Networks", [
            "Dropout can be seen as a way of doing an equally-weighted averaging of exponentially many models "
            "with shared weights. On the other hand, Bayesian neural networks (Neal, 1996) are the proper way of "
            "doing model averaging over the space of neural network structures and parameters. We compare "
            "dropout with Bayesian neural nets on the alternative splicing data set of Xiong et al. (2011), "
            "where the task is to predict the occurrence of alternative splicing based on RNA features. "
            "Performance is measured by the code quality, a measure of the negative KL divergence between the "
            "target and predicted probability distributions (higher is better).",
            "@TABLE:5@",
            "Dropout nets perform better than the standard methods, though Bayesian neural nets remain better."]),
        ("6. Conclusion", [
            "Dropout is a technique for improving neural networks by reducing overfitting. This technique was found to improve the "
            "performance of neural nets in a wide variety of application domains including object "
            "classification, digit recognition, speech recognition, document classification and analysis of "
            "computational biology data. One of the drawbacks of dropout is that it increases training time: "
            "a dropout network typically takes 2\u20133 times longer to train than a standard neural network of "
            "the same architecture."]),
    ],
    "tables": [
        {"caption": "Table 1: Comparison of different models on MNIST (permutation invariant setting).",
         "rows": [["Method", "Unit Type", "Architecture", "Error %"],
                  ["Standard Neural Net (Simard et al., 2003)", "Logistic", "2 layers, 800 units", "1.60"],
                  ["SVM Gaussian kernel", "NA", "NA", "1.40"],
                  ["Dropout NN", "Logistic", "3 layers, 1024 units", "1.35"],
                  ["Dropout NN", "ReLU", "3 layers, 1024 units", "1.25"],
                  ["Dropout NN + max-norm constraint", "ReLU", "3 layers, 1024 units", "1.06"],
                  
                  
                  ["Dropout NN + max-norm constraint", "ReLU", "2 layers, 8192 units", "0.95"],
                  ["Dropout NN + max-norm (Goodfellow et al., 2013)", "Maxout", "2 layers, (5 \u00d7 240) units", "0.94"],
                  ["DBN + finetuning (Hinton and Salakhutdinov, 2006)", "Logistic", "500-500-2000", "1.18"],
                  ["DBM + finetuning (Salakhutdinov and Hinton, 2009)", "Logistic", "500-500-2000", "0.96"],
                  ["DBN + dropout finetuning", "Logistic", "500-500-2000", "0.92"],
                  ["DBM + dropout finetuning", "Logistic", "500-500-2000", "0.79"]]},
        {"caption": "Table 2: Results on the Street View House Numbers data set.",
         "rows": [["Method", "Error %"],
                  
                  ["HOG", "15.0"],
                  
                  
                  ["Multi-stage Conv Net with average pooling", "9.06"],
                  
                  ["Multi-stage Conv Net + L4 pooling + padding", "4.90"],
                  ["Conv Net + max-pooling", "3.95"],
                  ["Conv Net + max pooling + dropout in fully connected layers", "3.02"],
                  ["Conv Net + stochastic pooling", "2.80"],
                  ["Conv Net + max pooling + dropout in all layers", "2.55"],
                  ["Conv Net + maxout (Goodfellow et al., 2013)", "2.47"],
                  ["Human Performance", "2.0"]]},
        {"caption": "Table 3: Error rates on CIFAR-10 and CIFAR-100.",
         "rows": [["Method", "CIFAR-10", "CIFAR-100"],
                  ["Conv Net + max pooling (hand tuned)", "15.60", "43.48"],
                  ["Conv Net + stochastic pooling (Zeiler and Fergus, 2013)", "15.13", "42.51"],
                  ["Conv Net + max pooling (Snoek et al., 2012)", "14.98", "-"],
                  ["Conv Net + max pooling + dropout fully connected layers", "14.32", "41.26"],
                  ["Conv Net + max pooling + dropout in all layers", "12.61", "37.20"],
                  ["Conv Net + maxout (Goodfellow et al., 2013)", "11.68", "38.57"]]},
        {"caption": "Table 4: Results on the ILSVRC-2010 test set.",
         "rows": [["Model", "Top-1", "Top-5"],
                  ["Sparse Coding (Lin et al., 2010)", "47.1", "28.2"],
                  ["SIFT + Fisher Vectors (Sanchez and Perronnin, 2011)", "45.7", "25.7"],
                  ["Conv Net + dropout (Krizhevsky et al., 2012)", "37.5", "17.0"]]},
        {"caption": "Table 5: Phone error rate on the TIMIT core test set.",
         "rows": [["Method", "Phone Error Rate %"],
                  ["NN (6 layers) (Mohamed et al., 2010)", "23.4"],
                  ["Dropout NN (6 layers)", "21.8"],
                  ["DBN-pretrained NN (4 layers)", "22.7"],
                  ["DBN-pretrained NN (6 layers) (Mohamed et al., 2010)", "22.4"],
                  ["DBN-pretrained NN (8 layers) (Mohamed et al., 2010)", "20.7"],
                  ["mcRBM-DBN-pretrained NN (5 layers) (Dahl et al., 2010)", "20.5"],
                  ["DBN-pretrained NN (4 layers) + dropout", "19.7"],
                  ["DBN-pretrained NN (8 layers) + dropout", "19.7"]]},
        {"caption": "Table 6: Results on the alternative splicing data set.",
         "rows": [["Method", "Code Quality (bits)"],
                  ["Neural Network (early stopping) (Xiong et al., 2011)", "440"],
                  ["Regression, PCA (Xiong et al., 2011)", "463"],
                  ["SVM, PCA (Xiong et al., 2011)", "487"],
                  ["Neural Network with dropout", "567"],
                  ["Bayesian Neural Network (Xiong et al., 2011)", "623"]]},
    ],
    "references": [
        
        "I. J. Goodfellow, D. Warde-Farley, M. Mirza, A. Courville, and Y. Bengio. Maxout networks. In "
        "Proceedings of the 30th International Conference on Machine Learning, 2013.",
        "G. E. Hinton and R. Salakhutdinov. Reducing the dimensionality of data with neural networks. "
        "Science, 313(5786):504\u2013507, 2006.",
        "G. E. Hinton, N. Srivastava, A. Krizhevsky, I. Sutskever, and R. R. Salakhutdinov. Improving neural "
        "networks by preventing co-adaptation of feature detectors. CoRR, abs/1207.0580, 2012.",
        "A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classification with deep convolutional neural "
        "networks. In Advances in Neural Information Processing Systems 25, 2012.",
        
        
        "P. Y. Simard, D. Steinkraus, and J. C. Platt. Best practices for convolutional neural networks "
        "applied to visual document analysis. In ICDAR, 2003.",
        "J. Snoek, H. Larochelle, and R. P. Adams. Practical Bayesian optimization of machine learning "
        "algorithms. In Advances in Neural Information Processing Systems 25, 2012.",
        "P. Vincent, H. Larochelle, Y. Bengio, and P.-A. Manzagol. Extracting and composing robust features "
        "with denoising autoencoders. In Proceedings of the 25th International Conference on Machine "
        "Learning, 2008.",
        "H. Y. Xiong, Y. Barash, and B. J. Frey. Bayesian prediction of tissue-regulated splicing using RNA "
        "sequence and cellular context. Bioinformatics, 27(18):2554\u20132562, 2011.",
    ],
    "appendix": [
        ("Appendix A. A Practical Guide for Training Dropout Networks", [
            "Dropout introduces a significant amount of noise in the gradients compared to standard stochastic "
            "gradient descent, so many gradients tend to cancel each other. To make up for this, a dropout net "
            "should typically use 10\u2013100 times the learning rate that was optimal for a standard neural "
            "net. While momentum values of 0.9 are common for standard nets, with dropout we found that values "
            "around 0.95 to 0.99 work quite a lot better. Large momentum and learning rate can make the weights "
            "grow very large; max-norm regularization prevents this, and typical values of <i>c</i> range from "
            "3 to 4. Typical values of <i>p</i> for hidden units are in the range 0.5 to 0.8; for real-valued "
            "inputs (image patches or speech frames), a typical value is 0.8."]),
        ("Appendix B. Detailed Description of Experiments and Data Sets", [
            "<b>B.1 MNIST.</b> The MNIST data set consists of 60,000 training and 10,000 test examples each "
            "representing a 28 \u00d7 28 digit image. We held out 10,000 random training images for validation. "
            "Hyperparameters were tuned on the validation set such that the best validation error was produced "
            "after 1 million weight updates. The validation set was then combined with the training set and "
            "training was done for 1 million weight updates. This net was used to evaluate the performance on "
            "the test set. No data augmentation was used. All dropout nets used <i>p</i> = 0.5 for hidden "
            "units and <i>p</i> = 0.8 for input units. A final momentum of 0.95 and weight constraints with "
            "<i>c</i> = 2 were used in all the layers.",
            "<b>B.2 SVHN.</b> The SVHN data set consists of approximately 600,000 training images and 26,000 "
            "test images. The images were preprocessed with local contrast normalization. The convolutional "
            "layers have 96, 128 and 256 filters respectively. Each convolutional layer has a 5 \u00d7 5 "
            "receptive field applied with a stride of 1 pixel. Each max pooling layer pools 3 \u00d7 3 regions "
            "at strides of 2 pixels. The fully connected layers have 2048 units each. Dropout was applied to "
            "all the layers of the network with the probability of retaining the unit being "
            "<i>p</i> = (0.9, 0.75, 0.75, 0.5, 0.5, 0.5) for the different layers of the network (going from "
            "input to convolutional layers to fully connected layers). Max-norm regularization was used for "
            "weights in both convolutional and fully connected layers.",
            "<b>B.3 CIFAR-10 and CIFAR-100.</b> The CIFAR-10 and CIFAR-100 data sets consist of 50,000 training "
            "and 10,000 test images each. We held out 5,000 training images for validation. The images were "
            "preprocessed by doing global contrast normalization in each color channel followed by ZCA "
            "whitening. We used the same architecture and the same retention probabilities as for SVHN.",
            "<b>B.4 TIMIT.</b> The open source Kaldi toolkit was used to preprocess the data into "
            "log-filter banks. A monophone system was trained to do a forced alignment and to get labels for "
            "speech frames. Dropout neural networks were trained on windows of 21 consecutive frames to predict "
            "the label of the central frame. The dropout nets used <i>p</i> = 0.8 for the inputs and "
            "<i>p</i> = 0.5 for the hidden units."]),
    ],
}

TRUTH = {
    "year": 2014,
    "source": "condensed retelling of Srivastava, Hinton, Krizhevsky, Sutskever & Salakhutdinov, JMLR 15 (2014), "
              "written from memory",
    "task_family": "image-classification",
    "task_note": "a regularization method evaluated across vision (MNIST, SVHN, CIFAR, ImageNet), speech (TIMIT), "
                 "text (Reuters-RCV1) and genetics (alternative splicing); most experiments are image classification",
    "contribution": {"value": "training-method",
                     "quote": "The key idea is to randomly drop units (along with their connections)"},
    "claim": {"value": "Dropout (randomly dropping units during training, scaling weights by p at test time) "
                       "significantly reduces overfitting and improves over networks trained without dropout and "
                       "other regularizers on vision, speech, text and biology benchmarks, e.g. MNIST error "
                       "1.60% -> 0.95% (0.79% with DBM finetuning), SVHN 3.95% -> 2.55%, CIFAR-10 14.98% -> 12.61%, "
                       "TIMIT 23.4% -> 21.8%.",
              "quote": "This significantly reduces overfitting and gives major improvements over"},
    "param_counts": [],
    "architecture": {"value": "standard feed-forward / convolutional networks with dropout applied to input and "
                              "hidden units (Bernoulli(p) masks, weights scaled by p at test time) plus max-norm "
                              "constraint; MNIST: fully connected nets, e.g. 2 layers of 8192 ReLU units; "
                              "SVHN/CIFAR: 3 conv layers (96, 128, 256 filters, 5x5, 3x3 max-pool stride 2) + 2 "
                              "fully connected layers of 2048 units, ReLU",
                     "quote": "The convolutional layers have 96, 128 and 256 filters respectively."},
    "datasets": [
        {"value": "MNIST (60,000 train / 10,000 test, 10,000 held out for validation)",
         "quote": "The MNIST data set consists of 60,000 training and 10,000 test examples"},
        {"value": "SVHN (Street View House Numbers, ~600K train / 26K test)",
         "quote": "The SVHN data set consists of approximately 600,000 training images"},
        {"value": "CIFAR-10",
         "quote": "The CIFAR-10 and CIFAR-100 data sets consist of 32 \u00d7 32 color"},
        {"value": "CIFAR-100",
         "quote": "The CIFAR-10 and CIFAR-100 data sets consist of 50,000 training"},
        {"value": "ImageNet (ILSVRC-2010 test set; ILSVRC-2012 competition)",
         "quote": "ILSVRC-2010 is the only version of ILSVRC for which the test set labels"},
        {"value": "TIMIT (speech, phone recognition)",
         "quote": "TIMIT is a standard data set used for evaluation of automatic speech recognition"},
        {"value": "Reuters-RCV1 (subset: 402,738 articles, 50 categories, 2000-word vocabulary)",
         "quote": "consisting of 402,738 articles and a vocabulary of 2000 words"},
        {"value": "alternative splicing data set (Xiong et al., 2011)",
         "quote": "alternative splicing data set of Xiong et al. (2011)"},
    ],
    "metrics": [
        {"value": "classification error (%) (MNIST, SVHN, CIFAR-10/100, Reuters)", "quote": "Method Unit Type Architecture Error %"},
        {"value": "top-1 and top-5 error (ImageNet)", "quote": "Model Top-1 Top-5"},
        {"value": "phone error rate (TIMIT)", "quote": "Method Phone Error Rate %"},
        {"value": "code quality in bits (alternative splicing)",
         "quote": "Performance is measured by the code quality"},
    ],
    "training": {
        "mnist": {
            "optimizer": {"value": "stochastic gradient descent with momentum (final momentum 0.95)",
                          "quote": "A final momentum of 0.95 and weight constraints",
                          "note": "SGD named in Section 4 ('can be trained using stochastic gradient descent')"},
            "momentum": {"value": 0.95, "quote": "A final momentum of 0.95 and weight constraints"},
            "steps": {"value": "1 million weight updates", "numbers": [1000000],
                      "quote": "training was done for 1 million weight updates"},
            "dropout": {"value": "retention probability p = 0.5 for hidden units and p = 0.8 for input units "
                                 "(drop rates 0.5 / 0.2)",
                        "numbers": [0.5, 0.8],
                        "quote": "All dropout nets used p = 0.5 for hidden units and p = 0.8 for input units",
                        "note": "p is the probability of RETAINING a unit"},
            "max_norm": {"value": "c = 2", "numbers": [2], "quote": "c = 2 were used in all the layers"},
        },
        "svhn": {
            "dropout": {"value": "retention probabilities p = (0.9, 0.75, 0.75, 0.5, 0.5, 0.5) from input through "
                                 "conv layers to fully connected layers",
                        "numbers": [0.9, 0.75, 0.5],
                        "quote": "p = (0.9, 0.75, 0.75, 0.5, 0.5, 0.5)"},
            "max_norm": {"value": "max-norm regularization in conv and fully connected layers (c not stated)",
                         "quote": "Max-norm regularization was used for weights in both convolutional"},
        },
        "cifar": {
            "dropout": {"value": "same retention probabilities as SVHN: p = (0.9, 0.75, 0.75, 0.5, 0.5, 0.5)",
                        "numbers": [0.9, 0.75, 0.5],
                        "quote": "We used the same architecture and the same retention probabilities as for SVHN."},
        },
        "timit": {
            "dropout": {"value": "retention p = 0.8 for inputs, p = 0.5 for hidden units",
                        "numbers": [0.8, 0.5],
                        "quote": "The dropout nets used p = 0.8 for the inputs"},
        },
    },
    "not_stated": ["learning_rate", "batch_size", "epochs", "weight_decay", "warmup", "lora_rank", "lora_alpha"],
    "paper_notes": [
        "p is a RETENTION probability throughout (p = 0.8 on inputs means 20% of inputs dropped).",
        "Related work restates Krizhevsky et al.'s dropout 0.5 in the fully connected layers and Vincent et al.'s "
        "50% input noise: not this paper's own settings.",
        "Appendix A gives generic guidance (10-100x learning rate, momentum 0.95-0.99, c from 3 to 4, p 0.5-0.8) "
        "that is not a specific training run; the concrete MNIST run uses momentum 0.95 and c = 2.",
        "Training details are only in Appendix B; MNIST training length is given in weight updates, not epochs.",
        "Max-norm regularization, not weight decay, is the weight constraint used; no numeric L2 weight decay.",
    ],
}
