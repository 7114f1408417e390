#!/usr/bin/env python3
"""Generates the Java widget models' traits and defaults from the Jupyter widget schema.

Input: `jupyterwidgetmodels.latest.json` of the npm package `@jupyter-widgets/schema` (pinned by
widgets/schema/package-lock.json; `npm ci` in widgets/schema installs it). Output: one Java class per
model under widgets/src/main/java/org/treatylab/widgets/model/, each holding the model's `SPEC` (every
trait with its type, default, enum and nullability, as the schema states them) and typed accessors.

The generated sources are committed, so that building the kernel needs no npm; `--check` regenerates
into memory and fails if the committed files differ (tests/kernel/test_widgets_generated.py runs it).

    cd widgets/schema && npm ci && cd ../.. && /usr/bin/python3 widgets/generate_models.py
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_DIR = os.path.join(HERE, "schema", "node_modules", "@jupyter-widgets", "schema")
OUT = os.path.join(HERE, "src", "main", "java", "org", "treatylab", "widgets", "model")
PACKAGE = "org.treatylab.widgets.model"

# The models the Java API offers. Controls get an abstract `<Name>Traits<W>` class that a hand-written
# control in org.treatylab.widgets extends (validation, convenience); layout and styles are generated whole.
CONTROLS = ["IntSlider", "FloatSlider", "IntRangeSlider", "FloatRangeSlider", "Dropdown", "Checkbox",
            "ToggleButton", "Text", "Button", "IntProgress", "FloatProgress", "Label", "HTML", "HBox",
            "VBox", "Output"]
WHOLE = ["Layout", "SliderStyle", "DescriptionStyle", "ButtonStyle", "CheckboxStyle", "ToggleButtonStyle",
         "TextStyle", "ProgressStyle", "LabelStyle", "HTMLStyle"]

JAVA_KEYWORDS = {"default", "class", "new", "switch", "case", "float", "int", "boolean", "final", "char"}


def camel(name):
    parts = name.split("_")
    out = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return out + "_" if out in JAVA_KEYWORDS else out


def jstr(s):
    return json.dumps(s, ensure_ascii=True)


def java_default(a):
    """The default as a Java expression of the runtime's value type (TraitSpec's conventions)."""
    d = a.get("default")
    t = a["type"]
    if d is None:
        return "null"
    if t == "reference":
        return "null"  # "reference to new instance": the runtime makes the instance
    if t == "string":
        return jstr(d)
    if t == "bool":
        return "true" if d else "false"
    if t == "int":
        return "%dL" % d
    if t == "float":
        return repr(float(d)) + "d"
    if t == "array":
        return "java.util.List.of(" + ", ".join(
            jstr(x) if isinstance(x, str) else (repr(float(x)) + "d" if isinstance(x, float) else "%dL" % x)
            for x in d) + ")"
    if t == "object":
        return "java.util.Map.of()"
    raise SystemExit("unsupported default for %s: %r" % (a["name"], d))


def trait_spec(a):
    t = a["type"]
    kind = {"string": "STRING", "bool": "BOOL", "int": "INT", "float": "FLOAT", "array": "ARRAY",
            "object": "OBJECT", "reference": "REFERENCE"}.get(t)
    if kind is None:
        raise SystemExit("unsupported trait type %s of %s" % (t, a["name"]))
    items = a.get("items", {})
    item_kind = {"string": "STRING", "object": "OBJECT", "reference": "REFERENCE", "int": "INT",
                 "float": "FLOAT"}.get(items.get("type"), "ANY") if t == "array" else "ANY"
    enum = "java.util.List.of(" + ", ".join(jstr(e) for e in a["enum"]) + ")" if "enum" in a else "java.util.List.of()"
    widget = a.get("widget") or items.get("widget") or ""
    return ("      new TraitSpec(%s, TraitSpec.Kind.%s, %s, %s, %s, %s, TraitSpec.Kind.%s, %s)"
            % (jstr(a["name"]), kind, java_default(a), "true" if a.get("allow_none") else "false", enum,
               jstr(widget), item_kind, jstr(a.get("help", ""))))


def accessor(a, self_type, whole):
    """Typed getter and fluent setter of a public trait."""
    name, t, none = a["name"], a["type"], a.get("allow_none", False)
    m = camel(name)
    doc = (a.get("help") or name.replace("_", " ")).strip().rstrip(".")
    enum = (" One of " + ", ".join('"%s"' % e for e in a["enum"]) + ".") if "enum" in a else ""
    ret = "W" if not whole else self_type
    self_expr = "self()" if not whole else "this"
    if t == "reference":
        widget = a.get("widget")
        cls = widget if widget in WHOLE else "org.treatylab.widgets.Widget"
        return ("  /** %s (the {@code %s} trait). */\n  public %s %s() {\n    return (%s) referenceTrait(%s);\n  }\n"
                % (doc or name, name, cls, m, cls, jstr(name)))
    jt, get = {
        "string": ("String", "(String) getTrait(%s)"),
        "bool": ("Boolean" if none else "boolean", "(Boolean) getTrait(%s)"),
        "int": ("Integer" if none else "int", "intTrait(%s)"),
        "float": ("Double" if none else "double", "doubleTrait(%s)"),
        "array": ("java.util.List<?>", "(java.util.List<?>) getTrait(%s)"),
        "object": ("java.util.Map<?, ?>", "(java.util.Map<?, ?>) getTrait(%s)"),
    }[t]
    if t == "int" and none:
        get = "(Integer) nullableIntTrait(%s)"
    if t == "float" and none:
        get = "(Double) nullableDoubleTrait(%s)"
    nullable = " May be null." if none else ""
    setter_type = {"int": "Integer" if none else "int", "float": "Double" if none else "double"}.get(t, jt)
    if t == "array":
        setter_type = "java.util.List<?>"
    return ("  /** %s (the {@code %s} trait).%s%s */\n  public %s %s() {\n    return %s;\n  }\n\n"
            "  /** Sets %s (the {@code %s} trait); refuses a value the trait cannot hold.%s */\n"
            "  public %s %s(%s %s) {\n    setTrait(%s, %s);\n    return %s;\n  }\n"
            % (doc, name, enum, nullable, jt, m, get % jstr(name), doc[:1].lower() + doc[1:], name, enum,
               ret, m, setter_type, m if m != "value_" else "v", jstr(name), m, self_expr))


def generate(models, version):
    files = {}
    by_name = {m["model"]["name"]: m for m in models}
    for name in CONTROLS + WHOLE:
        m = by_name.get(name + "Model")
        if m is None:
            raise SystemExit("the schema has no %sModel" % name)
        whole = name in WHOLE
        cls = name if whole else name + "Traits"
        attrs = sorted(m["attributes"], key=lambda a: a["name"])
        specs = ",\n".join(trait_spec(a) for a in attrs)
        accessors = "\n".join(accessor(a, cls, whole) for a in attrs if not a["name"].startswith("_"))
        header = ("// GENERATED by widgets/generate_models.py from @jupyter-widgets/schema %s\n"
                  "// (jupyterwidgetmodels.latest.json, %s). Do not edit: change the generator and re-run it.\n"
                  % (version, m["model"]["name"]))
        spec = ("  /** The traits of {@code %s} %s (module {@code %s}) and their defaults, as the widget schema gives them. */\n"
                "  public static final ModelSpec SPEC =\n      new ModelSpec(%s, %s, %s, %s, %s, %s, java.util.List.of(\n%s));\n"
                % (m["model"]["name"], m["model"]["version"], m["model"]["module"],
                   jstr(m["model"]["name"]), jstr(m["model"]["module"]), jstr(m["model"]["version"]),
                   jstr(m["view"]["name"]) if m["view"]["name"] else "null",
                   jstr(m["view"]["module"]) if m["view"]["module"] else "null",
                   jstr(m["view"]["version"]) if m["view"]["version"] else "null", specs))
        if whole:
            body = ("/** The widget model {@code %s}: every trait of the schema, with its default. */\n"
                    "public final class %s extends Widget {\n%s\n"
                    "  /** Opens a new {@code %s} with the schema's defaults in the current widget session. */\n"
                    "  public %s() {\n    super(SPEC);\n  }\n\n%s}\n"
                    % (m["model"]["name"], cls, spec, m["model"]["name"], cls, accessors))
        else:
            body = ("/**\n * The traits of the widget model {@code %s}, with their defaults; the control\n"
                    " * {@code org.treatylab.widgets.%s} adds its checks and conveniences.\n *\n"
                    " * @param <W> the control's own type, returned by the setters so that calls chain\n */\n"
                    "public abstract class %s<W extends %s<W>> extends Widget {\n%s\n"
                    "  protected %s() {\n    super(SPEC);\n  }\n\n"
                    "  /** This control, typed as itself, for chained setters. */\n"
                    "  @SuppressWarnings(\"unchecked\")\n  protected final W self() {\n    return (W) this;\n  }\n\n%s}\n"
                    % (m["model"]["name"], name, cls, cls, spec, cls, accessors))
        files[cls + ".java"] = header + "package %s;\n\nimport org.treatylab.widgets.ModelSpec;\nimport org.treatylab.widgets.TraitSpec;\nimport org.treatylab.widgets.Widget;\n\n" % PACKAGE + body
    refs = "\n".join('      case %s -> new %s();' % (jstr(n), n) for n in WHOLE)
    files["References.java"] = (
        "// GENERATED by widgets/generate_models.py from @jupyter-widgets/schema %s. Do not edit.\n"
        "package %s;\n\nimport org.treatylab.widgets.Widget;\n\n"
        "/** Makes the widget a reference trait's default (\"reference to new instance\") names. */\n"
        "public final class References {\n  private References() {}\n\n"
        "  /**\n   * Returns a new widget of the schema's name {@code widget} (without \"Model\").\n   *\n"
        "   * @throws IllegalArgumentException for a name the generator did not include\n   */\n"
        "  public static Widget create(String widget) {\n    return switch (widget) {\n%s\n"
        "      default -> throw new IllegalArgumentException(\n"
        "          \"no generated widget model named '\" + widget + \"'; add it to WHOLE in widgets/generate_models.py\");\n"
        "    };\n  }\n}\n" % (version, PACKAGE, refs))
    return files


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--schema", default=SCHEMA_DIR, help="folder of the npm package @jupyter-widgets/schema")
    p.add_argument("--check", action="store_true", help="fail if the committed sources are not what the schema gives")
    args = p.parse_args()
    path = os.path.join(args.schema, "jupyterwidgetmodels.latest.json")
    if not os.path.exists(path):
        sys.exit("%s is missing: run `npm ci` in widgets/schema first" % path)
    with open(os.path.join(args.schema, "package.json")) as f:
        version = json.load(f)["version"]
    with open(path) as f:
        files = generate(json.load(f), version)
    if args.check:
        stale = [n for n, text in sorted(files.items())
                 if not os.path.exists(os.path.join(OUT, n)) or open(os.path.join(OUT, n)).read() != text]
        extra = sorted(set(os.listdir(OUT)) - set(files)) if os.path.isdir(OUT) else []
        if stale or extra:
            sys.exit("generated widget models are stale: %s; re-run widgets/generate_models.py" % ", ".join(stale + extra))
        print("widget models match @jupyter-widgets/schema %s (%d files)" % (version, len(files)))
        return
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".java") and n not in files:
            os.remove(os.path.join(OUT, n))
    for n, text in sorted(files.items()):
        with open(os.path.join(OUT, n), "w") as f:
            f.write(text)
    print("wrote %d files to %s from @jupyter-widgets/schema %s" % (len(files), OUT, version))


if __name__ == "__main__":
    main()
