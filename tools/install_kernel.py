#!/usr/bin/python3
"""Installs the kernelspec `java` for the current user, pointing at the built kernel.

Usage: install_kernel.py <kernel-lib-dir> [--java JAVA] [--archive auto|aot|cds|none] [--no-cds] [--no-compile-classes] [--full-jit] [--max-heap SIZE] [--name NAME]

kernel/kernelspec/java/kernel.json is the template: KERNEL_LIB is replaced by the absolute folder
holding the kernel's and the library's jars and `java` by the JDK to use. Unless --no-cds is given,
a start-up archive is made first by a training run of the kernel's Warmup (JShell, javac, the
kernel's own start-up with the library's extension, a rendered cell, the messaging classes):
  JDK 25 and later   an ahead-of-time cache (-XX:AOTCacheOutput; used with -XX:AOTCache): classes
                     loaded, linked, and the training run's method profiles;
  JDK 17 to 24       a dynamic class-data sharing archive (-XX:ArchiveClassesAtExit; used with
                     -XX:SharedArchiveFile -Xshare:auto): classes loaded and verified.
Either is used only when it matches the JDK and the jars it was made from; otherwise the JVM starts
without it (never fails on it) and says nothing (-Xlog:cds/aot off). The archive is made with the
same JDK the kernelspec runs, so a kernelspec never carries a flag its JDK does not know.

Compile classes: the class files of the kernel's jars are unpacked once into a folder beside its lib
folder (compile-classes/, about 150 MB), which JShell's compiler reads instead of the 58 jars: javac
reads every jar's whole index on a kernel's first compilation, a folder only the imported packages
(0.15-0.25 s of each start, BENCHMARKS.md). The kernel uses the folder only when the jars it lists
are the ones it runs with (CompileClassTree); otherwise it compiles against the jars, as before.
--no-compile-classes leaves it out.

Heap: by default the kernel's heap is capped at a quarter of the machine's memory and at most 4 GiB
(-XX:MaxRAM=16g: the JVM takes its usual quarter of min(RAM, 16 GiB)). --max-heap 2g caps it at 2 GiB
(or the machine's memory, if smaller) instead. Either cap is the JVM's own default, so an explicit -Xmx
at launch wins: JDK_JAVA_OPTIONS=-Xmx6g jupyter notebook ... starts kernels with a 6 GiB heap.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


DEFAULT_MAX_RAM = "-XX:MaxRAM=16g"


def heap_flags(max_heap):
    """The JVM flags for --max-heap SIZE (a number with k, m or g, as -Xmx takes it)."""
    if not re.fullmatch(r"[1-9][0-9]*[kKmMgG]", max_heap or ""):
        raise SystemExit("--max-heap %r: give a size such as 512m or 2g (a whole number with k, m or g)"
                         % (max_heap,))
    if max_heap[-1] in "kK" and int(max_heap[:-1]) < 64 * 1024 or max_heap[-1] in "mM" and int(max_heap[:-1]) < 64:
        raise SystemExit("--max-heap %s is below 64m: JShell and javac alone need more; give 64m or more"
                         % max_heap)
    # MaxRAM (not -Xmx) so that an -Xmx given at launch (JDK_JAVA_OPTIONS) still wins
    return ["-XX:MaxRAM=" + max_heap.lower(), "-XX:MaxRAMPercentage=100"]


COMPILE_CLASSES_PROPERTY = "-Dtreatylab.kernel.compileClasses="


def compile_classes_dir(lib_dir):
    return os.path.join(os.path.dirname(os.path.abspath(lib_dir)), "compile-classes")


def make_compile_classes(lib_dir, java):
    """Unpacks the jars' class files for JShell's compiler (kept when already up to date); returns the
    folder, or None when it could not be made (the kernel then compiles against the jars)."""
    tree = compile_classes_dir(lib_dir)
    done = subprocess.run([java, "-cp", os.path.join(os.path.abspath(lib_dir), "*"),
                           "org.treatylab.kernel.eval.CompileClassTree", "write", tree],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["exit status %d" % done.returncode])[-1]
        print("note: compile classes not made (%s); the kernel will compile against its jars" % reason,
              file=sys.stderr)
        return None
    return tree


def kernel_json(lib_dir, java, cds, full_jit=False, max_heap=None, compile_classes=None):
    with open(os.path.join(ROOT, "kernel", "kernelspec", "java", "kernel.json")) as f:
        spec = json.load(f)
    argv = []
    for arg in spec["argv"]:
        if arg == "java":
            argv.append(java)
        elif arg == "KERNEL_LIB/*":
            if compile_classes:
                argv[-1:-1] = [COMPILE_CLASSES_PROPERTY + compile_classes]  # before "-cp"
            argv.append(os.path.join(os.path.abspath(lib_dir), "*"))
        elif arg == "-XX:TieredStopAtLevel=1" and full_jit:
            continue
        elif arg == DEFAULT_MAX_RAM and max_heap:
            argv.extend(heap_flags(max_heap))
        else:
            argv.append(arg)
    if cds and os.path.exists(cds):
        argv[1:1] = archive_flags(cds)
    spec["argv"] = argv
    return spec


def java_feature_version(java):
    """The JDK's feature version (17, 25, ...) from `java -XshowSettings:properties -version`."""
    done = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True, text=True)
    m = re.search(r"java\.specification\.version = (\d+)", done.stderr + done.stdout)
    if not m:
        raise SystemExit("could not tell the Java version of %s (is it a JDK 17 or newer?)" % java)
    return int(m.group(1))


