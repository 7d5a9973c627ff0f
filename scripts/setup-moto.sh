#!/usr/bin/env bash
# Installs the moto AWS emulator (server mode) into a project-local virtualenv, .venv/.
# The live-scan tests start it on a free loopback port; nothing here talks to real AWS.
set -euo pipefail
cd "$(dirname "$0")/.."
MOTO_VERSION=5.2.5
if [ -x .venv/bin/moto_server ] && .venv/bin/python -c "import moto,sys; sys.exit(moto.__version__ != '$MOTO_VERSION')" 2>/dev/null; then
  exit 0
fi
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
