package org.electionresults.admin;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** A file over the size limit gets a 413: JSON for the API, a page for the form. */
@ControllerAdvice
class UploadTooLargeAdvice {

	private final MessageSource messages;

	UploadTooLargeAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		String message = this.messages.getMessage("upload.tooLarge", null, locale);
		if (request.getRequestURI().startsWith("/api/")) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("status", HttpStatus.CONTENT_TOO_LARGE.value(), "error", message));
		}
		ModelAndView page = new ModelAndView("error/413", HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("message", message);
		return page;
	}

}
