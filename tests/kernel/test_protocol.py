"""Protocol and feature checks of the `java` kernel through jupyter_client: kernel_info, complete,
inspect, is_complete, %maven, rich display of Tablesaw tables and XChart charts, display(), cells
with several statements. One kernel serves the module (fixture `shared_kernel`)."""
import base64
import re

import pytest

# errors that mean "no network to Maven Central", not "the kernel's resolver is broken"
OFFLINE_MARKERS = re.compile(
    r"UnknownHost|Unknown host|Network is unreachable|Connection refused|Connect(ion)? timed out"
    r"|connect timed out|No route to host|Could not transfer|could not be resolved.*(offline|transfer)"
    r"|Temporary failure in name resolution|SocketTimeout|offline", re.I)


@pytest.fixture
def k(shared_kernel):
    return shared_kernel


def test_kernel_info(k):
    c = k.request(k.kc.kernel_info)
    assert c["status"] == "ok"
    assert c["language_info"]["name"] == "java"
    assert re.match(r"^5\.\d+$", c["protocol_version"]), c["protocol_version"]
    assert c["language_info"]["file_extension"]
    assert c["implementation"]


def test_complete_class_name(k):
    c = k.request(lambda: k.kc.complete("Strin", 5))
    assert c["status"] == "ok", c
    assert "String" in c["matches"], c["matches"]
    assert all(m.startswith("Strin") for m in c["matches"]), c["matches"]
    assert c["cursor_end"] == 5
    assert c["cursor_start"] == 0


def test_complete_member_of_variable(k):
    k.ok('String greeting = "hi";')
    code = "greeting.toUpp"
    c = k.request(lambda: k.kc.complete(code, len(code)))
    assert c["status"] == "ok", c
    assert any(m.startswith("toUpperCase") for m in c["matches"]), c["matches"]
    assert c["cursor_start"] == len("greeting."), c


def test_inspect(k):
    code = "Math.max("
    c = k.request(lambda: k.kc.inspect(code, len(code)))
    assert c["status"] == "ok", c
    assert c["found"] is True, c
    text = c["data"].get("text/plain", "")
    assert "max" in text and text.strip(), c


@pytest.mark.parametrize("code, status", [
    ("for (int i = 0; i < 3; i++) {", "incomplete"),
    ("int a = 1;", "complete"),
    ("String s = \"abc", "invalid_or_incomplete"),
])
def test_is_complete(k, code, status):
    c = k.request(lambda: k.kc.is_complete(code))
    if status == "invalid_or_incomplete":
        assert c["status"] in ("invalid", "incomplete"), c
    else:
        assert c["status"] == status, c


def test_maven_transitive_dependency(k):
    r = k.execute("%maven org.apache.commons:commons-text:1.12.0", timeout=180)
    if r.status != "ok":
        text = " ".join([r.error.get("ename", ""), r.error.get("evalue", "")] + r.error.get("traceback", []))
        if OFFLINE_MARKERS.search(text) and "NoClassDefFound" not in text:
            pytest.skip("Maven Central unreachable: %s" % r.error.get("evalue", "")[:200])
        pytest.fail("%%maven failed: %s: %s\n%s" % (
            r.error.get("ename"), r.error.get("evalue"), "\n".join(r.error.get("traceback", [])[:12])))
    # commons-lang3 is only a transitive dependency of commons-text
    assert k.value('org.apache.commons.lang3.StringUtils.capitalize("x")') == "X"
    assert k.value('org.apache.commons.text.WordUtils.capitalize("a b")') == "A B"


def test_tablesaw_table_renders_html(k):
    r = k.ok('tech.tablesaw.api.Table.create("t").addColumns('
             'tech.tablesaw.api.IntColumn.create("a", 1, 2, 3), '
             'tech.tablesaw.api.StringColumn.create("b", "x", "<y>", "z"))')
    data = r.result_data
    assert "text/html" in data and "text/plain" in data, data.keys()
    html = data["text/html"]
    cap = re.search(r"<caption[^>]*>(.*?)</caption>", html, re.S)
    assert cap and "rows" in cap.group(1), html[:500]
    assert "3 rows" in cap.group(1), cap.group(1)
    assert "&lt;y&gt;" in html and "<y>" not in html, "cell text not HTML-escaped"


def test_xchart_renders_png(k):
    r = k.ok("var chart = new org.knowm.xchart.XYChartBuilder().width(300).height(200).build();\n"
             'chart.addSeries("squares", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n'
             "chart")
    data = r.result_data
    assert "image/png" in data, data.keys()
    png = base64.b64decode(data["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (w, h) == (300, 200), (w, h)


def test_display_produces_display_data(k):
    r = k.ok('display("hello");')
    dd = r.of_type("display_data")
    assert len(dd) == 1, r.summary()
    assert dd[0]["content"]["data"]["text/plain"] == "hello"
    # like IJava, display() returns the display's id (JShell shows an expression statement's value)
    display_id = dd[0]["content"].get("transient", {}).get("display_id")
    assert display_id, dd[0]["content"]
    res = r.of_type("execute_result")
    if res:
        assert res[0]["content"]["data"]["text/plain"] == display_id


def test_update_display(k):
    r = k.ok('String shownId = display("one");\nupdateDisplay(shownId, "two");')
    dd, upd = r.of_type("display_data"), r.of_type("update_display_data")
    assert len(dd) == 1 and len(upd) == 1, r.summary()
    assert upd[0]["content"]["data"]["text/plain"] == "two"
    assert upd[0]["content"]["transient"]["display_id"] == dd[0]["content"]["transient"]["display_id"]


def test_several_statements_method_and_last_expression(k):
    r = k.ok("int a = 2;\n"
             "int twice(int v) { return 2 * v; }\n"
             "a = twice(a);\n"
             'System.out.println("a=" + a);\n'
             "twice(a) + 1")
    assert r.text == "9"
    assert r.stream("stdout") == "a=4\n"
    assert k.value("twice(10)") == "20"


def test_statements_only_has_no_result(k):
    r = k.ok("int q = 1;\nSystem.out.println(q);")
    assert not r.of_type("execute_result"), r.summary()


def test_modulo_operator_is_not_a_magic(k):
    k.ok("int r = 7 % 3;")
    assert k.value("r") == "1"
    assert k.value("10 %\n 4") == "2"


def test_stdin_reads_a_line_from_the_front_end(k):
    """new Scanner(System.in) asks the front end (input_request on the stdin channel)."""
    prompts = []

    def answer(msg):
        prompts.append(msg["content"])
        k.kc.input("typed by the user")

    outputs = []
    reply = k.kc.execute_interactive(
        'new java.util.Scanner(System.in).nextLine().toUpperCase()', allow_stdin=True,
        stdin_hook=answer, output_hook=lambda m: outputs.append(m), timeout=60)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert len(prompts) == 1
    results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
    assert results == ['TYPED BY THE USER']


def test_stdin_without_permission_is_end_of_input(k):
    """A request that does not allow stdin gets end of input at once, not a hung kernel."""
    outputs = []
    reply = k.kc.execute_interactive('System.in.read()', allow_stdin=False,
                                     output_hook=lambda m: outputs.append(m), timeout=30)
    assert reply["content"]["status"] == "ok", reply["content"]
    results = [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]
    assert results == ["-1"]
