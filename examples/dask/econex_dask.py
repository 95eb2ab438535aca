#!/usr/bin/env python3
"""examples/dask/econex_dask.py: econex over a Dask `distributed` cluster.

    econex_dask.py [--scheduler tcp://HOST:8786 | --workers N --threads-per-worker T]
                   [--reference-date YYYY-MM-DD] [--default-region CODE|NAME]
                   [--invalid-utf8 error|replace] [--partitions N] [--blocksize SIZE]
                   [--csv OUT.csv | --csv OUTDIR] [--parquet OUTDIR] INPUT...

INPUT: a folder (its *.txt files), .txt files (one document each,
doc = the file name), .jsonl files (JSON Lines of {"id": ..., "text": ...}
documents as `econex extract --input jsonl` reads them; a line may also carry
"reference_date" and "default_region"), or globs / URLs fsspec knows
(s3://bucket/news/*.txt, ...). The paths go to the workers, which read the
files themselves: on a multi-machine cluster they must be visible to every
worker (shared file system or object store), and so must the outputs.

Partitions: the .txt files in contiguous groups (--partitions, default four
per worker thread), the .jsonl files in blocks of --blocksize bytes cut at line
ends. Output rows keep the input's order: "doc" then the columns of
`econex extract --format jsonl` (econex.RECORD_COLUMNS).

Each worker process loads libeconex once: a worker plugin makes the process's
shared extractor (econex.default_extractor()) when the worker joins, and every
task on that worker, in any of its threads, uses that one. The client needs
Dask and pandas only; the workers need the econex Python package and
libeconex.so.1 (installed, beside the package, or named by ECONEX_LIBRARY in
the workers' environment).

Without --scheduler a LocalCluster of --workers processes is started and
stopped here. Timing goes to standard error: documents, MB, records, seconds,
MB/s (overall and per worker thread) and MB per CPU second of the workers
(which does not depend on what else the machines are doing).
"""

import argparse
import json
import logging
import os
import sys
import tempfile
import time
import warnings

import dask
import dask.bag as db
import dask.dataframe as dd
import fsspec
import pandas as pd
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

# A scheduler's HTTP port taken by another cluster on the machine: it picks
# another one by itself, no need to say so.
warnings.filterwarnings("ignore", message="Port .* is already in use")
# The columns of econex.to_dataframe() with document ids (econex.RECORD_COLUMNS
# after "doc"); written here so that the client does not need libeconex.
COLUMNS = ("doc", "region", "region_code", "period", "indicator", "indicator_id", "measure",
           "basis", "value", "unit", "qualifier", "status", "value_text", "value_begin",
           "value_end", "region_source", "period_source", "sentence_begin", "sentence_end")
INT_COLUMNS = ("value_begin", "value_end", "sentence_begin", "sentence_end")


def meta():
    """The empty frame describing a partition (columns and dtypes)."""
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS})
    frame["value"] = frame["value"].astype("float64")
    for c in INT_COLUMNS:
        frame[c] = frame[c].astype("int64")
    return frame


class EconexPlugin(WorkerPlugin):
    """Loads libeconex and makes the process's extractor when a worker starts,
    so a worker without the library fails at once, with the loader's message."""

    name = "econex"

    def setup(self, worker):
        import econex
        econex.default_extractor()
        worker.econex_library = econex.library_path


# --- what runs on the workers ------------------------------------------------

def _frame(results):
    """(doc, records) pairs -> a partition frame with the meta's dtypes."""
    import econex
    frame = econex.to_dataframe(results)
    if list(frame.columns) != list(COLUMNS):
        raise RuntimeError("econex.to_dataframe gives columns %s, this example expects %s"
                           % (list(frame.columns), list(COLUMNS)))
    return frame


def extract_files(paths, options):
    """One partition of .txt files: each file is a document named by its base name."""
    import econex

    def documents():
        for path in paths:
            with fsspec.open(path, "rb") as f:
                yield os.path.basename(path.rstrip("/")), f.read()

    # One thread here: Dask runs as many tasks at once as the worker has threads.
    return _frame(econex.extract_many(documents(), max_workers=1, **options))


def extract_lines(lines, where, options):
    """One block of JSON Lines documents {"id", "text"[, "reference_date", "default_region"]}."""
    import econex

    def documents():
        for n, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except ValueError as e:
                raise ValueError("%s, line %d of the block: not JSON: %s" % (where, n + 1, e))
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise ValueError("%s, line %d of the block: not a {\"id\", \"text\"} document"
                                 % (where, n + 1))
            doc.setdefault("id", "%s:%d" % (where, n + 1))
            yield doc

    return _frame(econex.extract_many(documents(), max_workers=1, **options))


# --- the client --------------------------------------------------------------

def find_inputs(inputs):
    """(text files, jsonl files) as fsspec URLs, in the order given."""
    texts, jsonls = [], []
    for inp in inputs:
        fs, _, paths = fsspec.core.get_fs_token_paths(inp)
        if len(paths) == 1 and fs.isdir(paths[0]):
            found = sorted(fs.glob(paths[0].rstrip("/") + "/*.txt"))
        else:
            found = [p for p in paths if fs.isfile(p)]
        if not found:
            raise SystemExit("econex_dask: %s: no .txt (or .jsonl) files" % inp)
        for p in found:
            url = fs.unstrip_protocol(p) if hasattr(fs, "unstrip_protocol") else p
            (jsonls if p.endswith((".jsonl", ".jsonl.gz")) else texts).append(url)
    return texts, jsonls


