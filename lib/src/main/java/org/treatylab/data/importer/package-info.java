/**
 * The importers: from the raw sources ({@code ../shared/sources}) and the hand-kept inputs
 * ({@code datasets/curated-inputs/}) to the curated datasets in {@code datasets/} and their
 * {@code datapackage.json}. {@code tools/import-data} runs {@link org.treatylab.data.importer.ImportData},
 * which walks {@link org.treatylab.data.importer.ImporterRegistry#STEPS} in order and prints
 * {@code name.csv: in N = kept K + rejected R} for every dataset.
 *
 * <h2>The contract</h2>
 *
 * An importer of one source file into one curated dataset is a
 * {@link org.treatylab.data.importer.SourceImporter}: {@code name()} (the dataset's resource name),
 * {@code source()} (the file it reads, relative to the sources folder or {@code curated-inputs/<file>}),
 * {@code lookups()} (files it only looks things up in) and {@code read(context)}, which returns the
 * {@link org.treatylab.data.importer.CuratedDataset} with its count: every row read is counted
 * ({@code report().read()}) and either kept ({@code keep(...)}) or rejected with a reason; bad input
 * throws an {@link org.treatylab.data.importer.ImportException} naming file, line and field. What it
 * needs besides its source (FIGURES.md, the state-name resolver, the output folder) comes from the
 * {@link org.treatylab.data.importer.ImportData.Context}.
 *
 * <h2>Adding an importer: one class and one registry line</h2>
 *
 * <ol>
 *   <li>Write the class: extend {@link org.treatylab.data.importer.AbstractSourceImporter} (name, source
 *       and lookups given once to its constructor) and implement {@code read(context)}; for a Landmine
 *       Monitor transcription ({@code monitor/transcribed_*.csv} citing {@code FIGURES.md}) extend
 *       {@link org.treatylab.data.importer.MonitorTranscriptionImporter} instead and write only
 *       {@code dataset(sourceFile)} (columns, sources, caveats) and {@code keepRow(...)}. A hand-kept input
 *       is read with {@code context.inputs().csv("my-input.csv")}.
 *   <li>Add one line to {@link org.treatylab.data.importer.ImporterRegistry#STEPS},
 *       {@code of(new MyImporter())}, after the steps whose outputs it reads.
 *   <li>State the dataset's terms of use ({@code CuratedDataset.license}, or an entry in
 *       {@code SourceTerms}); run {@code tools/import-data}, and commit the new CSV, the rebuilt
 *       {@code datapackage.json} and a test of the importer's refusals.
 * </ol>
 *
 * The registry refuses a dataset whose name is not the importer's {@code name()} and one whose rows in
 * differ from kept + rejected; {@code ImporterRegistryTest} checks that every dataset has exactly one
 * importer and that every named source exists.
 *
 * <p>Importers that read several files or write several datasets (states, treaties, the claims
 * evidence, the Monitor cost parameters, events, holdouts, the claims ledger) are registered as
 * {@link org.treatylab.data.importer.ImportData.Step}s with their inputs and outputs stated in the
 * registry.
 */
package org.treatylab.data.importer;
