"""Build the sandbox kernel image (``mlintern kernel build``).

Real users build ``FROM python:3.11-slim`` (or ``nvidia/cuda`` with ``--cuda``). Where no registry is
reachable, the base is bootstrapped: ``debootstrap --variant=minbase`` a Debian bookworm with python3,
``docker import`` it and cache it as ``mlintern-base:bookworm``. pip inside the build trusts the CA
file given (or the host's ``PIP_CERT``), takes extra pip options, and finds the torch 2.13.0 CPU wheel
in the host's find-links directories, served over HTTP on 127.0.0.1 for the build only (the build
runs with ``--network host``) so the wheel never lands in a layer.
"""
from __future__ import annotations

import configparser
import functools
import glob
import http.server
import os
import shlex
import shutil
import subprocess
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import __version__
from .errors import ImageBuildFailed

KERNEL_IMAGES = Path(__file__).resolve().parents[2] / "kernel_images"
PACKAGE_DIR = Path(__file__).resolve().parents[1]
BASE_CPU = "python:3.11-slim"
BASE_CUDA = "nvidia/cuda:12.4.1-runtime-ubuntu22.04"
BOOTSTRAP_IMAGE = "mlintern-base:bookworm"
DEBIAN_MIRROR = "http://deb.debian.org/debian"
WHEELS_PORT = 38611
TORCH_WHEEL_GLOB = "torch-2.13.0*cpu*-cp311-*.whl"

Progress = Callable[[str], None]


def _say(progress: Progress | None, line: str) -> None:
    if progress:
        progress(line)


# ----------------------------------------------------------------------------- host pip settings
def host_pip_config() -> dict[str, str]:
    """The host's pip settings (env vars win over pip.conf files), for the CA and find-links."""
    out: dict[str, str] = {}
    files = ["/etc/pip.conf", "/etc/xdg/pip/pip.conf", os.path.expanduser("~/.config/pip/pip.conf"),
             os.path.expanduser("~/.pip/pip.conf")]
    if os.environ.get("PIP_CONFIG_FILE"):
        files.append(os.environ["PIP_CONFIG_FILE"])
    cp = configparser.ConfigParser()
    cp.read([f for f in files if os.path.isfile(f)])
    for section in ("global", "install"):
        if cp.has_section(section):
            for key in ("cert", "find-links"):
                if cp.has_option(section, key):
                    out[key] = cp.get(section, key)
    for env, key in (("PIP_CERT", "cert"), ("PIP_FIND_LINKS", "find-links")):
        if os.environ.get(env):
            out[key] = os.environ[env]
    return out


def default_ca_file() -> str | None:
    for cand in (host_pip_config().get("cert"), os.environ.get("REQUESTS_CA_BUNDLE"), os.environ.get("SSL_CERT_FILE")):
        if cand and os.path.isfile(cand):
            return cand
    return None


def find_torch_wheels(dirs: list[str] | None = None) -> list[Path]:
    if dirs is None:
        dirs = [d for d in host_pip_config().get("find-links", "").split() if not d.startswith(("http:", "https:"))]
    found: list[Path] = []
    for d in dirs:
        d = d.removeprefix("file://")
        found += [Path(p) for p in glob.glob(os.path.join(d, TORCH_WHEEL_GLOB))]
    return sorted(set(found))


@contextmanager
def serve_wheels(wheels: list[Path]) -> Iterator[str]:
    """Serve these wheels at http://127.0.0.1:PORT/ (a find-links page) while the build runs."""
    if not wheels:
        yield ""
        return
    with tempfile.TemporaryDirectory(prefix="mlintern-wheels-") as d:
        for w in wheels:
            os.symlink(w, os.path.join(d, w.name))

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *a):
                pass

        handler = functools.partial(Quiet, directory=d)
        try:  # a fixed port keeps WHEELS_URL, hence the build's pip layer cache, stable between builds
            srv = http.server.ThreadingHTTPServer(("127.0.0.1", WHEELS_PORT), handler)
        except OSError:
            srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        t = threading.Thread(target=srv.serve_forever, daemon=True)
        t.start()
        try:
            yield f"http://127.0.0.1:{srv.server_address[1]}/"
        finally:
            srv.shutdown()
            srv.server_close()


# ----------------------------------------------------------------------------- base image
def image_exists(cli, name: str) -> bool:
    import docker

    try:
        cli.images.get(name)
        return True
    except docker.errors.ImageNotFound:
        return False


def try_pull(cli, name: str, progress: Progress | None = None) -> bool:
    import docker

    _say(progress, f"pulling {name} ...")
    try:
        cli.images.pull(name)
        return True
    except (docker.errors.APIError, docker.errors.DockerException) as exc:
        _say(progress, f"cannot pull {name}: {' '.join(str(exc).split())[:160]}")
        return False


