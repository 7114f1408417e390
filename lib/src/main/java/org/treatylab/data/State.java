package org.treatylab.data;

import java.time.LocalDate;

/**
 * One state of {@code states.csv}: a UN member, one of the four non-members that join treaties (Holy
 * See, State of Palestine, Cook Islands, Niue), or a former member (Czechoslovakia, GDR, Yugoslavia,
 * South Yemen). Regions are UN M49; {@code paperGroup} is the grouping used by the papers.
 *
 * @param iso3 ISO 3166-1 alpha-3 (former states: ISO 3166-3 alpha-3)
 * @param name name on the UN member list
 * @param m49Region M49 region, e.g. Africa
 * @param m49SubRegion M49 sub-region, e.g. Sub-Saharan Africa
 * @param m49IntermediateRegion M49 intermediate region or empty
 * @param paperGroup Africa; Latin America and the Caribbean; Pacific Islands (Oceania less Australia
 *     and New Zealand); other
 * @param subSaharanAfrica M49 sub-region Sub-Saharan Africa (Sudan is not: M49 puts it in Northern Africa)
 * @param unMember a UN member today
 * @param unAdmission date of admission, or null
 * @param current false for former states
 * @param note why a non-member or former member is listed
 */
public record State(String iso3, String name, String m49Region, String m49SubRegion, String m49IntermediateRegion,
    String paperGroup, boolean subSaharanAfrica, boolean unMember, LocalDate unAdmission, boolean current,
    String note) {}
