/**
 * Maps drawn on the server as SVG: the departments on the overview, a department's
 * municipalities and polling stations on its page, and the 339 municipalities by layer at
 * {@code /maps}. Boundaries are projected and simplified once at start-up.
 */
@NullMarked
package org.electionresults.site.maps;

import org.jspecify.annotations.NullMarked;
