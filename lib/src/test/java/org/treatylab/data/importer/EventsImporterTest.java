package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventsImporterTest {
  private final EventsImporter importer = new EventsImporter(Fixtures.ISO3_OF);

  @Test
  void countRangeWithLowAboveHighIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.readEvents(Fixtures.path("events-low-above-high.csv")));
    assertEquals("events-low-above-high.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("n_low", e.field());
    assertTrue(e.getMessage().contains("low 97 > high 95"), e.getMessage());
  }

  @Test
  void unknownGradeIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.readEvents(Fixtures.path("events-unknown-grade.csv")));
    assertEquals("grade", e.field());
    assertEquals(2, e.line());
  }

  private static final String HEADER = "id,process,date_start,date_end,event,n_low,n_high,n_preferred,count_type,grade,source_title,url,quote_exact\n";

  private static java.nio.file.Path events(String rows) throws java.io.IOException {
    java.nio.file.Path f = java.nio.file.Files.createTempFile("events", ".csv");
    f.toFile().deleteOnExit();
    java.nio.file.Files.writeString(f, HEADER + rows);
    return f;
  }

  private static SourceCsv rules(String rows) {
    return SourceCsv.parse("event-count-rules.csv", "event_id,rule,named_states,note\n" + rows);
  }

  @Test
  void aSumOfParticipantsAndObserversIsStoredAsTheObserversTheQuoteStates() throws java.io.IOException {
    java.nio.file.Path f = events("L3,landmines,1995-09-25,1995-10-13,CCW,44,84,44,attend,A,t,https://x,(参加44カ国、非公式40カ国)\n");
    String csv = importer.readEvents(f, rules("L3,participants + observers,,n\n")).csv().text();
    assertTrue(csv.contains("CCW,44,,44,40,,,attend"), csv);
    java.nio.file.Path wrong = events("L3,landmines,1995-09-25,1995-10-13,CCW,44,85,44,attend,A,t,https://x,(参加44カ国、非公式40カ国)\n");
    ImportException e = assertThrows(ImportException.class, () -> importer.readEvents(wrong, rules("L3,participants + observers,,n\n")));
    assertEquals("rule", e.field());
    assertTrue(e.getMessage().contains("does not state the 41 observers"), e.getMessage());
  }

  @Test
  void aCountOfNamedStatesIsStoredAsTheNamesTheQuoteGives() throws java.io.IOException {
    java.nio.file.Path f = events("C13,cluster,2008-04-16,2008-04-17,Mexico,2,2,2,declaration_new,S,t,https://x,Norway and Angola endorse it.\n");
    String csv = importer.readEvents(f, rules("C13,count of names,Norway; Angola,n\n")).csv().text();
    assertTrue(csv.contains("Mexico,,,,,,Norway; Angola,declaration_new"), csv);
    ImportException notNamed = assertThrows(ImportException.class, () -> importer.readEvents(f, rules("C13,count of names,Norway; Chile,n\n")));
    assertTrue(notNamed.getMessage().contains("names 'Chile'"), notNamed.getMessage());
    ImportException count = assertThrows(ImportException.class, () -> importer.readEvents(f, rules("C13,count of names,Norway,n\n")));
    assertTrue(count.getMessage().contains("not the 1 states named"), count.getMessage());
    ImportException noEvent = assertThrows(ImportException.class, () -> importer.readEvents(f, rules("C99,count of names,Norway,n\n")));
    assertEquals("event_id", noEvent.field());
    ImportException rule = assertThrows(ImportException.class, () -> importer.readEvents(f, rules("C13,sum,Norway,n\n")));
    assertEquals("rule", rule.field());
  }

  @Test
  void aStatedCountPlusNamedStatesKeepsBothAndANameMayComeFromAnAddedSentence() throws java.io.IOException {
    java.nio.file.Path f = events("L2,landmines,1995-07-07,1995-07-07,Geneva,11,11,11,support,S,t,https://x,"
        + "Norway added its name to the list of ten countries already supporting a ban\n");
    String csv = importer.readEvents(f, rules("L2,stated count + names,Norway,n\n")).csv().text();
    assertTrue(csv.contains("Geneva,,,,,10,Norway,support"), csv);
    java.nio.file.Path twelve = events("L2,landmines,1995-07-07,1995-07-07,Geneva,12,12,12,support,S,t,https://x,"
        + "Norway added its name to the list of ten countries already supporting a ban\n");
    ImportException e = assertThrows(ImportException.class, () -> importer.readEvents(twelve, rules("L2,stated count + names,Norway,n\n")));
    assertTrue(e.getMessage().contains("does not state the 11 states already on record"), e.getMessage());
    java.nio.file.Path bill = events("C1,cluster,2006-02-16,2006-02-16,Bill,1,1,1,support_domestic,S,t,https://x,Projet de loi.\n");
    assertThrows(ImportException.class, () -> importer.readEvents(bill, rules("C1,count of names,Norway,n\n")));
    SourceCsv added = SourceCsv.parse("quote-sentences.csv", "dataset,row_key,sentence,source_title,source_url,stored_in,note\n"
        + "events,C1,Norway was the first to ban them.,t,https://y,public page,n\n");
    assertTrue(importer.readEvents(bill, rules("C1,count of names,Norway,n\n"), added).csv().text().contains("Bill,,,,,,Norway,"));
  }

  @Test
  void unknownStateNameInAListIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.readStateLists(Fixtures.path("state-list-unknown-name.csv")));
    assertEquals("state-list-unknown-name.csv", e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
  }
}
