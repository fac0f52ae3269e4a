package org.electionresults.system.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, pages answer a friendly 503 and the API a JSON 503, never a
 * stack trace; the connection pool reconnects by itself when the database is back.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	private final MessageSource messages;

	DatabaseUnavailableAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, QueryTimeoutException.class })
	Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		logger.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.RETRY_AFTER, "10");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "error",
						this.messages.getMessage("error.503.text", null, locale)));
		}
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

}
