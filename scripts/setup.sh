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
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt: ${need_apt[*]}"
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

log "python package"
python3 -m pip install -q -e '.[test]'

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
