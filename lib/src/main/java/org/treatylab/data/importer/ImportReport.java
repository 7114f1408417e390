package org.treatylab.data.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The count an importer owes its user: rows in = rows kept + rows rejected, with a reason for every
 * rejected row. Rejections are for rows that are deliberately not data (e.g. a footnote row); bad
 * input is an {@link ImportException}, never a silent rejection.
 */
public final class ImportReport {
  /** One row an importer did not keep, and why. */
  public record Rejection(String file, int line, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + reason;
    }
  }

  private final String dataset;
  private int rowsIn;
  private int rowsKept;
  private final List<Rejection> rejected = new ArrayList<>();

  /** Starts a report for the named curated dataset. */
  public ImportReport(String dataset) {
    this.dataset = dataset;
  }

  /** Records that a source row was read. */
  public void read() {
    rowsIn++;
  }

  /** Records that a source row was kept. */
  public void kept() {
    rowsKept++;
  }

  /** Records that a source row was not kept, with the reason. */
  public void rejected(String file, int line, String reason) {
    rejected.add(new Rejection(file, line, reason));
  }

  /** Returns the number of source rows read. */
  public int rowsIn() {
    return rowsIn;
  }

  /** Returns the number of rows kept. */
  public int rowsKept() {
    return rowsKept;
  }

  /** Returns the rejected rows with their reasons. */
  public List<Rejection> rejections() {
    return List.copyOf(rejected);
  }

  /**
   * Returns true when every row read was either kept or rejected with a reason.
   */
  public boolean balanced() {
    return rowsIn == rowsKept + rejected.size();
  }

  /**
   * Throws if rows were lost: the importer read a row it neither kept nor rejected.
   *
   * @throws IllegalStateException naming the dataset and the counts
   */
  public ImportReport requireBalanced() {
    if (!balanced()) {
      throw new IllegalStateException(
          dataset + ": rows in " + rowsIn + " != kept " + rowsKept + " + rejected " + rejected.size());
    }
    return this;
  }

  /** Returns the one-line summary the importers print, e.g. {@code treaties.csv: in 12 = kept 12 + rejected 0}. */
  @Override
  public String toString() {
    return dataset + ": in " + rowsIn + " = kept " + rowsKept + " + rejected " + rejected.size();
  }
}
