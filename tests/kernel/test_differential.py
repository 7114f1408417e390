"""Differential test: the same cells through the `java` kernel and through plain JShell.

A few hundred cells, generated (seeded) and hand-picked: arithmetic, declarations and redefinitions,
overloads, generics, lambdas, records, imports, exceptions, string constants at and over the
class-file limit, unicode. The reference is JShell's API with its default execution engine
(differential/JShellOracle.java, run with the JDK's `java`). For each cell both sides must agree on
what happened — a value (its text), no value, an exception (its class), or an error — and on what the
cell printed. One kernel, the cells sent back to back.
"""
import base64
import os
import random
import re
import shutil
import subprocess
import time

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "differential", "JShellOracle.java")

WRAPPER = re.compile(r"REPL\.\$JShell\$\d+[A-Za-z]*\$")

# the kernel's default imports (JavaKernel.DEFAULT_IMPORTS), evaluated first on both sides
IMPORTS = ["java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*",
           "java.util.concurrent.*", "java.util.function.*", "java.util.regex.*", "java.util.stream.*"]


def hand_picked():
    long_ok = "a" * 65535
    euro_ok = "\u20ac" * 21845          # 3 bytes each in the class file: 65,535 bytes
    return [
        # declarations, redefinitions
        "int v = 7;", "v * 6", "v = v + 1", "v", "String v = \"now a string\";", "v + v.length()",
        "double v = 1.5;", "v * 2", "var w = List.of(3, 1, 2);", "w.size()", "w.get(0) + w.get(2)",
        "final int K = 10;", "K * K", "int K = 11;", "K",
        # methods, overloads, redefinition
        "int h(int a) { return a + 1; }", "long h(long a) { return a * 100; }",
        "String h(String s) { return s + \"!\"; }", "h(1)", "h(1L)", "h(\"x\")",
        "int h(int a) { return a * 3; }", "h(5)", "int useH() { return h(2) + 1; }", "useH()",
        "int h(int a) { return -a; }", "useH()",
        # generics
        "<T extends Comparable<T>> T maxOf(List<T> xs) { return Collections.max(xs); }",
        "maxOf(List.of(3, 9, 2))", "maxOf(List.of(\"pear\", \"apple\"))",
        "class Box<T> { T item; Box(T t) { item = t; } T get() { return item; } }",
        "new Box<>(\"boxed\").get()", "Map<String, List<Integer>> m = new TreeMap<>();",
        "m.computeIfAbsent(\"a\", k -> new ArrayList<>()).add(4); m", "m.get(\"a\").get(0) * 2",
        # lambdas and streams
        "Function<Integer, Integer> sq = x -> x * x;", "sq.apply(12)",
        "IntStream.rangeClosed(1, 100).sum()", "Stream.of(\"b\", \"a\", \"c\").sorted().collect(Collectors.joining(\",\"))",
        "BiFunction<Integer, Integer, Integer> add = Integer::sum;", "add.andThen(sq).apply(2, 3)",
        "Supplier<String> sup = () -> \"supplied\";", "sup.get()",
        "Runnable r = () -> System.out.println(\"ran\");", "r.run();",
        # records
        "record P(int x, int y) { int sum() { return x + y; } }", "new P(1, 2)", "new P(3, 4).sum()",
        "P p = new P(5, 6);", "p.x() * p.y()",
        "record P(int x, int y, int z) { int sum() { return x + y + z; } }", "new P(1, 2, 3).sum()",
        # imports
        "import java.util.concurrent.atomic.AtomicInteger;", "new AtomicInteger(41).incrementAndGet()",
        "import no.such.pkg.*;", "1 + 1", "import static java.lang.Math.*;", "max(3, 8) + abs(-2)",
        # exceptions
        "throw new IllegalStateException(\"boom\");", "Integer.parseInt(\"abc\")",
        "Objects.requireNonNull(null)", "Arrays.deepToString(new int[2][3])", "List.of(1).get(4)",
        "class MyProblem extends RuntimeException { MyProblem(String m) { super(m); } }",
        "throw new MyProblem(\"mine\");", "1 / 0", "1.0 / 0", "int[] arr = new int[3];", "arr[3] = 1;",
        "String nothing = null;", "nothing.length()",
        "int usesLater() { return later() + 1; }", "usesLater()", "int later() { return 41; }", "usesLater()",
        # compile errors
        "int bad = \"text\";", "undefinedName + 1", "int q = 5", "q", "void m() { return 1; }",
        "String s = 'ab';", "Strin g;", "1 +", ")",
        # long string constants
        "String okLong = \"" + long_ok + "\";", "okLong.length()",
        "String tooLong = \"" + long_ok + "a\";", "6 * 7", "tooLong", "int after = 3;", "after",
        "String euroOk = \"" + euro_ok + "\";", "euroOk.length()",
        "String euroTooLong = \"" + euro_ok + "\u20ac\";", "euroOk.length() + 1",
        "String folded = \"" + "b" * 40000 + "\" + \"" + "c" * 40000 + "\";", "folded", "\"still fine\"",
        "String built = \"c\".repeat(100000);", "built.length()",
        "String tooLongValue() { return \"" + "d" * 70000 + "\"; }", "tooLongValue()", "2 + 2",
        # unicode
        "int größe = 3;", "größe * 2", "String emoji = \"a😀b\";", "emoji.length()",
        "emoji.codePointCount(0, emoji.length())", "(int) 'é'", "\"\\u00e9\".equals(\"é\")",
        "\"ΑΒΓ\".toLowerCase(Locale.ROOT)", "\"straße\".toUpperCase(Locale.ROOT)",
        "System.out.println(\"héllo → wörld ✓\");", "\"日本語\".charAt(1)",
        # cells of several snippets
        "int a1 = 1; int b1 = 2;\na1 + b1", "int c1 = 10;\nSystem.out.println(c1);\nc1 * 2",
        "int d1 = 1;\nint e1 = undefinedThing;\nd1", "d1",
        "String text = \"\"\"\n    first\n    second\n    \"\"\";\ntext.lines().count()",
        "for (int i = 0; i < 3; i++) System.out.print(i);",
        "if (v > 0) { System.out.println(\"positive\"); }",
        "switch (3) { case 3 -> System.out.println(\"three\"); default -> System.out.println(\"other\"); }",
        "enum Color { RED, GREEN } ", "Color.valueOf(\"GREEN\").ordinal()", "Color.values().length",
        "interface Shape { double area(); }", "Shape unit = () -> 1.0;", "unit.area()",
        "class Sq implements Shape { public double area() { return 4; } }", "new Sq().area()",
        "BigInteger.TWO.pow(100)", "new BigDecimal(\"1.10\").add(new BigDecimal(\"2.205\"))",
        "LocalDate.of(2026, 2, 3).plusDays(30)", "Duration.ofMinutes(135)",
        "String.format(Locale.ROOT, \"%.3f\", Math.PI)", "Optional.empty()", "Optional.of(3).map(x -> x + 1)",
        "(Object) null", "null", "Integer.MAX_VALUE + 1", "Long.MIN_VALUE - 1", "(byte) 200",
        "0.1 + 0.2", "1e308 * 10", "Math.sqrt(-1)", "'a' + 1", "(char) ('a' + 1)", "10 % -3", "-10 % 3",
    ]


