package org.electionresults.system.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/**
 * Renders the most read pages as soon as a new data version is seen, so that the first readers after
 * a commit find them ready instead of one of them waiting for the render. Each page is requested from
 * this node over loopback HTTP, anonymously, in each language: it goes through the page cache like any
 * reader's request, so it is rendered once for the version and kept under the version it shows.
 * Nothing happens until the web server has a port (never in tests without a server).
 */
class HotPages {

	private static final Logger logger = LoggerFactory.getLogger(HotPages.class);

	private final List<String> paths;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile int port = -1;

	HotPages(List<String> paths) {
		this.paths = List.copyOf(paths);
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.port = event.getWebServer().getPort();
		}
	}

	/** Renders each hot page of {@code version} in Spanish (no cookie) and English (the language cookie). */
	void render(long version) {
		int serverPort = this.port;
		if (serverPort <= 0) {
			return;
		}
		for (String path : this.paths) {
			for (String language : new String[] { null, "en" }) {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path))
					.timeout(Duration.ofSeconds(10));
				if (language != null) {
					request.header("Cookie", PageCache.LANGUAGE + "=" + language);
				}
				try {
					this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
				}
				catch (Exception ex) {
					if (ex instanceof InterruptedException) {
						Thread.currentThread().interrupt();
						return;
					}
					// Readers render it themselves then: nothing is lost but the head start.
					logger.debug("Hot page {} of version {} not rendered ahead: {}", path, version, ex.toString());
				}
			}
		}
	}

}
