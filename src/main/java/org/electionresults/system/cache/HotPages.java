package org.electionresults.system.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Renders the most read pages as soon as a new data version is seen, so that the first readers after
 * a commit find them ready instead of one of them waiting for the render. Each page is requested from
 * this node over loopback HTTP, anonymously, in each language: it goes through the page cache like any
 * reader's request, so it is rendered once for the version and kept under the version it shows.
 * Nothing happens until the web server has a port (never in tests without a server).
 * <p>
 * The renders run on a thread of their own, one version after the other, so the upload that made
 * the version does not wait for them (they took half a second of a national upload's answer); a
 * version already outdated when its turn comes is skipped. Readers who come before a page is ready
 * get the previous version's page meanwhile ({@link PageCacheFilter}).
 */
class HotPages implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(HotPages.class);

	private final List<String> paths;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicLong latest = new AtomicLong(-1);

	private final ExecutorService renderer;

	private volatile int port = -1;

	HotPages(List<String> paths) {
		this.paths = List.copyOf(paths);
		CustomizableThreadFactory threads = new CustomizableThreadFactory("hot-pages-");
		threads.setDaemon(true);
		this.renderer = Executors.newSingleThreadExecutor(threads);
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.port = event.getWebServer().getPort();
		}
	}

	/**
	 * Has each hot page of {@code version} rendered, in Spanish (no cookie) and English (the language
	 * cookie), on the render thread; returns at once.
	 */
	void render(long version) {
		if (this.port <= 0) {
			return;
		}
		this.latest.accumulateAndGet(version, Math::max);
		this.renderer.execute(() -> renderNow(version));
	}

	private void renderNow(long version) {
		int serverPort = this.port;
		for (String path : this.paths) {
			if (version < this.latest.get()) {
				// a newer version came meanwhile: its own turn renders these pages
				return;
			}
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

	@Override
	public void destroy() {
		this.renderer.shutdownNow();
	}

}