def generated(seed=20261129, count=160):
    rnd = random.Random(seed)
    cells = []
    for i in range(count):
        kind = rnd.choice(["int", "long", "double", "string", "decl", "method", "list", "print"])
        a, b = rnd.randint(-10**6, 10**6), rnd.choice([rnd.randint(-50, 50), 0, 7])
        if kind == "int":
            cells.append("%d %s %d" % (a, rnd.choice(["+", "-", "*", "/", "%"]), b))
        elif kind == "long":
            cells.append("%dL * %dL %s %d" % (a, a, rnd.choice(["+", "/", "%"]), b))
        elif kind == "double":
            cells.append("%d.%d / %d.0" % (a, rnd.randint(0, 99), b))
        elif kind == "string":
            word = "".join(rnd.choice("abcxyzäöü€😀 ") for _ in range(rnd.randint(0, 12)))
            cells.append("\"%s\".%s" % (word, rnd.choice(["length()", "toUpperCase(Locale.ROOT)", "trim()",
                                                           "isEmpty()", "repeat(2)", "indexOf('x')"])))
        elif kind == "decl":
            name = "g%d" % rnd.randint(0, 15)
            t, v = rnd.choice([("int", str(b)), ("long", "%dL" % a), ("String", "\"s%d\"" % a),
                               ("double", "%d.5" % b)])
            cells.append("%s %s = %s;" % (t, name, v))
            cells.append("%s + %s" % (name, name))
        elif kind == "method":
            name = "f%d" % rnd.randint(0, 8)
            cells.append("int %s(int x) { return x * %d %s %d; }" % (name, b, rnd.choice(["+", "-", "/"]), rnd.randint(-3, 3)))
            cells.append("%s(%d)" % (name, rnd.randint(-100, 100)))
        elif kind == "list":
            xs = [rnd.randint(-9, 9) for _ in range(rnd.randint(0, 6))]
            cells.append("List.of(%s).stream().%s" % (", ".join(map(str, xs)), rnd.choice(
                ["mapToInt(x -> x).sum()", "sorted().collect(Collectors.toList())", "max(Integer::compare)",
                 "filter(x -> x > 0).count()", "map(x -> x * x).reduce(0, Integer::sum)"])))
        else:
            cells.append("System.out.println(%d * %d);" % (a, b))
    return cells


