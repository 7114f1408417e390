package org.treatylab.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one row schema of the claims ledger, declared once in {@code org/treatylab/claims/ledger-schema.json}
 * and read both here and by the Python tools that collect, compare and publish the ledger
 * ({@code tools/run_notebooks.py}, {@code tools/make_site.py}).
 */
public final class LedgerSchema {
  /** The resource path, relative to {@code lib/src/main/resources}. */
  public static final String RESOURCE = "/org/treatylab/claims/ledger-schema.json";
  private static final JsonNode SCHEMA = load();

  private LedgerSchema() {}

  /** Returns the ledger's field names, in order. */
  public static List<String> fields() {
    return names(SCHEMA.get("fields"));
  }

  /** Returns the verdict labels, in order. */
  public static List<String> verdicts() {
    List<String> out = new ArrayList<>();
    SCHEMA.get("verdicts").forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Returns the fields of the committed expected-ledger file. */
  public static List<String> expectedFields() {
    List<String> out = new ArrayList<>();
    SCHEMA.get("expected").forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> names(JsonNode fields) {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(f.get("name").asText()));
    return out;
  }

  private static JsonNode load() {
    try (InputStream in = LedgerSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is not on the classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
