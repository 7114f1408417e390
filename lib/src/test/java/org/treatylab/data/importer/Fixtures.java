package org.treatylab.data.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Test fixtures: tiny classpath resources named for their case (UNTC-like pages under
 * {@code untc/}, Monitor snippets), small name-to-ISO3 maps, and where the shared sources are.
 */
final class Fixtures {
  private Fixtures() {}

  /** The shared folder as seen from the lib module (Maven runs tests in lib/). */
  static final Path SHARED = Path.of("..", "..", "shared");
  /** The raw sources (shared/sources), absent in a user's bare clone. */
  static final Path SOURCES = SHARED.resolve("sources");
  /** The committed datasets folder. */
  static final Path COMMITTED = Path.of("..", "datasets");
  /** The hand-curated importer inputs. */
  static final CuratedInputs INPUTS = new CuratedInputs(COMMITTED.resolve("curated-inputs"));

  /** Skips the calling test, with a one-line reason, when the raw sources are not beside the project. */
  static void assumeSources() {
    org.junit.jupiter.api.Assumptions.assumeTrue(sharedPresent() && Files.isDirectory(SOURCES.resolve("treaties")),
        "skipped: needs the raw sources in ../shared/sources, which a bare clone does not have");
  }

  // ---- UN Treaty Collection pages

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
    UntcTreatyImporter importer = new UntcTreatyImporter(null, INPUTS, NAMES, Set.of("CAN", "EST", "POL"));
    return importer.participants(page, ENTRY, new ImportReport("test"));
  }

  // ---- Landmine Monitor and events

  /** A test stand-in for the state name resolver: knows a handful of names, throws on the rest. */
  static final Function<String, String> ISO3_OF = name -> {
    String iso3 = Map.of("Mozambique", "MOZ", "Angola", "AGO", "Benin", "BEN", "Norway", "NOR", "Cambodia", "KHM")
        .get(name);
    if (iso3 == null) {
      throw new IllegalArgumentException("test map has no '" + name + "'");
    }
    return iso3;
  };

  static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static MonitorFigures figures() {
    return MonitorFigures.read(path("figures-minimal.md"));
  }

  static boolean sharedPresent() {
    return Files.isDirectory(SHARED.resolve("sources/monitor"));
  }
}
