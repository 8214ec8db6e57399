#!/usr/bin/env bash
# Start dockerd in the background if no engine answers. --bridge=none: containers here run with
# --network none and builds with --network host; no bridge network is created.
set -euo pipefail
if docker info >/dev/null 2>&1; then echo "docker engine already running"; exit 0; fi
command -v dockerd >/dev/null || { echo "dockerd not installed (apt-get install docker.io)"; exit 1; }
mkdir -p /var/log
nohup dockerd --bridge=none >/var/log/mlintern-dockerd.log 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then echo "docker engine started"; exit 0; fi
  sleep 1
done
echo "dockerd did not start; see /var/log/mlintern-dockerd.log"; tail -20 /var/log/mlintern-dockerd.log; exit 1
