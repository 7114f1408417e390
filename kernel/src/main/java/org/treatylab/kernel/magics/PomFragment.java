package org.treatylab.kernel.magics;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The dependencies and repositories of a POM, or of a cell of {@code <dependency>} and
 * {@code <repository>} elements (IJava's {@code %%loadFromPOM}): coordinates as Maven Resolver writes
 * them ({@code group:artifact[:extension[:classifier]]:version}), with {@code ${property}} values
 * taken from the POM's {@code <properties>}.
 */
record PomFragment(List<String> coordinates, Map<String, String> repositories) {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  static PomFragment parse(String xml, String where) {
    String body = xml.strip().replaceFirst("^<\\?xml[^>]*\\?>", "").strip();
    boolean wholePom = body.startsWith("<project");
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      doc = b.parse(new InputSource(new StringReader(wholePom ? body : "<fragment>" + body + "</fragment>")));
    } catch (SAXParseException e) {
      throw new IllegalArgumentException(
          "the POM in " + where + " is not well-formed XML at line " + e.getLineNumber() + ": " + e.getMessage());
    } catch (Exception e) {
      throw new IllegalArgumentException("could not read the POM in " + where + ": " + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    Map<String, String> properties = new HashMap<>();
    for (Element props : children(root, "properties")) {
      for (Element p : elements(props)) {
        properties.put(p.getTagName(), p.getTextContent().strip());
      }
    }
    properties.put("project.version", text(root, "version", ""));
    List<String> coordinates = new ArrayList<>();
    for (Element dep : elementsNamed(root, "dependency")) {
      if (insideAny(dep, "dependencyManagement", "plugin", "exclusions")) {
        continue;
      }
      String scope = text(dep, "scope", "compile");
      if (scope.equals("test") || scope.equals("provided") || scope.equals("system")) {
        System.out.println("skipped " + text(dep, "artifactId", "?") + " (scope " + scope + ")");
        continue;
      }
      String group = required(dep, "groupId", where, properties);
      String artifact = required(dep, "artifactId", where, properties);
      String version = required(dep, "version", where, properties);
      String type = resolve(text(dep, "type", "jar"), properties, where);
      String classifier = resolve(text(dep, "classifier", ""), properties, where);
      coordinates.add(
          classifier.isEmpty()
              ? (type.equals("jar") ? group + ":" + artifact + ":" + version : group + ":" + artifact + ":" + type + ":" + version)
              : group + ":" + artifact + ":" + type + ":" + classifier + ":" + version);
    }
    Map<String, String> repositories = new LinkedHashMap<>();
    for (Element repo : elementsNamed(root, "repository")) {
      if (insideAny(repo, "distributionManagement", "pluginRepositories")) {
        continue;
      }
      repositories.put(required(repo, "id", where, properties), required(repo, "url", where, properties));
    }
    return new PomFragment(coordinates, repositories);
  }

  private static String required(Element e, String tag, String where, Map<String, String> properties) {
    String v = text(e, tag, "");
    if (v.isEmpty()) {
      throw new IllegalArgumentException(
          "a <" + e.getTagName() + "> in " + where + " has no <" + tag + ">: " + e.getTextContent().strip().replaceAll("\\s+", " "));
    }
    return resolve(v, properties, where);
  }

  private static String resolve(String value, Map<String, String> properties, String where) {
    Matcher m = PROPERTY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = properties.get(m.group(1));
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException(
            "${" + m.group(1) + "} in " + where + " is not defined in its <properties>");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean insideAny(Node node, String... tags) {
    for (Node p = node.getParentNode(); p != null; p = p.getParentNode()) {
      for (String t : tags) {
        if (t.equals(p.getNodeName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(Element e, String tag, String fallback) {
    List<Element> c = children(e, tag);
    return c.isEmpty() ? fallback : c.get(0).getTextContent().strip();
  }

  private static List<Element> children(Element e, String tag) {
    List<Element> out = new ArrayList<>();
    for (Element c : elements(e)) {
      if (c.getTagName().equals(tag)) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Element> elements(Element e) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Element> elementsNamed(Element root, String tag) {
    List<Element> out = new ArrayList<>();
    if (root.getTagName().equals(tag)) {
      out.add(root);
    }
    NodeList nodes = root.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
