package org.treatylab.claims;

import org.treatylab.base.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A paper whose checkable claims the project checks, as listed in the data file
 * {@code org/treatylab/claims/papers.csv} (key, full citation, the name of its text file in the shared
 * {@code papers/} folder, the notebook that checks it). Adding a paper is a row there and its claims
 * in {@code claims-source.csv}: no code changes.
 *
 * @param key the short key that prefixes the paper's claim ids, e.g. {@code petrova2019}
 * @param citation the full citation
 * @param textFile the name of the paper's text file in the shared {@code papers/} folder (not shipped)
 * @param notebook the notebook that checks the paper's claims, e.g. {@code 10-petrova-2019}
 */
public record Paper(String key, String citation, String textFile, String notebook) {
  private static final String RESOURCE = "/org/treatylab/claims/papers.csv";
  private static final List<Paper> ALL = load();

  /** Returns every paper, in the order of {@code papers.csv}. */
  public static List<Paper> all() {
    return ALL;
  }

  /**
   * Returns the paper with the given key, e.g. {@code Paper.of("petrova2019")}.
   *
   * @throws IllegalArgumentException naming the known keys when there is no such paper, and the nearest
   *     ("unknown paper key 'petrov2019' (key) — did you mean petrova2019? …")
   */
  public static Paper of(String key) {
    Checks.notNull(key, "key");
    for (Paper p : ALL) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    List<String> keys = ALL.stream().map(Paper::key).toList();
    throw Checks.unknown("paper key", "key", key, keys, "papers.csv");
  }

  private static List<Paper> load() {
    try (InputStream in = Paper.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is not on the classpath");
      }
      Table t = Table.read().csv(CsvReadOptions.builder(in).columnTypesToDetect(List.of(ColumnType.STRING)));
      List<Paper> out = new ArrayList<>();
      for (int r = 0; r < t.rowCount(); r++) {
        out.add(new Paper(t.getString(r, "key"), t.getString(r, "citation"), t.getString(r, "text_file"),
            t.getString(r, "notebook")));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return key;
  }
}