def build(texts, jsonls, options, partitions, blocksize):
    """The dask DataFrame of records (lazy)."""
    parts = []
    if texts:
        n = max(1, min(partitions, len(texts)))
        size = -(-len(texts) // n)  # contiguous groups, input order kept
        for i in range(0, len(texts), size):
            parts.append(dask.delayed(extract_files, pure=True)(texts[i:i + size], options))
    for url in jsonls:
        if url.endswith(".gz"):  # not splittable: one partition per file
            bag = db.read_text(url, compression="gzip")
        else:
            bag = db.read_text(url, blocksize=blocksize)
        for k, block in enumerate(bag.to_delayed()):
            parts.append(dask.delayed(extract_lines, pure=True)(
                block, "%s block %d" % (url, k), options))
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)


def _cpu_seconds():
    """CPU seconds used so far by this (worker) process, all threads."""
    return time.process_time()


def register_plugin(client):
    """Installs EconexPlugin on every worker (and on workers that join later)."""
    register = getattr(client, "register_plugin", None) or client.register_worker_plugin
    try:
        answers = register(EconexPlugin(), name="econex")
    except Exception as e:  # the worker's exception, raised here
        raise SystemExit("econex_dask: a worker cannot load econex: %s: %s"
                         % (type(e).__name__, e))
    if isinstance(answers, dict):
        for worker, answer in answers.items():
            if isinstance(answer, dict) and answer.get("status") not in (None, "OK"):
                raise SystemExit("econex_dask: worker %s cannot load econex: %s"
                                 % (worker, answer.get("exception") or answer))
    return client.run(lambda dask_worker: dask_worker.econex_library)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://HOST:8786)")
    p.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    p.add_argument("--threads-per-worker", type=int, default=1)
    p.add_argument("--reference-date")
    p.add_argument("--default-region")
    p.add_argument("--invalid-utf8", choices=("error", "replace"), default="error")
    p.add_argument("--partitions", type=int, help="partitions of .txt files "
                   "(default: 4 per worker thread)")
    p.add_argument("--blocksize", default="16MiB", help="bytes per JSON Lines partition")
    p.add_argument("--csv", help="OUT.csv (one file) or a folder (one part-N.csv per partition)")
    p.add_argument("--parquet", help="a folder of Parquet files (needs pyarrow)")
    a = p.parse_args(argv)
    if not a.csv and not a.parquet:
        p.error("give --csv and/or --parquet")
    if a.parquet:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise SystemExit("econex_dask: --parquet needs pyarrow, which is not installed "
                             "(pip install pyarrow); --csv works without it")
    options = {"reference_date": a.reference_date, "default_region": a.default_region,
               "invalid_utf8": a.invalid_utf8}
    texts, jsonls = find_inputs(a.inputs)
    nbytes = 0
    for url in texts + jsonls:
        fs, _, (path,) = fsspec.core.get_fs_token_paths(url)
        nbytes += fs.size(path)

    cluster = None
    with tempfile.TemporaryDirectory(prefix="econex-dask-") as scratch:
        if a.scheduler:
            client = Client(a.scheduler, timeout="60s")
        else:
            cluster = LocalCluster(n_workers=a.workers, threads_per_worker=a.threads_per_worker,
                                   processes=True, dashboard_address=None,
                                   local_directory=scratch, silence_logs=logging.WARNING)
            client = Client(cluster)
        try:
            client.wait_for_workers(1, timeout=60)
            libraries = register_plugin(client)
            threads = sum(client.nthreads().values())
            print("econex_dask: %d workers, %d threads; libeconex: %s"
                  % (len(libraries), threads, ", ".join(sorted(set(libraries.values())))),
                  file=sys.stderr)
            frame = build(texts, jsonls, options, a.partitions or 4 * threads, a.blocksize)
            cpu0 = client.run(_cpu_seconds)
            t0 = time.perf_counter()
            writes = []
            if a.csv:
                if a.csv.endswith(".csv"):
                    writes += frame.to_csv(a.csv, single_file=True, index=False,
                                           encoding="utf-8", compute=False)
                else:
                    writes += frame.to_csv(os.path.join(a.csv, "part-*.csv"), index=False,
                                           encoding="utf-8", compute=False)
            if a.parquet:
                writes.append(frame.to_parquet(a.parquet, engine="pyarrow", write_index=False,
                                               compute=False))
            # One pass: the count and the writes share the extraction tasks.
            records = dask.compute(frame.shape[0], *writes)[0]
            seconds = time.perf_counter() - t0
            cpu1 = client.run(_cpu_seconds)
            cpu = sum(cpu1[w] - cpu0[w] for w in cpu1 if w in cpu0)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    docs = "%d .txt files" % len(texts) if texts else ""
    if jsonls:
        docs += (" + " if docs else "") + "%d .jsonl files" % len(jsonls)
    mb = nbytes / 1e6
    print("econex_dask: %s, %.2f MB, %d records in %.2f s (%d partitions): %.2f MB/s, "
          "%.2f MB/s per worker thread; workers' CPU %.2f s: %.2f MB per CPU second"
          % (docs, mb, records, seconds, frame.npartitions, mb / seconds,
             mb / seconds / max(threads, 1), cpu, mb / cpu if cpu > 0 else float("nan")),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
