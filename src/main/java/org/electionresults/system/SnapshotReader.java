package org.electionresults.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every public answer (page, JSON, CSV) is computed through here: one read-only repeatable-read
 * transaction whose first statement reads the data version, so the whole answer shows one committed
 * state of the count, and the validators it is sent with ({@code ETag}, {@code Last-Modified}) name
 * that state, whether the page cache is on or off, signed in or not, in every language. Read-only
 * transactions go to the read replica when one is configured.
 */
@Component
public class SnapshotReader {

	/** Request attribute (and template variable) holding the {@link DataVersion} a response shows. */
	public static final String VERSION_ATTRIBUTE = "snapshot";

	private final DataVersionSource versions;

	private final TransactionTemplate transaction;

	private final List<SnapshotDetails> details;

	SnapshotReader(DataVersionSource versions, PlatformTransactionManager transactionManager,
			ObjectProvider<SnapshotDetails> details) {
		this.versions = versions;
		this.details = details.orderedStream().toList();
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setReadOnly(true);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Computes {@code query} in one snapshot and, inside a request, labels the response with it. */
	public <T> T read(Supplier<T> query) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return snapshot(query).value();
		}
		Map<String, Object> shown = new LinkedHashMap<>();
		Snapshot<T> snapshot = this.transaction.execute((status) -> {
			DataVersion version = this.versions.current();
			T value = query.get();
			this.details.forEach((detail) -> shown.put(detail.attribute(), detail.read()));
			return new Snapshot<>(version, value);
		});
		HttpServletRequest request = attributes.getRequest();
		shown.forEach(request::setAttribute);
		label(request, attributes.getResponse(), snapshot.version());
		return snapshot.value();
	}

	/** Computes {@code query} in one snapshot, outside any request. */
	public <T> Snapshot<T> snapshot(Supplier<T> query) {
		return this.transaction.execute((status) -> {
			DataVersion version = this.versions.current();
			return new Snapshot<>(version, query.get());
		});
	}

	/** The weak entity tag of a public response: the data version and the language it is in. */
	public static String etag(DataVersion version, Locale locale) {
		return "W/\"v" + version.dataVersion() + "-" + locale.getLanguage() + "\"";
	}

	private static void label(HttpServletRequest request, HttpServletResponse response, DataVersion version) {
		request.setAttribute(VERSION_ATTRIBUTE, version);
		String cacheControl = (response != null) ? response.getHeader(HttpHeaders.CACHE_CONTROL) : null;
		if (cacheControl == null || !cacheControl.startsWith("public")) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, etag(version, RequestContextUtils.getLocale(request)));
		if (version.updatedAt() != null) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, version.updatedAt().toEpochMilli());
		}
	}

}
