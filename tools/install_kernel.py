#!/usr/bin/python3
"""Installs the kernelspec `java` for the current user, pointing at the built kernel.

Usage: install_kernel.py <kernel-lib-dir> [--java JAVA] [--cds ARCHIVE] [--prefix DIR]

kernel/kernelspec/java/kernel.json is the template: KERNEL_LIB is replaced by the absolute folder
holding the kernel's and the library's jars, `java` by the JDK to use, and with --cds a class-data
sharing archive is added (made by tools/make_cds_archive.py) so the JVM starts faster.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def kernel_json(lib_dir, java, cds):
    with open(os.path.join(ROOT, "kernel", "kernelspec", "java", "kernel.json")) as f:
        spec = json.load(f)
    argv = []
    for arg in spec["argv"]:
        if arg == "java":
            argv.append(java)
        elif arg == "KERNEL_LIB/*":
            argv.append(os.path.join(os.path.abspath(lib_dir), "*"))
        else:
            argv.append(arg)
    if cds and os.path.exists(cds):
        # -Xshare:auto: a stale or mismatched archive is ignored, never fatal
        argv[1:1] = ["-XX:SharedArchiveFile=" + os.path.abspath(cds), "-Xshare:auto"]
    spec["argv"] = argv
    return spec


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("lib_dir")
    p.add_argument("--java", default=shutil.which("java") or "java")
    p.add_argument("--cds")
    p.add_argument("--name", default="java")
    args = p.parse_args()
    spec = kernel_json(args.lib_dir, args.java, args.cds)
    with tempfile.TemporaryDirectory() as tmp:
        d = os.path.join(tmp, args.name)
        os.makedirs(d)
        with open(os.path.join(d, "kernel.json"), "w") as f:
            json.dump(spec, f, indent=2)
        subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "install", "--user",
                        "--replace", "--name", args.name, d], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    print("installed kernelspec '%s' -> %s" % (args.name, args.lib_dir))


if __name__ == "__main__":
    main()
