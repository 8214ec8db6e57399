"""reinforcement-learning: an actor-critic policy (separate policy and value MLPs) trained on-policy
with the clipped surrogate objective (PPO) or the vanilla policy gradient, GAE advantages; metric: the
mean episode return. Offline stand-in: gymnasium's CartPole-v1 (ships with gymnasium). The shared
train loop does one minibatch update per optimizer step; the model cell collects a new rollout when
the previous one has been used ``ppo_epochs`` times, and sets ``max_steps`` from the environment-step
budget ``env_steps`` so every objective sees the same number of environment steps."""
from __future__ import annotations

import re

from ..params import arch_numbers
from . import _dqn_cells
from .base import Recipe, notebook_model_code, paper_model, template_cells

DATA = r'''
# Data: an environment, not a data set — the policy collects its own experience while it trains
import gymnasium as gym
ENV_ID = ARCH["env_id"]
env = gym.make(ENV_ID)
OBS_DIM, N_ACTIONS = env.observation_space.shape[0], env.action_space.n
train_ds = torch.utils.data.TensorDataset(torch.zeros(ARCH["horizon"]))  # the train loop's clock only
eval_ds, collate = None, None
DATA_NOTE = (f"STAND-IN: gymnasium's {ENV_ID} (classic control, ships with gymnasium) instead of {DATASET_NAME}"
             if DATASET_NAME != ENV_ID else f"gymnasium's {ENV_ID}")
print(DATA_NOTE, f"- observations {OBS_DIM}, {N_ACTIONS} actions")
'''

MODEL = r'''
# Model: actor-critic MLPs (tanh), on-policy rollouts with GAE(gamma, lambda); compute_loss is the
# {objective_name} objective on one minibatch
import torch.nn as nn
{network}
HORIZON, GAMMA, LAM = ARCH["horizon"], ARCH["gamma"], ARCH["gae_lambda"]
EPOCHS = ppo_epochs if objective == "clip" else 1          # the vanilla gradient uses each sample once
MINIBATCH = min(batch_size, HORIZON) if objective == "clip" else HORIZON
updates_per_rollout = EPOCHS * (HORIZON // MINIBATCH)
max_steps = max(1, env_steps // HORIZON) * updates_per_rollout  # the same environment steps for every objective

class Rollouts:
    """Collects HORIZON steps with the current policy, then serves shuffled minibatches for EPOCHS passes."""
    def __init__(self):
        self.obs, _ = env.reset(seed=seed)
        self.queue, self.data, self.episode_returns, self.ret = [], None, [], 0.0
    def collect(self, model):
        dev = next(model.parameters()).device
        obs, act, rew, done = [], [], [], []
        with torch.no_grad():
            for _ in range(HORIZON):  # one small forward per step; values and log-probs in one batch after
                o = torch.as_tensor(self.obs, dtype=torch.float32, device=dev)
                a = torch.multinomial(torch.softmax(model.pi(o), -1), 1).item()
                obs.append(o); act.append(a)
                self.obs, r, term, trunc, _ = env.step(a)
                self.ret += r; rew.append(float(r)); done.append(term or trunc)
                if term or trunc:
                    self.episode_returns.append(self.ret); self.ret = 0.0
                    self.obs, _ = env.reset()
            O, A = torch.stack(obs), torch.tensor(act, device=dev)
            logp = model.dist(O).log_prob(A)
            val = model.v(O).squeeze(-1).tolist()
            last = model.v(torch.as_tensor(self.obs, dtype=torch.float32, device=dev)).item()
        adv, gae = [0.0] * HORIZON, 0.0
        for t in reversed(range(HORIZON)):
            nxt = last if t == HORIZON - 1 else val[t + 1]
            nonterminal = 0.0 if done[t] else 1.0
            delta = rew[t] + GAMMA * nxt * nonterminal - val[t]
            gae = delta + GAMMA * LAM * nonterminal * gae
            adv[t] = gae
        adv = torch.tensor(adv, device=dev)
        self.data = (O, A, logp, adv, adv + torch.tensor(val, device=dev))
        for _ in range(EPOCHS):
            perm = torch.randperm(HORIZON)
            self.queue += [perm[i:i + MINIBATCH] for i in range(0, HORIZON - MINIBATCH + 1, MINIBATCH)]
    def next(self, model):
        if not self.queue:
            self.collect(model)
        return [t[self.queue[0]] for t in self.data], self.queue.pop(0)

rollouts = Rollouts()

def compute_loss(model, batch):
    (obs, act, old_logp, adv, ret), _ = rollouts.next(model)
    adv = (adv - adv.mean()) / (adv.std() + 1e-8)
    d = model.dist(obs)
    logp = d.log_prob(act)
    if objective == "clip":  # L^CLIP: min(r A, clip(r, 1-eps, 1+eps) A)
        ratio = (logp - old_logp).exp()
        policy_loss = -torch.min(ratio * adv, ratio.clamp(1 - clip_epsilon, 1 + clip_epsilon) * adv).mean()
    else:                    # vanilla policy gradient: log pi(a|s) A
        policy_loss = -(logp * adv).mean()
    value_loss = (model.v(obs).squeeze(-1) - ret).pow(2).mean()
    return policy_loss + 0.5 * value_loss

MODEL_NOTE = (f"{model_name}, objective {objective}, {env_steps} environment "
              f"steps = {max_steps} minibatch updates ({updates_per_rollout} per rollout of {HORIZON})")
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: mean return of 5 episodes with the trained (stochastic) policy on fresh seeds, and the
# mean return of the last 20 training episodes (what the paper plots)
model.eval()
eval_env, returns = gym.make(ENV_ID), []
with torch.no_grad():
    for ep in range(5):
        o, _ = eval_env.reset(seed=10_000 + 100 * seed + ep)
        total, done = 0.0, False
        while not done:
            p = torch.softmax(model.pi(torch.as_tensor(o, dtype=torch.float32, device=DEVICE)), -1)
            o, r, term, trunc, _ = eval_env.step(torch.multinomial(p, 1).item())
            total += r; done = term or trunc
        returns.append(total)
tail = rollouts.episode_returns[-20:]
metrics = {"mean_return": float(np.mean(returns)), "train_return_last": float(np.mean(tail)) if tail else 0.0,
           "episodes": float(len(rollouts.episode_returns))}
print(metrics)
'''

