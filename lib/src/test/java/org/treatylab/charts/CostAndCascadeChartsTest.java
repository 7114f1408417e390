package org.treatylab.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.treatylab.analysis.cascade.Cascade;
import org.treatylab.analysis.cost.CostInput;
import org.treatylab.analysis.cost.DeminingCost;
import org.treatylab.analysis.common.Progress;

/** Renders every chart factory of the cost and cascade models to PNG, headless. */
class CostAndCascadeChartsTest {
  static List<Supplier<XYChart>> charts() {
    DeminingCost model = DeminingCost.of(CostInput.exactly("devices", 110_000, "devices"),
        CostInput.of("cost per mine", 300, 1_000, "US$ per mine"));
    Supplier<Cascade.Builder> p = () -> Cascade.builder().states(100).thresholds(Cascade.normal(0.3, 0.1)).seed(1);
    return List.of(
        () -> CostChart.histogram(model.monteCarlo(100_000, 1)),
        () -> CostChart.tornado(DeminingCost.of(CostInput.of("mines", 60e6, 70e6, "mines"),
            CostInput.of("cost per mine", 300, 1_000, "US$ per mine")).tornado()),
        () -> CascadeChart.paths(p.get().vanguardShare(0.05).build().run(),
            p.get().vanguardShare(0.15).build().run()),
        () -> CascadeChart.sweep(Cascade.sweepNormal(100, 0.3, Cascade.grid(0, 0.4, 0.05), new double[] {0.05, 0.1},
            20, 1, Progress.none())),
        () -> CasualtyChart.vintages(org.treatylab.data.Monitor.casualties(), 2005, 2007),
        () -> CasualtyChart.vintages(org.treatylab.data.Monitor.casualties(),
            org.treatylab.data.Monitor.casualties().impliedBy(2006, 2005), 2007));
  }

  @ParameterizedTest
  @MethodSource("charts")
  void rendersToPng(Supplier<XYChart> chart) throws Exception {
    XYChart c = chart.get();
    byte[] png = BitmapEncoder.getBitmapBytes(c, BitmapEncoder.BitmapFormat.PNG);
    assertTrue(png.length > 1000, "a PNG of " + png.length + " bytes");
    assertEquals((byte) 0x89, png[0]);
  }
}
