"""DQN (Mnih et al., Nature 2015): condensed retelling written from memory."""

PAPER = {
    "title": "Human-level control through deep reinforcement learning",
    "authors": "Volodymyr Mnih, Koray Kavukcuoglu, David Silver, Andrei A. Rusu, Joel Veness, Marc G. Bellemare, "
               "Alex Graves, Martin Riedmiller, Andreas K. Fidjeland, Georg Ostrovski, Stig Petersen, "
               "Charles Beattie, Amir Sadik, Ioannis Antonoglou, Helen King, Dharshan Kumaran, Daan Wierstra, "
               "Shane Legg and Demis Hassabis",
    "affil": "Google DeepMind, 5 New Street Square, London EC4A 3TW, UK",
    "header": "LETTER · doi:10.1038/nature14236 · Nature 518, 529–533 (2015)",
    "columns": 1,
    "abstract": (
        "The theory of reinforcement learning provides a normative account, deeply rooted in psychological and "
        "neuroscientific perspectives on animal behaviour, of how agents may optimize their control of an "
        "environment. To use reinforcement learning successfully in situations approaching real-world "
        "complexity, however, agents are confronted with a difficult task: they must derive efficient "
        "representations of the environment from high-dimensional sensory inputs, and use these to generalize "
        "past experience to new situations. While reinforcement learning agents have achieved some successes in "
        "a variety of domains, their applicability has previously been limited to domains in which useful "
        "features can be handcrafted, or to domains with fully observed, low-dimensional state spaces. Here we "
        "use recent advances in training deep neural networks to develop a novel artificial agent, termed a "
        "deep Q-network, that can learn successful policies directly from high-dimensional sensory inputs using "
        "end-to-end reinforcement learning. We tested this agent on the challenging domain of classic Atari 2600 "
        "games. We demonstrate that the deep Q-network agent, receiving only the pixels and the game score as "
        "inputs, was able to surpass the performance of all previous algorithms and achieve a level comparable "
        "to that of a professional human games tester across a set of 49 games, using the same algorithm, "
        "network architecture and hyperparameters. This work bridges the divide between high-dimensional "
        "sensory inputs and actions, resulting in the first artificial agent that is capable of learning to "
        "excel at a diverse array of challenging tasks."),
    "sections": [
        ("Deep Q-network", [
            "We set out to create a single algorithm that would be able to develop a wide range of competencies "
            "on a varied range of challenging tasks—a central goal of general artificial intelligence that has "
            "eluded previous efforts. To achieve this, we developed a novel agent, a deep Q-network (DQN), which "
            "is able to combine reinforcement learning with a class of artificial neural network known as deep "
            "neural networks. Notably, recent advances in deep neural networks, in which several layers of nodes "
            "are used to build up progressively more abstract representations of the data, have made it possible "
            "for artificial neural networks to learn concepts such as object categories directly from raw "
            "sensory data. We use one particularly successful architecture, the deep convolutional network, "
            "which uses hierarchical layers of tiled convolutional filters to mimic the effects of receptive "
            "fields.",
            "We consider tasks in which the agent interacts with an environment through a sequence of "
            "observations, actions and rewards. The goal of the agent is to select actions in a fashion that "
            "maximizes cumulative future reward. More formally, we use a deep convolutional neural network to "
            "approximate the optimal action-value function Q*(s, a) = max<sub>π</sub> E[r<sub>t</sub> + "
            "γr<sub>t+1</sub> + γ<super>2</super>r<sub>t+2</sub> + … | s<sub>t</sub> = s, a<sub>t</sub> = a, "
            "π], which is the maximum sum of rewards r<sub>t</sub> discounted by γ at each time-step t, "
            "achievable by a behaviour policy π = P(a|s), after making an observation (s) and taking an action "
            "(a).",
            "Reinforcement learning is known to be unstable or even to diverge when a nonlinear function "
            "approximator such as a neural network is used to represent the action-value (also known as Q) "
            "function. This instability has several causes: the correlations present in the sequence of "
            "observations, the fact that small updates to Q may significantly change the policy and therefore "
            "change the data distribution, and the correlations between the action-values (Q) and the target "
            "values r + γ max<sub>a′</sub> Q(s′, a′). We address these instabilities with a novel variant of "
            "Q-learning, which uses two key ideas. First, we used a biologically inspired mechanism termed "
            "experience replay that randomizes over the data, thereby removing correlations in the observation "
            "sequence and smoothing over changes in the data distribution. Second, we used an iterative update "
            "that adjusts the action-values (Q) towards target values that are only periodically updated, "
            "thereby reducing correlations with the target.",
            "While other stable methods exist for training neural networks in the reinforcement learning "
            "setting, such as neural fitted Q-iteration, these methods involve the repeated training of networks "
            "de novo on hundreds of iterations. Consequently, these methods, unlike our algorithm, are too "
            "inefficient to be used successfully with large neural networks. We parameterize an approximate "
            "value function Q(s, a; θ<sub>i</sub>) using the deep convolutional neural network shown in Fig. 1, "
            "in which θ<sub>i</sub> are the parameters (that is, weights) of the Q-network at iteration i. The "
            "Q-learning update at iteration i uses the following loss function: L<sub>i</sub>(θ<sub>i</sub>) = "
            "E<sub>(s,a,r,s′)~U(D)</sub>[(r + γ max<sub>a′</sub> Q(s′, a′; θ<sub>i</sub><super>−</super>) − "
            "Q(s, a; θ<sub>i</sub>))<super>2</super>], in which γ is the discount factor determining the agent's "
            "horizon, θ<sub>i</sub> are the parameters of the Q-network at iteration i and "
            "θ<sub>i</sub><super>−</super> are the network parameters used to compute the target at iteration "
            "i. The target network parameters θ<sub>i</sub><super>−</super> are only updated with the Q-network "
            "parameters (θ<sub>i</sub>) every C steps and are held fixed between individual updates.",
            "Figure 1: Schematic illustration of the convolutional neural network. The input to the neural "
            "network consists of an 84 × 84 × 4 image produced by the preprocessing map φ, followed by three "
            "convolutional layers and two fully connected layers with a single output for each valid action. "
            "Each hidden layer is followed by a rectifier nonlinearity (that is, max(0, x))."]),
        ("Results", [
            "To evaluate our DQN agent, we took advantage of the Atari 2600 platform, which offers a diverse "
            "array of tasks (n = 49) designed to be difficult and engaging for human players. We used the same "
            "network architecture, hyperparameter values (see Extended Data Table 1) and learning procedure "
            "throughout—taking high-dimensional data (210 × 160 colour video at 60 Hz) as input—to demonstrate "
            "that our approach robustly learns successful policies over a variety of games based solely on "
            "sensory inputs with only very minimal prior knowledge (that is, merely the input data were visual "
            "images, and the number of actions available in each game, but not their correspondences).",
            "We compared DQN with the best performing methods from the reinforcement learning literature on the "
            "49 games where results were available. In addition to the learned agents, we also report scores for "
            "a professional human games tester playing under controlled conditions and a policy that selects "
            "actions uniformly at random (Extended Data Table 2 and Fig. 3, denoted by 100% (human) and 0% "
            "(random) on y axis). Our DQN method outperforms the best existing reinforcement learning methods on "
            "43 of the games without incorporating any of the additional prior knowledge about Atari 2600 games "
            "used by other approaches. Furthermore, our DQN agent performed at a level that was comparable to "
            "that of a professional human games tester across the set of 49 games, achieving more than 75% of "
            "the human score on more than half of the games (29 games; see Fig. 3 and Extended Data Table 2).",
            "In additional simulations (see Extended Data Table 3), we demonstrate the importance of the "
            "individual core components of the DQN agent—the replay memory, separate target Q-network and deep "
            "convolutional network architecture—by disabling them and demonstrating the detrimental effects on "
            "performance.",
            "We next examined the representations learned by DQN that underpinned the successful performance of "
            "the agent in the context of the game Space Invaders, by using a technique developed for the "
            "visualization of high-dimensional data called 't-SNE'. As expected, the t-SNE algorithm tends to "
            "map the DQN representation of perceptually similar states to nearby points.",
            "@TABLE:0@"]),
        ("Discussion", [
            "Nevertheless, games demanding more temporally extended planning strategies still constitute a "
            "major challenge for all existing agents including DQN (for example, Montezuma's Revenge).",
            "In this work, we demonstrate that a single architecture can successfully learn control policies in "
            "a range of different environments with only very minimal prior knowledge, receiving only the pixels "
            "and the game score as inputs, and using the same algorithm, network architecture and "
            "hyperparameters on each game, privy only to the inputs a human player would have. In contrast to "
            "previous work, our approach incorporates 'end-to-end' reinforcement learning that uses reward to "
            "continuously shape representations within the convolutional network towards salient features of "
            "the environment that facilitate value estimation."]),
        ("METHODS", []),
        ("Preprocessing", [
            "Working directly with raw Atari 2600 frames, which are 210 × 160 pixel images with a 128-colour "
            "palette, can be demanding in terms of computation and memory requirements. We apply a basic "
            "preprocessing step aimed at reducing the input dimensionality and dealing with some artefacts of "
            "the Atari 2600 emulator. First, to encode a single frame we take the maximum value for each pixel "
            "colour value over the frame being encoded and the previous frame. Second, we then extract the Y "
            "channel, also known as luminance, from the RGB frame and rescale it to 84 × 84. The function φ from "
            "algorithm 1 described below applies this preprocessing to the m most recent frames and stacks them "
            "to produce the input to the Q-function, in which m = 4, although the algorithm is robust to "
            "different values of m (for example, 3 or 5)."]),
        ("Model architecture", [
            "There are several possible ways of parameterizing Q using a neural network. We use an architecture "
            "in which there is a separate output unit for each possible action, and only the state "
            "representation is an input to the neural network. The outputs correspond to the predicted Q-values "
            "of the individual actions for the input state.",
            "The input to the neural network consists of an 84 × 84 × 4 image produced by the preprocessing map "
            "φ. The first hidden layer convolves 32 filters of 8 × 8 with stride 4 with the input image and "
            "applies a rectifier nonlinearity. The second hidden layer convolves 64 filters of 4 × 4 with stride "
            "2, again followed by a rectifier nonlinearity. This is followed by a third convolutional layer that "
            "convolves 64 filters of 3 × 3 with stride 1 followed by a rectifier. The final hidden layer is "
            "fully-connected and consists of 512 rectifier units. The output layer is a fully-connected linear "
            "layer with a single output for each valid action. The number of valid actions varied between 4 and "
            "18 on the games we considered."]),
        ("Training details", [
            "We performed experiments on 49 Atari 2600 games where results were available for all other "
            "comparable methods. A different network was trained on each game: the same network architecture, "
            "learning algorithm and hyperparameter settings (see Extended Data Table 1) were used across all "
            "games, showing that our approach is robust enough to work on a variety of games while "
            "incorporating only minimal prior knowledge. While we evaluated our agents on unmodified games, we "
            "made one change to the reward structure of the games during training only. As the scale of scores "
            "varies greatly from game to game, we clipped all positive rewards at 1 and all negative rewards at "
            "−1, leaving 0 rewards unchanged. Clipping the rewards in this manner limits the scale of the error "
            "derivatives and makes it easier to use the same learning rate across multiple games. For games "
            "where there is a life counter, the Atari 2600 emulator also sends the number of lives left in the "
            "game, which is then used to mark the end of an episode during training.",
            "In these experiments, we used the RMSProp algorithm with minibatches of size 32. The behaviour "
            "policy during training was ε-greedy with ε annealed linearly from 1.0 to 0.1 over the first million "
            "frames, and fixed at 0.1 thereafter. We trained for a total of 50 million frames (that is, around "
            "38 days of game experience in total) and used a replay memory of 1 million most recent frames.",
            "Following previous approaches to playing Atari 2600 games, we also use a simple frame-skipping "
            "technique. More precisely, the agent sees and selects actions on every kth frame instead of every "
            "frame, and its last action is repeated on skipped frames. Because running the emulator forward for "
            "one step requires much less computation than having the agent select an action, this technique "
            "allows the agent to play roughly k times more games without significantly increasing the runtime. "
            "We use k = 4 for all games.",
            "The values of all the hyperparameters and optimization parameters were selected by performing an "
            "informal search on the games Pong, Breakout, Seaquest, Space Invaders and Beam Rider. We did not "
            "perform a systematic grid search owing to the high computational cost. These parameters were then "
            "held fixed across all other games. The values and descriptions of all hyperparameters are provided "
            "in Extended Data Table 1."]),
        ("Evaluation procedure", [
            "The trained agents were evaluated by playing each game 30 times for up to 5 min each time with "
            "different initial random conditions ('no-op'; see Extended Data Table 1) and an ε-greedy policy "
            "with ε = 0.05. This procedure is adopted to minimize the possibility of overfitting during "
            "evaluation. The random agent served as a baseline comparison and chose a random action at 10 Hz "
            "which is every sixth frame, repeating its last action on intervening frames. The professional "
            "human tester used the same emulator engine as the agents, and played under controlled conditions. "
            "The human performance is the average reward achieved from around 20 episodes of each game lasting a "
            "maximum of 5 min each, following around 2 h of practice playing each game. The performance of DQN "
            "is normalized with respect to the professional human games tester (that is, 100% level) and random "
            "play (that is, 0% level): 100 × (DQN score − random play score)/(human score − random play "
            "score)."]),
        ("Algorithm", [
            "The agent selects and executes actions according to an ε-greedy policy based on Q. We store the "
            "agent's experiences at each time-step, e<sub>t</sub> = (s<sub>t</sub>, a<sub>t</sub>, "
            "r<sub>t</sub>, s<sub>t+1</sub>), in a data set D<sub>t</sub> = {e<sub>1</sub>, …, "
            "e<sub>t</sub>}, pooled over many episodes into a replay memory. During the inner loop of the "
            "algorithm, we apply Q-learning updates, or minibatch updates, to samples of experience, drawn at "
            "random from the pool of stored samples. The second modification to online Q-learning aimed at "
            "further improving the stability of our method with neural networks is to use a separate network "
            "for generating the targets y<sub>j</sub> in the Q-learning update. More precisely, every C updates "
            "we clone the network Q to obtain a target network ˆQ and use ˆQ for generating the Q-learning "
            "targets y<sub>j</sub> for the following C updates to Q. We also found it helpful to clip the error "
            "term from the update r + γ max<sub>a′</sub> Q(s′, a′; θ<sub>i</sub><super>−</super>) − "
            "Q(s, a; θ<sub>i</sub>) to be between −1 and 1."]),
    ],
    "tables": [
        {"caption": "Table 1 (excerpt of Extended Data Table 2): raw scores of DQN (average over 30 evaluation "
                    "episodes), the professional human games tester and a random policy.",
         "rows": [["Game", "Random Play", "Human", "DQN"],
                  ["Breakout", "1.7", "31.8", "401.2"],
                  ["Pong", "−20.7", "9.3", "18.9"],
                  ["Space Invaders", "148", "1,652", "1,976"],
                  ["Seaquest", "68.4", "20,182", "5,286"],
                  ["Montezuma's Revenge", "0", "4,367", "0"]]},
        {"caption": "Extended Data Table 1: List of hyperparameters and their values. The values of all the "
                    "hyperparameters were selected by performing an informal search on the games Pong, "
                    "Breakout, Seaquest, Space Invaders and Beam Rider.",
         "rows": [["Hyperparameter", "Value"],
                  ["minibatch size", "32"],
                  ["replay memory size", "1000000"],
                  ["agent history length", "4"],
                  ["target network update frequency", "10000"],
                  ["discount factor", "0.99"],
                  ["action repeat", "4"],
                  ["update frequency", "4"],
                  ["learning rate", "0.00025"],
                  ["gradient momentum", "0.95"],
                  ["squared gradient momentum", "0.95"],
                  ["min squared gradient", "0.01"],
                  ["initial exploration", "1"],
                  ["final exploration", "0.1"],
                  ["final exploration frame", "1000000"],
                  ["replay start size", "50000"],
                  ["no-op max", "30"]]},
        {"caption": "Extended Data Table 3: The effects of replay and separating the target Q-network. DQN "
                    "agents were trained for 10 million frames using standard hyperparameters for all possible "
                    "combinations of turning replay on or off, using or not using a separate target Q-network.",
         "rows": [["Game", "With replay, with target Q", "With replay, without target Q",
                   "Without replay, with target Q", "Without replay, without target Q"],
                  ["Breakout", "316.8", "240.7", "10.2", "3.2"],
                  ["Enduro", "1006.3", "831.4", "141.9", "29.1"],
                  ["River Raid", "7446.6", "4102.8", "2867.7", "1453.0"],
                  ["Seaquest", "2894.4", "822.6", "1003.0", "275.8"],
                  ["Space Invaders", "1088.9", "826.3", "373.2", "302.0"]]},
    ],
    "references": [
        "1. Sutton, R. & Barto, A. Reinforcement Learning: An Introduction (MIT Press, 1998).",
        "2. Bellemare, M. G., Naddaf, Y., Veness, J. & Bowling, M. The arcade learning environment: An evaluation "
        "platform for general agents. J. Artif. Intell. Res. 47, 253–279 (2013).",
        "3. Tesauro, G. Temporal difference learning and TD-Gammon. Commun. ACM 38, 58–68 (1995).",
        "4. Riedmiller, M. Neural fitted Q iteration – first experiences with a data efficient neural "
        "reinforcement learning method. Mach. Learn.: ECML, 3720, 317–328 (Springer, 2005).",
        "5. Lin, L.-J. Reinforcement learning for robots using neural networks. Technical Report, DTIC Document "
        "(1993).",
        "6. Krizhevsky, A., Sutskever, I. & Hinton, G. ImageNet classification with deep convolutional neural "
        "networks. Adv. Neural Inf. Process. Syst. 25, 1106–1114 (2012).",
        "7. LeCun, Y., Bottou, L., Bengio, Y. & Haffner, P. Gradient-based learning applied to document "
        "recognition. Proc. IEEE 86, 2278–2324 (1998).",
        "8. Tieleman, T. & Hinton, G. Lecture 6.5-rmsprop: Divide the gradient by a running average of its "
        "recent magnitude. COURSERA: Neural Networks for Machine Learning (2012).",
        "9. van der Maaten, L. J. P. & Hinton, G. E. Visualizing high-dimensional data using t-SNE. J. Mach. "
        "Learn. Res. 9, 2579–2605 (2008).",
        "10. Watkins, C. J. & Dayan, P. Q-learning. Mach. Learn. 8, 279–292 (1992).",
    ],
    "appendix": [
        ("Extended Data", ["@TABLE:1@", "@TABLE:2@"]),
    ],
}

