package org.treatylab.kernel.magics;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.treatylab.kernel.config.Env;

/**
 * Resolves Maven coordinates to jar files with Maven Resolver, including every transitive runtime
 * dependency (IJava's {@code %maven} is reported to lose them), through Maven's local repository so
 * that what Maven already downloaded is reused.
 */
public final class MavenResolver {
  /** Maven Central, always consulted. */
  static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  private final RepositorySystem system;
  private final Path localRepo;
  private final List<RemoteRepository> remotes;

  /** Creates a resolver using the local repository and remotes from the environment ({@link Env}). */
  public MavenResolver() {
    this(java.util.Map.of());
  }

  /**
   * Creates a resolver that also looks in {@code extra} repositories (id to URL, from
   * {@code %mavenRepo} or a POM), before Maven Central, as Maven puts a POM's repositories first.
   */
  public MavenResolver(java.util.Map<String, String> extra) {
    this.system = new RepositorySystemSupplier().get();
    this.localRepo =
        Path.of(
            Env.get(
                Env.MAVEN_LOCAL_REPO,
                System.getProperty(
                    "maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString())));
    this.remotes = new ArrayList<>();
    extra.forEach((id, url) -> remotes.add(new RemoteRepository.Builder(id, "default", url).build()));
    remotes.add(new RemoteRepository.Builder("central", "default", CENTRAL).build());
    for (String pair : Env.get(Env.MAVEN_REMOTES, "").split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        remotes.add(
            new RemoteRepository.Builder(pair.substring(0, eq).trim(), "default", pair.substring(eq + 1).trim())
                .build());
      }
    }
  }

  /**
   * Returns the jar files of the given artifacts and all their compile and runtime dependencies.
   *
   * @param coordinates {@code group:artifact:version} (or with extension/classifier, as Maven writes them)
   * @throws IllegalArgumentException when coordinates are malformed or cannot be resolved, naming which
   */
  public List<File> resolve(List<String> coordinates) {
    CollectRequest collect = new CollectRequest();
    for (String c : coordinates) {
      DefaultArtifact artifact;
      try {
        artifact = new DefaultArtifact(c.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + c + "' is not a Maven coordinate: write group:artifact:version, e.g."
                + " org.apache.commons:commons-text:1.12.0");
      }
      collect.addDependency(new Dependency(artifact, JavaScopes.RUNTIME));
    }
    collect.setRepositories(remotes);
    try (RepositorySystemSession.CloseableSession session =
        new SessionBuilderSupplier(system).get().withLocalRepositoryBaseDirectories(localRepo).build()) {
      DependencyRequest request = new DependencyRequest(collect, null);
      List<File> jars = new ArrayList<>();
      for (ArtifactResult r : system.resolveDependencies(session, request).getArtifactResults()) {
        if (r.getArtifact() != null && r.getArtifact().getPath() != null) {
          jars.add(r.getArtifact().getPath().toFile());
        }
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new IllegalArgumentException("could not resolve " + coordinates + ": " + e.getMessage(), e);
    }
  }
}
