package org.treatylab.data.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Tiny UNTC-like pages under {@code src/test/resources/untc/}, and what the importer needs to read them. */
final class Fixtures {
  private Fixtures() {}

  static String page(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/untc/" + name)) {
      if (in == null) {
        throw new IllegalStateException("fixture missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final StateNameResolver NAMES = StateNameResolver.builder()
      .add("Canada", "CAN").add("Estonia", "EST").add("Poland", "POL").build();

  static final UntcTreatyImporter.CatalogEntry ENTRY = new UntcTreatyImporter.CatalogEntry(
      "test", "untc/test.html", "Test", "test", 40, EntryIntoForceRule.FIRST_DAY_OF_SIXTH_MONTH, "fixture", 1);

  /** Parses a fixture and validates its rows as the importer does. */
  static List<UntcTreatyImporter.Participation> importFixture(String name) {
    UntcStatusPage page = UntcStatusPageParser.parse(name, page(name));
    UntcTreatyImporter importer = new UntcTreatyImporter(null, NAMES, Set.of("CAN", "EST", "POL"));
    return importer.participants(page, ENTRY, new ImportReport("test"));
  }
}
