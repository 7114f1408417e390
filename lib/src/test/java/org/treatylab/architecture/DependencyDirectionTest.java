package org.treatylab.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (see {@link LibraryLayers} for the map): base → data → analysis (by subject,
 * the subjects apart) → charts → export; claims and teaching on top; display at the very top. A class that
 * imports against the direction fails this test with its name. The rules are also run against a planted
 * violation ({@code planted}: a data class that imports an analysis class, two analysis subjects that import
 * each other), which they must catch.
 */
class DependencyDirectionTest {
  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.treatylab");

  private static final String PLANTED_ROOT = "org.treatylab.architecture.planted";

  private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(PLANTED_ROOT);

  @Test
  void layersPointOneWay() {
    LibraryLayers.layers("org.treatylab").check(LIBRARY);
  }

  @Test
  void noPackageCycles() {
    LibraryLayers.noCycles("org.treatylab").check(LIBRARY);
  }

  @Test
  void plantedViolationsAreCaught() {
    AssertionError layers = assertThrows(AssertionError.class, () -> LibraryLayers.layers(PLANTED_ROOT).check(PLANTED));
    String message = layers.getMessage();
    assertTrue(message.contains("planted.data.PlantedTable") && message.contains("planted.analysis.adoption.PlantedCurve"),
        "the data → analysis import should be named: " + message);
    assertTrue(message.contains("planted.analysis.cost.PlantedCost"),
        "the cost → adoption import should be named: " + message);
    AssertionError cycles = assertThrows(AssertionError.class, () -> LibraryLayers.noCycles(PLANTED_ROOT).check(PLANTED));
    assertTrue(cycles.getMessage().contains("Cycle"), cycles.getMessage());
  }
}
