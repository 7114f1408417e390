package org.treatylab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.treatylab.analysis.adoption.Holdouts;

/** Renders the holdouts chart on the curated data, headless. */
class HoldoutsChartTest {
  @Test
  void rendersFiveBars() throws Exception {
    CategoryChart c = HoldoutsChart.of(Holdouts.ofMineBanAt(LocalDate.of(2026, 2, 3)));
    assertEquals(5, c.getSeriesMap().get("states").getXData().size());
    byte[] png = BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    assertTrue(png.length > 1000);
  }

  @Test
  void rendersCategoriesAndWithdrawals() throws Exception {
    CategoryChart c = HoldoutsChart.byCategory(Holdouts.ofMineBanAt(LocalDate.of(2026, 2, 3)));
    assertEquals(2, c.getSeriesMap().size());
    assertTrue(BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG).length > 1000);
    org.knowm.xchart.XYChart w = AdoptionChart.withWithdrawals(org.treatylab.data.Treaties.mineBan(), 2015,
        LocalDate.of(2026, 2, 3));
    assertTrue(BitmapEncoder.getBitmapBytes(w, BitmapEncoder.BitmapFormat.PNG).length > 1000);
  }
}
