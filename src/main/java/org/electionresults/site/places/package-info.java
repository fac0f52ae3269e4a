/**
 * Drill-down from departments and countries abroad to each polling station and mesa.
 */
@NullMarked
package org.electionresults.site.places;

import org.jspecify.annotations.NullMarked;
