package org.treatylab.data.importer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzes the page parser and row validation with mutated copies of a valid page and with generated
 * cell text: whatever the input, the only failure allowed is the documented {@link ImportException}.
 */
class ParserFuzzTest {
  private static final String VALID = Fixtures.page("valid_minimal.html");
  private static final String[] SNIPPETS = {
    "<", ">", "</td>", "<td>", "<tr>", "</tr>", "</table>", "[", "]", " a", " AA", " n", "31 Feb 1999",
    "0 Dec 1997", "99 Xyz 2000", "<SUP>7</SUP>", "&nbsp;", "\t", "\u00a0", "Parties : ", "STATUS AS AT : 99-99-9999",
    "mtdsg_no=XXVI-", "withdrawal took effect for X on 1 Jan 1990", "On 1 Jan 1900, the Government of X deposited with the Secretary-General a notification of withdrawal"
  };

  @Property(tries = 400)
  void mutatedPagesFailOnlyWithImportException(@ForAll("mutations") String html) {
    tryImport(html);
  }

  @Property(tries = 300)
  void generatedCellsFailOnlyWithImportException(@ForAll("cells") String cell) {
    tryImport(VALID.replace("27 Dec\t 2012", cell));
  }

  @Property(tries = 100)
  void truncatedPagesFailOnlyWithImportException(@ForAll @IntRange(min = 0, max = 4000) int cut) {
    tryImport(VALID.substring(0, Math.min(cut, VALID.length())));
  }

  private static void tryImport(String html) {
    try {
      UntcStatusPage page = UntcStatusPageParser.parse("fuzz.html", html);
      new UntcTreatyImporter(null, Fixtures.INPUTS, Fixtures.NAMES, java.util.Set.of("CAN", "EST", "POL"))
          .participants(page, Fixtures.ENTRY, new ImportReport("fuzz"));
    } catch (ImportException expected) {
      // the documented error: one line naming the file
      org.junit.jupiter.api.Assertions.assertTrue(expected.getMessage().startsWith("fuzz.html"), expected.getMessage());
      org.junit.jupiter.api.Assertions.assertEquals(-1, expected.getMessage().indexOf('\n'), expected.getMessage());
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(SNIPPETS), Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> one = Combinators.combine(position, length, insert).as((p, l, s) -> {
      int end = Math.min(VALID.length(), p + l);
      return VALID.substring(0, p) + s + VALID.substring(end);
    });
    // apply a second mutation on top of the first, at a position valid for its text
    return one.flatMap(first -> Combinators.combine(
            Arbitraries.integers().between(0, first.length()), Arbitraries.of(SNIPPETS))
        .as((p, s) -> first.substring(0, p) + s + first.substring(p)));
  }

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> day = Arbitraries.integers().between(-1, 40).map(String::valueOf);
    Arbitrary<String> month = Arbitraries.of("Jan", "Feb", "Dec", "Sept", "dec", "XYZ", "");
    Arbitrary<String> year = Arbitraries.integers().between(0, 99999).map(String::valueOf);
    Arbitrary<String> code = Arbitraries.of("", "a", "d", "A", "AA", "P", "n", "c", "x", "aa", "[", "]");
    Arbitrary<String> generated = Combinators.combine(day, month, year, code)
        .as((d, m, y, c) -> d + " " + m + "\t " + y + " " + c);
    return Arbitraries.oneOf(generated, Arbitraries.strings().ofMaxLength(20));
  }
}