# the recipe's own networks: two tanh MLPs of ARCH["hidden_size"] units, a categorical policy
TEMPLATE_NET = r'''
class ActorCritic(nn.Module):
    def __init__(self, obs, act, h):
        super().__init__()
        self.pi = nn.Sequential(nn.Linear(obs, h), nn.Tanh(), nn.Linear(h, h), nn.Tanh(), nn.Linear(h, act))
        self.v = nn.Sequential(nn.Linear(obs, h), nn.Tanh(), nn.Linear(h, h), nn.Tanh(), nn.Linear(h, 1))
    def dist(self, obs):
        return torch.distributions.Categorical(logits=self.pi(obs))

model = ActorCritic(OBS_DIM, N_ACTIONS, ARCH["hidden_size"])
model_name = f"actor-critic MLPs ({ARCH['hidden_size']} units)"
'''

# the paper's networks from the architecture registry, behind the interface the rollouts and the loss use
PAPER_NET = r'''
# the paper's own networks, {name} (cell; mlintern_nb.plan.architectures), random init
{code}

class DiscretePolicy(nn.Module):
    """Added around the paper's actor-critic (no parameters added): the stand-in's actions are discrete, so the
    policy MLP's outputs are the logits of a categorical distribution; the paper's Gaussian log std (for
    continuous actions) is kept and unused."""
    def __init__(self, net):
        super().__init__()
        self.net = net
    def pi(self, obs):
        return self.net.pi(obs)
    def v(self, obs):
        return self.net.v(obs)
    def dist(self, obs):
        return torch.distributions.Categorical(logits=self.net.pi(obs))

model = DiscretePolicy(model)
model_name = "{name}"
'''

