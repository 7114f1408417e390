package org.treatylab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import org.treatylab.base.Checks;

/**
 * Where the curated datasets live and how they are read.
 *
 * <p>The curated CSVs and their Frictionless {@code datapackage.json} sit in the project's top-level
 * {@code datasets/} folder and are packaged into the library jar, so a notebook needs nothing else.
 * Setting the system property {@value #DIR_PROPERTY} or the environment variable {@value #DIR_ENV} to a
 * folder reads the datasets from there instead (for example after re-running an importer on newer
 * sources).
 */
public final class Datasets {
  /** System property naming a datasets folder that overrides the packaged copy. */
  public static final String DIR_PROPERTY = "treatylab.datasets";
  /** Environment variable naming a datasets folder that overrides the packaged copy. */
  public static final String DIR_ENV = "TREATYLAB_DATASETS";
  /** Classpath folder of the packaged datasets. */
  public static final String RESOURCE_ROOT = "/org/treatylab/datasets/";

  /** Longest field the CSV reader accepts (characters). */
  static final int MAX_CHARS_PER_FIELD = 1 << 16;

  private static final Map<String, Table> CACHE = new ConcurrentHashMap<>();
  /** The resources of datapackage.json, read on first use ({@link #resources()}). */
  private static volatile java.util.List<com.fasterxml.jackson.databind.JsonNode> resources;
  /** Bumped by {@link #clearCache()}, so that objects built from the tables (treaties, states) are rebuilt. */
  private static final java.util.concurrent.atomic.AtomicLong GENERATION = new java.util.concurrent.atomic.AtomicLong();

  private Datasets() {}

