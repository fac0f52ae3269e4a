/**
 * The pages of the two chambers, with their hemicycles, and of the single-member
 * constituencies.
 */
@NullMarked
package org.electionresults.seats.web;

import org.jspecify.annotations.NullMarked;