TRUTH = {
    "year": 2015,
    "source": "condensed retelling of Mnih et al., Nature 518, 529–533 (2015), written from memory",
    "task_family": "reinforcement-learning",
    "contribution": {"value": "training-method",
                     "quote": "We address these instabilities with a novel variant of Q-learning",
                     "note": "deep Q-network agent: Q-learning with a convolutional network, experience replay and "
                             "a periodically updated target network"},
    "claim": {"value": "a single DQN agent (same algorithm, architecture and hyperparameters), from pixels and score "
                       "only, outperforms the best existing reinforcement learning methods on 43 of 49 Atari 2600 "
                       "games and performs comparably to a professional human games tester, reaching more than 75% "
                       "of the human score on 29 games",
              "quote": "43 of the games without incorporating any of the additional prior knowledge"},
    "param_counts": [],
    "architecture": {
        "value": "convolutional Q-network: input 84×84×4; conv 32 filters 8×8 stride 4; conv 64 filters 4×4 stride 2; "
                 "conv 64 filters 3×3 stride 1; fully connected 512 rectifier units; linear output with one unit per "
                 "valid action (4–18); ReLU after each hidden layer",
        "quote": "The first hidden layer convolves 32 filters of 8 × 8 with stride 4"},
    "loss": {"value": "squared temporal-difference error against a target network, "
                      "(r + γ max_a′ Q(s′,a′;θ−) − Q(s,a;θ))², over uniformly sampled replay minibatches; error term "
                      "clipped to [−1, 1]",
             "quote": "uses the following loss function"},
    "datasets": [
        {"value": "Atari 2600 games (Arcade Learning Environment), 49 games",
         "quote": "We performed experiments on 49 Atari 2600 games"},
    ],
    "metrics": [
        {"value": "average game score per episode (30 evaluation episodes of up to 5 min, ε = 0.05, random no-op "
                  "starts)", "quote": "evaluated by playing each game 30 times for up to 5 min each time"},
        {"value": "human-normalized score: 100 × (DQN − random)/(human − random)",
         "quote": "100 × (DQN score − random play score)/(human score − random play"},
    ],
    "training": {
        "atari": {
            "optimizer": {"value": "RMSProp (gradient momentum 0.95, squared gradient momentum 0.95, min squared "
                                   "gradient 0.01)",
                          "quote": "we used the RMSProp algorithm with minibatches of size 32"},
            "learning_rate": {"value": 0.00025, "quote": "learning rate 0.00025"},
            "batch_size": {"value": 32, "quote": "minibatch size 32"},
            "steps": {"value": "50 million frames (about 38 days of game experience)", "numbers": [50000000],
                      "quote": "We trained for a total of 50 million frames",
                      "note": "frames, not parameter updates; with action repeat 4 and update frequency 4"},
            "replay_memory": {"value": "1 million most recent frames", "numbers": [1000000],
                              "quote": "replay memory size 1000000"},
            "target_update": {"value": 10000, "quote": "target network update frequency 10000"},
            "discount_gamma": {"value": 0.99, "quote": "discount factor 0.99"},
            "exploration": {"value": "ε-greedy, ε annealed linearly from 1.0 to 0.1 over the first million frames, "
                                     "then 0.1", "numbers": [1.0, 0.1, 1000000],
                            "quote": "annealed linearly from 1.0 to 0.1 over the first million"},
            "action_repeat": {"value": 4, "quote": "We use k = 4 for all games."},
            "agent_history_length": {"value": 4, "quote": "agent history length 4"},
            "update_frequency": {"value": 4, "quote": "update frequency 4"},
            "replay_start_size": {"value": 50000, "quote": "replay start size 50000"},
            "noop_max": {"value": 30, "quote": "no-op max 30"},
            "gradient_momentum": {"value": 0.95, "quote": "gradient momentum 0.95 squared gradient momentum 0.95"},
            "reward_clipping": {"value": "rewards clipped to [−1, 1]", "numbers": [1, -1],
                                "quote": "we clipped all positive rewards at 1 and all negative rewards"},
            "error_clipping": {"value": "TD error term clipped to [−1, 1]",
                               "quote": "to be between −1 and 1"},
        },
        "ablation_replay_target": {
            "steps": {"value": "10 million frames", "numbers": [10000000],
                      "quote": "agents were trained for 10 million frames using standard hyperparameters"},
        },
    },
    "not_stated": ["weight_decay", "dropout", "warmup", "epochs", "lora_rank", "lora_alpha", "lr_schedule",
                   "parameter counts", "weight initialisation"],
    "paper_notes": [
        "Most hyperparameters are only in the Extended Data Table 1 (appendix after references), as a two-column "
        "name/value table; the learning rate appears nowhere in prose.",
        "Trap: RMSProp 'gradient momentum 0.95' is not SGD momentum; 'min squared gradient 0.01' is an epsilon.",
        "Trap: several values of 4 (history length, action repeat, update frequency) and several 1,000,000s "
        "(replay memory, final exploration frame).",
        "Trap: evaluation ε = 0.05 vs training ε 1.0 → 0.1.",
        "Trap: random agent acts at 10 Hz; human baseline ~20 episodes after ~2 h practice — not training settings.",
        "Ablation (Extended Data Table 3) uses 10 million frames, a separate shorter set-up.",
        "Rendered single-column (journal, not a conference venue); the real Nature letter is multi-column. Main text has no numbered "
        "sections and no separate related-work section.",
        "Table 1 reproduces only 5 games of Extended Data Table 2 (from memory).",
    ],
}
