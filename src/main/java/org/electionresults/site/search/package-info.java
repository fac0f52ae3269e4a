/**
 * The search page behind the header's search box.
 */
@NullMarked
package org.electionresults.site.search;

import org.jspecify.annotations.NullMarked;
