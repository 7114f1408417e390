package org.treatylab.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The library's layering, stated once for any root package, so that the same rules run against the library
 * ({@code org.treatylab}) and against a planted violation under a test package (which must fail them).
 *
 * <pre>
 *   base  ←  data  ←  analysis.common  ←  analysis.{adoption, cascade, cost, survival}  ←  analysis.panel
 *                                                 ↑
 *                          charts  ←  export  ←  claims  ←  teaching  ←  display
 * </pre>
 *
 * <p>{@code base} (argument checks, the table builder) is below everything and imports nothing of ours. The analysis subjects
 * see {@code data}, {@code analysis.common} and {@code base}, never each other; {@code analysis.panel}
 * (state-year panels) is the one subject allowed to build on another ({@code adoption}: groups, neighbours),
 * and {@code analysis.survival} (event-history models) sees only {@code common} and {@code base}, so it
 * stays usable on any data.
 */
final class LibraryLayers {
  private LibraryLayers() {}

  static LayeredArchitecture layers(String root) {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("base").definedBy(root + ".base..")
        .layer("data").definedBy(root + ".data..")
        .layer("analysis.common").definedBy(root + ".analysis.common..")
        .layer("analysis.adoption").definedBy(root + ".analysis.adoption..")
        .layer("analysis.cascade").definedBy(root + ".analysis.cascade..")
        .layer("analysis.cost").definedBy(root + ".analysis.cost..")
        .layer("analysis.survival").definedBy(root + ".analysis.survival..")
        .layer("analysis.panel").definedBy(root + ".analysis.panel..")
        .layer("charts").definedBy(root + ".charts..")
        .layer("export").definedBy(root + ".export..")
        .layer("claims").definedBy(root + ".claims..")
        .layer("teaching").definedBy(root + ".teaching..")
        .layer("display").definedBy(root + ".display..")
        .whereLayer("display").mayNotBeAccessedByAnyLayer()
        .whereLayer("teaching").mayOnlyBeAccessedByLayers("display")
        .whereLayer("claims").mayOnlyBeAccessedByLayers("display", "teaching")
        .whereLayer("export").mayOnlyBeAccessedByLayers("display", "claims", "teaching")
        .whereLayer("charts").mayOnlyBeAccessedByLayers("export", "display", "claims", "teaching")
        .whereLayer("analysis.panel").mayOnlyBeAccessedByLayers(UPPER)
        .whereLayer("analysis.adoption").mayOnlyBeAccessedByLayers(with(UPPER, "analysis.panel"))
        .whereLayer("analysis.cascade").mayOnlyBeAccessedByLayers(UPPER)
        .whereLayer("analysis.cost").mayOnlyBeAccessedByLayers(UPPER)
        .whereLayer("analysis.survival").mayOnlyBeAccessedByLayers(with(UPPER, "analysis.panel"))
        .whereLayer("analysis.common").mayOnlyBeAccessedByLayers(with(UPPER, ANALYSIS_SUBJECTS))
        .whereLayer("data").mayOnlyBeAccessedByLayers(with(UPPER, ANALYSIS_SUBJECTS))
        .whereLayer("base").mayNotAccessAnyLayer()
        .ensureAllClassesAreContainedInArchitectureIgnoring(root + ".architecture..", root + ".testing..");
  }

  /** No two packages of ours import each other, directly or round a loop. */
  static ArchRule noCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /** The layers above the analysis packages. */
  private static final String[] UPPER = {"charts", "export", "display", "claims", "teaching"};

  private static final String[] ANALYSIS_SUBJECTS = {
      "analysis.adoption", "analysis.cascade", "analysis.cost", "analysis.survival", "analysis.panel"};

  private static String[] with(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