  /**
   * Returns the folder that overrides the packaged datasets, or {@code null} when the packaged copy is
   * used.
   */
  public static Path overrideDir() {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(DIR_ENV);
    }
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /**
   * Opens a dataset file by name (e.g. {@code "treaties.csv"}), from the override folder if one is set,
   * else from the library jar.
   *
   * @param fileName the file in the datasets folder, not null
   * @throws UncheckedIOException if the file does not exist in either place, naming the nearest file
   *     {@code datapackage.json} describes ("dataset 'treaty.csv' is not packaged in the library … — did
   *     you mean treaties.csv?")
   */
  public static InputStream open(String fileName) {
    Checks.notNull(fileName, "fileName");
    Path dir = overrideDir();
    if (dir == null) {
      InputStream in = Datasets.class.getResourceAsStream(RESOURCE_ROOT + fileName);
      if (in == null) {
        String message = "dataset '" + fileName + "' (fileName) is not packaged in the library (looked in "
            + RESOURCE_ROOT + ")" + suggestPath(fileName) + "; or set -D" + DIR_PROPERTY + "=<datasets folder>";
        throw new UncheckedIOException(message, new java.io.FileNotFoundException(RESOURCE_ROOT + fileName));
      }
      return in;
    }
    try {
      return Files.newInputStream(dir.resolve(fileName));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("dataset '" + fileName + "' (fileName) is not in the datasets folder " + dir
          + " (set by -D" + DIR_PROPERTY + " or " + DIR_ENV + ")" + suggestPath(fileName), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns " — did you mean treaties.csv?" for the file {@code datapackage.json} describes nearest to
   * {@code fileName}, or "" when none is near or datapackage.json itself cannot be read.
   */
  private static String suggestPath(String fileName) {
    if (fileName.equals("datapackage.json")) {
      return "";
    }
    try {
      return Checks.nearest(fileName.strip(), resourcePaths()).map(p -> " — did you mean " + p + "?").orElse("");
    } catch (UncheckedIOException e) {
      return "";
    }
  }

  /** Returns the paths of the resources {@code datapackage.json} describes, in its order. */
  static java.util.List<String> resourcePaths() {
    return resources().stream().map(r -> r.path("path").asText()).toList();
  }

  /**
   * Returns the resources {@code datapackage.json} describes, in its order; read once and kept until
   * {@link #clearCache()}, since every typed read and every {@link CuratedTable} consults it.
   */
  static java.util.List<com.fasterxml.jackson.databind.JsonNode> resources() {
    java.util.List<com.fasterxml.jackson.databind.JsonNode> r = resources;
    if (r == null) {
      java.util.List<com.fasterxml.jackson.databind.JsonNode> read = new java.util.ArrayList<>();
      try (InputStream in = open("datapackage.json")) {
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("resources").forEach(read::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      r = java.util.List.copyOf(read);
      resources = r;
    }
    return r;
  }

  /**
   * Returns a curated CSV as a Tablesaw table. Every column is read as text unless {@code types}
   * gives its type in file order; callers that need typed columns pass the types, so that no type is
   * guessed from the data. The table is cached: callers get a copy they may change.
   *
   * @param fileName the CSV file in the datasets folder, e.g. {@code "treaty_participation.csv"}
   * @param types the column types in file order, or none to read every column as text
   */
  public static Table csv(String fileName, ColumnType... types) {
    String key = fileName + "|" + java.util.Arrays.toString(types);
    Table cached =
        CACHE.computeIfAbsent(
            key,
            k -> {
              try (InputStream in = open(fileName)) {
                CsvReadOptions.Builder options =
                    CsvReadOptions.builder(in)
                        .tableName(fileName)
                        .missingValueIndicator("")
                        // end notes quoted in the treaty datasets exceed Tablesaw's default 4096
                        .maxCharsPerColumn(MAX_CHARS_PER_FIELD);
                if (types.length > 0) {
                  options.columnTypes(types);
                } else {
                  options.columnTypes(columnName -> ColumnType.STRING);
                }
                return Table.read().usingOptions(options.build());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return cached.copy();
  }

  /**
   * Returns a curated CSV as a Tablesaw table with its columns typed as its {@code datapackage.json}
   * schema declares them (integer, number, boolean, date; everything else text), so no type is guessed
   * from the data and no loader keeps its own list of types.
   *
   * @param fileName the CSV file, e.g. {@code "treaty_participation.csv"}
   * @throws IllegalArgumentException when datapackage.json describes no resource with that path (naming
   *     the nearest one and listing them), or its
   *     schema's fields differ from the file's header
   */
  public static Table typed(String fileName) {
    return csv(fileName, columnTypes(fileName));
  }

  /** Returns the Tablesaw types of a resource's columns, in file order, from its Table Schema. */
  static ColumnType[] columnTypes(String fileName) {
    com.fasterxml.jackson.databind.JsonNode resource = resourceByPath(fileName);
    java.util.List<ColumnType> types = new java.util.ArrayList<>();
    resource.path("schema").path("fields").forEach(f -> types.add(columnType(f.path("type").asText())));
    return types.toArray(ColumnType[]::new);
  }

  /** Returns the datapackage.json resource whose path is {@code fileName}. */
  static com.fasterxml.jackson.databind.JsonNode resourceByPath(String fileName) {
    Checks.notNull(fileName, "fileName");
    for (com.fasterxml.jackson.databind.JsonNode r : resources()) {
      if (r.path("path").asText().equals(fileName)) {
        return r;
      }
    }
    throw new IllegalArgumentException("datapackage.json describes no resource with path '" + fileName + "' (fileName)"
        + suggestPath(fileName) + "; it describes " + resourcePaths());
  }

  /** The Tablesaw type of a Frictionless field type. */
  static ColumnType columnType(String frictionless) {
    return switch (frictionless) {
      case "integer" -> ColumnType.INTEGER;
      case "number" -> ColumnType.DOUBLE;
      case "boolean" -> ColumnType.BOOLEAN;
      case "date" -> ColumnType.LOCAL_DATE;
      default -> ColumnType.STRING;
    };
  }

  /** Forgets cached tables, so the next read sees files changed on disk. */
  public static void clearCache() {
    CACHE.clear();
    resources = null;
    GENERATION.incrementAndGet();
  }

  /** Returns a number that changes whenever {@link #clearCache()} runs; caches of derived objects compare it. */
  static long generation() {
    return GENERATION.get();
  }
}