def bootstrap_base(cli, name: str = BOOTSTRAP_IMAGE, mirror: str = DEBIAN_MIRROR, suite: str = "bookworm",
                   progress: Progress | None = None, rebuild: bool = False) -> str:
    """debootstrap a minimal Debian with python3 + venv and ``docker import`` it (cached by name)."""
    if not rebuild and image_exists(cli, name):
        _say(progress, f"base {name} already present")
        return name
    if not shutil.which("debootstrap"):
        raise ImageBuildFailed(name, "bootstrap", "debootstrap is not installed (apt-get install debootstrap)")
    if os.geteuid() != 0:
        raise ImageBuildFailed(name, "bootstrap", "debootstrap needs root (run `sudo mlintern kernel build --bootstrap`)")
    with tempfile.TemporaryDirectory(prefix="mlintern-rootfs-", dir="/var/tmp") as tmp:
        root = os.path.join(tmp, "rootfs")
        _say(progress, f"debootstrap {suite} from {mirror} (about a minute) ...")
        t0 = time.monotonic()
        proc = subprocess.run(["debootstrap", "--variant=minbase",
                               "--include=python3,python3-pip,python3-venv,ca-certificates", suite, root, mirror],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = " | ".join((proc.stderr or proc.stdout).strip().splitlines()[-3:])
            raise ImageBuildFailed(name, "debootstrap", tail)
        for junk in ("var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man"):
            p = os.path.join(root, junk)
            if os.path.isdir(p):
                for entry in os.listdir(p):
                    e = os.path.join(p, entry)
                    if os.path.isfile(e) or os.path.islink(e):
                        os.unlink(e)
                    elif entry != "partial":
                        shutil.rmtree(e, ignore_errors=True)
        _say(progress, f"debootstrap done in {time.monotonic() - t0:.0f} s; importing as {name}")
        tar_path = os.path.join(tmp, "rootfs.tar")
        with tarfile.open(tar_path, "w") as tar:
            tar.add(root, arcname=".")
        repo, _, tag = name.partition(":")
        cli.api.import_image_from_file(tar_path, repository=repo, tag=tag or "latest",
                                       changes=["ENV LANG=C.UTF-8", 'CMD ["/bin/bash"]'])
    return name


def resolve_base(cli, base: str | None, cuda: bool, bootstrap: bool, progress: Progress | None = None,
                 mirror: str = DEBIAN_MIRROR) -> str:
    if bootstrap:
        return bootstrap_base(cli, mirror=mirror, progress=progress)
    wanted = base or (BASE_CUDA if cuda else BASE_CPU)
    if image_exists(cli, wanted) or try_pull(cli, wanted, progress):
        return wanted
    if base:  # asked for this one explicitly
        raise ImageBuildFailed(base, "base image", "not present locally and cannot be pulled")
    _say(progress, f"{wanted} unavailable: bootstrapping a Debian base instead")
    return bootstrap_base(cli, mirror=mirror, progress=progress)


# ----------------------------------------------------------------------------- build
def make_context(dest: Path, cuda: bool, ca_file: str | None) -> None:
    flavour = "cuda" if cuda else "cpu"
    shutil.copy(KERNEL_IMAGES / f"Dockerfile.{flavour}", dest / "Dockerfile")
    shutil.copy(KERNEL_IMAGES / f"requirements-{flavour}.txt", dest / "requirements.txt")
    if ca_file:
        if not os.path.isfile(ca_file):
            raise ImageBuildFailed("", "CA file", f"{ca_file}: no such file")
        shutil.copy(ca_file, dest / "pip-ca.crt")
    else:
        (dest / "pip-ca.crt").write_bytes(b"")
    shutil.copytree(PACKAGE_DIR, dest / "src" / "mlintern_nb",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules", "labextension"))


def build_image(tag: str, *, cuda: bool = False, base: str | None = None, bootstrap: bool = False,
                ca_file: str | None = None, pip_options: list[str] | None = None,
                wheel_dirs: list[str] | None = None, mirror: str = DEBIAN_MIRROR,
                progress: Progress | None = print, cli=None) -> dict:
    """Build the kernel image; returns {"image", "id", "base", "seconds", "size_bytes"}."""
    from . import engine

    cli = cli or engine.client(timeout=600)
    t0 = time.monotonic()
    base_image = resolve_base(cli, base, cuda, bootstrap, progress, mirror=mirror)
    ca = ca_file or default_ca_file()
    wheels = [] if cuda else find_torch_wheels(wheel_dirs)
    _say(progress, f"building {tag} from {base_image}" + (f" (CA {ca})" if ca else "")
         + (f" with {wheels[0].name}" if wheels else ""))
    with tempfile.TemporaryDirectory(prefix="mlintern-build-") as ctx, serve_wheels(wheels) as wheels_url:
        make_context(Path(ctx), cuda, ca)
        args = {"BASE": base_image, "WHEELS_URL": wheels_url, "PIP_OPTIONS": shlex.join(pip_options or [])}
        labels = {"mlintern.image": "kernel", "mlintern.version": __version__, "mlintern.flavour":
                  "cuda" if cuda else "cpu", "mlintern.base": base_image}
        last: list[str] = []
        for attempt in (1, 2):  # the build stream can break under load; the engine keeps the cached layers
            try:
                for chunk in cli.api.build(path=ctx, tag=tag, buildargs=args, network_mode="host", rm=True,
                                           forcerm=True, pull=False, decode=True, labels=labels):
                    if "error" in chunk:
                        detail = " ".join(str(chunk["error"]).split())
                        raise ImageBuildFailed(tag, "docker build", (detail + " | " + " | ".join(last[-3:]))[:600])
                    line = chunk.get("stream", "").rstrip()
                    if line:
                        last.append(line)
                        _say(progress, line)
                break
            except ImageBuildFailed:
                raise
            except Exception as exc:  # urllib3 ProtocolError / requests ConnectionError on a broken stream
                if attempt == 2:
                    raise ImageBuildFailed(tag, "docker build", f"connection to the engine broke: {exc}"[:600]) from None
                _say(progress, f"the build stream broke ({type(exc).__name__}); retrying once")
    img = cli.images.get(tag)
    return {"image": tag, "id": img.id, "base": base_image, "seconds": round(time.monotonic() - t0, 1),
            "size_bytes": img.attrs.get("Size", 0)}
