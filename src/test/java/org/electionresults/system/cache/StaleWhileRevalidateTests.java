package org.electionresults.system.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.system.DataVersion;
import org.electionresults.system.SnapshotReader;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * After a commit the page cache keeps serving the previous version's answer, whole and with its own
 * validators, to every reader but the one rendering the new version; once that render is done,
 * everyone gets the new one. Without an older answer to fall back on, readers wait for the render.
 * The filter alone, with an application that renders on demand (no database: what is tested is which
 * answer the cache gives while a render is in progress).
 */
class StaleWhileRevalidateTests {

	private final AtomicLong committed = new AtomicLong(1);

	private final AtomicBoolean databaseAway = new AtomicBoolean();

	private final DataVersionTracker versions = new DataVersionTracker(() -> {
		if (this.databaseAway.get()) {
			throw new IllegalStateException("database away");
		}
		return new Version(this.committed.get(), Instant.ofEpochSecond(1_600_000_000L + this.committed.get()));
	});

	private final PageCacheFilter filter = new PageCacheFilter(this.versions, 1 << 20);

	private final Application application = new Application();

	@Test
	void whileTheNewVersionRendersReadersGetThePreviousOneThenTheNewOne() throws Exception {
		this.versions.refresh();
		MockHttpServletResponse first = get();
		assertThat(first.getContentAsString()).isEqualTo("totals of version 1");
		assertThat(first.getHeader("ETag")).isEqualTo("W/\"v1-es\"");

		commit(2);
		this.application.holdNextRender();
		CompletableFuture<MockHttpServletResponse> rendering = CompletableFuture.supplyAsync(this::getUnchecked);
		assertThat(this.application.rendering.await(10, TimeUnit.SECONDS)).isTrue();

		// A render of version 2 is in progress: the others are answered at once with version 1, body
		// and validators together, and a conditional request for version 1 is still 304.
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse stale = get();
			assertThat(stale.getStatus()).isEqualTo(200);
			assertThat(stale.getContentAsString()).isEqualTo("totals of version 1");
			assertThat(stale.getHeader("ETag")).isEqualTo("W/\"v1-es\"");
			assertThat(stale.getDateHeader("Last-Modified")).isEqualTo(1_600_000_001_000L);
		}
		assertThat(get("If-None-Match", "W/\"v1-es\"").getStatus()).isEqualTo(304);
		assertThat(rendering).isNotDone();
		assertThat(this.application.renders).hasValue(2);

		this.application.releaseRender();
		MockHttpServletResponse rendered = rendering.get(10, TimeUnit.SECONDS);
		assertThat(rendered.getContentAsString()).isEqualTo("totals of version 2");
		assertThat(rendered.getHeader("ETag")).isEqualTo("W/\"v2-es\"");

		// The new version is kept: everyone gets it, and it was rendered once.
		MockHttpServletResponse fresh = get();
		assertThat(fresh.getContentAsString()).isEqualTo("totals of version 2");
		assertThat(fresh.getHeader("ETag")).isEqualTo("W/\"v2-es\"");
		assertThat(get("If-None-Match", "W/\"v1-es\"").getStatus()).isEqualTo(200);
		assertThat(this.application.renders).hasValue(2);
	}

	@Test
	void theFirstReaderAfterACommitRendersTheNewVersionWhenNoRenderIsInProgress() throws Exception {
		this.versions.refresh();
		get();
		commit(2);
		MockHttpServletResponse next = get();
		assertThat(next.getContentAsString()).isEqualTo("totals of version 2");
		assertThat(next.getHeader("ETag")).isEqualTo("W/\"v2-es\"");
		assertThat(this.application.renders).hasValue(2);
	}

	@Test
	void nothingOlderIsServedWhileTheVersionIsUnknown() throws Exception {
		this.versions.refresh();
		get();
		// The database is away: the version cannot be read, so no kept answer is current or merely stale;
		// the request goes to the application (which answers 503 in reality).
		this.databaseAway.set(true);
		this.versions.refresh();
		get();
		assertThat(this.application.renders).hasValue(2);
	}

	private void commit(long version) {
		this.committed.set(version);
		this.versions.refresh();
	}

	private MockHttpServletResponse get(String... headers) throws IOException, ServletException {
		MockHttpServletRequest request = request();
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.application);
		return response;
	}

	private MockHttpServletResponse getUnchecked() {
		try {
			return get();
		}
		catch (IOException | ServletException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/results/president");
		return request;
	}

	/** Renders the totals of the committed version, as SnapshotReader labels them; a render can be held. */
	private final class Application implements FilterChain {

		final AtomicInteger renders = new AtomicInteger();

		volatile CountDownLatch rendering = new CountDownLatch(0);

		private volatile CountDownLatch release = new CountDownLatch(0);

		void holdNextRender() {
			this.rendering = new CountDownLatch(1);
			this.release = new CountDownLatch(1);
		}

		void releaseRender() {
			this.release.countDown();
		}

		@Override
		public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
				throws IOException {
			long version = StaleWhileRevalidateTests.this.committed.get();
			this.renders.incrementAndGet();
			this.rendering.countDown();
			try {
				this.release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			HttpServletResponse http = (HttpServletResponse) response;
			request.setAttribute(SnapshotReader.VERSION_ATTRIBUTE,
					new Version(version, Instant.ofEpochSecond(1_600_000_000L + version)));
			http.setStatus(200);
			http.setHeader("Cache-Control", "public, max-age=5");
			http.setHeader("ETag", "W/\"v" + version + "-es\"");
			http.setDateHeader("Last-Modified", (1_600_000_000L + version) * 1000);
			http.setContentType("text/plain;charset=UTF-8");
			http.getOutputStream().write(("totals of version " + version).getBytes(StandardCharsets.UTF_8));
		}

	}

	private record Version(long dataVersion, Instant updatedAt) implements DataVersion {
	}

}
