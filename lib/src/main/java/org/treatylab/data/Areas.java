package org.treatylab.data;

import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;

/**
 * Areas in km² of the territories the papers compare, each row with its source page and sentence
 * ({@code areas.csv}, built by {@code org.treatylab.data.importer.AreasImporter} from a hand-kept file).
 *
 * <pre>{@code
 * Areas.share("chechnya", "russia");   // the Chechen Republic as a percentage of Russia's area
 * Areas.figures("chechnya");           // every published area of the Chechen Republic, one per source
 * }</pre>
 */
public final class Areas {
  private Areas() {}

  /** Returns the dataset with its sources and caveats. */
  public static CuratedTable data() {
    return CuratedTable.load("areas");
  }

  /** Returns the rows as a table. */
  public static Table table() {
    return data().table();
  }

  /**
   * Returns the area of one row of {@code areas.csv} in km².
   *
   * @param areaId the row's {@code area_id}, e.g. {@code "chechnya"}, not null
   * @throws IllegalArgumentException when no row has that id: "unknown area id 'Chechnya' (areaId) — did
   *     you mean chechnya? (known: chechnya, russia)"
   */
  public static double km2(String areaId) {
    return row(areaId, "areaId").doubleColumn("area_km2").getDouble(0);
  }

  /**
   * Returns the source (title and address) of one row of {@code areas.csv}.
   *
   * @throws IllegalArgumentException when no row has that id, with the nearest id
   */
  public static String sourceOf(String areaId) {
    Table rows = row(areaId, "areaId");
    return rows.stringColumn("source_title").get(0) + " <" + rows.stringColumn("source_url").get(0) + ">";
  }

  /**
   * Returns one territory's area as a share of another's, from {@code areas.csv}.
   *
   * @throws IllegalArgumentException when either id has no row, naming the argument and the nearest id
   */
  public static Share share(String partId, String wholeId) {
    return new Share(partId, wholeId, row(partId, "partId").doubleColumn("area_km2").getDouble(0),
        row(wholeId, "wholeId").doubleColumn("area_km2").getDouble(0));
  }

  /**
   * Returns every published figure of one territory's area in {@code areas.csv}: the rows whose
   * {@code territory} is {@code territoryId} (its own row and the other sources' figures), in file
   * order (by {@code area_id}).
   *
   * @param territoryId a territory's own {@code area_id}, e.g. {@code "chechnya"}, not null
   * @throws IllegalArgumentException when no row has that territory: "unknown territory 'chechyna'
   *     (territoryId) — did you mean chechnya? ..."
   */
  public static java.util.List<Figure> figures(String territoryId) {
    Checks.notNull(territoryId, "territoryId");
    Table t = table();
    Table rows = t.where(t.stringColumn("territory").isEqualTo(territoryId));
    if (rows.rowCount() == 0) {
      throw Checks.unknown("territory", "territoryId", territoryId,
          new java.util.TreeSet<>(t.stringColumn("territory").asList()), "Areas.table()");
    }
    java.util.List<Figure> out = new java.util.ArrayList<>();
    for (int i = 0; i < rows.rowCount(); i++) {
      out.add(new Figure(rows.stringColumn("area_id").get(i), rows.doubleColumn("area_km2").getDouble(i),
          rows.stringColumn("as_of").get(i), rows.stringColumn("grade").get(i),
          rows.stringColumn("source_title").get(i), rows.stringColumn("source_url").get(i)));
    }
    return java.util.List.copyOf(out);
  }

  /**
   * One published figure of a territory's area.
   *
   * @param areaId the row's id
   * @param km2 the area
   * @param asOf its date or vintage as the row gives it ("2012-01-01", "c.2015", "n.d.")
   * @param grade primary, secondary or derived
   * @param sourceTitle the source's title
   * @param sourceUrl the source's address
   */
  public record Figure(String areaId, double km2, String asOf, String grade, String sourceTitle, String sourceUrl) {
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])");

    /** Returns the year of {@link #asOf} (the first four-digit year in it), empty for an undated figure. */
    public java.util.OptionalInt year() {
      java.util.regex.Matcher m = YEAR.matcher(asOf);
      return m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1))) : java.util.OptionalInt.empty();
    }
  }

  /** The one row with this id, or an "unknown area id" error naming the argument and the nearest id. */
  private static Table row(String areaId, String argument) {
    Checks.notNull(areaId, argument);
    Table t = table();
    Table rows = t.where(t.stringColumn("area_id").isEqualTo(areaId));
    if (rows.rowCount() != 1) {
      throw Checks.unknown("area id", argument, areaId, t.stringColumn("area_id").asList(), "Areas.table()");
    }
    return rows;
  }

  /**
   * One area as a share of another.
   *
   * @param part the smaller territory's id
   * @param whole the larger territory's id
   * @param partKm2 its area, km²
   * @param wholeKm2 the larger area, km²
   */
  public record Share(String part, String whole, double partKm2, double wholeKm2) {
    /** Returns part / whole in percent. */
    public double percent() {
      return 100 * partKm2 / wholeKm2;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%s %,.0f km² of %s %,.0f km² = %.3f %% (sources: %s; %s)", part, partKm2, whole, wholeKm2,
          percent(), sourceOf(part), sourceOf(whole));
    }
  }
}
