#!/usr/bin/env python3
"""Scale-out recipe: run `reportkit batch - --out -` as the mapper of a PySpark job.

Each partition of the path list is piped through one reportkit process, which reads the paths on its
standard input and writes one JSON Lines record per document on its standard output (the
`extract --format jsonl` record); failures go to the process's standard error, one line each.

    python3 spark_batch.py REPORTKIT PATHS_FILE OUT_JSONL [PARTITIONS]

PATHS_FILE holds one path per line (paths every executor can read: a shared or local file system);
OUT_JSONL receives the collected records, partition after partition, so in the order of PATHS_FILE.
Runs in local mode here; on a cluster, drop the master URL and ship the reportkit binary with --files.
"""
import shlex
import sys

from pyspark import SparkConf, SparkContext


def main():
    reportkit, paths_file, out_file = sys.argv[1:4]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    with open(paths_file, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    conf = SparkConf().setMaster("local[2]").setAppName("reportkit-batch").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # One reportkit process per partition; its exit code 3 (some inputs failed) is not an error here:
        # the failures are listed on its standard error.
        command = shlex.join([reportkit, "batch", "-", "--out", "-", "--jobs", "1"])
        records = sc.parallelize(paths, partitions).pipe(command).collect()
    finally:
        sc.stop()
    with open(out_file, "w", encoding="utf-8") as f:
        for line in records:
            f.write(line + "\n")
    print(f"spark_batch: {len(records)} records from {len(paths)} paths over {partitions} partitions", file=sys.stderr)


if __name__ == "__main__":
    main()
