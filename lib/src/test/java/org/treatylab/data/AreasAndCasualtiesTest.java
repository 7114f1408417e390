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
