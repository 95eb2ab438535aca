#!/usr/bin/env bash
# README command 1: install what is missing, build, and run `econex extract`
# on the bundled example text.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
bash scripts/setup.sh
build=${ECONEX_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DECONEX_BUILD_TESTS=OFF \
      -DECONEX_BUILD_BENCH=OFF -DECONEX_BUILD_FUZZ=OFF -DECONEX_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target econex_cli
"$build/econex" extract --reference-date 2025-03-20 --default-region 420500 \
    examples/data/communique.txt
