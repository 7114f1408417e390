package org.treatylab.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import org.treatylab.base.Checks;

/**
 * A curated dataset with what a user needs to cite and trust it: the Tablesaw table, the title, the
 * sources and the caveats, all read from the dataset's entry in {@code datapackage.json}. Column types
 * come from the same entry, so no type is guessed from the data.
 */
public final class CuratedTable {

  private final String name;
  private final String title;
  private final List<String> sources;
  private final List<String> caveats;
  private final Table table;

  private CuratedTable(String name, String title, List<String> sources, List<String> caveats, Table table) {
    this.name = name;
    this.title = title;
    this.sources = List.copyOf(sources);
    this.caveats = List.copyOf(caveats);
    this.table = table;
  }

  /**
   * Returns the curated dataset with the given resource name (e.g. {@code monitor_funding}), its rows
   * from the CSV and its title, sources and caveats from {@code datapackage.json}.
   *
   * @param name the resource's name in {@code datapackage.json}, not null
   * @throws IllegalArgumentException when datapackage.json does not describe it: "unknown dataset name
   *     'monitor_fundings' — did you mean monitor_funding? (known: …)"
   */
  public static CuratedTable load(String name) {
    JsonNode resource = resource(name);
    Table t = Datasets.typed(resource.path("path").asText()).setName(name);
    List<String> sources = new ArrayList<>();
    resource.path("sources").forEach(s -> sources.add(s.path("title").asText() + " <" + s.path("path").asText() + ">"));
    List<String> caveats = new ArrayList<>();
    resource.path("caveats").forEach(c -> caveats.add(c.asText()));
    return new CuratedTable(name, resource.path("title").asText(), sources, caveats, t);
  }

  /** Returns a new curated table with the same metadata over other rows (e.g. a filtered copy). */
  CuratedTable with(Table rows) {
    return new CuratedTable(name, title, sources, caveats, rows);
  }

  private static JsonNode resource(String name) {
    Checks.notNull(name, "name");
    List<String> names = new ArrayList<>();
    for (JsonNode r : Datasets.resources()) {
      if (r.path("name").asText().equals(name)) {
        return r;
      }
      names.add(r.path("name").asText());
    }
    throw Checks.unknown("dataset name", name, names, "datapackage.json");
  }

  /** Returns the resource name. */
  public String name() {
    return name;
  }

  /** Returns the one-line title. */
  public String title() {
    return title;
  }

  /** Returns the sources as "title &lt;address&gt;". */
  public List<String> sources() {
    return sources;
  }

  /** Returns the caveats a user must know before using the data. */
  public List<String> caveats() {
    return caveats;
  }

  /** Returns the rows as a Tablesaw table (a copy the caller may change). */
  public Table table() {
    return table.copy();
  }

  /** Returns the number of rows. */
  public int rowCount() {
    return table.rowCount();
  }

  @Override
  public String toString() {
    return title + " (" + name + ", " + table.rowCount() + " rows)";
  }
}
