package org.treatylab.kernel.magics;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatylab.kernel.spi.CellHost;

/**
 * The Maven repositories the kernel's Maven magics share ({@code %mavenRepo} and a POM's
 * {@code <repositories>} add to them), and adding resolved artifacts to the cells' class path.
 */
final class MavenRepositories {
  /** Repositories added with {@code %mavenRepo} or a POM's {@code <repositories>}: id to URL. */
  private static final Map<String, String> ADDED = new LinkedHashMap<>();

  private MavenRepositories() {}

  /** Adds repository {@code id} at {@code url} (http, https or file) for later resolutions. */
  static synchronized void add(String id, String url) {
    try {
      String scheme = new URI(url).getScheme();
      if (scheme == null || !List.of("http", "https", "file").contains(scheme.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "repository '" + id + "': '" + url + "' is not an http(s):// or file:// URL");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("repository '" + id + "': '" + url + "' is not a URL: " + e.getMessage());
    }
    ADDED.put(id, url);
  }

  private static synchronized Map<String, String> snapshot() {
    return new LinkedHashMap<>(ADDED);
  }

  /** Resolves the coordinates with their dependencies, adds the jars for cells; returns the jars' names. */
  static List<String> addArtifacts(CellHost host, List<String> coordinates) {
    List<File> jars = new MavenResolver(snapshot()).resolve(coordinates);
    host.addToClasspath(jars.stream().map(File::getAbsolutePath).collect(Collectors.joining(File.pathSeparator)));
    List<String> names = jars.stream().map(File::getName).collect(Collectors.toList());
    System.out.println("added " + names.size() + " jars: " + String.join(", ", names));
    return names;
  }
}
