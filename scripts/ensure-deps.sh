#!/bin/sh
# Installs npm dependencies when the lockfile is newer than the installed tree, so a fresh
# clone and a warm checkout both work with one command. Runs under the system node (any >= 20).
set -e
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[install] npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