_CLIPPED = r"clipped|surrogate|proximal|trust region"
# value-based deep RL: the paper learns action values (a Q-network), not a policy
_VALUE_BASED = re.compile(r"\bQ-?(?:network|learning|values?|function)\b|\bdeep Q\b|\bexperience replay\b|\bDQN\b")


def q_network(spec):
    """The paper's Q-network from the architecture registry when the paper is value-based, else None."""
    text = f"{spec.title} " + " ".join(f"{g.value} {g.quote or ''}" for g in (spec.architecture, spec.loss) if g)
    if not _VALUE_BASED.search(text):
        return None
    return paper_model(spec, lambda a: a.kind == "dqn", profiles=("smoke", "full"), num_actions=2)


def policy_network(spec):
    """The paper's policy/value MLPs from the architecture registry, or None (the recipe's actor-critic)."""
    return paper_model(spec, lambda a: a.kind == "policy_mlp", profiles=("smoke", "full"), obs_size=4, action_size=2)


class ReinforcementLearning(Recipe):
    family = "reinforcement-learning"
    priority = 80
    keywords = ((r"\breinforcement learning\b|\bpolicy gradient\b|\bagents?\b.*\breward|\bmarkov decision\b|"
                 r"\bQ-learning\b|\bactor-critic\b", 2),)
    default_dataset = "CartPole-v1"
    datasets = ((r"mujoco|hopper|halfcheetah|walker2d|swimmer|reacher", "MuJoCo continuous control", ""),
                (r"\batari\b|arcade learning", "Atari (ALE)", ""), (r"cartpole", "CartPole-v1", ""))
    native_datasets = ("CartPole-v1",)
    smoke_budget = ("env_steps", "max_steps")
    stand_in_text = "gymnasium's CartPole-v1 (classic control; ships with gymnasium, no download)"
    model_family = "actor-critic MLP"
    smoke = {"learning_rate": 1e-3, "batch_size": 64, "max_steps": 640, "optimizer_name": "adam",
             "lr_schedule": "constant", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.5}
    full = {"learning_rate": 3e-4, "batch_size": 64, "max_steps": 10000, "optimizer_name": "adam",
            "lr_schedule": "linear", "warmup_steps": 0, "weight_decay": 0.0, "max_grad_norm": 0.5}
    arch_full = {"env_id": "CartPole-v1", "hidden_size": 64, "horizon": 2048, "gamma": 0.99, "gae_lambda": 0.95}
    arch_smoke = {"env_id": "CartPole-v1", "hidden_size": 64, "horizon": 512, "gamma": 0.99, "gae_lambda": 0.95}

    def architecture(self, spec, dataset):
        full, smoke = dict(self.arch_full), dict(self.arch_smoke)
        q = q_network(spec)
        if q is not None:  # value-based: the paper's pixel Q-network
            size = int(q.config["image_size"].value)
            for d, px in ((full, size), (smoke, size // 2)):  # smoke: frames at half the paper's resolution
                d.update(algorithm="dqn", image_size=px, frames=int(q.config["frames"].value))
            return full, smoke, q.name
        h = arch_numbers(spec).get("hidden_size", 0)
        if 8 <= h <= 4096:
            full["hidden_size"] = int(h)
        pa = policy_network(spec)
        if pa is not None:
            full.update(paper_architecture=pa.kind, params=pa.count_params("full"))
            smoke["paper_architecture"] = pa.kind
            return full, smoke, pa.name
        return full, smoke, "actor-critic MLP"

    def _text(self, plan) -> str:
        s = plan.spec
        parts = [s.title] + [f"{g.value} {g.quote or ''}" for g in (s.architecture, s.loss) if g is not None]
        return " ".join(parts + [plan.claim.get("text", "") if plan.claim else ""])

    def extra_params(self, add, value_of, spec, setup):
        dqn = q_network(spec) is not None
        if not dqn:  # policy-gradient mode: the objective and its clipping
            text = f"{spec.title} " + " ".join(f"{g.value} {g.quote or ''}" for g in (spec.architecture, spec.loss) if g)
            clipped = bool(re.search(_CLIPPED, text, re.I))
            add("objective", "str", "clip (clipped surrogate) | pg (vanilla policy gradient)", None, None,
                full_default="clip" if clipped else "pg", smoke_default="clip" if clipped else "pg")
            add("clip_epsilon", "float", "clipping range epsilon of the surrogate objective", None, None,
                full_default=0.2, smoke_default=0.2)
            add("ppo_epochs", "int", "passes over each rollout, clipped objective", None, None,
                full_default=10, smoke_default=4)
        add("env_steps", "int", "environment steps of training; max_steps follows from it", None, None,
            full_default=1_000_000, smoke_default=1_500 if dqn else 8_192)
        if dqn:  # deep Q-learning: the paper's ablation switches and schedule
            add("replay", "bool", "experience replay (False: learn from the latest transitions)", None, None,
                full_default=True, smoke_default=True)
            add("target_network", "bool", "a separate target network (False: bootstrap from the online one)",
                None, None, full_default=True, smoke_default=True)
            add("replay_capacity", "int", "transitions kept in the replay memory", None, None,
                full_default=1_000_000, smoke_default=1_500)
            add("target_update", "int", "steps between target-network syncs", None, None,
                full_default=10_000, smoke_default=100)
            add("eps_final", "float", "final exploration epsilon", None, None, full_default=0.1, smoke_default=0.1)
            add("eps_anneal_steps", "int", "steps over which epsilon falls from 1 to eps_final", None, None,
                full_default=1_000_000, smoke_default=500)

    def stand_in_label(self, dataset):
        return "stand-in: gymnasium CartPole-v1"

    def param_count(self, arch):
        if arch.get("params"):
            return int(arch["params"])
        h = int(arch["hidden_size"])
        return 2 * (4 * h + h * h + h) + h * 2 + h

    def activation_bytes(self, arch, batch_size, seq_len):
        return int(arch["horizon"]) * int(arch["hidden_size"]) * 8 * 4

    def arms(self, plan):
        if plan.arch_full.get("algorithm") == "dqn":  # the paper's ablation: replay and target network on vs off
            common = {"metric": "mean_return", "higher_is_better": True}
            return [dict(common, name="no replay, no target network", role="baseline",
                         overrides={"replay": False, "target_network": False}),
                    dict(common, name="experience replay + target network (DQN)", role="proposed",
                         overrides={"replay": True, "target_network": True})]
        if plan.params.get("objective") != "clip":
            return []
        common = {"metric": "mean_return", "higher_is_better": True}
        return [dict(common, name="vanilla policy gradient", role="baseline", overrides={"objective": "pg"}),
                dict(common, name="clipped surrogate (PPO)", role="proposed", overrides={"objective": "clip"})]

    def no_comparison(self, plan):
        return "the paper proposes no clipped/trust-region objective this recipe can set against the vanilla gradient"

    def cell(self, role, plan):
        if plan.arch_full.get("algorithm") == "dqn":
            body = {"data": _dqn_cells.DATA, "model": _dqn_cells.MODEL, "eval": _dqn_cells.EVAL}[role]
            if role == "model":
                q = q_network(plan.spec)
                code = notebook_model_code(q, plan.profile, num_actions="N_ACTIONS", image_size="SIZE")
                code += "\nmodel = model.to(DEVICE)"
                body = body.replace("{model_code}", code)
            return body
        body = template_cells(role, plan, {"data": DATA, "model": MODEL, "eval": EVAL})
        if role == "model":
            net = TEMPLATE_NET
            if plan.arch_full.get("paper_architecture"):
                pa = policy_network(plan.spec)
                code = notebook_model_code(pa, plan.profile, obs_size="OBS_DIM", action_size="N_ACTIONS")
                net = PAPER_NET.replace("{code}", code).replace("{name}", pa.name)
            body = body.replace("{network}", net.strip("\n"))
        name = "clipped-surrogate" if plan.params.get("objective") == "clip" else "policy-gradient"
        return body.replace("{objective_name}", name)


RECIPE = ReinforcementLearning()
