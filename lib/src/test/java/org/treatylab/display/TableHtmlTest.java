package org.treatylab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableHtmlTest {
  @Test
  void numbersReadTheSameUnderEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : new Locale[] {Locale.ROOT, Locale.GERMANY, Locale.FRANCE}) {
        Locale.setDefault(l);
        assertEquals("110,000,000", TableHtml.number(110_000_000));
        assertEquals("622,200,000", TableHtml.number(6.222e8));
        assertEquals("12,345.6789", TableHtml.number(12_345.67891));
        assertEquals("1999", TableHtml.number(1999));
        assertEquals("0.3019", TableHtml.number(0.3018867924528302));
        assertEquals("-0.5", TableHtml.number(-0.5));
        assertEquals("", TableHtml.number(Double.NaN));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
