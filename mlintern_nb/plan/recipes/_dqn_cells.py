"""Cells of the reinforcement-learning recipe's value-based mode: deep Q-learning from pixels (a
convolutional Q-network over stacked frames, epsilon-greedy acting, experience replay, a target
network, Huber TD error). Offline stand-in: gymnasium's CartPole-v1 with its state drawn into small
grey-scale frames in the cell (no renderer needed), so the paper's pixel Q-network is the model.
``replay`` / ``target_network`` are the paper's ablation switches (the claim's arms)."""
from __future__ import annotations

DATA = r'''
# Data: an environment whose observations are frames. STAND-IN: CartPole-v1's state (cart position, pole
# angle) drawn as a grey-scale picture in the cell, FRAMES of them stacked, as the paper stacks screens
import gymnasium as gym
ENV_ID, SIZE, FRAMES = ARCH["env_id"], ARCH["image_size"], ARCH["frames"]

class Pixels(gym.ObservationWrapper):
    """The state as a SIZE x SIZE picture: a bar for the cart, a line for the pole; the last FRAMES stacked."""
    def __init__(self, env):
        super().__init__(env)
        self.observation_space = gym.spaces.Box(0.0, 1.0, (FRAMES, SIZE, SIZE), np.float32)
        self.stack = np.zeros((FRAMES, SIZE, SIZE), np.float32)
    def draw(self, s):
        img = np.zeros((SIZE, SIZE), np.float32)
        cx = int(np.clip((s[0] + 2.4) / 4.8, 0, 1) * (SIZE - 1)); cy = int(SIZE * 0.8)
        img[cy:cy + 3, max(0, cx - 4):cx + 5] = 1.0
        for t in np.linspace(0, 1, SIZE // 2):
            x = int(np.clip(cx + t * SIZE * 0.45 * np.sin(s[2]), 0, SIZE - 1))
            y = int(np.clip(cy - t * SIZE * 0.45 * np.cos(s[2]), 0, SIZE - 1))
            img[y, x] = 0.7
        return img
    def reset(self, **kw):
        obs, info = self.env.reset(**kw)
        self.stack[:] = self.draw(obs)
        return self.stack.copy(), info
    def observation(self, obs):
        self.stack = np.roll(self.stack, -1, axis=0); self.stack[-1] = self.draw(obs)
        return self.stack.copy()

env = Pixels(gym.make(ENV_ID))
N_ACTIONS = env.action_space.n
train_ds = torch.utils.data.TensorDataset(torch.zeros(1024))  # the train loop's clock only
eval_ds, collate = None, None
DATA_NOTE = (f"STAND-IN: gymnasium's {ENV_ID} drawn as {FRAMES} stacked {SIZE}x{SIZE} frames instead of "
             f"{DATASET_NAME} screens")
print(DATA_NOTE, f"- {N_ACTIONS} actions")
'''

MODEL = r'''
# Model: the paper's convolutional Q-network; compute_loss takes one environment step (epsilon-greedy) and
# one TD update on a minibatch -- drawn from the replay memory (replay=True) or the latest transitions
# (replay=False), bootstrapped from a target network synced every target_update steps (target_network=True)
# or from the online network itself (False)
import copy
{model_code}
GAMMA = ARCH["gamma"]
max_steps = env_steps  # one update per environment step
capacity = min(replay_capacity, env_steps)
memory = {"obs": np.zeros((capacity, FRAMES, SIZE, SIZE), np.float32), "next": np.zeros((capacity, FRAMES, SIZE, SIZE), np.float32),
          "act": np.zeros(capacity, np.int64), "rew": np.zeros(capacity, np.float32), "done": np.zeros(capacity, np.float32)}
state = {"obs": env.reset(seed=seed)[0], "n": 0, "t": 0, "ret": 0.0, "returns": []}
target = copy.deepcopy(model).requires_grad_(False)
rng = np.random.default_rng(seed)

def epsilon(t):
    return max(eps_final, 1.0 - (1.0 - eps_final) * t / max(1, eps_anneal_steps))

def act(model, obs, eps):
    if rng.random() < eps:
        return int(rng.integers(N_ACTIONS))
    with torch.no_grad():
        return int(model(torch.as_tensor(obs, device=DEVICE)[None]).argmax(1).item())

def compute_loss(model, batch):
    t = state["t"]; state["t"] += 1
    a = act(model, state["obs"], epsilon(t))
    nxt, r, term, trunc, _ = env.step(a)
    i = state["n"] % capacity; state["n"] += 1
    memory["obs"][i], memory["next"][i], memory["act"][i], memory["rew"][i], memory["done"][i] = state["obs"], nxt, a, r, float(term)
    state["ret"] += r; state["obs"] = nxt
    if term or trunc:
        state["returns"].append(state["ret"]); state["ret"] = 0.0; state["obs"] = env.reset()[0]
    filled = min(state["n"], capacity)
    k = min(batch_size, filled)
    idx = (rng.integers(0, filled, k) if replay else (np.arange(state["n"] - k, state["n"]) % capacity))
    b = {key: torch.as_tensor(v[idx], device=DEVICE) for key, v in memory.items()}
    if target_network and t % target_update == 0:
        target.load_state_dict(model.state_dict())
    with torch.no_grad():
        boot = (target if target_network else model)(b["next"]).max(1).values
    q = model(b["obs"]).gather(1, b["act"][:, None]).squeeze(1)
    return torch.nn.functional.smooth_l1_loss(q, b["rew"] + GAMMA * (1 - b["done"]) * boot)  # clipped TD error

MODEL_NOTE = (f"convolutional Q-network, {env_steps} environment steps, replay {'on' if replay else 'off'} "
              f"({capacity} transitions), target network {'on, synced every %d steps' % target_update if target_network else 'off'}")
print(MODEL_NOTE, f"- {sum(p.numel() for p in model.parameters()):,} parameters")
'''

EVAL = r'''
# Evaluate: mean return of 5 episodes with the greedy policy (epsilon 0.05, as the paper evaluates) on
# fresh seeds, and the mean return of the last 20 training episodes
model.eval()
eval_env, returns = Pixels(gym.make(ENV_ID)), []
for ep in range(5):
    o, _ = eval_env.reset(seed=10_000 + 100 * seed + ep)
    total, done = 0.0, False
    while not done:
        o, r, term, trunc, _ = eval_env.step(act(model, o, 0.05))
        total += r; done = term or trunc
    returns.append(total)
tail = state["returns"][-20:]
metrics = {"mean_return": float(np.mean(returns)), "train_return_last": float(np.mean(tail)) if tail else 0.0,
           "episodes": float(len(state["returns"]))}
print(metrics)
'''
