/**
 * The Senate and the Chamber of Deputies, with their hemicycles, and the single-member constituencies.
 */
@NullMarked
package org.electionresults.site.chambers;

import org.jspecify.annotations.NullMarked;
