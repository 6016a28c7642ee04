#!/usr/bin/env python3
"""The figures of bench/store.md: add against extract, -j 2 against -j 1.

Usage: store_bench.py NEWSGRAPH REPO_ROOT WORK N REPEATS

Writes two corpora of N articles with bench/store_gen.py (our texts with
their countries swapped; and pages of distinct facts, --facts 10), then runs,
interleaved and REPEATS times over, for each corpus:
  extract FILES -o x.graphml -j 1, add s.db DIR -j 1,
  extract FILES -o x.graphml -j 2, add s.db DIR -j 2
each under /usr/bin/time (wall, user, sys, peak memory), with the 1-minute
load average read before it. Ratios are taken within one repetition (the
four commands ran one after the other), then the median over repetitions.
CPU = user + sys: what the commands cost, whatever else the machine runs.

Then one `add -j 2` per corpus with its threads' CPU read from /proc: the
main thread is the writer (SQLite), the other two extract. The best -j 2 can
do on 2 free cores is CPU(-j 1) / max(CPU(-j 2) / 2, CPU(writer)).
Finally checks that -j 1 and -j 2 give the same bytes (extract's GraphML,
the stores' dumps) and that the store exports what extract writes.
"""
import os
import statistics
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def timed(cmd, log):
    """(wall, user, sys, peak KB, load before) of one command."""
    before = load()
    with open(log, "a") as err:
        subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", "time.out"] + cmd,
                       stderr=err, check=True)
    wall, user, system, kb = open("time.out").read().split()[-4:]
    return float(wall), float(user), float(system), int(kb), before


def thread_cpu(cmd):
    """CPU seconds of the main thread and of all threads of cmd (read from
    /proc every 50 ms: a thread's last 50 ms can be missed)."""
    child = subprocess.Popen(cmd)
    seen = {}
    while child.poll() is None:
        try:
            tids = os.listdir("/proc/%d/task" % child.pid)
        except OSError:
            tids = []
        for tid in tids:
            try:
                with open("/proc/%d/task/%s/stat" % (child.pid, tid)) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            seen[int(tid)] = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
        time.sleep(0.05)
    if child.returncode:
        raise SystemExit("%s: exit %d" % (" ".join(cmd), child.returncode))
    return seen.get(child.pid, 0.0), sum(seen.values())


def rm_store(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def dump(path):
    return subprocess.run(["sqlite3", path, ".dump"], capture_output=True, check=True).stdout


def bench(ng, corpus, repeats):
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    runs = []
    for rep in range(repeats):
        r = {}
        for jobs in (1, 2):
            r["extract", jobs] = timed([ng, "extract"] + files + ["-o", "x%d.graphml" % jobs, "-q",
                                                                 "-j", str(jobs)], "log")
            rm_store("s%d.db" % jobs)
            r["add", jobs] = timed([ng, "add", "s%d.db" % jobs, corpus, "-q", "-j", str(jobs)], "log")
        runs.append(r)
        print("  run %d:" % (rep + 1))
        for key in (("extract", 1), ("add", 1), ("extract", 2), ("add", 2)):
            w, u, s, kb, ld = r[key]
            print("    %-8s -j %d  %6.2f s wall  %6.2f s CPU (user %.2f, sys %.2f)  %7d KB  load %.2f"
                  % (key[0], key[1], w, u + s, u, s, kb, ld))
    cpu = lambda t: t[1] + t[2]
    ratios = {
        "add / extract, -j 1, wall": [r["add", 1][0] / r["extract", 1][0] for r in runs],
        "add / extract, -j 1, CPU": [cpu(r["add", 1]) / cpu(r["extract", 1]) for r in runs],
        "add / extract, -j 2, wall": [r["add", 2][0] / r["extract", 2][0] for r in runs],
        "add / extract, -j 2, CPU": [cpu(r["add", 2]) / cpu(r["extract", 2]) for r in runs],
        "add -j 1 / -j 2, wall (speed-up)": [r["add", 1][0] / r["add", 2][0] for r in runs],
        "extract -j 1 / -j 2, wall (speed-up)": [r["extract", 1][0] / r["extract", 2][0] for r in runs],
        "add CPU -j 2 / -j 1": [cpu(r["add", 2]) / cpu(r["add", 1]) for r in runs],
    }
    print("  ratios (median of %d; each run's value):" % repeats)
    for label, values in ratios.items():
        print("    %-38s %5.2f   (%s)" % (label, statistics.median(values),
                                          ", ".join("%.2f" % v for v in values)))
    rm_store("t.db")
    writer, total = thread_cpu([ng, "add", "t.db", corpus, "-q", "-j", "2"])
    j1 = statistics.median(cpu(r["add", 1]) for r in runs)
    print("  add -j 2, threads: writer (main) %.2f s of %.2f s CPU (%.0f %%); best -j 2 on 2 free"
          " cores: %.2f / max(%.2f / 2, %.2f) = %.2fx"
          % (writer, total, 100 * writer / total, j1, total, writer, j1 / max(total / 2, writer)))
    same = open("x1.graphml", "rb").read() == open("x2.graphml", "rb").read()
    print("  extract -j 1 and -j 2: %s" % ("same bytes" if same else "DIFFERENT"))
    print("  add -j 1 and -j 2 stores: %s" % ("same dump" if dump("s1.db") == dump("s2.db") else "DIFFERENT"))
    subprocess.run([ng, "export", "s1.db", "-o", "e.graphml", "-q"], check=True)
    same = open("e.graphml", "rb").read() == open("x1.graphml", "rb").read()
    print("  export of the store and extract of the files: %s" % ("same bytes" if same else "DIFFERENT"))
    print("  store: %d bytes, %d per article" % (os.path.getsize("s1.db"),
                                                os.path.getsize("s1.db") // len(files)))


def main():
    ng, root, work, n, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    os.makedirs(work, exist_ok=True)
    os.chdir(work)
    gen = os.path.join(root, "bench", "store_gen.py")
    corpora = [("our texts, countries swapped (store_gen.py N)", "texts", []),
               ("pages of distinct facts (store_gen.py N 1 --facts 10)", "facts", ["1", "--facts", "10"])]
    print("%d articles per corpus, %d repetitions, %d cores, load %.2f"
          % (n, repeats, os.cpu_count(), load()))
    for title, name, args in corpora:
        if not os.path.isdir(name):
            subprocess.run([sys.executable, gen, root, name, str(n)] + args, check=True)
        print("== %s" % title)
        bench(ng, name, repeats)
    print("load at the end %.2f" % load())


if __name__ == "__main__":
    main()
