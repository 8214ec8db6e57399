"""Soft Actor-Critic (Haarnoja, Zhou, Abbeel & Levine, ICML 2018): condensed retelling written from memory."""

PAPER = {
    "title": "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor",
    "authors": "Tuomas Haarnoja, Aurick Zhou, Pieter Abbeel and Sergey Levine",
    "affil": "Berkeley Artificial Intelligence Research, University of California, Berkeley, USA",
    "header": "Soft Actor-Critic",
    "columns": 2,
    "abstract": (
        "Model-free deep reinforcement learning (RL) algorithms have been demonstrated on a range of challenging "
        "decision making and control tasks. However, these methods typically suffer from two major challenges: "
        "very high sample complexity and brittle convergence properties, which necessitate meticulous "
        "hyperparameter tuning. Both of these challenges severely limit the applicability of such methods to "
        "complex, real-world domains. In this paper, we propose soft actor-critic, an off-policy actor-critic "
        "deep RL algorithm based on the maximum entropy reinforcement learning framework. In this framework, the "
        "actor aims to maximize expected reward while also maximizing entropy. That is, to succeed at the task "
        "while acting as randomly as possible. Prior deep RL methods based on this framework have been "
        "formulated as Q-learning methods. By combining off-policy updates with a stable stochastic actor-critic "
        "formulation, our method achieves state-of-the-art performance on a range of continuous control "
        "benchmark tasks, outperforming prior on-policy and off-policy methods. Furthermore, we demonstrate that, "
        "in contrast to other off-policy algorithms, our approach is very stable, achieving very similar "
        "performance across different random seeds."),
    "sections": [
        ("1. Introduction", [
            "Model-free deep reinforcement learning (RL) algorithms have been applied in a range of challenging "
            "domains, from games to robotic control. The combination of RL and high-capacity function "
            "approximators such as neural networks holds the promise of automating a wide range of decision "
            "making and control tasks, but widespread adoption of these methods in real-world domains has been "
            "hampered by two major challenges. First, model-free deep RL methods are notoriously expensive in "
            "terms of their sample complexity. Even relatively simple tasks can require millions of steps of "
            "data collection, and complex behaviors with high-dimensional observations might need substantially "
            "more. Second, these methods are often brittle with respect to their hyperparameters: learning "
            "rates, exploration constants, and other settings must be set carefully for different problem "
            "settings to achieve good results.",
            "One cause for the poor sample efficiency of deep RL methods is on-policy learning: some of the most "
            "commonly used deep RL algorithms, such as TRPO, PPO or A3C, require new samples to be collected for "
            "each gradient step. This quickly becomes extravagantly expensive, as the number of gradient steps "
            "and samples per step needed to learn an effective policy increases with task complexity. Off-policy "
            "algorithms aim to reuse past experience. Unfortunately, the combination of off-policy learning and "
            "high-dimensional, nonlinear function approximation with neural networks presents a major challenge "
            "for stability and convergence. A commonly used algorithm in such settings, deep deterministic "
            "policy gradient (DDPG), provides for sample-efficient learning but is notoriously challenging to "
            "use due to its extreme brittleness and hyperparameter sensitivity.",
            "We explore how to design an efficient and stable model-free deep RL algorithm for continuous state "
            "and action spaces. To that end, we draw on the maximum entropy framework, which augments the "
            "standard maximum reward reinforcement learning objective with an entropy maximization term. In this "
            "paper, we demonstrate that we can devise an off-policy maximum entropy actor-critic algorithm, which "
            "we call soft actor-critic (SAC), which provides for both sample-efficient learning and stability. "
            "Our theoretical results derive soft policy iteration, which we show to converge to the optimal "
            "policy. From this result, we can formulate a soft actor-critic algorithm, and we empirically show "
            "that it outperforms state-of-the-art model-free deep RL methods, including the off-policy DDPG "
            "algorithm and the on-policy PPO algorithm."]),
        ("2. Related Work", [
            "Our soft actor-critic algorithm incorporates three key ingredients: an actor-critic architecture "
            "with separate policy and value function networks, an off-policy formulation that enables reuse of "
            "previously collected data for efficiency, and entropy maximization to enable stability and "
            "exploration. Actor-critic algorithms are typically derived starting from policy iteration. Many "
            "actor-critic algorithms build on the standard, on-policy policy gradient formulation to update the "
            "actor, and many of them also consider the entropy of the policy, but instead of maximizing the "
            "entropy, they use it as a regularizer (Schulman et al., 2017b; 2015; Mnih et al., 2016).",
            "DDPG (Lillicrap et al., 2015) uses a Q-function estimator to enable off-policy learning, and a "
            "deterministic actor that maximizes this Q-function. The interplay between the deterministic actor "
            "network and the Q-function typically makes DDPG extremely difficult to stabilize and brittle to "
            "hyperparameter settings (Duan et al., 2016; Henderson et al., 2017). As a consequence, it is "
            "difficult to extend DDPG to complex, high-dimensional tasks, and on-policy policy gradient methods "
            "still tend to produce the best results in such settings (Gu et al., 2016).",
            "Maximum entropy reinforcement learning optimizes policies to maximize both the expected return and "
            "the expected entropy of the policy. Soft Q-learning (Haarnoja et al., 2017) learns a soft "
            "Q-function and draws samples from the resulting energy-based policy with an amortized sampling "
            "network, which makes it a true actor-critic algorithm only approximately. Prior maximum entropy "
            "methods based on soft Q-learning (Haarnoja et al., 2017; Schulman et al., 2017a) or path "
            "consistency (Nachum et al., 2017a) generally do not exceed the performance of state-of-the-art "
            "off-policy algorithms such as DDPG when learning from scratch."]),
        ("3. Preliminaries", [
            "We address policy learning in continuous action spaces. We consider an infinite-horizon Markov "
            "decision process (MDP), defined by the tuple (S, A, p, r), where the state space S and the action "
            "space A are continuous. We will use ρ<sub>π</sub>(s<sub>t</sub>) and ρ<sub>π</sub>(s<sub>t</sub>, "
            "a<sub>t</sub>) to denote the state and state-action marginals of the trajectory distribution "
            "induced by a policy π(a<sub>t</sub>|s<sub>t</sub>).",
            "The maximum entropy objective generalizes the standard objective by augmenting it with an entropy "
            "term: J(π) = Σ<sub>t</sub> E<sub>(s<sub>t</sub>,a<sub>t</sub>)~ρ<sub>π</sub></sub>[r(s<sub>t</sub>, "
            "a<sub>t</sub>) + αH(π(·|s<sub>t</sub>))], where the temperature parameter α determines the relative "
            "importance of the entropy term against the reward, and thus controls the stochasticity of the "
            "optimal policy. For the rest of this paper, we will omit writing the temperature explicitly, as it "
            "can always be subsumed into the reward by scaling it by α<super>−1</super>."]),
        ("4. From Soft Policy Iteration to Soft Actor-Critic", [
            "Our off-policy soft actor-critic algorithm can be derived starting from a maximum entropy variant of "
            "the policy iteration method. Soft policy iteration alternates between soft policy evaluation and "
            "soft policy improvement, and we show that it converges to the optimal maximum entropy policy among "
            "the policies in a tractable set Π (Theorem 1). Large continuous domains require us to derive a "
            "practical approximation: we use function approximators for both the Q-function and the policy, and "
            "instead of running evaluation and improvement to convergence, alternate between optimizing both "
            "networks with stochastic gradient descent.",
            "We consider a parameterized state value function V<sub>ψ</sub>(s<sub>t</sub>), soft Q-function "
            "Q<sub>θ</sub>(s<sub>t</sub>, a<sub>t</sub>), and a tractable policy π<sub>φ</sub>(a<sub>t</sub>|"
            "s<sub>t</sub>). The value functions can be modeled as expressive neural networks, and the policy as "
            "a Gaussian with mean and covariance given by neural networks. The soft value function is trained to "
            "minimize the squared residual error J<sub>V</sub>(ψ) = E<sub>s<sub>t</sub>~D</sub>[½(V<sub>ψ</sub>"
            "(s<sub>t</sub>) − E<sub>a<sub>t</sub>~π<sub>φ</sub></sub>[Q<sub>θ</sub>(s<sub>t</sub>, a<sub>t</sub>)"
            " − log π<sub>φ</sub>(a<sub>t</sub>|s<sub>t</sub>)])<super>2</super>], where D is the distribution of "
            "previously sampled states and actions, or a replay buffer. The soft Q-function parameters can be "
            "trained to minimize the soft Bellman residual J<sub>Q</sub>(θ) = E[½(Q<sub>θ</sub>(s<sub>t</sub>, "
            "a<sub>t</sub>) − ˆQ(s<sub>t</sub>, a<sub>t</sub>))<super>2</super>] with ˆQ(s<sub>t</sub>, "
            "a<sub>t</sub>) = r(s<sub>t</sub>, a<sub>t</sub>) + γE[V<sub>¯ψ</sub>(s<sub>t+1</sub>)], which makes "
            "use of a target value network V<sub>¯ψ</sub>, where ¯ψ can be an exponentially moving average of "
            "the value network weights, which has been shown to stabilize training (Mnih et al., 2015).",
            "The policy parameters can be learned by directly minimizing the expected KL-divergence to the "
            "exponentiated Q-function. We reparameterize the policy using a neural network transformation "
            "a<sub>t</sub> = f<sub>φ</sub>(ε<sub>t</sub>; s<sub>t</sub>), where ε<sub>t</sub> is an input noise "
            "vector, sampled from some fixed distribution, such as a spherical Gaussian, and minimize "
            "J<sub>π</sub>(φ) = E<sub>s<sub>t</sub>~D,ε<sub>t</sub>~N</sub>[log π<sub>φ</sub>(f<sub>φ</sub>"
            "(ε<sub>t</sub>; s<sub>t</sub>)|s<sub>t</sub>) − Q<sub>θ</sub>(s<sub>t</sub>, f<sub>φ</sub>"
            "(ε<sub>t</sub>; s<sub>t</sub>))]. The actions are squashed with a tanh function to bound them.",
            "Our algorithm also makes use of two Q-functions to mitigate positive bias in the policy improvement "
            "step that is known to degrade performance of value based methods. In particular, we parameterize "
            "two Q-functions, with parameters θ<sub>i</sub>, and train them independently to optimize "
            "J<sub>Q</sub>(θ<sub>i</sub>). We then use the minimum of the Q-functions for the value gradient and "
            "policy gradient. Although our algorithm can learn challenging tasks, including a 21-dimensional "
            "Humanoid, using just a single Q-function, we found two Q-functions significantly speed up training, "
            "especially on harder tasks.",
            "<b>Algorithm 1 Soft Actor-Critic.</b> Initialize parameter vectors ψ, ¯ψ, θ, φ. For each iteration: "
            "for each environment step, sample a<sub>t</sub> ~ π<sub>φ</sub>(a<sub>t</sub>|s<sub>t</sub>), "
            "sample s<sub>t+1</sub> ~ p(s<sub>t+1</sub>|s<sub>t</sub>, a<sub>t</sub>) and add the transition to "
            "the replay pool D; for each gradient step, update ψ ← ψ − λ<sub>V</sub>ˆ∇J<sub>V</sub>(ψ), "
            "θ<sub>i</sub> ← θ<sub>i</sub> − λ<sub>Q</sub>ˆ∇J<sub>Q</sub>(θ<sub>i</sub>) for i ∈ {1, 2}, "
            "φ ← φ − λ<sub>π</sub>ˆ∇J<sub>π</sub>(φ), and ¯ψ ← τψ + (1 − τ)¯ψ.",
            "The method alternates between collecting experience from the environment with the current policy "
            "and updating the function approximators using the stochastic gradients from batches sampled from a "
            "replay pool. In practice, we take a single environment step followed by one or several gradient "
            "steps."]),
        ("5. Experiments", [
            "The goal of our experimental evaluation is to understand how the sample complexity and stability of "
            "our method compares with prior off-policy and on-policy deep reinforcement learning algorithms. We "
            "compare our method to prior techniques on a range of challenging continuous control tasks from the "
            "OpenAI gym benchmark suite (Brockman et al., 2016) and also on the rllab implementation of the "
            "Humanoid task (Duan et al., 2016). Although the easier tasks can be solved by a wide range of "
            "different algorithms, the more complex benchmarks, such as the 21-dimensional Humanoid (rllab), are "
            "exceptionally difficult to solve with off-policy algorithms."]),
        ("5.1. Comparative Evaluation", [
            "We compare our method to deep deterministic policy gradient (DDPG) (Lillicrap et al., 2015), an "
            "algorithm that is regarded as one of the more efficient off-policy deep RL methods (Duan et al., "
            "2016); proximal policy optimization (PPO) (Schulman et al., 2017b), a stable and effective on-policy "
            "policy gradient algorithm; and soft Q-learning (SQL) (Haarnoja et al., 2017), a recent off-policy "
            "algorithm for learning maximum entropy policies. Our SQL implementation also includes two "
            "Q-functions, which we found to improve its performance in most environments. We additionally "
            "compare to twin delayed deep deterministic policy gradient algorithm (TD3) (Fujimoto et al., 2018), "
            "using the author-provided implementation. This is an extension to DDPG, proposed concurrently to our "
            "method, that first applied the double Q-learning trick to continuous control along with other "
            "improvements. We turned off the exploration noise for evaluation for DDPG and PPO. For maximum "
            "entropy algorithms, which do not explicitly inject exploration noise, we either evaluated with the "
            "exploration noise (SQL) or use the mean action (SAC).",
            "Figure 1 shows the total average return of evaluation rollouts during training for DDPG, PPO, SQL, "
            "TD3 and SAC. We train five different instances of each algorithm with different random seeds, with "
            "each performing one evaluation rollout every 1000 environment steps. The solid curves correspond to "
            "the mean and the shaded regions to the minimum and maximum returns over the five trials.",
            "The results show that, overall, SAC performs comparably to the baseline methods on the easier tasks "
            "and outperforms them on the harder tasks with a large margin, both in terms of learning speed and "
            "the final performance. For example, DDPG fails to make any progress on Ant-v1, Humanoid-v1, and "
            "Humanoid (rllab), a result that is corroborated by prior work (Gu et al., 2016; Duan et al., 2016). "
            "SAC also learns considerably faster than PPO as a consequence of the large batch sizes PPO needs to "
            "learn stably on more high-dimensional and complex tasks. Another maximum entropy RL algorithm, SQL, "
            "can also learn all tasks, but it is slower than SAC and has worse asymptotic performance. The "
            "quantitative results attained by SAC in our experiments also compare very favorably to results "
            "reported by other methods in prior work (Duan et al., 2016; Gu et al., 2016; Henderson et al., "
            "2017), indicating that both the sample efficiency and final performance of SAC on these benchmark "
            "tasks exceeds the state of the art.",
            "Figure 1: Training curves on continuous control benchmarks (Hopper-v1, Walker2d-v1, HalfCheetah-v1, "
            "Ant-v1, Humanoid-v1, Humanoid (rllab)): average return against environment steps. Soft actor-critic "
            "performs consistently across all tasks and outperforms both on-policy and off-policy methods in the "
            "most challenging tasks."]),
        ("5.2. Ablation Study", [
            "The results in the previous section suggest that algorithms based on the maximum entropy principle "
            "can outperform conventional RL methods on challenging tasks such as the humanoid tasks. In this "
            "section, we further examine which particular components of SAC are important for good performance.",
            "<i>Stochastic vs. deterministic policy.</i> Soft actor-critic learns stochastic policies via a "
            "maximum entropy objective. To compare the two, we evaluate a deterministic variant of SAC that does "
            "not maximize the entropy and that closely resembles DDPG, with the exception of having two "
            "Q-functions, using hard target updates, not having a separate target actor, and using fixed rather "
            "than learned exploration noise. Figure 2 compares five individual runs with both variants, "
            "initialized with different random seeds. Soft actor-critic performs much more consistently, while "
            "the deterministic variant exhibits very high variability across seeds, indicating substantially "
            "worse stability.",
            "<i>Policy evaluation.</i> Since SAC converges to stochastic policies, it is often beneficial to make "
            "the final policy deterministic at the end for best performance. For evaluation, we approximate the "
            "maximum a posteriori action by choosing the mean of the policy distribution.",
            "<i>Reward scale.</i> Soft actor-critic is particularly sensitive to the scaling of the reward "
            "signal, because it serves the role of the temperature of the energy-based optimal policy and thus "
            "controls its stochasticity. Larger reward magnitudes correspond to lower entropy. When the reward "
            "scale is too small, the policy becomes nearly uniform, and consequently fails to exploit the reward "
            "signal. When the reward scale is too large, the model learns quickly at first, but the policy then "
            "becomes nearly deterministic, leading to poor local minima due to lack of adequate exploration. "
            "With the right reward scaling, the model balances exploration and exploitation. In practice, we "
            "found reward scale to be the only hyperparameter that requires tuning, and its natural "
            "interpretation as the inverse of the temperature in the maximum entropy framework provides good "
            "intuition for how to adjust this parameter.",
            "<i>Target network update.</i> It is common to use a separate target value network that slowly "
            "tracks the actual value function to improve stability. We use an exponentially moving average, with "
            "a smoothing constant τ, to update the target value network. A value of one corresponds to a hard "
            "update where the weights are copied directly at every iteration and zero to not updating the "
            "target at all. Large τ can lead to instabilities while small τ can make training slower. We also "
            "tested hard target updates where the target network is copied periodically; we found that taking "
            "more than one gradient step between the environment steps can improve performance, but also "
            "increases the computational cost (Appendix D)."]),
        ("6. Conclusion", [
            "We present soft actor-critic (SAC), an off-policy maximum entropy deep reinforcement learning "
            "algorithm that provides sample-efficient learning while retaining the benefits of entropy "
            "maximization and stability. Our theoretical results derive soft policy iteration, which we show to "
            "converge to the optimal policy. From this result, we can formulate a soft actor-critic algorithm, "
            "and we empirically show that it outperforms state-of-the-art model-free deep RL methods, including "
            "the off-policy DDPG algorithm and the on-policy PPO algorithm. In fact, the sample efficiency of "
            "this approach actually exceeds that of DDPG by a substantial margin. Our results suggest that "
            "stochastic, entropy maximizing reinforcement learning algorithms can provide a promising avenue for "
            "improved robustness and stability."]),
    ],
    "tables": [
        {"caption": "Table 1. SAC Hyperparameters",
         "rows": [["Parameter", "Value"],
                  ["Shared", ""],
                  ["optimizer", "Adam (Kingma & Ba, 2015)"],
                  ["learning rate", "3 · 10^−4"],
                  ["discount (γ)", "0.99"],
                  ["replay buffer size", "10^6"],
                  ["number of hidden layers (all networks)", "2"],
                  ["number of hidden units per layer", "256"],
                  ["number of samples per minibatch", "256"],
                  ["nonlinearity", "ReLU"],
                  ["SAC", ""],
                  ["target smoothing coefficient (τ)", "0.005"],
                  ["target update interval", "1"],
                  ["gradient steps", "1"],
                  ["SAC (hard target update)", ""],
                  ["target smoothing coefficient (τ)", "1"],
                  ["target update interval", "1000"],
                  ["gradient steps (except humanoids)", "4"],
                  ["gradient steps (humanoids)", "1"]]},
        {"caption": "Table 2. SAC Environment Specific Parameters",
         "rows": [["Environment", "Action Dimensions", "Reward Scale"],
                  ["Hopper-v1", "3", "5"],
                  ["Walker2d-v1", "6", "5"],
                  ["HalfCheetah-v1", "6", "5"],
                  ["Ant-v1", "8", "5"],
                  ["Humanoid-v1", "17", "20"],
                  ["Humanoid (rllab)", "21", "10"]]},
    ],
    "references": [
        "Brockman, G., Cheung, V., Pettersson, L., Schneider, J., Schulman, J., Tang, J., and Zaremba, W. OpenAI "
        "gym. arXiv preprint arXiv:1606.01540, 2016.",
        "Duan, Y., Chen, X., Houthooft, R., Schulman, J., and Abbeel, P. Benchmarking deep reinforcement learning "
        "for continuous control. In International Conference on Machine Learning (ICML), 2016.",
        "Fujimoto, S., van Hoof, H., and Meger, D. Addressing function approximation error in actor-critic "
        "methods. arXiv preprint arXiv:1802.09477, 2018.",
        "Gu, S., Lillicrap, T., Ghahramani, Z., Turner, R. E., and Levine, S. Q-prop: Sample-efficient policy "
        "gradient with an off-policy critic. arXiv preprint arXiv:1611.02247, 2016.",
        "Haarnoja, T., Tang, H., Abbeel, P., and Levine, S. Reinforcement learning with deep energy-based "
        "policies. In International Conference on Machine Learning (ICML), 2017.",
        "Henderson, P., Islam, R., Bachman, P., Pineau, J., Precup, D., and Meger, D. Deep reinforcement "
        "learning that matters. arXiv preprint arXiv:1709.06560, 2017.",
        "Kingma, D. and Ba, J. Adam: A method for stochastic optimization. In International Conference for "
        "Learning Representations (ICLR), 2015.",
        "Lillicrap, T. P., Hunt, J. J., Pritzel, A., Heess, N., Erez, T., Tassa, Y., Silver, D., and Wierstra, D. "
        "Continuous control with deep reinforcement learning. arXiv preprint arXiv:1509.02971, 2015.",
        "Mnih, V., Kavukcuoglu, K., Silver, D., et al. Human-level control through deep reinforcement learning. "
        "Nature, 518(7540):529–533, 2015.",
        "Nachum, O., Norouzi, M., Xu, K., and Schuurmans, D. Bridging the gap between value and policy based "
        "reinforcement learning. In Advances in Neural Information Processing Systems (NIPS), 2017a.",
        "Schulman, J., Wolski, F., Dhariwal, P., Radford, A., and Klimov, O. Proximal policy optimization "
        "algorithms. arXiv preprint arXiv:1707.06347, 2017b.",
        "Ziebart, B. D., Maas, A. L., Bagnell, J. A., and Dey, A. K. Maximum entropy inverse reinforcement "
        "learning. In AAAI Conference on Artificial Intelligence, 2008.",
    ],
    "appendix": [
        ("D. Hyperparameters", [
            "Table 1 lists the common SAC parameters used in the comparative evaluation in Figure 1 and Figure 4. "
            "Table 2 lists the reward scale parameter that was tuned for each environment.",
            "@TABLE:0@",
            "@TABLE:1@"]),
    ],
}

