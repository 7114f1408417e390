package org.treatylab.kernel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The kernel's layers: the kernel class and its wiring (the root package {@code org.treatylab.kernel})
 * on top; {@code magics}, {@code eval}, {@code io}, {@code protocol}, {@code spi} and {@code config}
 * below it, never importing it; no cycle between any two packages of the kernel (the root package
 * included). The same rules are run against a small test-only set of classes that breaks both
 * ({@code org.treatylab.archfixture}), to show that they can fail.
 */
class KernelLayersTest {
  private static final String KERNEL = "org.treatylab.kernel";
  private static final String FIXTURE = "org.treatylab.archfixture";

  /** Packages below the kernel class: they must not import the root package. */
  private static final String[] LOWER = {"magics", "eval", "io", "protocol", "spi", "config"};

  static ArchRule lowerLayersDoNotImportTheKernel(String root) {
    String[] lower = new String[LOWER.length];
    for (int i = 0; i < LOWER.length; i++) {
      lower[i] = root + "." + LOWER[i] + "..";
    }
    return noClasses()
        .that()
        .resideInAnyPackage(lower)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root)
        .because("magics, evaluation, streams and sockets see the kernel through " + root
            + ".spi, so that they can be tested and replaced without it (issue 22)");
  }

  /**
   * No cycles between the kernel's packages. Slices are the first package level below {@code root},
   * and the root package is a slice of its own (ArchUnit's {@code matching("root.(*)..")} would leave
   * it out, and with it every cycle through the kernel class).
   */
  static ArchRule noPackageCycles(String root) {
    SliceAssignment byPackage =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals(root)) {
              return SliceIdentifier.of("(root)");
            }
            if (pkg.startsWith(root + ".")) {
              String rest = pkg.substring(root.length() + 1);
              int dot = rest.indexOf('.');
              return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }
            return SliceIdentifier.ignore();
          }

          @Override
          public String getDescription() {
            return "packages of " + root + " (the root package as one)";
          }
        };
    return slices().assignedFrom(byPackage).should().beFreeOfCycles();
  }

  private static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(KERNEL);
  }

  private static JavaClasses fixture() {
    return new ClassFileImporter().importPackages(FIXTURE);
  }

  @Test
  void magicsEvalIoProtocolNeverImportTheKernelClass() {
    lowerLayersDoNotImportTheKernel(KERNEL).check(mainClasses());
  }

  @Test
  void theKernelsPackagesHaveNoCycles() {
    noPackageCycles(KERNEL).check(mainClasses());
  }

  @Test
  void theLayerRuleReportsAPlantedViolation() {
    EvaluationResult result = lowerLayersDoNotImportTheKernel(FIXTURE).evaluate(fixture());
    assertTrue(result.hasViolation(), "a magic importing the kernel class must be reported");
    String report = result.getFailureReport().toString();
    assertTrue(report.contains(FIXTURE + ".magics.BadMagic") && report.contains(FIXTURE + ".FakeKernel"), report);
    assertFalse(report.contains("GoodMagic"), "a magic using only the spi is fine: " + report);
  }

  @Test
  void theCycleRuleReportsPlantedCycles() {
    EvaluationResult result = noPackageCycles(FIXTURE).evaluate(fixture());
    assertTrue(result.hasViolation(), "planted cycles must be reported");
    String report = result.getFailureReport().toString();
    // through the root package: FakeKernel -> magics.BadMagic -> FakeKernel
    assertTrue(report.contains("(root)") && report.contains("magics"), report);
    // between two lower packages: eval.Evaluates -> io.Streams -> eval.Evaluates
    assertTrue(report.contains(FIXTURE + ".eval.Evaluates") && report.contains(FIXTURE + ".io.Streams"), report);
  }
}
