/**
 * Each party: votes, senators and deputies, constituencies won.
 */
@NullMarked
package org.electionresults.site.parties;

import org.jspecify.annotations.NullMarked;
