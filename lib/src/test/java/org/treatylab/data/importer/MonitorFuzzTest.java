package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the Monitor casualty importer with mutated copies of a valid transcription: whatever the
 * input, it either imports rows that obey the rules (no negative count, parts never above the total)
 * or stops with one {@link ImportException} line naming the file.
 */
class MonitorFuzzTest {
  private static final String VALID = "data_year,total_recorded,killed,injured,status_unknown,qualifier,status,"
      + "reported_in,figure_id_in_FIGURES_md\n"
      + "2007,5426,1401,3939,86,,first report,LM2008,C09\n"
      + "2007,5473,,,,,revised,LM2009,C10\n";
  private static final String[] SNIPPETS = {"-", "\"", "\n", ",", "\r\n", "9", "99999", "-1367", "31", "LM", "LM1990",
    "C99", "abc", "1e3", "NaN", "\"a\nb\"", "2007,5426,1401,3939,86,,first report,LM2008,C09\n"};

  @Property(tries = 300)
  void mutatedTranscriptionsImportCleanlyOrFailWithOneLine(@ForAll("mutations") String text) throws IOException {
    Path f = Files.createTempFile("fuzz", ".csv");
    try {
      Files.writeString(f, text);
      CuratedDataset d = new MonitorCasualtiesImporter().read(f, Fixtures.figures());
      for (SourceCsv.Row r : SourceCsv.parse("out.csv", d.csv().text()).rows()) {
        long total = Long.parseLong(r.get("total_recorded"));
        long parts = 0;
        for (String c : new String[] {"killed", "injured", "status_unknown"}) {
          if (!r.get(c).isEmpty()) {
            long n = Long.parseLong(r.get(c));
            assertTrue(n >= 0, "negative " + c + " kept: " + n);
            parts += n;
          }
        }
        assertTrue(parts <= total, "parts " + parts + " above total " + total + " kept");
      }
    } catch (ImportException e) {
      assertTrue(e.getMessage().startsWith(f.getFileName().toString()), e.getMessage());
      assertEquals(-1, e.getMessage().indexOf('\n'), "one line: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw e;
    } finally {
      Files.deleteIfExists(f);
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
    Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(SNIPPETS), Arbitraries.strings().ofMaxLength(6));
    return Combinators.combine(position, length, insert).as((p, l, s) ->
        VALID.substring(0, p) + s + VALID.substring(Math.min(VALID.length(), p + l)));
  }
}
