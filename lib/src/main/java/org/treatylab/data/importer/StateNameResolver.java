package org.treatylab.data.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.treatylab.data.Datasets;

/**
 * Maps any spelling of a state's name to its ISO 3166-1 alpha-3 code: UN Treaty Collection names
 * ("Netherlands (Kingdom of the)", "Türkiye", "St. Kitts and Nevis"), ISO and UN M49 names, Wikipedia
 * and Landmine Monitor spellings ("Korea, North", "Laos"), and historical names ("Serbia and
 * Montenegro", "Zaire", "Burma", "Swaziland", "Czech Republic").
 *
 * <p>Matching ignores case, accents, punctuation, the word "the" and the order around a comma
 * ("Korea, Republic of" = "Republic of Korea"), and reads "St." as "Saint". It never guesses beyond
 * that: a name it does not know is an error, never a silent drop.
 *
 * <p>The {@linkplain #standard() standard} resolver reads the curated {@code state_names.csv}: the
 * names of every entity in the ISO 3166 / UN M49 tables, the spellings and official names of the
 * {@code world-countries} package, the UN member lists, and a short hand-kept table of historical and
 * colloquial names with a citation per row (see that dataset's {@code source_id}). Former states with
 * no successor take their ISO 3166-3 code (e.g. {@code CSK} Czechoslovakia, {@code DDR}, {@code YUG}).
 *
 * <pre>{@code
 * String iso3 = StateNameResolver.standard().iso3("Côte d'Ivoire");   // "CIV"
 * Optional<String> maybe = StateNameResolver.standard().find("Atlantis"); // empty
 * }</pre>
 */
public final class StateNameResolver {
  /** The curated dataset of names the standard resolver reads. */
  public static final String DATASET = "state_names.csv";

  private static volatile StateNameResolver standard;

  private final Map<String, String> byKey;
  private final Map<String, Set<String>> ambiguous;

  private StateNameResolver(Map<String, String> byKey, Map<String, Set<String>> ambiguous) {
    this.byKey = byKey;
    this.ambiguous = ambiguous;
  }

  /** Returns the resolver built from the curated {@code state_names.csv} (cached). */
  public static StateNameResolver standard() {
    StateNameResolver r = standard;
    if (r == null) {
      Builder b = builder();
      try (InputStream in = Datasets.open(DATASET)) {
        readNames(in, b);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      r = b.build();
      standard = r;
    }
    return r;
  }

  /** Forgets the cached standard resolver (after the datasets were rebuilt). */
  public static void clearCache() {
    standard = null;
  }

  /** Starts an empty resolver; add names in order of trust (first source wins on a clash). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the ISO3 code for {@code name}, or empty when the name is unknown or ambiguous. */
  public Optional<String> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (String key : keys(name)) {
      String iso3 = byKey.get(key);
      if (iso3 != null) {
        return Optional.of(iso3);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the ISO3 code for {@code name}.
   *
   * @throws IllegalArgumentException naming the spelling when it is unknown or ambiguous
   */
  public String iso3(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(why(name)));
  }

  /**
   * Returns the ISO3 code for a name read from a source file.
   *
   * @throws ImportException naming the file, line and field when the name is unknown or ambiguous
   */
  public String iso3(String name, String file, int line, String field) {
    return find(name).orElseThrow(() -> new ImportException(file, line, field, why(name)));
  }

  private String why(String name) {
    for (String key : keys(name == null ? "" : name)) {
      if (ambiguous.containsKey(key)) {
        return "state name '" + name + "' is ambiguous (could be " + ambiguous.get(key)
            + "); add it to state_name_aliases.csv";
      }
    }
    return "unknown state name '" + name + "': add the spelling to "
        + "datasets/curated-inputs/state_name_aliases.csv with its ISO3 code and a citation";
  }

  /** Returns the matching keys of a name: its normal form and, around a comma, the swapped form. */
  static List<String> keys(String name) {
    List<String> out = new ArrayList<>();
    out.add(normalise(name));
    int comma = name.indexOf(',');
    if (comma > 0) {
      out.add(normalise(name.substring(comma + 1) + " " + name.substring(0, comma)));
    }
    return out;
  }

  /** The normal form used for matching. */
  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", " and ");
    s = s.replaceAll("\\bst\\.?(?=\\s)", "saint");
    s = s.replaceAll("[^a-z0-9]+", " ");
    s = (" " + s + " ").replace(" the ", " ").replace(" the ", " ");
    return s.trim().replaceAll("\\s+", " ");
  }

  static void readNames(InputStream in, Builder b) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    for (SourceCsv.Row row : SourceCsv.parse(DATASET, text).requireColumns("name", "iso3").rows()) {
      b.add(row.get("name"), row.get("iso3"));
    }
  }

  /**
   * Collects names. Trusted names ({@link #add}) win: the first code given for a spelling stays.
   * Loose names ({@link #addLoose}, e.g. alternative spellings) only fill gaps, and a spelling that
   * two loose entries give to different states is dropped as ambiguous.
   */
  public static final class Builder {
    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> trustedKeys = new TreeSet<>();
    private final Map<String, String> looseFirst = new HashMap<>();
    private final Map<String, Set<String>> ambiguous = new HashMap<>();

    private Builder() {}

    /** Adds a trusted name: the first code given for a spelling wins. */
    public Builder add(String name, String iso3) {
      String key = normalise(name);
      if (!key.isEmpty() && !byKey.containsKey(key)) {
        byKey.put(key, iso3);
        trustedKeys.add(key);
      }
      return this;
    }

    /** Adds a name from a less careful list; see the class comment. */
    public Builder addLoose(String name, String iso3) {
      String key = normalise(name);
      if (key.isEmpty() || trustedKeys.contains(key)) {
        return this;
      }
      String before = looseFirst.putIfAbsent(key, iso3);
      if (before == null) {
        byKey.put(key, iso3);
      } else if (!before.equals(iso3)) {
        byKey.remove(key);
        ambiguous.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(before, iso3));
      }
      return this;
    }

    /** Returns the code a spelling has so far, if any. */
    public Optional<String> find(String name) {
      return Optional.ofNullable(byKey.get(normalise(name)));
    }

    /** Builds the resolver. */
    public StateNameResolver build() {
      return new StateNameResolver(Map.copyOf(byKey), Collections.unmodifiableMap(new HashMap<>(ambiguous)));
    }
  }
}
