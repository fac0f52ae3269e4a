/**
 * 2019 beside 2020 for every municipality: the comparison page, sortable and filtered on the server.
 */
@NullMarked
package org.electionresults.site.comparison;

import org.jspecify.annotations.NullMarked;
