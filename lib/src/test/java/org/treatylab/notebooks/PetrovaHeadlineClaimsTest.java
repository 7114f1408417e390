package org.treatylab.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.TwoByTwo;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.data.Monitor;
import org.treatylab.data.Treaties;

/**
 * The headline numbers of the Petrova notebook, from the library, against a second and simpler
 * computation straight from the curated CSVs (plain string splitting, no library code): if either
 * drifts, this fails.
 */
class PetrovaHeadlineClaimsTest {
  private static final Path DATASETS = Path.of("..", "datasets");
  private static List<Map<String, String>> participation;
  private static Map<String, Map<String, String>> states;

  @BeforeAll
  static void read() throws IOException {
    participation = csv("treaty_participation.csv");
    states = new HashMap<>();
    for (Map<String, String> s : csv("states.csv")) {
      states.put(s.get("iso3"), s);
    }
  }

  /** Share of the paper's group (Africa, LatAm & Caribbean, Pacific Islands) among signatures in [from, to]. */
  private static double groupShareOfSignatures(String treaty, LocalDate from, LocalDate to, String... groups) {
    int n = 0;
    int k = 0;
    for (Map<String, String> p : participation) {
      if (!p.get("treaty_id").equals(treaty) || p.get("signature_date").isEmpty()) {
        continue;
      }
      LocalDate d = LocalDate.parse(p.get("signature_date"));
      if (d.isBefore(from) || d.isAfter(to)) {
        continue;
      }
      n++;
      if (List.of(groups).contains(states.get(p.get("iso3")).get("paper_group"))) {
        k++;
      }
    }
    return 100.0 * k / n;
  }

  @Test
  void firstMonthSignatoriesMatchADirectCount() {
    LocalDate mbtOpen = LocalDate.of(1997, 12, 3);
    LocalDate ccmOpen = LocalDate.of(2008, 12, 3);
    String[] groups = {"Africa", "Latin America and the Caribbean", "Pacific Islands"};
    double mbtDirect = groupShareOfSignatures("mbt", mbtOpen, mbtOpen.plusMonths(1).minusDays(1), groups);
    double ccmDirect = groupShareOfSignatures("ccm", ccmOpen, ccmOpen.plusMonths(1).minusDays(1), groups);
    double mbtLib = 100 * Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)),
        Group.africaLatinAmericaPacific()).share();
    double ccmLib = 100 * Composition.of(TimeWindow.signaturesWithin(Treaties.clusterMunitions(), Period.ofMonths(1)),
        Group.africaLatinAmericaPacific()).share();
    assertEquals(mbtDirect, mbtLib, 1e-9);
    assertEquals(ccmDirect, ccmLib, 1e-9);
    // and the paper's 62 % and 56 % are reproduced within a percentage point
    assertEquals(62, mbtLib, 1.0);
    assertEquals(56, ccmLib, 1.0);
  }

  @Test
  void subSaharanShareAtTheCcmCeremonyMatchesADirectCount() {
    int n = 0;
    int k = 0;
    for (Map<String, String> p : participation) {
      if (p.get("treaty_id").equals("ccm")
          && (p.get("signature_date").equals("2008-12-03") || p.get("signature_date").equals("2008-12-04"))) {
        n++;
        k += states.get(p.get("iso3")).get("sub_saharan_africa").equals("true") ? 1 : 0;
      }
    }
    assertEquals(94, n);
    double lib = 100 * Composition.of(TimeWindow.signaturesBetween(Treaties.clusterMunitions(),
        LocalDate.of(2008, 12, 3), LocalDate.of(2008, 12, 4)), Group.subSaharanAfrica()).share();
    assertEquals(100.0 * k / n, lib, 1e-9);
  }

  @Test
  void footnote82ChiSquareMatchesTheFormula() throws IOException {
    long[][] o = new long[2][2];
    for (Map<String, String> r : csv("monitor_ssa_lists.csv")) {
      o[r.get("lm2000_new_victims_1999_2000").equals("true") ? 0 : 1]
          [r.get("lm1999_ratified_by_1999_03_31").equals("true") ? 0 : 1]++;
    }
    double n = o[0][0] + o[0][1] + o[1][0] + o[1][1];
    double x2 = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double e = (o[i][0] + o[i][1]) * (o[0][j] + o[1][j]) / n;
        x2 += (o[i][j] - e) * (o[i][j] - e) / e;
      }
    }
    TwoByTwo lib = TwoByTwo.crossTab(Monitor.subSaharanLists().table(),
        "lm2000_new_victims_1999_2000", "lm1999_ratified_by_1999_03_31");
    assertEquals(x2, lib.chiSquare().statistic(), 1e-9);
    assertEquals(48, (int) n);
  }

  private static List<Map<String, String>> csv(String file) throws IOException {
    List<String> lines = Files.readAllLines(DATASETS.resolve(file), StandardCharsets.UTF_8);
    List<String> header = split(lines.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = split(line);
      if (cells.size() != header.size()) {
        continue; // a record with a line break inside a quoted field: not one the tests count
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        q = !q;
      } else if (c == ',' && !q) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
