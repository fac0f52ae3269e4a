package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.electionresults.TallyDatabase;
import org.electionresults.ingest.UploadFiles;
import org.electionresults.ingest.UploadReport;
import org.electionresults.ingest.UploadStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The publication chain as an outside verifier sees it: everything is downloaded over HTTP and
 * every digest and link recomputed here, independently of the application's code.
 */
class PublicationChainTests extends CountIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FILES = List.of("president.csv", "deputies-uninominal.csv",
			"deputies-special.csv");

	@Test
	void publicationZeroIsTheEmptyCountWithHeaderOnlyFilesThatMatchItsManifest() throws IOException {
		JsonNode manifest = json(download("/data/publications/0/manifest.json"));
		assertThat(manifest.get("number").asInt()).isZero();
		assertThat(manifest.get("previous").asString()).isEqualTo("0".repeat(64));
		assertThat(manifest.get("upload").isNull()).isTrue();
		for (JsonNode file : manifest.get("files")) {
			byte[] bytes = download("/data/publications/0/" + file.get("name").asString());
			assertThat(sha256(bytes)).isEqualTo(file.get("sha256").asString());
			assertThat((long) bytes.length).isEqualTo(file.get("bytes").asLong());
			assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("CODIGO_MESA,CANDIDATURA,")
				.endsWith(",VERSION,UPLOAD\n")
				.doesNotContain("\r");
			assertThat(file.get("rows").asLong()).isZero();
		}
	}

	@Test
	void everyFileAndManifestDigestAndEveryLinkOfTheChainRecomputeFromTheDownloadedBytes() throws IOException {
		uploadThree();
		List<JsonNode> publications = listed();
		assertThat(publications).extracting((p) -> p.get("number").asInt()).containsExactly(3, 2, 1, 0);
		String previous = "0".repeat(64);
		for (int n = 0; n <= 3; n++) {
			byte[] manifestBytes = download("/data/publications/" + n + "/manifest.json");
			JsonNode manifest = json(manifestBytes);
			assertThat(manifest.get("number").asInt()).isEqualTo(n);
			assertThat(manifest.get("previous").asString()).as("link %d", n).isEqualTo(previous);
			previous = sha256(manifestBytes);
			assertThat(publications.get(3 - n).get("sha256").asString()).isEqualTo(previous);
			assertThat(manifest.get("files")).hasSize(3);
			for (JsonNode file : manifest.get("files")) {
				byte[] bytes = download("/data/publications/" + n + "/" + file.get("name").asString());
				assertThat(sha256(bytes)).as("%s of %d", file.get("name"), n).isEqualTo(file.get("sha256").asString());
				assertThat((long) bytes.length).isEqualTo(file.get("bytes").asLong());
				assertThat(lines(bytes) - 1).isEqualTo(file.get("rows").asLong());
			}
		}
		JsonNode third = json(download("/data/publications/3/manifest.json"));
		assertThat(third.get("upload").get("snapshot").asBoolean()).isTrue();
		assertThat(third.get("changes").get("PRESIDENT").get("withdrawn").asLong()).isPositive();
		JsonNode second = json(download("/data/publications/2/manifest.json"));
		assertThat(second.get("changes").get("PRESIDENT").get("corrected").asLong()).isPositive();
	}

	@Test
	void publicationOneDownloadedAfterTwoAndThreeIsByteForByteWhatItWasRightAfterUploadOne() throws IOException {
		CountFixture.upload(this.uploads, this.dir, "first.csv", CountFixture.export().firstMesas(150).build());
		Map<String, byte[]> before = new LinkedHashMap<>();
		for (String file : FILES) {
			before.put(file, download("/data/publications/1/" + file));
		}
		byte[] manifestBefore = download("/data/publications/1/manifest.json");
		CountFixture.upload(this.uploads, this.dir, "second.csv",
				CountFixture.export().firstMesas(200).correct((mesa) -> mesa.index() % 7 == 0, 1).build());
		UploadReport third = this.uploads.ingest(UploadFiles.attempt(UploadFiles.write(this.dir, "third.csv",
				CountFixture.export().firstMesas(100).build()).file(), true));
		assertThat(third.status()).isEqualTo(UploadStatus.COMMITTED);
		for (String file : FILES) {
			assertThat(download("/data/publications/1/" + file)).as(file).isEqualTo(before.get(file));
		}
		assertThat(download("/data/publications/1/manifest.json")).isEqualTo(manifestBefore);
	}

	@Test
	void aPlaceRenamedByALaterUploadKeepsItsOldNameInEarlierPublications() throws IOException {
		CountFixture.upload(this.uploads, this.dir, "first.csv", CountFixture.export().firstMesas(20).build());
		String before = new String(download("/data/publications/1/president.csv"), StandardCharsets.UTF_8);
		String[] firstRow = before.split("\n")[1].split(",", -1);
		String station = firstRow[14];
		// A name that must be quoted: a comma and double quotes.
		Path renamed = UploadFiles.text(this.dir, "renamed.csv",
				before.replace("," + station + ",", ",\"Escuela \"\"" + station + "\"\", patio\","));
		UploadReport report = this.uploads.ingest(UploadFiles.attempt(renamed, false));
		assertThat(report.status()).isEqualTo(UploadStatus.COMMITTED);
		assertThat(new String(download("/data/publications/2/president.csv"), StandardCharsets.UTF_8))
			.contains(",\"Escuela \"\"" + station + "\"\", patio\",");
		assertThat(new String(download("/data/publications/1/president.csv"), StandardCharsets.UTF_8))
			.isEqualTo(before)
			.doesNotContain("Escuela \"\"" + station);
		JsonNode manifest = json(download("/data/publications/2/manifest.json"));
		assertThat(sha256(download("/data/publications/2/president.csv")))
			.isEqualTo(manifest.get("files").get(0).get("sha256").asString());
	}

	@Test
	void aDownloadedFileReUploadedToAnEmptyDatabaseGivesTheSameTotals() throws IOException {
		uploadThree();
		List<Map<String, Object>> totals = nationalTotals();
		List<Path> files = new ArrayList<>();
		for (String file : FILES) {
			Path saved = this.dir.resolve("latest-" + file);
			Files.write(saved, download("/data/publications/3/" + file));
			files.add(saved);
		}
		TallyDatabase.reset(this.jdbc);
		for (Path file : files) {
			UploadReport report = this.uploads.ingest(UploadFiles.attempt(file, false));
			assertThat(report.status()).as(file.toString()).isEqualTo(UploadStatus.COMMITTED);
			assertThat(report.errorCount()).isZero();
		}
		assertThat(nationalTotals()).isEqualTo(totals);
	}

	@Test
	void aTallyAlteredBehindTheAppsBackNoLongerMatchesItsManifest() throws IOException {
		CountFixture.upload(this.uploads, this.dir);
		JsonNode manifest = json(download("/data/publications/1/manifest.json"));
		String recorded = manifest.get("files").get(0).get("sha256").asString();
		assertThat(sha256(download("/data/publications/1/president.csv"))).isEqualTo(recorded);
		this.jdbc.sql("""
				UPDATE tally SET blank = blank + 1, emitted = emitted + 1
				WHERE id = (SELECT min(id) FROM tally WHERE ballot = 'PRESIDENT')""").update();
		assertThat(sha256(download("/data/publications/1/president.csv"))).isNotEqualTo(recorded);
	}

	@Test
	void numberedAddressesAreImmutableWithAStrongEtagAndLatestRedirects() throws IOException {
		CountFixture.upload(this.uploads, this.dir);
		MvcTestResult manifest = this.mvc.get().uri("/data/publications/1/manifest.json").exchange();
		assertThat(manifest).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
		String etag = manifest.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isEqualTo("\"" + sha256(manifest.getResponse().getContentAsByteArray()) + "\"");
		assertThat(this.mvc.get().uri("/data/publications/1/manifest.json").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);

		MvcTestResult file = this.mvc.get().uri("/data/publications/1/president.csv").exchange();
		assertThat(file).hasStatusOk().headers().hasValue(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
		String fileTag = file.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(fileTag).isEqualTo("\"" + sha256(file.getResponse().getContentAsByteArray()) + "\"");
		assertThat(this.mvc.get().uri("/data/publications/1/president.csv").header(HttpHeaders.IF_NONE_MATCH, fileTag))
			.hasStatus(HttpStatus.NOT_MODIFIED);

		MvcTestResult gzipped = this.mvc.get()
			.uri("/data/publications/1/president.csv")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate")
			.exchange();
		assertThat(gzipped).hasStatusOk().headers().hasValue(HttpHeaders.CONTENT_ENCODING, "gzip");
		assertThat(gzipped.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(fileTag).startsWith("\"");
		try (GZIPInputStream in = new GZIPInputStream(
				new ByteArrayInputStream(gzipped.getResponse().getContentAsByteArray()))) {
			assertThat(in.readAllBytes()).isEqualTo(file.getResponse().getContentAsByteArray());
		}

		assertThat(this.mvc.get().uri("/data/publications/latest/president.csv")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/data/publications/1/president.csv");
		assertThat(this.mvc.get().uri("/data/publications/latest/manifest.json")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/data/publications/1/manifest.json");
		assertThat(this.mvc.get().uri("/data/publications/2/manifest.json")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/data/publications/1/other.csv")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void duplicatesAndRejectedUploadsAreNotPublications() throws IOException {
		UploadFiles.Written file = UploadFiles.write(this.dir, "count.csv", CountFixture.export().build());
		assertThat(this.uploads.ingest(UploadFiles.attempt(file.file(), false)).status())
			.isEqualTo(UploadStatus.COMMITTED);
		assertThat(this.uploads.ingest(UploadFiles.attempt(file.file(), false)).status())
			.isEqualTo(UploadStatus.DUPLICATE);
		Path broken = UploadFiles.text(this.dir, "broken.csv", "CODIGO_MESA,NADA\n1,2\n");
		assertThat(this.uploads.ingest(UploadFiles.attempt(broken, false)).status()).isEqualTo(UploadStatus.REJECTED);
		assertThat(listed()).extracting((p) -> p.get("number").asInt()).containsExactly(1, 0);
	}

	@Test
	void theFooterOfEveryPublicPageNamesTheCurrentPublicationAndItsHash() throws IOException {
		CountFixture.upload(this.uploads, this.dir);
		String hash = sha256(download("/data/publications/1/manifest.json"));
		for (String page : List.of("/", "/timeline", "/publications", "/chambers/senate")) {
			assertThat(this.mvc.get().uri(page)).hasStatusOk()
				.bodyText()
				.contains("Publicación n.º 1")
				.contains(hash.substring(0, 12))
				.contains("href=\"/publications\"");
		}
		assertThat(this.mvc.get().uri("/publications")).bodyText()
			.contains(hash)
			.contains("sha256sum")
			.contains("/data/publications/1/president.csv");
		assertThat(this.mvc.get().uri("/publications?lang=en")).bodyText().contains("How to verify").contains("sha256sum");
	}

	private void uploadThree() {
		CountFixture.upload(this.uploads, this.dir, "first.csv", CountFixture.export().firstMesas(150).build());
		CountFixture.upload(this.uploads, this.dir, "second.csv",
				CountFixture.export().firstMesas(250).correct((mesa) -> mesa.index() % 5 == 0, 1).build());
		UploadReport third = this.uploads.ingest(UploadFiles.attempt(UploadFiles.write(this.dir, "third.csv",
				CountFixture.export().firstMesas(200).correct((mesa) -> mesa.index() % 5 == 0, 1).build()).file(), true));
		assertThat(third.status()).isEqualTo(UploadStatus.COMMITTED);
	}

	private List<Map<String, Object>> nationalTotals() {
		return this.jdbc.sql("""
				SELECT ballot, mesas, registered, emitted, valid, blank, null_votes, votes::text AS votes FROM area_total
				WHERE level = 'NATIONAL' ORDER BY ballot""").query().listOfRows();
	}

	private List<JsonNode> listed() throws IOException {
		List<JsonNode> list = new ArrayList<>();
		json(download("/api/publications")).forEach(list::add);
		return list;
	}

	private byte[] download(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	private static JsonNode json(byte[] bytes) {
		return JSON.readTree(bytes);
	}

	private static long lines(byte[] bytes) {
		long count = 0;
		for (byte b : bytes) {
			if (b == '\n') {
				count++;
			}
		}
		return count;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
