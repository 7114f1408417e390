package org.treatylab.data.importer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** Test fixtures: small classpath resources named for their case, and a tiny name-to-ISO3 map. */
final class Fixtures {
  /** The shared folder as seen from the lib module (Maven runs tests in lib/). */
  static final Path SHARED = Path.of("..", "..", "shared");

  /** A test stand-in for the state name resolver: knows a handful of names, throws on the rest. */
  static final Function<String, String> ISO3_OF = name -> {
    String iso3 = Map.of("Mozambique", "MOZ", "Angola", "AGO", "Benin", "BEN", "Norway", "NOR", "Cambodia", "KHM")
        .get(name);
    if (iso3 == null) {
      throw new IllegalArgumentException("test map has no '" + name + "'");
    }
    return iso3;
  };

  private Fixtures() {}

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
