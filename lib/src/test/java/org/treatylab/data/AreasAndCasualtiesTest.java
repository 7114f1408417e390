package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The areas dataset and the casualty total a later report implies. */
class AreasAndCasualtiesTest {
  @Test
  void chechnyaShareOfRussiaIsComputedFromTheRows() {
    Areas.Share s = Areas.share("chechnya", "russia");
    assertEquals(100 * Areas.km2("chechnya") / Areas.km2("russia"), s.percent(), 1e-12);
    assertTrue(s.percent() > 0 && s.percent() < 1);
    assertTrue(s.toString().contains("https://"));
    assertThrows(IllegalArgumentException.class, () -> Areas.km2("atlantis"));
  }

  @Test
  void everyPublishedFigureOfChechnyaIsARowWithItsYear() {
    java.util.List<Areas.Figure> figures = Areas.figures("chechnya");
    assertTrue(figures.size() > 1, figures.toString());
    assertTrue(figures.stream().anyMatch(f -> f.areaId().equals("chechnya") && f.km2() == Areas.km2("chechnya")));
    assertTrue(figures.stream().allMatch(f -> f.km2() < Areas.km2("russia") && f.sourceUrl().startsWith("http")));
    assertEquals(java.util.OptionalInt.of(2012), new Areas.Figure("x", 1, "2012-01-01", "secondary", "t", "u").year());
    assertEquals(java.util.OptionalInt.of(2015), new Areas.Figure("x", 1, "c.2015", "secondary", "t", "u").year());
    assertEquals(java.util.OptionalInt.empty(), new Areas.Figure("x", 1, "n.d.", "secondary", "t", "u").year());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Areas.figures("chechyna"));
    assertTrue(e.getMessage().contains("'chechyna' (territoryId)") && e.getMessage().contains("did you mean chechnya?"),
        e.getMessage());
  }

  @Test
  void lm2007ImpliesA2005Total() {
    Casualties.Implied i = Monitor.casualties().impliedBy(2006, 2005);
    assertEquals(2005, i.year());
    assertEquals(16, i.percent(), 0);
    assertEquals(i.fromTotal() / 0.84, i.central(), 1e-9);
    assertTrue(i.low() < i.central() && i.central() < i.high());
    assertEquals(i.fromTotal() / 0.845, i.low(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> Monitor.casualties().impliedBy(2007, 1990));
  }
}
