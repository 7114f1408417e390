"""IJava notebooks run unchanged: small notebooks written the IJava way (tests/kernel/ijava/), each
executed with nbclient in a fresh `java` kernel, their outputs checked cell by cell.

The Maven notebook resolves from a file:// repository the test builds (javac + jar), with a local
repository in the test's folder, so no network and no writes to ~/.m2.
"""
import base64
import os
import shutil
import subprocess

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import KERNEL_NAME

HERE = os.path.dirname(os.path.abspath(__file__))
IJAVA = os.path.join(HERE, "ijava")


def run_notebook(folder, name, env=None, timeout=240):
    nb = nbformat.read(os.path.join(folder, name), as_version=4)
    client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=timeout, allow_errors=True,
                            resources={"metadata": {"path": str(folder)}})
    client.execute(env={**os.environ, **(env or {})})
    return nb.cells


def outputs(cell, kind):
    return [o for o in cell.get("outputs", []) if o["output_type"] == kind]


def value(cell, mime="text/plain"):
    res = outputs(cell, "execute_result")
    assert len(res) == 1 and not outputs(cell, "error"), "cell %r: %r" % (cell.source[:80], cell.outputs)
    return res[0]["data"][mime]


def error(cell):
    errs = outputs(cell, "error")
    assert len(errs) == 1, "cell %r should fail: %r" % (cell.source[:80], cell.get("outputs"))
    return errs[0]


def stdout(cell):
    return "".join(o["text"] for o in outputs(cell, "stream") if o["name"] == "stdout")


def tool(name):
    path = shutil.which(name)
    if path is None:
        pytest.skip("%s (JDK) not on PATH" % name)
    return path


