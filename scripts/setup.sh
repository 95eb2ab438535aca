#!/usr/bin/env bash
# Install the Debian packages econex needs to build and test, if any is missing.
# Idempotent: does nothing (and needs no network) when everything is present.
# Runs as root, or through sudo when not root.
set -euo pipefail

# abigail-tools: abidw/abidiff for the ABI check of libeconex.so (capi_abi).
packages=(build-essential cmake pkg-config python3 ccache
          libre2-dev libicu-dev libboost-dev googletest libgtest-dev libbenchmark-dev
          abigail-tools)
# Data tools (issue #7, docs/DATA_TOOLS.md): the SQLite extension and its test
# (sqlite3 shell, sqlite3ext.h), pandas for econex.to_dataframe, Dask and
# distributed for examples/dask. Debian's Python packages are for /usr/bin/python3.
packages+=(sqlite3 libsqlite3-dev python3-pandas python3-dask python3-distributed)
# Hardening (issue #6): clang and its runtimes (libFuzzer, ASan, UBSan) for
# scripts/fuzz.sh, llvm for llvm-symbolizer (readable sanitizer reports). The
# GCC sanitizer runtimes (libasan, libubsan, libtsan) of scripts/sanitizers.sh
# come with build-essential.
packages+=(clang libclang-rt-14-dev llvm)
if [[ "${ECONEX_SETUP_EXTRA:-}" != "" ]]; then
  # shellcheck disable=SC2206
  packages+=(${ECONEX_SETUP_EXTRA})
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi
echo "setup.sh: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
