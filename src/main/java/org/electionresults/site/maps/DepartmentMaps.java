package org.electionresults.site.maps;

/**
 * The two maps of a department's page.
 *
 * @param municipalities its municipalities by leader
 * @param stations its polling stations as dots
 */
public record DepartmentMaps(AreaMap municipalities, AreaMap stations) {

}
