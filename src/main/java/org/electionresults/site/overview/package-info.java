/**
 * The national overview: presidential result, first-round verdict, progress.
 */
@NullMarked
package org.electionresults.site.overview;

import org.jspecify.annotations.NullMarked;
