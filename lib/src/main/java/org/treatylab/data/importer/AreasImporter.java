package org.treatylab.data.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@code areas.csv}: land areas in km² of a few territories the papers compare (the Chechen
 * Republic against the Russian Federation), one row per published figure with its source page and the
 * exact sentence, from the hand-kept {@code datasets/curated-inputs/areas-source.csv}. A territory whose
 * published areas differ (the Chechen Republic: by source and date) has one row per figure; its
 * {@code territory} column names the row whose id is the territory's own.
 *
 * <p>Checks, each failing the import with the file, line and column: ids are unique and lower-case;
 * {@code territory} names a row that is its own territory, with the same {@code part_of}; the grade is
 * primary, secondary or derived;
 * the area is a positive number and the quote contains it as written (with or without thousands
 * separators); the source address is http(s); {@code part_of} names another row whose area is larger;
 * a row with an ISO3 code that {@code sources/countries/world-countries_5.1.0_countries.json} also
 * gives an area for must agree with it exactly.
 */
public final class AreasImporter extends AbstractSourceImporter {
  /** The curated dataset's resource name. */
  public static final String NAME = "areas";
  /** The hand-kept source on the classpath. */
  public static final String SOURCE = "areas-source.csv";

  /** The grades a row may have: read on the publisher's page, relayed by another, or computed. */
  static final List<String> GRADES = List.of("primary", "secondary", "derived");

  /** Creates the importer; the countries file's areas come with each read. */
  public AreasImporter() {
    super(NAME, "curated-inputs/" + SOURCE, StatesImporter.WORLD);
  }

  @Override
  public CuratedDataset read(ImportData.Context context) {
    return read(context.inputs().csv(SOURCE), countryAreas(context.sources()));
  }

