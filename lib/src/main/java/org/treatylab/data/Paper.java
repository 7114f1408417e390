package org.treatylab.data;

/**
 * The three papers whose quantitative claims the project checks, with their full citations. The
 * {@link #key()} prefixes every claim id of the paper (e.g. {@code petrova2019.regional-share.first-month-signing}).
 */
public enum Paper {
  /**
   * Petrova, Margarita H. 2019. "Naming and Praising in Humanitarian Norm Development." World Politics
   * 71 (3): 586–630.
   */
  PETROVA_2019(
      "petrova2019",
      "Petrova, Margarita H. 2019. \"Naming and Praising in Humanitarian Norm Development.\" World Politics 71 (3): 586-630.",
      "001_6ecfe503fcb19513.txt"),
  /**
   * Varda, Milan, and Uroš Popadić. 2025. "Do Wishes Matter? National Security and the Limits of
   * Normative Entrepreneurship in Anti-Personnel Landmine Regime Formation." The Review of
   * International Affairs LXXVI (1194): 165–189. doi:10.18485/iipe_ria.2025.76.1194.1.
   */
  VARDA_POPADIC_2025(
      "varda2025",
      "Varda, Milan, and Uros Popadic. 2025. \"Do Wishes Matter? National Security and the Limits of Normative Entrepreneurship in Anti-Personnel Landmine Regime Formation.\" The Review of International Affairs LXXVI (1194): 165-189. https://doi.org/10.18485/iipe_ria.2025.76.1194.1",
      "000_978612f47de653d1.txt"),
  /**
   * An essay (author and year not given; written c. 2010) on why Russia stays outside the Ottawa
   * Treaty: Chechnya, demining costs, and nashe.
   */
  RUSSIA_ESSAY_C2010(
      "russia-essay",
      "Anonymous (c. 2010). Essay on why Russia stays outside the Ottawa Treaty: Chechnya, demining costs, nashe. Author and year not given.",
      "002_27d1a64cf301f76b.txt");

  private final String key;
  private final String citation;
  private final String textFile;

  Paper(String key, String citation, String textFile) {
    this.key = key;
    this.citation = citation;
    this.textFile = textFile;
  }

  /** Returns the short key that prefixes the paper's claim ids, e.g. {@code petrova2019}. */
  public String key() {
    return key;
  }

  /** Returns the full citation. */
  public String citation() {
    return citation;
  }

  /** Returns the name of the paper's text file in the shared {@code papers/} folder (not shipped). */
  public String textFile() {
    return textFile;
  }

  /**
   * Returns the paper with the given key.
   *
   * @throws IllegalArgumentException for an unknown key
   */
  public static Paper ofKey(String key) {
    for (Paper p : values()) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown paper key '" + key + "'");
  }
}
