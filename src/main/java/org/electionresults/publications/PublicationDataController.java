package org.electionresults.publications;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.system.SnapshotReader;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The open data of each publication: {@code /data/publications/{n}/manifest.json} and its per-mesa
 * files. A numbered address never changes: cached for a year, immutable, with the SHA-256 the
 * manifest records as strong entity tag. {@code latest} redirects to the numbered address. Files
 * stream from a database cursor (constant memory), gzip-compressed when the client accepts it.
 */
@RestController
@Tag(name = "Publications", description = "Hash-chained publications of the count and their per-mesa files")
class PublicationDataController {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private static final String BASE = "/data/publications/";

	private final PublicationService publications;

	private final SnapshotReader reads;

	PublicationDataController(PublicationService publications, SnapshotReader reads) {
		this.publications = publications;
		this.reads = reads;
	}

	@GetMapping(BASE + "{number}/manifest.json")
	@Operation(summary = "Manifest of a publication",
			description = "The manifest bytes exactly as written when the upload committed; their SHA-256 is the "
					+ "publication's identity and the next manifest's `previous`. `latest` redirects (302) to the "
					+ "numbered address.")
	@ApiResponse(responseCode = "200", description = "The manifest",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Manifest.class)))
	@ApiResponse(responseCode = "302", description = "For `latest`: the numbered address")
	@ApiResponse(responseCode = "404", description = "No such publication")
	void manifest(@Parameter(description = "publication number, or `latest`", example = "3") @PathVariable String number,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (redirectedLatest(number, "manifest.json", response)) {
			return;
		}
		int n = number(number);
		PublicationService.StoredManifest manifest = this.publications.manifest(n)
			.orElseThrow(() -> new PublicationNotFoundException(number));
		response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
		if (new ServletWebRequest(request, response).checkNotModified(etag(manifest.sha256(), false))) {
			return;
		}
		response.setContentType("application/json");
		response.setContentLength(manifest.bytes().length);
		response.getOutputStream().write(manifest.bytes());
	}

	@GetMapping(BASE + "{number}/{file}")
	@Operation(summary = "Per-mesa file of a publication",
			description = "One row per acta counted in that publication (current versions as of it), sorted by "
					+ "mesa code, in the official export's columns plus VERSION and UPLOAD; UTF-8, `\\n` line ends. "
					+ "Rebuilt from the versioned tallies: its SHA-256 must equal the one in the manifest. "
					+ "Gzip-compressed when the request accepts it.")
	@ApiResponse(responseCode = "200", description = "The file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "302", description = "For `latest`: the numbered address")
	@ApiResponse(responseCode = "404", description = "No such publication or file")
	void file(@Parameter(description = "publication number, or `latest`", example = "3") @PathVariable String number,
			@Parameter(description = "file name",
					schema = @Schema(allowableValues = { "president.csv", "deputies-uninominal.csv",
							"deputies-special.csv" })) @PathVariable String file,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!PublicationService.isFileName(file)) {
			throw new PublicationNotFoundException(number + "/" + file);
		}
		if (redirectedLatest(number, file, response)) {
			return;
		}
		int n = number(number);
		FileDigest recorded = this.publications.recorded(n, file)
			.orElseThrow(() -> new PublicationNotFoundException(number + "/" + file));
		boolean gzip = acceptsGzip(request);
		response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, response).checkNotModified(etag(recorded.sha256(), gzip))) {
			return;
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("publication-" + n + "-" + file).build().toString());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			try (GZIPOutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
				this.publications.writeFile(n, file, out);
			}
		}
		else {
			OutputStream out = response.getOutputStream();
			this.publications.writeFile(n, file, out);
			out.flush();
		}
	}

	private boolean redirectedLatest(String number, String file, HttpServletResponse response) {
		if (!"latest".equals(number)) {
			return false;
		}
		int latest = this.reads.read(this.publications::latestNumber);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setStatus(HttpServletResponse.SC_FOUND);
		response.setHeader(HttpHeaders.LOCATION, BASE + latest + "/" + file);
		return true;
	}

	private static int number(String number) {
		if (!number.matches("\\d{1,9}")) {
			throw new PublicationNotFoundException(number);
		}
		return Integer.parseInt(number);
	}

	// The identity and gzip representations are different bytes: each gets its own strong tag.
	private static String etag(String sha256, boolean gzip) {
		return "\"" + sha256 + (gzip ? "-gzip" : "") + "\"";
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accept == null) {
			return false;
		}
		for (String coding : accept.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length < 2 || !parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

}
