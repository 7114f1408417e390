package org.treatylab.analysis.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TwoByTwoTest {
  // [[3, 1], [1, 3]]: margins 4/4, N = 8, every expected count 2
  private final TwoByTwo t = TwoByTwo.of(3, 1, 1, 3);

  @Test
  void expectedCounts() {
    assertEquals(2, t.expected()[0][1], 1e-12);
    assertEquals(2, t.minExpected(), 1e-12);
  }

  @Test
  void chiSquareWithAndWithoutYates() {
    assertEquals(2.0, t.chiSquare().statistic(), 1e-12); // 4 × 1² / 2
    assertEquals(0.157299, t.chiSquare().pValue(), 1e-6);
    assertEquals(0.5, t.chiSquareYates().statistic(), 1e-12); // 4 × 0.5² / 2
    assertEquals(0.479500, t.chiSquareYates().pValue(), 1e-6);
  }

  @Test
  void fisherTwoSided() {
    // hypergeometric probabilities of a = 0..4: 1, 16, 36, 16, 1 over 70; tables no likelier than a = 3
    assertEquals(16 / 70.0, t.fisher().statistic(), 1e-12);
    assertEquals(34 / 70.0, t.fisher().pValue(), 1e-12);
    // a lopsided table: only a = 4 and a = 0 are as unlikely as the observed
    assertEquals(2 / 70.0, TwoByTwo.of(4, 0, 0, 4).fisher().pValue(), 1e-12);
  }

  @Test
  void yatesNeverOvercorrects() {
    // |O - E| = 0.25 < 0.5 in every cell: the corrected statistic is 0, p = 1
    TwoByTwo near = TwoByTwo.of(5, 5, 4, 4);
    assertEquals(0, near.chiSquareYates().statistic(), 1e-12);
    assertEquals(1, near.chiSquareYates().pValue(), 1e-12);
  }

  @Test
  void rendersAsTables() {
    assertEquals(3, t.tests().rowCount());
    assertEquals(5, t.table().columnCount());
  }

  @Test
  void crossTabCountsYesNoColumnsAndRejectsOtherValues() {
    tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("flags",
        tech.tablesaw.api.StringColumn.create("hit", "true", "true", "false", "false", "false"),
        tech.tablesaw.api.StringColumn.create("early", "true", "false", "true", "false", "false"));
    TwoByTwo x = TwoByTwo.crossTab(t, "hit", "early");
    org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {1, 1}, x.counts()[0]);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {1, 2}, x.counts()[1]);
    t.stringColumn("early").set(0, "maybe");
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> TwoByTwo.crossTab(t, "hit", "early"));
  }
}
