package org.treatylab.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standard resolver (curated state_names.csv) knows UNTC, ISO, Wikipedia, Monitor and historical spellings. */
class StateNameResolverTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Türkiye|TUR", "Turkey|TUR", "Netherlands (Kingdom of the)|NLD", "Côte d'Ivoire|CIV", "Cote d'Ivoire|CIV",
    "St. Kitts and Nevis|KNA", "Saint Kitts and Nevis|KNA", "Czech Republic|CZE", "Czechia|CZE",
    "Serbia and Montenegro|SRB", "Swaziland|SWZ", "Eswatini|SWZ", "Zaire|COD", "Burma|MMR",
    "Bahamas (The)|BHS", "Bolivia (Plurinational State of)|BOL", "Korea, Republic of|KOR",
    "Democratic People's Republic of Korea|PRK", "Congo|COG", "Democratic Republic of the Congo|COD",
    "Holy See|VAT", "State of Palestine|PSE", "Cook Islands|COK", "Niue|NIU", "Russian Federation|RUS",
    "Lao People's Democratic Republic|LAO", "Micronesia (Federated States of)|FSM", "Viet Nam|VNM",
    "Vietnam|VNM", "United Kingdom of Great Britain and Northern Ireland|GBR", "North Macedonia|MKD",
    "The former Yugoslav Republic of Macedonia|MKD", "Czechoslovakia|CSK", "Yugoslavia|YUG"
  })
  void resolves(String name, String iso3) {
    assertEquals(iso3, StateNameResolver.standard().iso3(name));
  }

  @Test
  void unknownNameIsAClearError() {
    assertTrue(StateNameResolver.standard().find("Atlantis").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StateNameResolver.standard().iso3("Atlantis"));
    assertTrue(e.getMessage().contains("Atlantis"));
    ImportException ie = assertThrows(ImportException.class,
        () -> StateNameResolver.standard().iso3("Atlantis", "monitor.csv", 7, "country"));
    assertEquals("monitor.csv", ie.file());
    assertEquals(7, ie.line());
    assertEquals("country", ie.field());
  }
}
