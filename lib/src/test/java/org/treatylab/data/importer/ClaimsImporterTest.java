package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimsImporterTest {
  private final ClaimsImporter importer = new ClaimsImporter(Set.of("events"), Fixtures.path("papers"));

  @Test
  void quoteSpanningALineBreakIsFound() {
    CuratedDataset d = importer.read(SourceCsv.read(Fixtures.path("claims-good.csv")));
    assertTrue(importer.checksQuotes());
    assertEquals(1, d.report().rowsKept());
  }

  @Test
  void quoteThatIsNotInThePaperIsAnError() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(SourceCsv.read(Fixtures.path("claims-quote-not-in-paper.csv"))));
    assertEquals("quote", e.field());
    assertEquals(2, e.line());
  }

  @Test
  void computableClaimMustNameAnExistingDataset() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(SourceCsv.read(Fixtures.path("claims-unknown-dataset.csv"))));
    assertEquals("datasets", e.field());
    assertTrue(e.getMessage().contains("no_such_dataset"), e.getMessage());
  }

  @Test
  void notComputableClaimMustSayWhatWasSearched() {
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(SourceCsv.read(Fixtures.path("claims-not-computable-without-search.csv"))));
    assertEquals("searched", e.field());
    assertTrue(e.getMessage().contains("what was searched"), e.getMessage());
  }

  @Test
  void aPaperMustBeListedInPapersCsv() {
    // adding a paper is a row in papers.csv: a claim of a paper not listed there is refused
    ImportException e = assertThrows(ImportException.class,
        () -> importer.read(SourceCsv.read(Fixtures.path("claims-unknown-paper.csv"))));
    assertEquals("paper", e.field());
    assertTrue(e.getMessage().contains("nosuch2030") && e.getMessage().contains("petrova2019"), e.getMessage());
  }
}
