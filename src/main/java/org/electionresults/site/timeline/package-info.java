/**
 * The count timeline: the leader's share and lead after each upload.
 */
@NullMarked
package org.electionresults.site.timeline;

import org.jspecify.annotations.NullMarked;
