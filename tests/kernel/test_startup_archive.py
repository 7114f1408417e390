"""A start-up archive that does not fit never stops the kernel (issue 26): the installed kernelspec
(`java`, and `java-jdk25` when run-tests installed it) is copied under a test name with its archive
(the JDK 17 class-data sharing archive or the JDK 25 AOT cache) replaced by garbage, removed, or
made stale (the jars moved to another folder, so the archive's recorded class path no longer
matches). Each kernel must start, answer a cell, and print nothing about the archive."""
import json
import os
import shutil
import subprocess
import sys

import pytest
from jupyter_client.kernelspec import KernelSpecManager

from conftest import KERNEL_NAME, KernelSession

ARCHIVE_FLAGS = ("-XX:SharedArchiveFile=", "-XX:AOTCache=")


def installed_specs():
    names = [KERNEL_NAME]
    if KERNEL_NAME == "java":
        names.append("java-jdk25")
    specs = KernelSpecManager().find_kernel_specs()
    return [n for n in names if n in specs]


def archive_of(argv):
    for a in argv:
        for flag in ARCHIVE_FLAGS:
            if a.startswith(flag):
                return flag, a[len(flag):]
    return None, None


def install_variant(name, argv, tmp_path):
    d = tmp_path / name
    d.mkdir()
    (d / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": name, "language": "java",
                                               "interrupt_mode": "message"}))
    subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "install", "--user", "--replace",
                    "--name", name, str(d)], check=True, capture_output=True)


def remove(name):
    subprocess.run([sys.executable, "-m", "jupyter", "kernelspec", "remove", "-f", name], capture_output=True)


@pytest.mark.parametrize("spec", installed_specs())
@pytest.mark.parametrize("damage", ["garbage", "missing", "stale"])
def test_a_bad_archive_never_stops_the_kernel(spec, damage, tmp_path):
    argv = list(KernelSpecManager().get_kernel_spec(spec).argv)
    flag, archive = archive_of(argv)
    if archive is None:
        pytest.skip("kernelspec %s was installed without a start-up archive (--no-cds)" % spec)
    bad = str(tmp_path / os.path.basename(archive))
    if damage == "garbage":
        with open(bad, "wb") as f:
            f.write(os.urandom(64 * 1024))
    elif damage == "stale":
        # the real archive, but the jars elsewhere: the class path it recorded no longer matches
        shutil.copy(archive, bad)
        argv = with_jars_moved(argv, tmp_path)
    argv = [flag + bad if a.startswith(flag) else a for a in argv]
    starts_and_answers("java-archive-%s-%s-%d" % (damage, spec, os.getpid()), argv, tmp_path)


def with_jars_moved(argv, tmp_path):
    """argv with its class path pointing at a copy of the kernel's jars in another folder."""
    argv = list(argv)
    cp = argv.index("-cp") + 1
    moved = tmp_path / "moved-lib"
    shutil.copytree(os.path.dirname(argv[cp]), moved)
    argv[cp] = os.path.join(str(moved), "*")
    return argv


def starts_and_answers(name, argv, tmp_path, more=()):
    """Installs argv as kernelspec `name`, which must start and answer 6 * 7 with nothing on the cell's
    stderr, then each (code, text) of `more`; removes the kernelspec."""
    install_variant(name, argv, tmp_path)
    try:
        ks = KernelSession(kernel_name=name)
        try:
            r = ks.ok("6 * 7")
            assert r.text == "42"
            assert r.stream("stderr") == "", r.summary()
            for code, text in more:
                assert ks.ok(code).text == text
        finally:
            ks.shutdown()
    finally:
        remove(name)


COMPILE_CLASSES = "-Dtreatylab.kernel.compileClasses="


def compile_classes_of(argv):
    return next((a[len(COMPILE_CLASSES):] for a in argv if a.startswith(COMPILE_CLASSES)), None)


@pytest.mark.parametrize("spec", installed_specs())
def test_the_installed_compile_classes_match_the_kernels_jars(spec):
    """The installer unpacked the jars' classes for JShell's compiler, and a kernel with this class path
    would use them (the check the kernel makes at start, run on its own)."""
    argv = list(KernelSpecManager().get_kernel_spec(spec).argv)
    tree = compile_classes_of(argv)
    if tree is None:
        pytest.skip("kernelspec %s was installed with --no-compile-classes" % spec)
    cp = argv[argv.index("-cp") + 1]
    done = subprocess.run([argv[0], "-cp", cp, "org.treatylab.kernel.eval.CompileClassTree", "check", tree],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == tree + " is up to date"


@pytest.mark.parametrize("damage", ["missing", "stale"])
def test_unusable_compile_classes_never_stop_the_kernel(damage, tmp_path):
    """A compile-class folder that is gone, or made from jars other than the ones the kernel runs with,
    is not used: the kernel compiles against its jars, answers, and keeps the note off the cell."""
    argv = list(KernelSpecManager().get_kernel_spec(KERNEL_NAME).argv)
    tree = compile_classes_of(argv)
    if tree is None:
        pytest.skip("kernelspec %s was installed with --no-compile-classes" % KERNEL_NAME)
    if damage == "missing":
        argv = [COMPILE_CLASSES + str(tmp_path / "no-such-folder") if a.startswith(COMPILE_CLASSES) else a
                for a in argv]
    else:  # the jars elsewhere: the folder lists the jars it was made from, by path
        argv = with_jars_moved(argv, tmp_path)
    # the library's classes, compiled against the jars
    starts_and_answers("java-compile-classes-%s-%d" % (damage, os.getpid()), argv, tmp_path,
                       more=[('Table.create("t").rowCount()', "0")])
