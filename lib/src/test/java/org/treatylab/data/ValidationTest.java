package org.treatylab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Group;
import tech.tablesaw.api.Table;

/** Wrong state codes, treaty ids, nulls and column names are refused with a message that says the fix. */
class ValidationTest {

  @Test
  void unknownIso3IsRefusedWithTheNearestCode() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Treaties.recordOf("RUSS"));
    assertTrue(e.getMessage().startsWith("unknown ISO3 code 'RUSS' — did you mean RUS (Russian Federation)?"),
        e.getMessage());
    IllegalArgumentException byName = assertThrows(IllegalArgumentException.class, () -> States.require("Russia"));
    assertTrue(byName.getMessage().contains("did you mean RUS (Russian Federation)?"), byName.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> States.require("QQQ"));
    assertTrue(none.getMessage().startsWith("unknown ISO3 code 'QQQ'"), none.getMessage());
  }

  @Test
  void iso3CodesAreCaseInsensitive() {
    assertEquals(Treaties.recordOf("RUS").toString(), Treaties.recordOf("rus").toString());
    long parties = Treaties.recordOf("rus").booleanColumn("party_at_status_date").countTrue();
    assertEquals(Treaties.recordOf("RUS").booleanColumn("party_at_status_date").countTrue(), parties);
    assertTrue(parties > 0, "Russia is party to some treaties");
    assertEquals("RUS", States.byIso3("rus").orElseThrow().iso3());
    assertTrue(States.byIso3("RUSS").isEmpty());
  }

  @Test
  void neighboursAndHoldoutsCheckTheirCodes() {
    assertEquals(org.treatylab.analysis.adoption.Neighbours.of("RUS", "BLR").codes(),
        org.treatylab.analysis.adoption.Neighbours.of("rus", "blr").codes());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> org.treatylab.analysis.adoption.Neighbours.of("RUSS"));
    assertTrue(e.getMessage().contains("did you mean RUS"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> org.treatylab.analysis.adoption.Neighbours.of("RUS").contains("FINN"));
    assertThrows(IllegalArgumentException.class, () -> Areas.km2("nowhere"));
    IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> Monitor.parameter("cost-to-clear.xx"));
    assertTrue(p.getMessage().contains("cost-to-clear.un"), "lists the known ids: " + p.getMessage());
  }

  @Test
  void groupsCheckTheirCodes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Group.of("g", "XXX", "fra"));
    assertTrue(e.getMessage().startsWith("unknown ISO3 code 'XXX'"), e.getMessage());
    assertTrue(Group.of("g", "fra", "DEU").contains("FRA"));
  }

  @Test
  void treatyIdsAcceptCommonNamesAndSuggest() {
    assertSame(Treaties.mineBan(), Treaties.byId("ottawa"));
    assertSame(Treaties.mineBan(), Treaties.byId("MBT"));
    assertSame(Treaties.mineBan(), Treaties.byId("Mine Ban Treaty"));
    assertSame(Treaties.clusterMunitions(), Treaties.byId("oslo"));
    NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> Treaties.byId("mbtt"));
    assertTrue(e.getMessage().startsWith("unknown treaty id 'mbtt' — did you mean mbt (Mine Ban Treaty)?"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Treaties.ids()"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Treaties.inFamily("landmines"));
  }

  @Test
  void idsListEveryTreatyWithItsStatusDate() {
    Table ids = Treaties.ids();
    assertEquals(Treaties.table().rowCount(), ids.rowCount());
    assertEquals(Treaties.table().stringColumn("treaty_id").asList(), ids.stringColumn("id").asList());
    assertEquals(Treaties.table().dateColumn("status_as_at").asList(), ids.dateColumn("status_date").asList());
    assertTrue(Treaties.mineBan().toString().startsWith("mbt: Mine Ban Treaty"), Treaties.mineBan().toString());
  }

  @Test
  void theReadmeListsEveryTreatyIdUnderItsFamily() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## Treaty ids"), readme.indexOf("## Your own data"));
    Table ids = Treaties.ids();
    for (int r = 0; r < ids.rowCount(); r++) {
      String family = ids.stringColumn("family").get(r);
      String line = section.lines().filter(l -> l.startsWith("| " + family + " |")).findFirst().orElse("");
      assertTrue(line.contains("`" + ids.stringColumn("id").get(r) + "`"),
          "README's Treaty ids table lacks " + ids.stringColumn("id").get(r) + " under " + family);
    }
  }

  @Test
  void nullsAreRefusedNamingTheArgument() {
    Treaty mbt = Treaties.mineBan();
    assertEquals("date is null; pass a value",
        assertThrows(NullPointerException.class, () -> mbt.partiesAt(null)).getMessage());
    assertEquals("treaty is null; pass a value",
        assertThrows(NullPointerException.class, () -> AdoptionCurve.of((Treaty) null)).getMessage());
    assertEquals("id is null; pass a value", assertThrows(NullPointerException.class, () -> Treaties.byId(null)).getMessage());
    assertEquals("iso3 is null; pass a value",
        assertThrows(NullPointerException.class, () -> Treaties.recordOf(null)).getMessage());
    assertThrows(NullPointerException.class, () -> mbt.shareOfStatesAt(LocalDate.of(2000, 1, 1), null));
  }

  @Test
  void wrongColumnNamesListTheColumns() {
    Table t = Table.create("mine", tech.tablesaw.api.StringColumn.create("state", "FRA"),
        tech.tablesaw.api.StringColumn.create("signed", "1997-12-03"),
        tech.tablesaw.api.StringColumn.create("ratified", "1998-07-23"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Treaty.fromTable("x", t, "country", "signed", "ratified"));
    assertEquals("no column 'country' (stateColumn) in table 'mine'; its columns are [state, signed, ratified]",
        e.getMessage());
    IllegalArgumentException cross = assertThrows(IllegalArgumentException.class,
        () -> org.treatylab.analysis.adoption.TwoByTwo.crossTab(t, "state", "ratifed"));
    assertTrue(cross.getMessage().startsWith("no column 'ratifed' (columnColumn) in table 'mine'; its columns are"),
        cross.getMessage());
  }

  @Test
  void treatiesAreBuiltOnceAndRebuiltAfterClearCache() {
    Treaty first = Treaties.mineBan();
    assertSame(first, Treaties.mineBan());
    Datasets.clearCache();
    Treaty second = Treaties.mineBan();
    assertTrue(first != second, "rebuilt after clearCache");
    assertEquals(first.participants(), second.participants());
  }
}
