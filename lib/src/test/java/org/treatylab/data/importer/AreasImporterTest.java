package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The areas importer keeps valid rows and stops on each kind of bad row, naming the column. */
class AreasImporterTest {
  private static final String HEADER = "area_id,territory,name,part_of,iso3,area_km2,as_of,grade,source_title,source_url,quote,note\n";
  private static final String WHOLE = "big,big,Big State,,BIG,1000,2024,secondary,t,https://a.example,\"area 1,000 km2\",\n";
  private static final String SMALL = "small,small,Small,big,,10,2020,secondary,t,https://b.example,It covers 10 km2.,\n";

  private static CuratedDataset read(String rows) {
    return new AreasImporter().read(SourceCsv.parse("areas-source.csv", HEADER + rows), Map.of("BIG", 1000.0));
  }

  private static String column(String rows) {
    return assertThrows(ImportException.class, () -> read(rows)).getMessage();
  }

  @Test
  void keepsValidRowsAndBalances() {
    CuratedDataset d = read(WHOLE + "small,small,Small,big,,10,2020,secondary,t,https://b.example,It covers 10 km2.,\n");
    assertEquals(2, d.report().rowsIn());
    assertEquals(2, d.report().rowsKept());
    assertTrue(d.report().balanced());
  }

  @Test
  void rejectsEachKindOfBadRow() {
    assertTrue(column(WHOLE + "small,small,Small,big,,10,2020,secondary,t,https://b.example,It covers 12 km2.,\n").contains("quote"));
    assertTrue(column(WHOLE + "small,small,Small,big,,2000,2020,secondary,t,https://b.example,It covers 2000 km2.,\n").contains("part_of"));
    assertTrue(column(WHOLE + "small,small,Small,nowhere,,10,2020,secondary,t,https://b.example,10 km2,\n").contains("part_of"));
    assertTrue(column(WHOLE + "small,small,Small,big,,10,2020,secondary,t,ftp://b.example,10 km2,\n").contains("source_url"));
    assertTrue(column(WHOLE + "small,small,Small,big,,-10,2020,secondary,t,https://b.example,-10 km2,\n").contains("area_km2"));
    assertTrue(column(WHOLE + "big,big,Again,,,10,2020,secondary,t,https://b.example,10 km2,\n").contains("area_id"));
    assertTrue(column("big,big,Big State,,BIG,999,2024,secondary,t,https://a.example,999,\n").contains("area_km2"));
  }

  @Test
  void keepsOtherPublishedFiguresOfOneTerritory() {
    CuratedDataset d = read(WHOLE + SMALL + "small-2007,small,Small,big,,12,2007,primary,t2,https://c.example,\"12 km2.\",\n");
    assertEquals(3, d.report().rowsKept());
    assertTrue(d.csv().text().contains("small-2007,small,Small,big,,12,2007,primary,"), d.csv().text());
  }

  @Test
  void rejectsABadTerritoryOrGrade() {
    assertTrue(column(WHOLE + SMALL + "small-2007,smal,Small,big,,12,2007,primary,t,https://c.example,12 km2.,\n")
        .contains("territory"));
    assertTrue(column(WHOLE + SMALL + "small-2007,small,Small,big,,12,2007,primary,t,https://c.example,12 km2.,\n"
        + "small-2008,small-2007,Small,big,,11,2008,primary,t,https://c.example,11 km2.,\n").contains("territory"));
    assertTrue(column(WHOLE + SMALL + "small-2007,small,Small,,,12,2007,primary,t,https://c.example,12 km2.,\n")
        .contains("part_of"));
    assertTrue(column(WHOLE + SMALL + "small-2007,small,Small,big,,12,2007,tertiary,t,https://c.example,12 km2.,\n")
        .contains("grade"));
  }

  @Test
  void quoteMayGroupThousands() {
    assertTrue(AreasImporter.mentions("covers 16,171 km2", 16171));
    assertTrue(AreasImporter.mentions("covers 16 171 km2", 16171));
    assertTrue(AreasImporter.mentions("\"area\": 17098242", 17098242));
  }
}