def make_jar(workdir, jar, sources, classpath=None):
    """Compiles {relative path: Java source} into `jar`."""
    src = os.path.join(workdir, "src-" + os.path.basename(jar))
    classes = os.path.join(workdir, "classes-" + os.path.basename(jar))
    files = []
    for rel, text in sources.items():
        path = os.path.join(src, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        files.append(path)
    cmd = [tool("javac"), "--release", "17", "-d", classes] + (["-cp", classpath] if classpath else []) + files
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    os.makedirs(os.path.dirname(jar), exist_ok=True)
    subprocess.run([tool("jar"), "cf", jar, "-C", classes, "."], check=True, capture_output=True, timeout=60)


def deploy(repo, workdir, artifact, version, sources, deps=(), classpath=None):
    """Puts org.example:<artifact>:<version> (jar and POM) into a Maven repository folder."""
    base = os.path.join(repo, "org", "example", artifact, version)
    os.makedirs(base, exist_ok=True)
    jar = os.path.join(base, "%s-%s.jar" % (artifact, version))
    make_jar(workdir, jar, sources, classpath)
    dep_xml = "".join("<dependency><groupId>org.example</groupId><artifactId>%s</artifactId>"
                      "<version>%s</version></dependency>" % d for d in deps)
    with open(os.path.join(base, "%s-%s.pom" % (artifact, version)), "w") as f:
        f.write('<?xml version="1.0"?><project xmlns="http://maven.apache.org/POM/4.0.0">'
                "<modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>%s</artifactId>"
                "<version>%s</version><dependencies>%s</dependencies></project>" % (artifact, version, dep_xml))
    return jar


@pytest.fixture
def ijava_dir(tmp_path):
    folder = tmp_path / "ijava"
    shutil.copytree(IJAVA, folder)
    return folder


def test_load_follows_ijava_rules(ijava_dir):
    (ijava_dir / "picture.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    cells = run_notebook(ijava_dir, "load.ipynb")
    assert not outputs(cells[0], "error")
    assert value(cells[1]) == "49"
    assert value(cells[3]) == "HELLO FROM HELPERS.JSH!"
    assert value(cells[5]) == "17 from setup.ipynb"
    e = error(cells[6])
    assert "no/such/file" in e["evalue"] and "not found" in e["evalue"], e
    assert "no/such/file.jshell" in e["evalue"] and "no/such/file.ipynb" in e["evalue"], e
    e = error(cells[7])
    assert "picture.bin" in e["evalue"] and "not a text file" in e["evalue"], e
    e = error(cells[8])
    assert e["ename"] == "CompilationError" and "broken.jsh" in e["evalue"], e
    assert "line 2" in e["evalue"] and "undefinedHelper" in "\n".join(e["traceback"]), e
    assert value(cells[9]) == "10"
    e = error(cells[10])
    assert "loop.jsh" in e["evalue"] and "loads itself" in e["evalue"], e


def test_magics_time_unknown_magics_values_and_swing(ijava_dir, tmp_path):
    make_jar(str(tmp_path), str(ijava_dir / "lib" / "tool.jar"),
             {"demo/Tool.java": "package demo; public class Tool { public String name() { return \"tool\"; } }"})
    cells = run_notebook(ijava_dir, "magics.ipynb")
    assert value(cells[0]) == "42" and stdout(cells[0]).startswith("Wall time: "), cells[0].outputs
    assert value(cells[1]) == "100" and "Wall time: " in stdout(cells[1])
    e = error(cells[2])
    assert "%%frobnicate" in e["evalue"] and "unknown cell magic" in e["evalue"], e
    assert "%%time" in e["evalue"], "the error should list the magics there are: %r" % e
    e = error(cells[3])
    assert "%frobnicate" in e["evalue"] and "unknown line magic" in e["evalue"], e
    assert value(cells[4]) == "1"
    assert value(cells[5]) == "tool"
    assert value(cells[6]) == "true"
    assert value(cells[7]) == "7" and "Wall time" in stdout(cells[7])
    for cell in (cells[8], cells[9]):
        shown = outputs(cell, "display_data") + outputs(cell, "execute_result")
        assert len(shown) == 1, cell.outputs
        png = base64.b64decode(shown[0]["data"]["image/png"])
        assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert width > 10 and height > 5, (width, height)
        assert "javax.swing" not in shown[0]["data"]["text/plain"], shown[0]["data"]["text/plain"]


def test_ijava_runtime_api(ijava_dir):
    cells = run_notebook(ijava_dir, "runtime_api.ipynb")
    assert not outputs(cells[0], "error"), cells[0].outputs
    assert value(cells[1], "text/html") == "<b>12.34 EUR</b>"
    shown = outputs(cells[2], "display_data")
    assert not outputs(cells[2], "error"), cells[2].outputs
    # nbclient applies update_display_data to the output it replaces: 0.05 shown, then 0.06
    assert len(shown) == 1 and shown[0]["data"]["text/html"] == "<b>0.06 USD</b>", cells[2].outputs
    assert not outputs(cells[2], "execute_result"), "display(...) returns an id, not shown again"
    assert value(cells[3], "text/html") == "<b>1.00 CHF</b>"
    assert value(cells[4]) == "42"
    assert value(cells[5]) == "42", "a variable declared through Kernel.eval is kept"
    assert value(cells[6]) == "144"
    assert value(cells[7]) == "42" and "Wall time" in stdout(cells[7])
    assert value(cells[8]) == "2"


def test_maven_repo_load_from_pom(ijava_dir, tmp_path):
    repo = str(tmp_path / "remote-repo")
    work = str(tmp_path / "build")
    words = deploy(repo, work, "words", "1.0", {"org/example/words/Words.java":
                   "package org.example.words; public class Words { public static int count(String s) {"
                   " return s.trim().split(\"\\\\s+\").length; } }"})
    deploy(repo, work, "greeter", "1.0", {"org/example/greeter/Greeter.java":
           "package org.example.greeter; import org.example.words.Words; public class Greeter {"
           " public String greet(String who) { return \"Hello, \" + who + \" (\" + Words.count(who) + \" word)\"; } }"},
           deps=[("words", "1.0")], classpath=words)
    deploy(repo, work, "extra", "2.0", {"org/example/extra/Extra.java":
           "package org.example.extra; public class Extra { public static final int VALUE = 2; }"})
    url = "file://" + repo
    for rel in ("maven.ipynb", os.path.join("mavenproject", "pom.xml")):
        path = ijava_dir / rel
        path.write_text(path.read_text().replace("{REPO_URL}", url))
    local = tmp_path / "local-m2"
    cells = run_notebook(ijava_dir, "maven.ipynb", env={"TREATYLAB_KERNEL_MAVEN_REPO": str(local)})
    assert not outputs(cells[0], "error") and "local" in stdout(cells[0]), cells[0].outputs
    assert "greeter-1.0.jar" in stdout(cells[1]) and "words-1.0.jar" in stdout(cells[1]), cells[1].outputs
    assert value(cells[2]) == "Hello, IJava (1 word)"
    e = error(cells[3])
    assert "${extra.version}" in e["evalue"] and "not defined" in e["evalue"], e
    assert "extra-2.0.jar" in stdout(cells[4]), cells[4].outputs
    assert value(cells[5]) == "2"
    assert "words-1.0.jar" in stdout(cells[6]) and "junit" not in stdout(cells[6]).split("skipped")[0], cells[6].outputs
    assert "skipped junit-jupiter (scope test)" in stdout(cells[6])
    assert value(cells[7]) == "3"
    assert value(cells[8]) == "[greeter-1.0.jar, words-1.0.jar]"
    e = error(cells[9])
    assert "org.example:missing:9.9" in e["evalue"], e
    assert (local / "org" / "example" / "greeter" / "1.0").is_dir(), "artifacts cached in the given local repository"
