package org.treatylab.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.treatylab.data.Treaties;
import org.treatylab.display.TableHtml;
import org.treatylab.analysis.adoption.AdoptionCurve;
import org.treatylab.analysis.adoption.Composition;
import org.treatylab.analysis.adoption.Diffusion;
import org.treatylab.analysis.adoption.Group;
import org.treatylab.analysis.adoption.TimeWindow;
import org.treatylab.analysis.cost.DeminingCost;

/** Text output is the same under any default locale: every format uses Locale.ROOT. */
class LocaleTest {
  private static List<Supplier<String>> outputs() {
    return List.of(
        () -> DeminingCost.russiaEssay().range().toString(),
        () -> DeminingCost.russiaEssay().monteCarlo(2_000, 7).toString(),
        () -> DeminingCost.russiaEssay().toString(),
        () -> Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)),
            Group.africaLatinAmericaPacific()).toString(),
        () -> Composition.of(TimeWindow.signaturesWithin(Treaties.mineBan(), Period.ofMonths(1)),
            Group.africaLatinAmericaPacific()).versusAllStates(LocalDate.of(1998, 1, 2)).fisher().toString(),
        () -> Diffusion.fitBass(AdoptionCurve.of(Treaties.mineBan()).byYear().series()).toString(),
        () -> TableHtml.text(AdoptionCurve.of(Treaties.mineBan()).byYear().shares().table()));
  }

  @Test
  void germanDefaultLocaleChangesNoOutput() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      List<String> root = outputs().stream().map(Supplier::get).toList();
      Locale.setDefault(Locale.GERMANY);
      List<String> german = outputs().stream().map(Supplier::get).toList();
      assertEquals(root, german);
      assertTrue(german.get(0).contains("US$33.0–110.0 million"), german.get(0));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void noFormatInTheLibraryUsesTheDefaultLocale() throws java.io.IOException {
    java.util.regex.Pattern defaultLocale = java.util.regex.Pattern.compile("String\\.format\\(\\s*\"|\\.formatted\\(");
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
      List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
        try {
          List<String> lines = java.nio.file.Files.readAllLines(f);
          return java.util.stream.IntStream.range(0, lines.size())
              .filter(i -> defaultLocale.matcher(lines.get(i)).find()).mapToObj(i -> f + ":" + (i + 1));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
      assertEquals(List.of(), offenders, "format with Locale.ROOT");
    }
  }

  @Test
  void testJvmsRunUnderAFixedLocale() {
    // pinned in the parent pom's surefire argLine, as the kernelspec pins the kernel's JVM
    assertEquals("en", System.getProperty("user.language"));
    assertEquals("US", System.getProperty("user.country"));
  }
}
