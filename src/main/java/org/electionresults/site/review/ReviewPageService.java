package org.electionresults.site.review;

import java.util.List;
import java.util.Map;

import org.electionresults.review.ReviewFilter;
import org.electionresults.review.ReviewRule;
import org.electionresults.review.ReviewService;

import org.springframework.stereotype.Service;

/** Composes the review page from the stored flags. */
@Service
class ReviewPageService {

	private final ReviewService reviews;

	ReviewPageService(ReviewService reviews) {
		this.reviews = reviews;
	}

	ReviewView page(ReviewFilter filter, int page) {
		Map<String, String> municipalities = (filter.department() != null)
				? this.reviews.municipalitiesWithFlags(filter.department()) : Map.of();
		return new ReviewView(this.reviews.summary(), filter, this.reviews.flags(filter, page), municipalities,
				List.of(ReviewRule.values()));
	}

}
