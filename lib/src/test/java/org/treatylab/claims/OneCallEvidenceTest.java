package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatylab.testing.Refusals.refuses;
import static org.treatylab.testing.Refusals.refusesNull;

import org.junit.jupiter.api.Test;
import org.treatylab.data.Evidence;

/** One-call checks of claims-evidence values: the row's value spelled out, and the inputs refused. */
class OneCallEvidenceTest {

  @Test
  void anEvidenceValueIsTheRowsValueWithTheQuantityGiven() {
    Evidence.Value blast = Evidence.value("russia.blast-mine-production-stop");
    Computed c = Definitions.evidenceValue("year stated", "russia.blast-mine-production-stop");
    assertEquals(Computed.numbers("year stated", "claims_evidence row russia.blast-mine-production-stop", blast.value()), c);
    Computed two = Definitions.evidenceValue("deaths", "chechnya.killed.2005.lm2007", "chechnya.casualties.2002.lm2003");
    assertEquals("claims_evidence rows chechnya.killed.2005.lm2007, chechnya.casualties.2002.lm2003", two.rowsUsed());
    assertArrayEquals(new double[] {Evidence.value("chechnya.killed.2005.lm2007").value()}, two.values());
  }

  @Test
  void anotherQuantityIsNotComparableAndAComplementIsHundredMinusThePercentage() {
    Computed other = Definitions.evidenceOtherQuantity("an estimate by all sides", "chechnya.mines-estimate.2002");
    assertEquals(Computed.Kind.NOT_COMPARABLE, other.kind());
    assertArrayEquals(new double[] {Evidence.value("chechnya.mines-estimate.2002").value()}, other.values());
    Evidence.Value inRussia = Evidence.value("soviet-military-complex.share-in-russia");
    assertEquals("percent", inRussia.unit());
    assertArrayEquals(new double[] {100 - inRussia.value()},
        Definitions.evidenceComplement("outside", "soviet-military-complex.share-in-russia").values());
    assertEquals(Verdict.NOT_COMPARABLE, Ledger.of("russia-essay").check("chechnya.500000-mines-1994-2001", other).verdict());
  }

  @Test
  void evidenceDefinitionsRefuseUnknownRowsBlankWordsAndNonPercentComplements() {
    refuses(IllegalArgumentException.class,
        () -> Definitions.evidenceValue("year", "russia.blast-mine-production-stopp"), "russia.blast-mine-production-stop");
    refuses(IllegalArgumentException.class,
        () -> Definitions.evidenceValue("deaths", "chechnya.killed.2005.lm2007", "no.such.row"), "no.such.row");
    refuses(IllegalArgumentException.class,
        () -> Definitions.evidenceValue(" ", "russia.blast-mine-production-stop"), "quantity is blank");
    refusesNull(() -> Definitions.evidenceOtherQuantity(null, "chechnya.mines-estimate.2002"), "whatItMeasures");
    refuses(IllegalArgumentException.class,
        () -> Definitions.evidenceComplement("outside", "russia.blast-mine-production-stop"), "not percent");
  }
}
