package org.treatylab.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatylab.data.Claims;
import org.treatylab.data.Paper;
import tech.tablesaw.api.Table;

class ClaimCheckTest {
  private static Claim claim(String values, String tolerance) {
    return new Claim("test", "test.x", "line 1", "q", values, "percent", "a", "computable", "states", "how", tolerance, "");
  }

  @Test
  void exactAllowsThePapersRounding() {
    assertEquals(ClaimCheck.Verdict.REPRODUCED, claim("36", "exact").check(36.4).verdict());
    assertEquals(ClaimCheck.Verdict.DIFFERS, claim("36", "exact").check(36.6).verdict());
    assertEquals(0.05, Tolerance.halfUnitOf(0.1), 1e-12);
  }

  @Test
  void percentagePointsAreAbsolute() {
    assertEquals(ClaimCheck.Verdict.REPRODUCED, claim("56;62", "±1 pp").check(56.8, 61.2).verdict());
    ClaimCheck off = claim("56;62", "±1 pp").check(56.8, 58.5);
    assertEquals(ClaimCheck.Verdict.DIFFERS, off.verdict());
    assertTrue(off.reason().contains("data 58.5 (outside)"), off.reason());
  }

  @Test
  void boundsAndRelativeTolerances() {
    assertEquals(ClaimCheck.Verdict.REPRODUCED, claim("5426", "lower bound").check(5473).verdict());
    assertEquals(ClaimCheck.Verdict.DIFFERS, claim("5426", "lower bound").check(5000).verdict());
    assertEquals(ClaimCheck.Verdict.REPRODUCED, claim("100", "±10 %").check(109).verdict());
    assertEquals(ClaimCheck.Verdict.DIFFERS, claim("100", "upper bound").check(101).verdict());
  }

  @Test
  void monthsToleranceOnAClaimInYearsAndTestVerdicts() {
    Claim year = new Claim("t", "t.y", "l", "q", "1", "years", "a", "computable", "events", "h", "±2 months", "");
    assertEquals(ClaimCheck.Verdict.REPRODUCED, year.check(11.5 / 12).verdict());
    assertEquals(ClaimCheck.Verdict.DIFFERS, year.check(15.0 / 12).verdict());
    Claim p = new Claim("t", "t.p", "l", "q", "0.05", "significance level (p > 0.05)", "a", "computable", "x", "h",
        "verdict (p >= 0.05)", "");
    assertEquals(ClaimCheck.Verdict.REPRODUCED, p.check(0.63).verdict());
    assertEquals(ClaimCheck.Verdict.DIFFERS, p.check(0.01).verdict());
  }

  @Test
  void wrongNumberOfValuesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> claim("56;62", "±1 pp").check(56));
  }

  @Test
  void ledgerListsEveryClaimOfThePaperWithItsStatus() {
    Ledger.clear();
    Claim sixtyFour = Claims.of(Paper.VARDA_POPADIC_2025).claim("varda2025.mbt.164-signatories");
    sixtyFour.check("parties at the end of 2024", 164);
    Table ledger = Ledger.of(Paper.VARDA_POPADIC_2025);
    assertEquals(Claims.of(Paper.VARDA_POPADIC_2025).size(), ledger.rowCount());
    assertTrue(ledger.stringColumn("verdict").asList().contains("reproduced"));
    assertTrue(ledger.stringColumn("verdict").asList().contains("not computable"));
    assertFalse(Ledger.summary(Paper.VARDA_POPADIC_2025).isEmpty());
  }
}
