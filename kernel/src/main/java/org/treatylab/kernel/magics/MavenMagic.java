package org.treatylab.kernel.magics;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.treatylab.kernel.spi.CellHost;

/**
 * {@code %maven group:artifact:version ...}: resolves the artifacts with their transitive dependencies
 * (Maven Central, {@code TREATYLAB_KERNEL_MAVEN_REMOTES} and {@code %mavenRepo} repositories) and adds
 * them for cells. Returns the jars' file names.
 */
public final class MavenMagic implements LineMagic<List<String>, BaseKernel> {
  @Override
  public List<String> eval(BaseKernel kernel, List<String> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("usage: %maven group:artifact:version ...");
    }
    return MavenRepositories.addArtifacts(CellHost.of(kernel), args);
  }
}
