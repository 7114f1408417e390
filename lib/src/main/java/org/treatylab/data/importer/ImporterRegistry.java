package org.treatylab.data.importer;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every importer, in the order {@link ImportData} runs them: the one list to extend when a source is
 * added. An importer of one source file into one curated dataset is a {@link SourceImporter} and one
 * line here, {@code of(new MyImporter())}, placed after the steps whose outputs it reads. The importers
 * that read several files or write several datasets (states, treaties, the claims evidence, the
 * Monitor parameters, events, holdouts, the claims ledger) are {@link ImportData.Step}s with their inputs
 * and outputs stated here.
 */
public final class ImporterRegistry {
  private ImporterRegistry() {}

  private static final String CURATED = "curated-inputs/";
  private static final String EVIDENCE = "claims-evidence/";

  /**
   * Every importer, in the order they run. Each later step may read what the earlier ones wrote (the
   * holdouts check treaty_participation.csv; the claims ledger checks that the datasets it names exist,
   * so it runs last).
   */
  public static final List<ImportData.Step> STEPS = List.of(
      new ImportData.Step("states", List.of(StatesImporter.LUKES, StatesImporter.UNSD, StatesImporter.WORLD,
              StatesImporter.WIKI, CURATED + StatesImporter.ALIASES, CURATED + StatesImporter.CHANGES),
          List.of("states", "un_membership", "state_names"), ImporterRegistry::states),
      new ImportData.Step("treaties", List.of("treaties/<pages named in the catalogue>", CURATED + UntcTreatyImporter.CATALOG),
          List.of("treaties", "treaty_participation"), ImporterRegistry::treaties),
      new ImportData.Step("claims evidence", List.of(EVIDENCE + "FIGURES.md", EVIDENCE + "lists.csv",
              EVIDENCE + "PROVENANCE.md", CURATED + ClaimsEvidenceImporter.VALUES_SOURCE),
          List.of(ClaimsEvidenceImporter.NAME, ClaimsEvidenceImporter.CASUALTIES, ClaimsEvidenceImporter.SEARCHES,
              ClaimsEvidenceImporter.LISTS),
          ImporterRegistry::evidence),
      of(new MonitorCasualtiesImporter()),
      of(new MonitorSharesImporter()),
      of(new MonitorFundingImporter()),
      of(new MonitorClearanceImporter()),
      new ImportData.Step("monitor parameters", List.of(CURATED + MonitorParametersImporter.SPEC,
              "monitor/transcribed_unicef1997_mines_by_country.csv", MonitorTranscriptionImporter.FIGURES),
          List.of(MonitorParametersImporter.COSTS, MonitorParametersImporter.STOCKPILES), c -> {
            MonitorParametersImporter.Result p = new MonitorParametersImporter(c.figures(), c.iso3Of()).read(
                c.inputs().csv(MonitorParametersImporter.SPEC),
                SourceCsv.read(c.source("monitor/transcribed_unicef1997_mines_by_country.csv")));
            return c.keep(p.costs(), p.stockpiles());
          }),
      of(new SubSaharanListsImporter()),
      new ImportData.Step("events", List.of("events/extracted_events.csv", "events/extracted_state_lists.csv",
              CURATED + EventsImporter.COUNT_RULES),
          List.of("events", "event_state_lists"), c -> {
            EventsImporter events = new EventsImporter(c.iso3Of());
            return c.keep(events.readEvents(c.source("events/extracted_events.csv"), c.inputs().csv(EventsImporter.COUNT_RULES), c.sentences()),
                events.readStateLists(c.source("events/extracted_state_lists.csv")));
          }),
      new ImportData.Step("holdouts", List.of(CURATED + HoldoutsImporter.SOURCE, StatesImporter.WORLD,
              "OUT/treaties.csv", "OUT/treaty_participation.csv", "OUT/un_membership.csv", "OUT/states.csv"),
          List.of("holdouts", "state_borders"), c -> {
            HoldoutsImporter holdouts = new HoldoutsImporter(c.out());
            return c.keep(holdouts.holdouts(c.inputs()), holdouts.borders(c.sources()));
          }),
      of(new AreasImporter()),
      of(new PublicRecordsImporter()),
      of(new PublicRecordListsImporter()),
      of(new PublicRecordSearchesImporter()),
      new ImportData.Step("claims", List.of(CURATED + ClaimsImporter.SOURCE, "../papers/*", "OUT/<every dataset above>"),
          List.of(ClaimsImporter.NAME), c -> {
            Set<String> existing = new TreeSet<>(c.written());
            existing.add(ClaimsImporter.NAME);
            return c.keep(new ClaimsImporter(existing, c.sources().resolveSibling("papers"))
                .read(c.inputs().csv(ClaimsImporter.SOURCE)));
          }));

  /**
   * Returns the registry line of a one-file importer: the step reads its source, refuses a dataset named
   * otherwise than {@link SourceImporter#name()} or whose rows in differ from kept + rejected, and writes
   * it through {@link ImportData.Context#keep}.
   */
  public static ImportData.Step of(SourceImporter importer) {
    List<String> inputs = new java.util.ArrayList<>();
    inputs.add(importer.source());
    inputs.addAll(importer.lookups());
    return new ImportData.Step(importer.name(), List.copyOf(inputs), List.of(importer.name()), c -> {
      CuratedDataset d = importer.read(c);
      if (d == null || !d.name().equals(importer.name())) {
        throw new IllegalStateException(importer.getClass().getSimpleName() + " returned "
            + (d == null ? "no dataset" : "dataset '" + d.name() + "'") + " instead of '" + importer.name()
            + "': a SourceImporter returns the one dataset its name() names");
      }
      d.report().requireBalanced();
      return c.keep(d);
    });
  }

  private static List<ImportReport> evidence(ImportData.Context c) {
    ClaimsEvidenceImporter.Result evidence =
        ClaimsEvidenceImporter.run(c.sources(), c.iso3Of(), c.inputs().csv(ClaimsEvidenceImporter.VALUES_SOURCE));
    c.worldCasualties(evidence.worldCasualties());
    return c.keep(evidence.datasets().toArray(new CuratedDataset[0]));
  }

  private static List<ImportReport> states(ImportData.Context c) {
    StatesImporter.Result states = new StatesImporter(c.sources(), c.inputs()).run(c.out());
    c.states(states.resolver(), states.stateCodes());
    c.keepResources(TreatyDataPackage.stateResources());
    return states.reports();
  }

  private static List<ImportReport> treaties(ImportData.Context c) {
    UntcTreatyImporter.Result treaties =
        new UntcTreatyImporter(c.source("treaties"), c.inputs(), c.names(), c.stateCodes()).run(c.out());
    c.keepResources(TreatyDataPackage.treatyResources());
    return treaties.reports();
  }
}
