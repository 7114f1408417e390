package org.treatylab.data;

import java.time.LocalDate;

/**
 * Where a treaty's data come from: the depositary's status page and its date.
 *
 * @param title the page's title (the treaty's full name) and UNTC number
 * @param url the page's address
 * @param statusAsAt the page's "STATUS AS AT" date
 * @param sourceId the id used in the datasets' {@code source_id} column
 */
public record TreatySource(String title, String url, LocalDate statusAsAt, String sourceId) {
  /** A one-line citation. */
  @Override
  public String toString() {
    if (sourceId.startsWith("user:")) {
      return "user-supplied records up to " + statusAsAt;
    }
    return "United Nations Treaty Collection, " + title + ", status as at " + statusAsAt + ", " + url;
  }
}
