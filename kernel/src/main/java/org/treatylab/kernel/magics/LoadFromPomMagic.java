package org.treatylab.kernel.magics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.spi.CellHost;

/**
 * {@code %loadFromPOM pom.xml} and a {@code %%loadFromPOM} cell of {@code <dependency>} elements: adds
 * the dependencies of a POM (and uses its repositories). Returns the jars' file names.
 */
public final class LoadFromPomMagic
    implements LineMagic<List<String>, BaseKernel>, CellMagic<List<String>, BaseKernel> {
  @Override
  public List<String> eval(BaseKernel kernel, List<String> args) throws IOException {
    if (args.size() != 1) {
      throw new IllegalArgumentException(
          "usage: %loadFromPOM <pom.xml>, or a %%loadFromPOM cell of <dependency> elements");
    }
    Path pom = Path.of(args.get(0));
    return load(CellHost.of(kernel), TextFiles.readText(pom), pom.toString());
  }

  @Override
  public List<String> eval(BaseKernel kernel, List<String> args, String body) {
    return load(CellHost.of(kernel), body, "the cell");
  }

  private static List<String> load(CellHost host, String xml, String where) {
    PomFragment pom = PomFragment.parse(xml, where);
    pom.repositories().forEach(MavenRepositories::add);
    if (pom.coordinates().isEmpty()) {
      System.out.println("no dependencies in " + where);
      return List.of();
    }
    return MavenRepositories.addArtifacts(host, pom.coordinates());
  }
}
