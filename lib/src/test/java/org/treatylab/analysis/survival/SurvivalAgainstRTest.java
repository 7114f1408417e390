package org.treatylab.analysis.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Kaplan–Meier, log-rank, Cox and cox.zph against R's {@code survival} package, run by {@code Rscript}
 * in this test on {@code survival::lung}, {@code survival::aml} and {@code carData::Rossi} (one row per
 * person, and its person-week form with employment as a time-varying covariate). The R script
 * ({@code r-reference.R} beside this class's resources) writes the data to a temporary directory
 * (deleted afterwards: the data are GPL/LGPL and never committed) with R's results; every number is
 * compared to 1e-6 relative. Skipped, with the reason, where {@code Rscript} is absent ({@code .ci/run}
 * installs it, so CI does not skip).
 */
class SurvivalAgainstRTest {
  private static final double TOLERANCE = 1e-6;
  private static Path dir;
  private static Map<String, double[]> r;
  private static Map<String, String[]> labels;

  @BeforeAll
  static void runR() throws IOException, InterruptedException {
    assumeTrue(rscriptAvailable(), "Rscript not found on PATH: the comparison with R survival is skipped "
        + "(install r-base-core r-cran-survival r-cran-cardata, as .ci/run does)");
    dir = Files.createTempDirectory("treatylab-survival-r");
    Path script = dir.resolve("r-reference.R");
    try (InputStream in = SurvivalAgainstRTest.class.getResourceAsStream("r-reference.R")) {
      Files.copy(in, script);
    }
    Process process = new ProcessBuilder("Rscript", "--vanilla", script.toString(), dir.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "Rscript did not finish in 300 s");
    assertEquals(0, process.exitValue(), "Rscript failed (are r-cran-survival and r-cran-cardata installed?): " + output);
    r = new HashMap<>();
    labels = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("r-results.txt"))) {
      String[] parts = line.split(" ");
      String key = parts[0];
      String[] values = Arrays.copyOfRange(parts, 1, parts.length);
      if (key.endsWith(".labels")) {
        labels.put(key, values);
      } else {
        r.put(key, Arrays.stream(values).mapToDouble(SurvivalAgainstRTest::parseR).toArray());
      }
    }
  }

  /** A number as R's sprintf writes it: NA, Inf, -Inf or decimal. */
  private static double parseR(String v) {
    return switch (v) {
      case "NA", "NaN" -> Double.NaN;
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(v);
    };
  }

  @AfterAll
  static void deleteData() throws IOException {
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static boolean rscriptAvailable() {
    try {
      Process p = new ProcessBuilder("Rscript", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static Table csv(String name) throws IOException {
    return Table.read().csv(dir.resolve(name).toFile());
  }

  private static SurvivalData lung() throws IOException {
    return SurvivalData.fromTable(csv("lung.csv"), "event", "time")
        .covariates("age", "sex", "ph.ecog", "ph.karno", "wt.loss").build();
  }

  private static SurvivalData rossi() throws IOException {
    return SurvivalData.fromTable(csv("rossi.csv"), "arrest", "week")
        .covariates("fin", "age", "race", "wexp", "mar", "paro", "prio").build();
  }

  private static SurvivalData rossiLong() throws IOException {
    return SurvivalData.fromTable(csv("rossi-long.csv"), "arrest", "start", "stop")
        .covariates("fin", "age", "prio", "employed").factors("id").build();
  }

  /** Asserts each value within 1e-6 relative of R's (NaN where R has NA). */
  static void assertR(String key, double... java) {
    double[] expected = r.get(key);
    assertTrue(expected != null, "R gave no " + key);
    assertEquals(expected.length, java.length, key + ": R has " + Arrays.toString(expected) + ", Java "
        + Arrays.toString(java));
    for (int i = 0; i < java.length; i++) {
      double e = expected[i];
      double a = java[i];
      boolean same = Double.isNaN(e) ? Double.isNaN(a)
          : e == a || Math.abs(a - e) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(e));
      assertTrue(same, key + "[" + i + "]: R " + e + ", Java " + a);
    }
  }

  private static double[] toDouble(int[] v) {
    return Arrays.stream(v).asDoubleStream().toArray();
  }

  private static void assertKm(String prefix, KaplanMeier km) {
    List<KaplanMeier.Curve> curves = km.curves();
    String[] rLabels = labels.get(prefix + ".labels");
    assertEquals(Arrays.asList(rLabels), curves.stream().map(KaplanMeier.Curve::label).toList(), prefix + " curves");
    double[] medians = new double[curves.size()];
    double[] lows = new double[curves.size()];
    double[] highs = new double[curves.size()];
    for (int c = 0; c < curves.size(); c++) {
      KaplanMeier.Curve curve = curves.get(c);
      String k = prefix + "." + curve.label();
      assertR(k + ".time", curve.times());
      assertR(k + ".n.risk", toDouble(curve.atRisk()));
      assertR(k + ".n.event", toDouble(curve.events()));
      assertR(k + ".n.censor", toDouble(curve.censored()));
      assertR(k + ".surv", curve.survival());
      assertR(k + ".logse", curve.logStdErr());
      assertR(k + ".se", curve.stdErr());
      assertR(k + ".lower", curve.lower());
      assertR(k + ".upper", curve.upper());
      medians[c] = curve.median();
      lows[c] = curve.medianLower();
      highs[c] = curve.medianUpper();
    }
    assertR(prefix + ".median", medians);
    assertR(prefix + ".median.lower", lows);
    assertR(prefix + ".median.upper", highs);
  }

  private static void assertCox(String prefix, CoxModel fit) {
    assertR(prefix + ".coef", fit.coefficients());
    assertR(prefix + ".se", fit.standardErrors());
    if (fit.isRobust()) {
      assertR(prefix + ".naive.se", fit.modelStandardErrors());
      assertR(prefix + ".rscore", fit.robustScoreTest().statistic());
    }
    assertR(prefix + ".loglik", fit.logLikelihood());
    assertR(prefix + ".lr", fit.likelihoodRatioTest().statistic());
    assertR(prefix + ".wald", fit.waldTest().statistic());
    assertR(prefix + ".score", fit.scoreTest().statistic());
    assertR(prefix + ".lower", fit.lower());
    assertR(prefix + ".upper", fit.upper());
    assertR(prefix + ".p", fit.p());
    ProportionalHazardsTest zph = fit.proportionalHazards();
    assertR(prefix + ".zph", zph.tests().stream().mapToDouble(ChiSquareTest::statistic).toArray());
    assertR(prefix + ".zph.p", zph.tests().stream().mapToDouble(ChiSquareTest::p).toArray());
    assertR(prefix + ".zph.rank", fit.proportionalHazards(ProportionalHazardsTest.Transform.RANK).tests().stream()
        .mapToDouble(ChiSquareTest::statistic).toArray());
    assertR(prefix + ".zph.identity", fit.proportionalHazards(ProportionalHazardsTest.Transform.IDENTITY).tests()
        .stream().mapToDouble(ChiSquareTest::statistic).toArray());
  }

  private static void assertLogRank(String prefix, LogRank test) {
    assertR(prefix + ".chisq", test.chiSquare().statistic());
    assertR(prefix + ".obs", test.observed());
    assertR(prefix + ".exp", test.expected());
  }

  @Test
  void lungKaplanMeier() throws IOException {
    SurvivalData lung = lung();
    assertKm("lung.km", KaplanMeier.fit(lung));
    assertKm("lung.kmsex", KaplanMeier.fit(lung, "sex"));
    assertKm("lung.kmloglog", KaplanMeier.fit(lung, "sex", KaplanMeier.ConfidenceType.LOG_LOG, 0.95));
    assertKm("lung.kmplain", KaplanMeier.fit(lung, "sex", KaplanMeier.ConfidenceType.PLAIN, 0.9));
  }

  @Test
  void lungLogRank() throws IOException {
    SurvivalData lung = lung();
    assertLogRank("lung.lr", LogRank.test(lung, "sex"));
    assertLogRank("lung.lrecog", LogRank.test(lung, "ph.ecog"));
    assertLogRank("lung.lrstrat", LogRank.test(lung.withStrata("ph.ecog"), "sex"));
    assertEquals(1, LogRank.test(lung, "sex").chiSquare().df());
    assertEquals(3, LogRank.test(lung, "ph.ecog").chiSquare().df());
  }

  @Test
  void lungCox() throws IOException {
    SurvivalData lung = lung();
    assertCox("lung.efron", CoxModel.fit(lung, "age", "sex", "ph.ecog", "wt.loss"));
    assertCox("lung.breslow", CoxModel.of(lung).covariates("age", "sex", "ph.ecog", "wt.loss")
        .ties(CoxModel.Ties.BRESLOW).fit());
    assertCox("lung.robust", CoxModel.of(lung).covariates("age", "sex", "ph.karno").robust(true).fit());
    assertCox("lung.strata", CoxModel.fit(lung.withStrata("sex"), "age", "ph.ecog"));
    assertCox("lung.cluster", CoxModel.fit(lung.withCluster("ph.ecog"), "age", "sex"));
  }

  @Test
  void aml() throws IOException {
    SurvivalData aml = SurvivalData.fromTable(csv("aml.csv"), "status", "time").covariates("maintained")
        .factors("x").build();
    assertKm("aml.km", KaplanMeier.fit(aml, "x"));
    assertLogRank("aml.lr", LogRank.test(aml, "x"));
    assertCox("aml.efron", CoxModel.fit(aml, "maintained"));
    assertCox("aml.breslow", CoxModel.of(aml).ties(CoxModel.Ties.BRESLOW).fit());
  }

  @Test
  void rossiOneRowPerPerson() throws IOException {
    SurvivalData rossi = rossi();
    String[] all = {"fin", "age", "race", "wexp", "mar", "paro", "prio"};
    assertCox("rossi.efron", CoxModel.fit(rossi, all));
    assertCox("rossi.breslow", CoxModel.of(rossi).covariates(all).ties(CoxModel.Ties.BRESLOW).fit());
    assertKm("rossi.km", KaplanMeier.fit(rossi, "fin"));
    assertLogRank("rossi.lr", LogRank.test(rossi, "fin"));
  }

  @Test
  void rossiPersonWeeksWithTimeVaryingEmployment() throws IOException {
    SurvivalData long1 = rossiLong();
    assertTrue(long1.isCountingProcess());
    String[] covariates = {"fin", "age", "prio", "employed"};
    assertCox("rossilong.efron", CoxModel.fit(long1, covariates));
    assertCox("rossilong.breslow", CoxModel.of(long1).covariates(covariates).ties(CoxModel.Ties.BRESLOW).fit());
    assertCox("rossilong.cluster", CoxModel.fit(long1.withCluster("id"), covariates));
    assertKm("rossilong.km", KaplanMeier.fit(long1, "fin"));
  }
}
