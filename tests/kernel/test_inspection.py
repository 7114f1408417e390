"""Shift-Tab inspection (inspect_request) with Javadoc, and completion next to it.

The JDK's Javadoc needs the JDK's src.zip (Debian: apt-get install openjdk-17-source; Temurin ships
it): the tests that need it skip, naming the missing file, when the kernel's JDK has none. The
library's Javadoc comes from the sources jar the distro puts beside the kernel's jars.
"""
import os

import pytest

from conftest import KERNEL_NAME


def inspect(k, code, cursor=None):
    cursor = len(code) if cursor is None else cursor
    return k.request(lambda: k.kc.inspect(code, cursor))


def text(reply):
    assert reply["status"] == "ok", reply
    assert reply["found"], "nothing found: %r" % (reply,)
    return reply["data"]["text/plain"]


def kernel_src_zip():
    """The src.zip of the JDK the kernelspec runs, or None."""
    from jupyter_client.kernelspec import KernelSpecManager
    java = os.path.realpath(KernelSpecManager().get_kernel_spec(KERNEL_NAME).argv[0])
    home = os.path.dirname(os.path.dirname(java))
    for candidate in (os.path.join(home, "lib", "src.zip"), os.path.join(os.path.dirname(home), "src.zip")):
        if os.path.exists(candidate):
            return candidate
    return None


needs_jdk_sources = pytest.mark.skipif(
    kernel_src_zip() is None,
    reason="the kernel's JDK has no lib/src.zip (Debian: apt-get install openjdk-17-source), so no JDK Javadoc")


@pytest.fixture(scope="module")
def k(shared_kernel):
    shared_kernel.ok("int answer = 42;")
    return shared_kernel


def test_signature_at_the_end_of_a_bare_method_name(k):
    # the Jupyter project's kernel test suite asks at the end of a name, without parentheses
    t = text(inspect(k, "Math.max"))
    assert "int Math.max(int a, int b)" in t and "double Math.max(double a, double b)" in t, t


def test_cursor_inside_a_name_and_inside_a_call(k):
    assert "Math.max(int a, int b)" in text(inspect(k, "Math.max", 6))
    assert "Math.max(int a, int b)" in text(inspect(k, "Math.max(1, 2)", 10))


def test_library_javadoc_at_the_end_of_a_name_and_in_a_call(k):
    k.ok("import org.treatylab.data.*;")
    t = text(inspect(k, "Treaties.mineBan"))
    assert t.startswith("Treaty Treaties.mineBan()"), t
    assert "Mine Ban Treaty" in t, "no Javadoc from the library's sources jar: %r" % t
    assert "Mine Ban Treaty" in text(inspect(k, "Treaties.mineBan()", 17))


def test_a_variable_shows_its_type(k):
    assert text(inspect(k, "answer")) == "answer:int"  # JShell's form, as for fields (Math.PI:double)


def test_nothing_to_inspect_is_found_false_not_an_error(k):
    r = inspect(k, "1 + ")
    assert r["status"] == "ok" and not r["found"], r
    r = inspect(k, "noSuchName")
    assert r["status"] == "ok" and not r["found"], r


@needs_jdk_sources
def test_jdk_javadoc_for_methods_fields_and_types(k):
    t = text(inspect(k, "Math.max"))
    assert "Returns the greater of two int values." in t, t   # {@code int} read as plain text
    assert "{@code" not in t, t
    assert "closer than any other to" in text(inspect(k, "Math.PI"))
    assert "represents character strings" in text(inspect(k, "String"))


def test_completion_still_works(k):
    r = k.request(lambda: k.kc.complete("Math.ma", 7))
    assert "max(" in r["matches"], r
    assert r["cursor_start"] == 5 and r["cursor_end"] == 7, r
    r = k.request(lambda: k.kc.complete("answ", 4))
    assert "answer" in r["matches"], r