  /** Reads the {@code area} of every entry of the world-countries file, keyed by {@code cca3}. */
  public static Map<String, Double> countryAreas(Path sources) {
    Path file = sources.resolve(StatesImporter.WORLD);
    Map<String, Double> out = new HashMap<>();
    try {
      for (JsonNode c : new ObjectMapper().readTree(Files.readString(file))) {
        if (c.hasNonNull("area") && c.hasNonNull("cca3")) {
          out.put(c.get("cca3").asText(), c.get("area").asDouble());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Validates the source rows and returns the curated dataset.
   *
   * @param csv the hand-kept {@link #SOURCE}
   * @param countryAreas ISO3 → area in km² from the countries file (see {@link #countryAreas(Path)})
   */
  public CuratedDataset read(SourceCsv csv, Map<String, Double> countryAreas) {
    csv.requireColumns("area_id", "territory", "name", "part_of", "iso3", "area_km2", "as_of", "grade", "source_title",
        "source_url", "quote", "note");
    Map<String, Double> areas = new HashMap<>();
    Map<String, String> territoryOf = new HashMap<>();
    Map<String, String> partOfById = new HashMap<>();
    for (SourceCsv.Row row : csv.rows()) {
      territoryOf.put(row.get("area_id"), row.get("territory"));
      partOfById.put(row.get("area_id"), row.get("part_of"));
    }
    for (SourceCsv.Row row : csv.rows()) {
      String id = row.required("area_id");
      if (!id.matches("[a-z][a-z0-9-]*")) {
        throw row.error("area_id", "must be lower-case letters, digits and '-', got '" + id + "'");
      }
      if (areas.put(id, area(row)) != null) {
        throw row.error("area_id", "duplicate id '" + id + "'");
      }
    }
    CuratedDataset out = dataset(csv.fileName());
    for (SourceCsv.Row row : csv.rows()) {
      out.report().read();
      String id = row.get("area_id");
      double area = areas.get(id);
      String quote = row.required("quote");
      if (!mentions(quote, area)) {
        throw row.error("quote", "does not contain the area " + SourceValues.format(area) + " as written");
      }
      String url = row.address("source_url");
      String partOf = row.get("part_of");
      String territory = row.required("territory");
      if (!id.equals(territory)) {
        if (!territoryOf.containsKey(territory)) {
          throw row.error("territory", "names no row '" + territory + "'; name the row whose area_id is the territory's own");
        }
        if (!territory.equals(territoryOf.get(territory))) {
          throw row.error("territory", "'" + territory + "' is itself a figure of '" + territoryOf.get(territory)
              + "'; name that territory");
        }
        if (!partOf.equals(partOfById.get(territory))) {
          throw row.error("part_of", "'" + partOf + "' differs from its territory '" + territory + "', part of '"
              + partOfById.get(territory) + "'");
        }
      }
      String grade = row.required("grade");
      if (!GRADES.contains(grade)) {
        throw row.error("grade", "must be one of " + String.join(", ", GRADES) + ", got '" + grade + "'");
      }
      if (!partOf.isEmpty()) {
        Double whole = areas.get(partOf);
        if (whole == null) {
          throw row.error("part_of", "names no row '" + partOf + "'");
        }
        if (whole <= area) {
          throw row.error("part_of", "'" + partOf + "' is not larger than '" + id + "'");
        }
      }
      String iso3 = row.get("iso3");
      if (!iso3.isEmpty()) {
        if (!iso3.matches("[A-Z]{3}")) {
          throw row.error("iso3", "must be three capital letters");
        }
        Double listed = countryAreas.get(iso3);
        if (listed != null && listed.doubleValue() != area) {
          throw row.error("area_km2", "countries.json gives " + SourceValues.format(listed) + " km2 for " + iso3);
        }
      }
      out.keep(id, territory, row.required("name"), partOf, iso3, SourceValues.format(area), row.required("as_of"),
          grade, row.required("source_title"), url, quote, row.get("note"));
    }
    out.sortByColumns(1);
    return out;
  }

  private static double area(SourceCsv.Row row) {
    String text = row.required("area_km2");
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw row.error("area_km2", "not a number: '" + text + "'");
    }
    if (!(v > 0)) {
      throw row.error("area_km2", "must be positive");
    }
    return v;
  }

  /** Returns true when the quote contains the value as written: 16171, 16,171 or 16 171. */
  static boolean mentions(String quote, double value) {
    String plain = SourceValues.format(value);
    String grouped = String.format(Locale.ROOT, "%,d", (long) value);
    return value == Math.rint(value)
        ? quote.contains(plain) || quote.contains(grouped) || quote.contains(grouped.replace(',', ' '))
        : quote.contains(plain);
  }

  private static CuratedDataset dataset(String sourceFile) {
    return new CuratedDataset(
        NAME,
        "Areas of territories the papers compare (km2), with sources",
        "One row per published figure: total area in km2, the territory it measures and the one it is part of, "
            + "the date, the grade, the source page and its exact sentence. Hand-kept in " + CuratedInputs.projectPath(sourceFile) + ".",
        List.of(
            Column.of("area_id", "string", "Stable id, e.g. chechnya").required(),
            Column.of("territory", "string", "area_id of the territory's own row; other rows with it are other "
                + "published figures of the same territory").required(),
            Column.of("name", "string", "Name of the territory").required(),
            Column.of("part_of", "string", "area_id of the territory this one lies in, if any"),
            Column.of("iso3", "string", "ISO 3166-1 alpha-3 code for a state").pattern(Column.ISO3),
            Column.of("area_km2", "number", "Total area").unit("km2").required().range(0, null),
            Column.of("as_of", "string", "Date or vintage of the figure; n.d. for an undated page").required(),
            Column.of("grade", "string", "primary: the publisher's own page; secondary: relayed by another page; "
                + "derived: computed").required().oneOf("primary", "secondary", "derived"),
            Column.of("source_title", "string", "Title of the source").required(),
            Column.of("source_url", "string", "Address of the source").required(),
            Column.of("quote", "string", "The source's words giving the figure").required(),
            Column.of("note", "string", "Caveats: other published figures, definitions")))
        .primaryKey("area_id")
        .source("Hand-kept areas-source.csv (treatylab), each row citing its page", CuratedInputs.projectPath(sourceFile))
        .source("world-countries 5.1.0 (mledoze/countries, ODbL 1.0): area field", "https://github.com/mledoze/countries")
        .caveat("Published areas of the Chechen Republic differ by source and vintage (boundary with Ingushetia redrawn in 2018): one row per figure found, territory chechnya.")
        .caveat("Areas are total areas including inland water.");
  }
}