def start_oracle(cells, tmp_path):
    java = shutil.which("java")
    if java is None:
        pytest.skip("no java on PATH")
    src = tmp_path / "cells.b64"
    src.write_text("\n".join(base64.b64encode(c.encode("utf-8")).decode("ascii") for c in cells) + "\n")
    return subprocess.Popen([java, "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                             ORACLE, str(src)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def oracle_results(proc, cells):
    stdout, stderr = proc.communicate(timeout=280)
    assert proc.returncode == 0, stderr.decode("utf-8", "replace")[-3000:]
    out = []
    for line in stdout.decode("ascii").splitlines():
        kind, detail, printed = (base64.b64decode(f).decode("utf-8") for f in line.split("\t"))
        out.append((kind, detail, printed))
    assert len(out) == len(cells), "oracle answered %d of %d cells" % (len(out), len(cells))
    return out


def run_kernel(kernel, cells):
    out = []
    # sent back to back: the shell channel runs them in order, one kernel, no per-cell round trip
    ids = [kernel.kc.execute(c, store_history=False) for c in cells]
    for msg_id in ids:
        msgs = kernel.collect_iopub(msg_id, timeout=120)
        printed = "".join(m["content"]["text"] for m in msgs
                          if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")
        errors = [m["content"] for m in msgs if m["msg_type"] == "error"]
        results = [m["content"]["data"].get("text/plain") for m in msgs if m["msg_type"] == "execute_result"]
        if errors:
            e = errors[0]["ename"]
            kind, detail = ("error", "") if e in ("CompilationError", "InternalError") else ("exception", e)
        elif results:
            kind, detail = "value", results[0]
        else:
            kind, detail = "none", ""
        out.append((kind, detail, printed))
    for msg_id in ids:
        reply = kernel.shell_reply(msg_id, timeout=60)
        assert reply["content"]["status"] in ("ok", "error")
    return out


def test_kernel_agrees_with_plain_jshell(kernel, tmp_path, timings):
    cells = ["import %s;" % i for i in IMPORTS] + hand_picked() + generated()
    assert len(cells) >= 300
    t0 = time.monotonic()
    oracle = start_oracle(cells, tmp_path)  # runs beside the kernel
    try:
        actual = run_kernel(kernel, cells)
        timings("kernel (%d cells)" % len(cells), time.monotonic() - t0)
        expected = oracle_results(oracle, cells)
        timings("plain JShell (%d cells, in parallel)" % len(cells), time.monotonic() - t0)
    finally:
        if oracle.poll() is None:
            oracle.kill()
    divergent = []
    for cell, exp, act in zip(cells, expected, actual):
        # JShell names a class declared in a cell after its wrapper (REPL.$JShell$77$MyProblem), whose
        # number counts snippets; the kernel shows the plain name
        exp, act = tuple(WRAPPER.sub("", x) for x in exp), tuple(WRAPPER.sub("", x) for x in act)
        if exp != act:
            divergent.append("cell %r\n   jshell: %r\n   kernel: %r" % (cell[:120], tuple(x[:200] for x in exp),
                                                                     tuple(x[:200] for x in act)))
    kinds = {k: sum(1 for e in expected if e[0] == k) for k in ("value", "none", "exception", "error")}
    # the corpus must exercise every outcome, or the comparison proves little
    assert all(n >= 10 for n in kinds.values()), kinds
    assert not divergent, "%d of %d cells diverge:\n%s" % (len(divergent), len(cells), "\n".join(divergent[:30]))
