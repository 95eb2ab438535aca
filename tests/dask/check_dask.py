#!/usr/bin/env python3
"""examples/dask/econex_dask.py on real Dask clusters (ctest dask_example).

    check_dask.py --cli build/econex --script examples/dask/econex_dask.py tests/corpus/seeds

with ECONEX_LIBRARY and PYTHONPATH set for the econex Python package.

1. The example starts its own LocalCluster (2 worker processes, 1 thread
   each) over the folder of .txt files, --reference-date 2025-04-25
   --default-region 500000, one CSV file: its rows equal `econex extract` of
   every file with the same options.
2. This test starts LocalCluster(n_workers=2, processes=True,
   threads_per_worker=1) and runs the example against its scheduler address
   (as on a multi-machine cluster) over a JSON Lines file of the same
   documents, each line with its own reference_date and default_region (from
   the .meta.json files), CSV parts in a folder: equal to `econex extract`
   with each document's options. Each worker loaded econex once: the same
   extractor before and after, in two different processes.
3. --parquet: compared too when pyarrow is installed.
Exits 77 (skipped) when dask, distributed or pandas is missing. Bounded: every
step has a timeout and the clusters are stopped whatever happens.
"""

import argparse
import glob
import json
import logging
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
import warnings

try:
    import dask  # noqa: F401
    import distributed
    import pandas as pd
except ImportError as e:
    print("SKIP: %s for %s (Debian: apt install python3-dask python3-distributed "
          "python3-pandas)" % (e, sys.executable))
    sys.exit(77)

# A scheduler's HTTP port taken by another cluster on the machine: it picks
# another one by itself, no need to say so.
warnings.filterwarnings("ignore", message="Port .* is already in use")
STEP_TIMEOUT = 50  # seconds per run of the example
DATE, REGION = "2025-04-25", "500000"
STRING_COLUMNS = ("doc", "region", "region_code", "period", "indicator", "indicator_id",
                  "measure", "basis", "unit", "qualifier", "status", "value_text",
                  "region_source", "period_source")
FAILURES = []


def fail(msg):
    FAILURES.append(msg)
    print("FAIL: " + msg, file=sys.stderr)


