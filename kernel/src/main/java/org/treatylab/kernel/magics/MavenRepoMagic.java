package org.treatylab.kernel.magics;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

/** {@code %mavenRepo id url}: later {@code %maven} and {@code %loadFromPOM} also look there. */
public final class MavenRepoMagic implements LineMagic<Void, BaseKernel> {
  @Override
  public Void eval(BaseKernel kernel, List<String> args) {
    if (args.size() != 2) {
      throw new IllegalArgumentException("usage: %mavenRepo <id> <url>, e.g. %mavenRepo jitpack https://jitpack.io");
    }
    MavenRepositories.add(args.get(0), args.get(1));
    System.out.println("Maven repository '" + args.get(0) + "' added: " + args.get(1));
    return null;
  }
}
