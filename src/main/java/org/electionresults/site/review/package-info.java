/**
 * The review page: the published rules, their counts per department and the flagged mesas, each
 * a request to look at an acta again, not a finding.
 */
@NullMarked
package org.electionresults.site.review;

import org.jspecify.annotations.NullMarked;
