package org.electionresults.system.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place errors inside Spring MVC are answered. The API gets RFC 9457 problem details for
 * every error (400, 404, 405, 413, 503, …; the security filters write their 401, 403 and 429 with
 * the same {@link ApiProblems}); pages get the friendly error pages. A 422 of the upload API is not
 * an error of the request but its answer: it keeps the upload report as its body. No stack trace
 * reaches anyone.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ErrorAdvice.class);

	private final ApiProblems problems;

	private final MessageSource messages;

	ErrorAdvice(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	/** While the database cannot be reached: 503, and the pool reconnects by itself when it is back. */
	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, QueryTimeoutException.class })
	Object unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		logger.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "10");
		return answer(HttpStatus.SERVICE_UNAVAILABLE, request, response, new ModelAndView("error/503"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		ModelAndView page = new ModelAndView("error/413");
		page.addObject("message", this.messages.getMessage("upload.tooLarge", null, locale));
		return answer(HttpStatus.CONTENT_TOO_LARGE, request, response, page);
	}

	/**
	 * Anything else thrown by an API handler becomes a problem with its status; pages let Spring's
	 * own resolvers and the error pages answer, as before.
	 */
	@ExceptionHandler(Exception.class)
	Object other(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!ApiProblems.isApi(request) || ex instanceof AccessDeniedException
				|| ex instanceof AuthenticationException) {
			throw ex;
		}
		HttpStatusCode status = statusOf(ex);
		if (status.is5xxServerError()) {
			logger.error("Error answering {} {}", request.getMethod(), request.getRequestURI(), ex);
		}
		return answer(status, request, response, null);
	}

	private Object answer(HttpStatusCode status, HttpServletRequest request, HttpServletResponse response,
			ModelAndView page) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (ApiProblems.isApi(request) || page == null) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.problems.of(status, request));
		}
		page.setStatus(status);
		return page;
	}

	private static HttpStatusCode statusOf(Exception ex) {
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode();
		}
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (annotated != null) {
			return annotated.code();
		}
		if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException
				|| ex instanceof ServletRequestBindingException || ex instanceof MissingServletRequestPartException) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