def archive_name(name, feature):
    """kernel-aot-NAME.aot (JDK 25+) or kernel-cds-NAME.jsa (JDK 17-24)."""
    return ("kernel-aot-%s.aot" if feature >= 25 else "kernel-cds-%s.jsa") % name


def archive_flags(archive):
    """The JVM flags that use the archive; a stale or mismatched one is ignored, never fatal."""
    path = os.path.abspath(archive)
    if path.endswith(".aot"):
        # -XX:AOTMode is left at its default (auto): an unusable cache is skipped, not an error
        return ["-XX:AOTCache=" + path, "-Xlog:aot*=off", "-Xlog:cds*=off"]
    # -Xshare:auto: a stale or mismatched archive (jars rebuilt since) is ignored, never fatal,
    # and -Xlog:cds*=off keeps the JVM from warning about it on every start
    return ["-XX:SharedArchiveFile=" + path, "-Xshare:auto", "-Xlog:cds*=off"]


def make_cds_archive(lib_dir, java, archive, jvm_flags):
    """Writes the start-up archive (AOT cache or dynamic CDS archive, by its name) by running the
    kernel's warm-up; returns True on success."""
    if os.path.exists(archive):
        os.remove(archive)
    if archive.endswith(".aot"):
        output = ["-XX:AOTCacheOutput=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off"]
    else:  # JDK 17 has no "aot" log tag: -Xlog:aot*=off would stop it
        output = ["-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off"]
    cmd = [java] + output + jvm_flags + [
        "-cp", os.path.join(os.path.abspath(lib_dir), "*"), "org.treatylab.kernel.launch.Warmup"]
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return done.returncode == 0 and os.path.exists(archive)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("lib_dir")
    p.add_argument("--java", default=shutil.which("java") or "java")
    p.add_argument("--no-cds", action="store_true", help="do not make a start-up archive (same as --archive none)")
    p.add_argument("--archive", choices=["auto", "aot", "cds", "none"], default="auto",
                   help="start-up archive: auto (an AOT cache on JDK 25+, a CDS archive before), aot, cds "
                        "(a dynamic CDS archive on any JDK, to compare), none")
    p.add_argument("--no-compile-classes", action="store_true",
                   help="do not unpack the jars' classes for the compiler (a slower start; to compare)")
    p.add_argument("--full-jit", action="store_true",
                   help="keep the JVM's optimising compiler (C2): slower start and cells, faster long computations")
    p.add_argument("--max-heap", metavar="SIZE",
                   help="cap the kernel's heap at SIZE (512m, 2g, ...); default: a quarter of the memory, at most 4g")
    p.add_argument("--name", default="java")
    args = p.parse_args()
    if args.max_heap:
        heap_flags(args.max_heap)  # refuses a bad size before any work
    if not os.path.isdir(args.lib_dir):
        raise SystemExit("%s is not a folder: give the kernel's lib folder (distro/target/java-kernel/lib, "
                         "made by mvn package)" % args.lib_dir)
    tree = None if args.no_compile_classes else make_compile_classes(args.lib_dir, args.java)
    cds = None
    kind = "none" if args.no_cds else args.archive
    if kind != "none":
        feature = java_feature_version(args.java)
        if kind == "aot" and feature < 25:
            raise SystemExit("--archive aot needs JDK 25 or newer; %s is JDK %d (use --archive cds)"
                             % (args.java, feature))
        if kind == "cds":
            feature = min(feature, 24)
        archive = os.path.join(os.path.dirname(os.path.abspath(args.lib_dir)), archive_name(args.name, feature))
        template = kernel_json(args.lib_dir, args.java, None, args.full_jit, args.max_heap, tree)["argv"]
        flags = [a for a in template if a.startswith(("-XX:", "-D", "--add-opens"))]
        if make_cds_archive(args.lib_dir, args.java, archive, flags):
            cds = archive
    spec = kernel_json(args.lib_dir, args.java, cds, args.full_jit, args.max_heap, tree)
    with tempfile.TemporaryDirectory() as tmp:
        d = os.path.join(tmp, args.name)
        os.makedirs(d)
        with open(os.path.join(d, "kernel.json"), "w") as f:
            json.dump(spec, f, indent=2)
        subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "install", "--user",
                        "--replace", "--name", args.name, d], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    print("installed kernelspec '%s' -> %s%s" % (args.name, args.lib_dir, (" (with an AOT cache)" if cds.endswith(".aot") else " (with a CDS archive)") if cds else ""))


if __name__ == "__main__":
    main()