def run(cmd):
    """Runs cmd in its own process group (killed whole on timeout)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    try:
        out, err = p.communicate(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        raise RuntimeError("timed out after %ds: %s\n%s" % (STEP_TIMEOUT, " ".join(cmd),
                                                            err.decode("utf-8", "replace")))
    err = err.decode("utf-8", "replace")
    print("  [%.1fs] %s" % (time.perf_counter() - t0, " ".join(os.path.basename(c) for c in cmd)))
    for line in err.splitlines():
        if line.startswith("econex_dask:"):
            print("    " + line)
    return p.returncode, out.decode("utf-8", "replace"), err


def meta_of(txt):
    with open(txt[:-4] + ".meta.json", encoding="utf-8") as f:
        m = json.load(f)
    region = m.get("default_region") or {}
    if isinstance(region, dict):
        region = region.get("code") or region.get("name") or ""
    return m.get("reference_date") or "", region


def cli_records(cli, path, date, region):
    name = os.path.basename(path)
    out = subprocess.run([cli, "extract", "--format", "jsonl", "--doc-name", name,
                          "--reference-date", date, "--default-region", region, path],
                         stdout=subprocess.PIPE, check=True, timeout=60).stdout
    return [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]


def read_csv(paths):
    frames = [pd.read_csv(p, dtype={c: str for c in STRING_COLUMNS}, keep_default_na=False,
                          encoding="utf-8") for p in paths]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def compare(what, frame, want):
    got = frame.to_dict("records")
    if len(got) != len(want):
        fail("%s: %d rows, `econex extract` gives %d" % (what, len(got), len(want)))
        return
    for i, (g, w) in enumerate(zip(got, want)):
        for k, v in w.items():
            gv = g.get(k)
            same = (math.isclose(float(gv), float(v), rel_tol=0, abs_tol=0)
                    if k == "value" else gv == v)
            if not same:
                fail("%s row %d (%s): %s is %r, `econex extract` gives %r"
                     % (what, i, w.get("doc"), k, gv, v))
                return
    print("  %s: %d rows = `econex extract`" % (what, len(got)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--script", required=True)
    ap.add_argument("corpus")
    a = ap.parse_args()
    docs = sorted(glob.glob(os.path.join(a.corpus, "*.txt")))
    if not docs:
        print("no documents in %s" % a.corpus, file=sys.stderr)
        return 1
    example = [sys.executable, a.script]
    try:
        import pyarrow  # noqa: F401
        have_arrow = True
    except ImportError:
        have_arrow = False
    t_start = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="econex-dask-test-") as tmp:
        # 1. The example's own LocalCluster, a folder of .txt files, one CSV.
        print("1. LocalCluster started by the example, %d .txt files" % len(docs))
        out1 = os.path.join(tmp, "seeds.csv")
        rc, _, err = run(example + ["--workers", "2", "--threads-per-worker", "1",
                                    "--reference-date", DATE, "--default-region", REGION,
                                    "--csv", out1, a.corpus])
        if rc != 0:
            fail("the example failed (%d):\n%s" % (rc, err[-3000:]))
        else:
            want = [r for p in docs for r in cli_records(a.cli, p, DATE, REGION)]
            compare("seeds.csv", read_csv([out1]), want)

        # 2. A cluster of our own, reached by its scheduler address; JSON Lines
        #    with per-document options; CSV parts in a folder.
        jsonl = os.path.join(tmp, "docs.jsonl")
        want = []
        with open(jsonl, "w", encoding="utf-8") as f:
            for p in docs:
                date, region = meta_of(p)
                with open(p, encoding="utf-8") as t:
                    text = t.read()
                f.write(json.dumps({"id": os.path.basename(p), "text": text,
                                    "reference_date": date, "default_region": region},
                                   ensure_ascii=False) + "\n")
                want += cli_records(a.cli, p, date, region)
        print("2. LocalCluster(n_workers=2, processes=True, threads_per_worker=1) "
              "by scheduler address, JSON Lines")
        cluster = client = None
        try:
            cluster = distributed.LocalCluster(
                n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                local_directory=tmp, silence_logs=logging.WARNING)
            client = distributed.Client(cluster, timeout="60s")
            client.wait_for_workers(2, timeout=60)

            # One extractor per worker process, made once (by the example's
            # worker plugin) and kept: the same before and after a run.
            def extractor_id():
                econex = sys.modules.get("econex")
                return (os.getpid(), id(econex._data._default) if econex else None)

            sys.path.insert(0, os.path.dirname(os.path.abspath(a.script)))
            import cloudpickle
            import econex_dask
            # The workers cannot import the example: ship its plugin by value.
            cloudpickle.register_pickle_by_value(econex_dask)
            econex_dask.register_plugin(client)
            before = client.run(extractor_id)
            outdir = os.path.join(tmp, "parts")
            # Small blocks: several partitions of the one file.
            cmd = example + ["--scheduler", cluster.scheduler_address, "--blocksize", "20kB",
                             "--csv", outdir, jsonl]
            if have_arrow:
                cmd += ["--parquet", os.path.join(tmp, "parquet")]
            rc, _, err = run(cmd)
            if rc != 0:
                fail("the example failed against %s (%d):\n%s"
                     % (cluster.scheduler_address, rc, err[-3000:]))
            else:
                parts = sorted(glob.glob(os.path.join(outdir, "part-*.csv")),
                               key=lambda s: int(s.rsplit("-", 1)[1][:-4]))
                if len(parts) < 2:
                    fail("%d CSV parts; expected several partitions" % len(parts))
                compare("parts/part-*.csv", read_csv(parts), want)
                if have_arrow:
                    compare("parquet", pd.read_parquet(os.path.join(tmp, "parquet")), want)

            after = client.run(extractor_id)
            pids = {pid for pid, _ in before.values()}
            if len(before) != 2 or len(pids) != 2 or os.getpid() in pids:
                fail("expected 2 worker processes: %r" % before)
            if any(x is None for _, x in before.values()) or before != after:
                fail("the workers' extractors changed between runs: %r -> %r" % (before, after))
            else:
                print("  one extractor per worker process, kept across runs: %r" % after)
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()


    print("dask_example: %.1fs" % (time.perf_counter() - t_start))
    if FAILURES:
        print("%d failure(s)" % len(FAILURES), file=sys.stderr)
        return 1
    print("dask_example: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
