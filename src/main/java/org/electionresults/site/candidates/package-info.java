/**
 * The presidential tickets, nationally and per department.
 */
@NullMarked
package org.electionresults.site.candidates;

import org.jspecify.annotations.NullMarked;
