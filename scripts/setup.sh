#!/usr/bin/env bash
# Install everything mlintern_nb needs on a fresh Debian/Ubuntu machine (run as root):
# apt packages, the Docker engine (started in the background), the Python package with its
# test extras, and the sandbox kernel image. Idempotent: re-running skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

export DEBIAN_FRONTEND=noninteractive
need_apt=()
command -v dockerd >/dev/null || need_apt+=(docker.io)
command -v debootstrap >/dev/null || need_apt+=(debootstrap)
command -v setfacl >/dev/null || need_apt+=(acl)  # lets the sandbox user (uid 1000) into root-owned workspaces
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
command -v chromium >/dev/null || need_apt+=(chromium)  # headless browser: JupyterLab end-to-end test
command -v npm >/dev/null || need_apt+=(nodejs npm)  # lab extension: jest tests, rebuilds, playwright-core
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt: ${need_apt[*]}"
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

log "python package"
# A `jupyter labextension develop` link left by an earlier checkout would make pip write (or fail to
# write) the wheel's prebuilt extension through it; drop the link, the develop step below remakes it.
ext="$(python3 -c 'import sys; print(sys.prefix)')/share/jupyter/labextensions/mlintern-nb"
if [ -L "$ext" ]; then rm -f "$ext"; fi
python3 -m pip install -q -e '.[test]'
# PyPI's torchvision is linked against CUDA torch; next to the CPU torch its ops don't load and
# `import transformers` breaks. This start-up hook gives it pure-torch ops (mlintern_nb/vision_compat.py).
python3 -m mlintern_nb.vision_compat >/dev/null

log "lab extension: node deps (jest, playwright-core driving /usr/bin/chromium) + develop link"
(cd labextension && npm ci --no-audit --no-fund --loglevel=error)
jupyter labextension develop --overwrite . >/dev/null

log "docker engine"
bash scripts/start-dockerd.sh

log "sandbox kernel image"
if [ -f mlintern_nb/sandbox/cli.py ]; then
  # Rebuilt on every run (pip's layers are cached by the engine); where no registry is reachable the
  # base is bootstrapped once with debootstrap and cached as mlintern-base:bookworm.
  mlintern kernel build --quiet
  mlintern kernel install
  mlintern kernel cleanup
fi
