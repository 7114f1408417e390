package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the Frictionless Data Package descriptor ({@code datasets/datapackage.json}) that describes
 * every curated dataset. Each importer puts its own resources (a CSV's path, schema, sources, caveats);
 * resources of other importers are left as they are, so importers can run in any order. Output is
 * sorted by resource name and has no timestamps, so re-running an importer on the same inputs leaves
 * the file byte-identical.
 *
 * @see <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package spec</a>
 */
public final class DataPackage {
  /** The descriptor's file name inside the datasets folder. */
  public static final String FILE_NAME = "datapackage.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DataPackage() {}

  /** Returns a new, empty resource descriptor to fill with {@code name, path, title, schema, sources}. */
  public static ObjectNode newResource() {
    return JSON.createObjectNode();
  }

  /**
   * Returns the CSV dialect every curated file is written in. Declared so that validators read the
   * files as written instead of guessing the delimiter from the first rows (which can guess wrong).
   */
  public static ObjectNode csvDialect() {
    ObjectNode d = JSON.createObjectNode();
    d.put("delimiter", ",");
    d.put("quoteChar", "\"");
    d.put("doubleQuote", true);
    d.put("header", true);
    return d;
  }

  /**
   * Returns a Frictionless license object.
   *
   * @param name an Open Definition / SPDX id (e.g. {@code ODbL-1.0}), or null where no open licence is known
   * @param path the address of the licence or of the source's terms
   * @param title the terms in words
   */
  public static ObjectNode license(String name, String path, String title) {
    ObjectNode l = JSON.createObjectNode();
    if (name != null) {
      l.put("name", name);
    }
    l.put("path", path);
    l.put("title", title);
    return l;
  }

  /** Returns a new empty JSON array node. */
  public static ArrayNode newArray() {
    return JSON.createArrayNode();
  }

  /**
   * Returns a Table Schema field descriptor.
   *
   * @param name column name
   * @param type Frictionless type ({@code string, integer, number, date, boolean, year})
   * @param description what the column holds, with its unit
   * @param required whether every row must have a value
   */
  public static ObjectNode field(String name, String type, String description, boolean required) {
    ObjectNode f = JSON.createObjectNode();
    f.put("name", name);
    f.put("type", type);
    f.put("description", description);
    if (required) {
      f.putObject("constraints").put("required", true);
    }
    return f;
  }

  /**
   * Writes the descriptor in {@code datasetsDir} afresh with exactly these resources (sorted by name),
   * so that a full import leaves no stale resource behind.
   */
  public static void writeResources(Path datasetsDir, List<ObjectNode> resources) {
    try {
      Files.deleteIfExists(datasetsDir.resolve(FILE_NAME));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    putResources(datasetsDir, resources);
  }

  /**
   * Adds or replaces resources (matched by {@code name}) in the descriptor in {@code datasetsDir},
   * creating the descriptor when it does not exist, and writes it back sorted by resource name.
   */
  public static void putResources(Path datasetsDir, List<ObjectNode> resources) {
    Path file = datasetsDir.resolve(FILE_NAME);
    try {
      ObjectNode root;
      if (Files.exists(file)) {
        root = (ObjectNode) JSON.readTree(file.toFile());
      } else {
        root = JSON.createObjectNode();
      }
      root.put("profile", "tabular-data-package");
      root.put("name", "treatylab-datasets");
      root.put("title", "Curated datasets on the landmine and cluster-munition bans (treatylab)");
      root.put(
          "description",
          "Built by the importers in lib/src/main/java/org/treatylab/data/importer from primary sources "
              + "(UN Treaty Collection status pages, Landmine Monitor reports, conference records). "
              + "Every row carries a source reference.");
      ArrayNode licenses = root.putArray("licenses");
      ObjectNode lic = licenses.addObject();
      lic.put("path", "README.md");
      lic.put(
          "title",
          "Facts compiled from public records under the terms of their sources; each resource's 'licenses' "
              + "states those terms and its 'sources' names the origin. No open licence is claimed for data "
              + "whose source gives none.");
      List<ObjectNode> all = new ArrayList<>();
      if (root.has("resources")) {
        root.get("resources").forEach(r -> all.add((ObjectNode) r));
      }
      for (ObjectNode r : resources) {
        String name = r.get("name").asText();
        all.removeIf(old -> old.get("name").asText().equals(name));
        all.add(r);
      }
      all.sort(Comparator.comparing(r -> r.get("name").asText()));
      ArrayNode arr = root.putArray("resources");
      all.forEach(arr::add);
      Files.createDirectories(datasetsDir);
      Files.writeString(
          file, JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
