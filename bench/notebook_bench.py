#!/usr/bin/python3
"""Times the core of Petrova's reproduction in Java (treatylab) and in Python (pandas + matplotlib +
scipy): each notebook executed headless with nbconvert in a fresh kernel, alternating, N rounds; wall
time of the whole `jupyter nbconvert --execute` process (kernel start included), median per language.

Usage (from the project root, after `mvn -q package -DskipTests` and the kernel installed):
    /usr/bin/python3 bench/notebook_bench.py [rounds]      # writes build/bench/notebooks.json
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOKS = {"java": "petrova-core-java.ipynb", "python": "petrova-core-python.ipynb"}


def run(notebook, out_dir):
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute", notebook,
                    "--output-dir", out_dir], cwd=os.path.join(HERE, "notebooks"), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    times = {lang: [] for lang in NOTEBOOKS}
    with tempfile.TemporaryDirectory() as out_dir:
        for lang, nb in NOTEBOOKS.items():  # one unmeasured run each: page cache, CDS archive, .pyc files
            run(nb, out_dir)
        for r in range(rounds):
            for lang, nb in (NOTEBOOKS.items() if r % 2 == 0 else reversed(list(NOTEBOOKS.items()))):
                times[lang].append(run(nb, out_dir))
    result = {lang: {"runs_s": [round(t, 2) for t in ts], "median_s": round(statistics.median(ts), 2)}
              for lang, ts in times.items()}
    result["java_over_python"] = round(result["java"]["median_s"] / result["python"]["median_s"], 2)
    result["load_average"] = os.getloadavg()
    os.makedirs("build/bench", exist_ok=True)
    with open("build/bench/notebooks.json", "w") as f:
        json.dump(result, f, indent=1)
    for lang in NOTEBOOKS:
        print(f"{lang:7s} median {result[lang]['median_s']:.2f} s  runs {result[lang]['runs_s']}")
    print(f"java / python = {result['java_over_python']:.2f}  (load average {result['load_average'][0]:.1f})")


if __name__ == "__main__":
    main()
