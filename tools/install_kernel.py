#!/usr/bin/python3
"""Installs the kernelspec `java` for the current user, pointing at the built kernel.

Usage: install_kernel.py <kernel-lib-dir> [--java JAVA] [--no-cds] [--name NAME]

kernel/kernelspec/java/kernel.json is the template: KERNEL_LIB is replaced by the absolute folder
holding the kernel's and the library's jars and `java` by the JDK to use. Unless --no-cds is given,
a class-data sharing archive is made first (the kernel's Warmup run once with
-XX:ArchiveClassesAtExit), so that each kernel starts with JShell's and javac's classes already
loaded; the JVM ignores the archive if it does not match (-Xshare:auto).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def kernel_json(lib_dir, java, cds, full_jit=False):
    with open(os.path.join(ROOT, "kernel", "kernelspec", "java", "kernel.json")) as f:
        spec = json.load(f)
    argv = []
    for arg in spec["argv"]:
        if arg == "java":
            argv.append(java)
        elif arg == "KERNEL_LIB/*":
            argv.append(os.path.join(os.path.abspath(lib_dir), "*"))
        elif arg == "-XX:TieredStopAtLevel=1" and full_jit:
            continue
        else:
            argv.append(arg)
    if cds and os.path.exists(cds):
        # -Xshare:auto: a stale or mismatched archive (jars rebuilt since) is ignored, never fatal,
        # and -Xlog:cds*=off keeps the JVM from warning about it on every start
        argv[1:1] = ["-XX:SharedArchiveFile=" + os.path.abspath(cds), "-Xshare:auto", "-Xlog:cds*=off"]
    spec["argv"] = argv
    return spec


def make_cds_archive(lib_dir, java, archive, jvm_flags):
    """Writes a dynamic CDS archive by running the kernel's warm-up; returns True on success."""
    if os.path.exists(archive):
        os.remove(archive)
    cmd = [java, "-XX:ArchiveClassesAtExit=" + archive] + jvm_flags + [
        "-cp", os.path.join(os.path.abspath(lib_dir), "*"), "org.treatylab.kernel.launch.Warmup"]
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return done.returncode == 0 and os.path.exists(archive)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("lib_dir")
    p.add_argument("--java", default=shutil.which("java") or "java")
    p.add_argument("--no-cds", action="store_true", help="do not make a class-data sharing archive")
    p.add_argument("--full-jit", action="store_true",
                   help="keep the JVM's optimising compiler (C2): slower start and cells, faster long computations")
    p.add_argument("--name", default="java")
    args = p.parse_args()
    cds = None
    if not args.no_cds:
        archive = os.path.join(os.path.dirname(os.path.abspath(args.lib_dir)), "kernel-cds-%s.jsa" % args.name)
        template = kernel_json(args.lib_dir, args.java, None, args.full_jit)["argv"]
        flags = [a for a in template if a.startswith("-XX:") or a.startswith("-D")]
        if make_cds_archive(args.lib_dir, args.java, archive, flags):
            cds = archive
    spec = kernel_json(args.lib_dir, args.java, cds, args.full_jit)
    with tempfile.TemporaryDirectory() as tmp:
        d = os.path.join(tmp, args.name)
        os.makedirs(d)
        with open(os.path.join(d, "kernel.json"), "w") as f:
            json.dump(spec, f, indent=2)
        subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "install", "--user",
                        "--replace", "--name", args.name, d], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    print("installed kernelspec '%s' -> %s%s" % (args.name, args.lib_dir, " (with a CDS archive)" if cds else ""))


if __name__ == "__main__":
    main()