TRUTH = {
    "year": 2018,
    "source": "condensed retelling of Haarnoja, Zhou, Abbeel & Levine, ICML 2018 (arXiv:1801.01290), written from "
              "memory",
    "task_family": "reinforcement-learning",
    "contribution": {"value": "training-method",
                     "quote": "we propose soft actor-critic, an off-policy actor-critic deep RL algorithm",
                     "note": "off-policy maximum-entropy actor-critic algorithm"},
    "claim": {"value": "SAC performs comparably to the baselines on the easier MuJoCo tasks and outperforms DDPG, PPO, "
                       "SQL and TD3 by a large margin on the harder ones (Ant, Humanoid, Humanoid rllab) in learning "
                       "speed and final performance, while being stable across random seeds",
              "quote": "outperforms them on the harder tasks with a large margin"},
    "param_counts": [],
    "architecture": {
        "value": "separate soft value network V_ψ (with EMA target), two soft Q-networks Q_θ1, Q_θ2 (minimum used), "
                 "and a reparameterized Gaussian policy with tanh squashing; all networks MLPs with 2 hidden layers "
                 "of 256 ReLU units",
        "quote": "number of hidden layers (all networks) 2"},
    "loss": {"value": "soft value residual J_V, soft Bellman residual J_Q against a target value network, and policy "
                      "KL objective J_π = E[log π(f(ε;s)|s) − Q(s, f(ε;s))] via the reparameterization trick "
                      "(maximum entropy objective)",
             "quote": "minimize the soft Bellman residual"},
    "datasets": [
        {"value": "OpenAI Gym MuJoCo tasks: Hopper-v1, Walker2d-v1, HalfCheetah-v1, Ant-v1, Humanoid-v1",
         "quote": "continuous control tasks from the OpenAI gym benchmark suite"},
        {"value": "Humanoid (rllab), 21-dimensional action space",
         "quote": "also on the rllab implementation of the Humanoid task"},
    ],
    "metrics": [
        {"value": "average return of evaluation rollouts during training (mean, min and max over five seeds); SAC "
                  "evaluated with the mean action",
         "quote": "Figure 1 shows the total average return of evaluation rollouts during training"},
    ],
    "training": {
        "sac": {
            "optimizer": {"value": "Adam", "quote": "optimizer Adam (Kingma & Ba, 2015)"},
            "learning_rate": {"value": 0.0003, "quote": "learning rate 3 · 10^−4"},
            "batch_size": {"value": 256, "quote": "number of samples per minibatch 256"},
            "discount_gamma": {"value": 0.99, "quote": "discount (γ) 0.99"},
            "replay_buffer": {"value": 1000000, "quote": "replay buffer size 106",
                              "note": "written 10^6"},
            "target_smoothing_tau": {"value": 0.005, "quote": "target smoothing coefficient (τ) 0.005"},
            "target_update_interval": {"value": 1, "quote": "target update interval 1 gradient steps 1"},
            "gradient_steps": {"value": 1, "quote": "target update interval 1 gradient steps 1",
                               "note": "gradient steps per environment step"},
            "reward_scale": {"value": "5 (Hopper, Walker2d, HalfCheetah, Ant), 20 (Humanoid-v1), 10 (Humanoid rllab)",
                             "numbers": [5, 20, 10], "quote": "Table 2. SAC Environment Specific Parameters"},
            "seeds": {"value": "five random seeds", "numbers": [5],
                      "quote": "We train five different instances of each algorithm with different random seeds"},
        },
        "sac_hard_target_update": {
            "optimizer": {"value": "Adam", "quote": "optimizer Adam (Kingma & Ba, 2015)"},
            "learning_rate": {"value": 0.0003, "quote": "learning rate 3 · 10^−4"},
            "batch_size": {"value": 256, "quote": "number of samples per minibatch 256"},
            "target_smoothing_tau": {"value": 1, "quote": "SAC (hard target update) target smoothing coefficient"},
            "target_update_interval": {"value": 1000, "quote": "target update interval 1000"},
            "gradient_steps": {"value": "4 (except humanoids), 1 (humanoids)", "numbers": [4, 1],
                               "quote": "gradient steps (except humanoids) 4"},
        },
    },
    "not_stated": ["weight_decay", "dropout", "warmup", "epochs", "steps", "lora_rank", "lora_alpha",
                   "lr_schedule", "Adam β values", "total environment steps per task (only in figure axes of the "
                   "real paper)", "parameter counts"],
    "paper_notes": [
        "All numeric hyperparameters are only in Appendix D tables (after the references); prose gives none.",
        "Trap: 'number of hidden units per layer 256' and 'number of samples per minibatch 256' — same number, "
        "different fields.",
        "Trap: 'target update interval 1000' (hard-update variant) is not a step count; two set-ups (soft vs "
        "hard target update) share the 'Shared' rows.",
        "Trap: PPO's 'large batch sizes' are mentioned without values; DDPG brittleness mentions no settings.",
        "The real paper reports results as learning curves only (no numeric results table), so none is given.",
        "Evaluation every 1000 environment steps is an evaluation cadence, not a training length.",
    ],
}
