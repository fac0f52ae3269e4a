package org.electionresults.site.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The share image: a real 1200 × 630 PNG per language, named by every page, new with each upload. */
class ShareImageTests extends CountIntegrationTest {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Test
	void aValidPngThatChangesWithTheDataAndTheLanguage() throws IOException {
		byte[] empty = png("/share/es/president.png");
		assertThat(png("/share/es/president.png")).isEqualTo(empty);

		CountFixture.upload(this.uploads, this.dir);
		byte[] counted = png("/share/es/president.png");
		assertThat(counted).isNotEqualTo(empty);
		byte[] english = png("/share/en/president.png");
		assertThat(english).isNotEqualTo(counted);
		java.nio.file.Path shots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(shots.resolve("share-president-es.png"), counted);
		java.nio.file.Files.write(shots.resolve("share-president-en.png"), english);
	}

	@Test
	void everyPublicPageNamesItInItsOpenGraphAndTwitterMetadata() {
		for (String path : new String[] { "/", "/candidates", "/chambers/senate", "/departments/2", "/timeline" }) {
			assertThat(this.mvc.get().uri(path)).bodyText()
				.as(path)
				.contains("<meta property=\"og:image\" content=\"http://localhost/share/es/president.png\">",
						"<meta name=\"twitter:card\" content=\"summary_large_image\">", "<meta property=\"og:title\"");
		}
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText()
			.contains("content=\"http://localhost/share/en/president.png\"", "<meta property=\"og:locale\" content=\"en_US\">");
	}

	@Test
	void anyOtherLanguageIsNotFound() {
		assertThat(this.mvc.get().uri("/share/fr/president.png")).hasStatus(404);
	}

	private byte[] png(String path) throws IOException {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.IMAGE_PNG);
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(PNG_SIGNATURE);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image.getWidth()).isEqualTo(ShareCard.WIDTH);
		assertThat(image.getHeight()).isEqualTo(ShareCard.HEIGHT);
		return bytes;
	}

}
