package org.treatylab.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: data → analysis → charts → export; claims and teaching on top of those;
 * display (the notebook renderers, which show tables, charts, claim checks and exercise feedback) at
 * the very top. A class that imports against the direction fails this test with its name.
 */
class DependencyDirectionTest {
  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.treatylab");

  @Test
  void layersPointOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("data").definedBy("org.treatylab.data..")
        .layer("analysis").definedBy("org.treatylab.analysis..")
        .layer("charts").definedBy("org.treatylab.charts..")
        .layer("export").definedBy("org.treatylab.export..")
        .layer("display").definedBy("org.treatylab.display..")
        .layer("claims").definedBy("org.treatylab.claims..")
        .layer("teaching").definedBy("org.treatylab.teaching..")
        .whereLayer("display").mayNotBeAccessedByAnyLayer()
        .whereLayer("teaching").mayOnlyBeAccessedByLayers("display")
        .whereLayer("claims").mayOnlyBeAccessedByLayers("display", "teaching")
        .whereLayer("export").mayOnlyBeAccessedByLayers("display", "claims", "teaching")
        .whereLayer("charts").mayOnlyBeAccessedByLayers("export", "display", "claims", "teaching")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("charts", "export", "display", "claims", "teaching")
        .check(LIBRARY);
  }
}
