package org.treatylab.kernel.magics;

import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

/**
 * The kernel's magics, with IJava's names and rules: {@code %classpath} and {@code %jars} add jars,
 * {@code %load} runs a file of cell code or a notebook's code cells, {@code %maven} adds Maven artifacts
 * with their transitive dependencies, {@code %mavenRepo} adds a repository, {@code %loadFromPOM} and
 * {@code %%loadFromPOM} add a POM's dependencies, {@code %time} and {@code %%time} time code. One class
 * per magic; each sees the kernel only through {@link org.treatylab.kernel.spi.CellHost}.
 */
public final class StandardMagics {
  private StandardMagics() {}

  /** Registers every magic on {@code registry} and returns it. */
  public static MagicsRegistry registerAll(MagicsRegistry registry) {
    JarsMagic jars = new JarsMagic();
    LoadFromPomMagic pom = new LoadFromPomMagic();
    TimeMagic time = new TimeMagic();
    return registry
        .registerLineMagic("classpath", jars)
        .registerLineMagic("jars", jars)
        .registerLineMagic("maven", new MavenMagic())
        .registerLineMagic("mavenRepo", new MavenRepoMagic())
        .registerLineMagic("loadFromPOM", pom)
        .registerLineMagic("load", new LoadMagic())
        .registerLineMagic("time", time)
        .registerCellMagic("loadFromPOM", pom)
        .registerCellMagic("time", time);
  }
}
