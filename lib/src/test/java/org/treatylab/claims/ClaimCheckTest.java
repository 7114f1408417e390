package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClaimCheckTest {
  private static Claim claim(String values, String tolerance) {
    return new Claim("test", "test.x", "line 1", "q", values, "percent", "a", "computable", "states", "how", tolerance, "", "");
  }

  private static ClaimCheck check(Claim c, double... values) {
    return c.evaluate("", "", values);
  }

  @Test
  void exactAllowsOnlyThePapersRounding() {
    assertEquals(Verdict.REPRODUCED, check(claim("36", "exact"), 36.4).verdict());
    assertEquals(Verdict.DIFFERS, check(claim("36", "exact"), 36.6).verdict());
    assertEquals(0.05, Tolerance.halfUnitOf(0.1), 1e-12);
  }

  @Test
  void percentagePointsAreAbsolute() {
    assertEquals(Verdict.REPRODUCED, check(claim("56;62", "±0.5 pp"), 56.4, 61.6).verdict());
    ClaimCheck off = check(claim("56;62", "±0.5 pp"), 56.4, 61.2);
    assertEquals(Verdict.DIFFERS, off.verdict());
    assertTrue(off.reason().contains("data 61.2 (outside)"), off.reason());
  }

  @Test
  void boundsAndRelativeTolerances() {
    assertEquals(Verdict.REPRODUCED, check(claim("5426", "lower bound"), 5473).verdict());
    assertEquals(Verdict.DIFFERS, check(claim("5426", "lower bound"), 5000).verdict());
    assertEquals(Verdict.REPRODUCED, check(claim("100", "±10 %"), 109).verdict());
    assertEquals(Verdict.DIFFERS, check(claim("100", "upper bound"), 101).verdict());
  }

  @Test
  void monthsToleranceOnAClaimInYearsAndTestVerdicts() {
    Claim year = new Claim("t", "t.y", "l", "q", "1", "years", "a", "computable", "events", "h", "±2 months", "", "");
    assertEquals(Verdict.REPRODUCED, check(year, 11.5 / 12).verdict());
    assertEquals(Verdict.DIFFERS, check(year, 15.0 / 12).verdict());
    Claim p = new Claim("t", "t.p", "l", "q", "0.05", "significance level (p > 0.05)", "a", "computable", "x", "h",
        "verdict (p >= 0.05)", "", "");
    assertEquals(Verdict.REPRODUCED, check(p, 0.63).verdict());
    assertEquals(Verdict.DIFFERS, check(p, 0.01).verdict());
  }

  @Test
  void wrongNumberOfValuesOrANonNumberIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> check(claim("56;62", "±1 pp"), 56));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> check(claim("56", "exact"), Double.NaN));
    assertTrue(e.getMessage().contains("notComputable"), e.getMessage());
  }

  @Test
  void aLedgerRecordsOnlyItsOwnChecksAndListsEveryClaim() {
    Ledger varda = Ledger.of("varda2025");
    Ledger other = Ledger.of("varda2025");
    varda.check("mbt.164-signatories", "States Parties at the end of 2024", 164);
    assertEquals(1, varda.checks().size());
    assertTrue(other.checks().isEmpty(), "a second ledger must not see the first's checks");
    PaperLedger report = varda.report();
    Table table = report.table();
    assertEquals(Claims.of("varda2025").size(), table.rowCount());
    // every other computable claim is listed as not checked by this ledger
    assertTrue(table.stringColumn("verdict").asList().contains("not checked"));
    assertFalse(report.summary().isEmpty());
  }

  @Test
  void notComparableAndNotComputableSayWhy() {
    Ledger essay = Ledger.of("russia-essay");
    ClaimCheck nc = essay.notComparable("chechnya.deaths-2005", "2002 casualties (killed and injured)", "x", 5695);
    assertEquals(Verdict.NOT_COMPARABLE, nc.verdict());
    assertTrue(nc.reason().contains("2002 casualties"));
    ClaimCheck nd = essay.notComputable("chechnya.deaths-2005", "no deaths series for Chechnya", "");
    assertEquals(Verdict.NOT_COMPUTABLE, nd.verdict());
    assertEquals(Verdict.NOT_COMPUTABLE, essay.report().rows().stream()
        .filter(r -> r.claim().id().equals("russia-essay.chechnya.deaths-2005")).findFirst().orElseThrow().verdict());
  }

  @Test
  void checkingAClaimMarkedNotComputableIsRefused() {
    Ledger petrova = Ledger.of("petrova2019");
    Claim notComputable = Claims.of("petrova2019").claims().stream().filter(c -> !c.isComputable()).findFirst().orElseThrow();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> petrova.check(notComputable.id(), "x", 1));
    assertTrue(e.getMessage().contains("not-computable"), e.getMessage());
  }

  @Test
  void unknownClaimAndUnknownPaperNameTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ledger.of("petrova"));
    assertTrue(e.getMessage().contains("petrova2019"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Ledger.of("petrova2019").claim("no.such"));
    assertTrue(e.getMessage().contains("petrova2019.no.such"), e.getMessage());
  }

  @Test
  void robustnessKeepsTheClaimsToleranceAndMarksTheLedgersDefinition() {
    Robustness r = Robustness.of(claim("51;54", "±0.5 pp"), 0, "window")
        .add("24 months", 47.9).ledgers("30 months", 50.6).add("36 months", 51.7).build();
    assertEquals(1, r.reproducing());
    assertEquals(List.of(false, true, false), r.rows().stream().map(Robustness.Row::ledgers).toList());
    assertTrue(r.summary().contains("1 of 3 definitions reproduce 51"), r.summary());
    assertThrows(IllegalArgumentException.class, () -> Robustness.of(claim("51", "exact"), 1, "w"));
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> Robustness.of(claim("51", "exact"), 0, "w").add("no instruments", Double.NaN));
    assertTrue(nan.getMessage().contains("no instruments"), nan.getMessage());
  }

  @Test
  void theSchemaIsTheOneRowEveryToolReads() {
    assertEquals(List.of("reproduced", "differs", "not comparable", "not computable", "no public record", "arithmetic only", "not checked"), LedgerSchema.verdicts());
    for (Verdict v : Verdict.values()) {
      assertEquals(v, Verdict.ofLabel(v.label()));
    }
    PaperLedger.Row row = Ledger.of("varda2025").report().rows().get(0);
    assertEquals(LedgerSchema.fields(), List.copyOf(row.fields("nb").keySet()));
    assertTrue(LedgerSchema.fields().containsAll(LedgerSchema.expectedFields()));
  }
}
