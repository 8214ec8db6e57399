"""Networks of the image-generation recipe's model cell: the template's own MLP classes (VAE, GAN) and the
wrappers that put the paper's networks from the architecture registry (the GAN / VAE MLPs, the DCGAN
convolutional G and D) behind the interface the objectives and the Parzen evaluation use (``model.G``,
``model.D``, ``model.encode``, ``model.dec``, ``model.sample``, ``model.z``). ``{code}`` is the registry's
model code with its ``model =`` renamed ``paper_net =``; ``{name}`` the architecture's name."""
from __future__ import annotations

TEMPLATE_VAE = r'''
class VAE(nn.Module):
    """Gaussian recognition model q(z|x), Bernoulli decoder p(x|z), standard normal prior."""
    def __init__(self, d, h, z):
        super().__init__()
        self.z = z
        self.enc = nn.Sequential(nn.Linear(d, h), nn.Tanh())
        self.mu, self.logvar = nn.Linear(h, z), nn.Linear(h, z)
        self.dec = nn.Sequential(nn.Linear(z, h), nn.Tanh(), nn.Linear(h, d))
    def encode(self, x):
        h = self.enc(x)
        return self.mu(h), self.logvar(h)
    def sample(self, n):
        return torch.sigmoid(self.dec(torch.randn(n, self.z, device=next(self.parameters()).device)))

'''

TEMPLATE_GAN = r'''
class GAN(nn.Module):
    """Generator G(z) and discriminator D(x) (dropout in D, as the paper trains it)."""
    def __init__(self, d, h, z):
        super().__init__()
        self.z = z
        self.G = nn.Sequential(nn.Linear(z, h), nn.ReLU(), nn.Linear(h, h), nn.ReLU(), nn.Linear(h, d), nn.Sigmoid())
        self.D = nn.Sequential(nn.Linear(d, h), nn.LeakyReLU(0.2), nn.Dropout(dropout), nn.Linear(h, h),
                               nn.LeakyReLU(0.2), nn.Dropout(dropout), nn.Linear(h, 1))
    def sample(self, n):
        return self.G(torch.randn(n, self.z, device=next(self.parameters()).device))

'''

PAPER_MLP_GAN = r'''
# the paper's own networks, {name} (cell; mlintern_nb.plan.architectures), random init, on the flat D_IN vectors
{code}

class PaperMLPGAN(nn.Module):
    """Added around the paper's generator and discriminator (no parameters added): G and D as the objective and
    the Parzen evaluation call them, D without its final Sigmoid so the loss reads its logit (the same log D,
    binary_cross_entropy_with_logits, numerically stable)."""
    def __init__(self, net):
        super().__init__()
        self.G, self.D = net["generator"], net["discriminator"][:-1]
        self.z = self.G[0].in_features
    def sample(self, n):
        return self.G(torch.randn(n, self.z, device=next(self.parameters()).device))

'''

PAPER_MLP_VAE = r'''
# the paper's own networks, {name} (cell; mlintern_nb.plan.architectures), random init, on the flat D_IN vectors
{code}

class PaperVAE(nn.Module):
    """Added around the paper's VAE (no parameters added): encode() to the posterior's mean and log-variance, the
    decoder without its final Sigmoid so the Bernoulli likelihood is read from logits (numerically stable), and
    sample() from the prior."""
    def __init__(self, net):
        super().__init__()
        self.enc, self.mu, self.logvar, self.dec = net.enc, net.mu, net.logvar, net.dec[:-1]
        self.z = net.mu.out_features
    def encode(self, x):
        h = self.enc(x)
        return self.mu(h), self.logvar(h)
    def sample(self, n):
        return torch.sigmoid(self.dec(torch.randn(n, self.z, device=next(self.parameters()).device)))

'''

PAPER_GAN = r'''
# the paper's own networks, {name} (cell; mlintern_nb.plan.architectures), random init, on the stand-in's
# IMG_CH x IMG_SIDE x IMG_SIDE images: G's Tanh output mapped to [0, 1], D sees [-1, 1] as in the paper
IMG_CH, IMG_SIDE = 1, int(round(D_IN ** 0.5))  # the images are read grey, square
{code}

class ToUnit(nn.Module):
    def forward(self, x):
        return (x.flatten(1) + 1) / 2

class FromUnit(nn.Module):
    def forward(self, x):
        return (x * 2 - 1).view(-1, IMG_CH, IMG_SIDE, IMG_SIDE)

class PaperGAN(nn.Module):
    """The paper's G and D behind the flat [0, 1] vectors the training objective and the Parzen evaluation use."""
    def __init__(self, net):
        super().__init__()
        self.z, self.G, self.D = net.z, nn.Sequential(net.G, ToUnit()), nn.Sequential(FromUnit(), net.D)
    def sample(self, n):
        return self.G(torch.randn(n, self.z, device=next(self.parameters()).device))

'''
