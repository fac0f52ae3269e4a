package org.electionresults.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.electionresults.CountFixture;
import org.electionresults.CountIntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;

/** The Atom feed parses as Atom 1.0 (RFC 4287) and lists publications and notices, newest first. */
class PublicationFeedTests extends CountIntegrationTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	NoticeService notices;

	@Test
	void theFeedIsAtomWithOneEntryPerPublicationAndPerNoticeNewestFirst() throws Exception {
		CountFixture.upload(this.uploads, this.dir, "first.csv", CountFixture.export().firstMesas(100).build());
		Notice notice = this.notices.post("Pausa <verificación> & control", "Pause", "test-admin");
		CountFixture.upload(this.uploads, this.dir, "second.csv", CountFixture.export().firstMesas(200).build());
		byte[] body = this.mvc.get().uri("/publications.atom").exchange().getResponse().getContentAsByteArray();
		assertThat(this.mvc.get().uri("/publications.atom")).hasStatusOk()
			.hasContentType("application/atom+xml;charset=UTF-8");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
		Element feed = document.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		requireOne(feed, "id");
		requireOne(feed, "title");
		OffsetDateTime feedUpdated = OffsetDateTime.parse(requireOne(feed, "updated"));
		assertThat(children(feed, "author")).hasSize(1);
		assertThat(children(feed, "link")).anySatisfy((link) -> {
			assertThat(link.getAttribute("rel")).isEqualTo("self");
			assertThat(link.getAttribute("href")).endsWith("/publications.atom");
		});

		List<Element> entries = children(feed, "entry");
		// Notices are never deleted: earlier tests' notices are in the feed too.
		long allNotices = this.jdbc.sql("SELECT count(*) FROM notice").query(Long.class).single();
		assertThat(entries).hasSize(3 + (int) allNotices);
		List<String> ids = new ArrayList<>();
		OffsetDateTime previous = feedUpdated;
		for (Element entry : entries) {
			ids.add(requireOne(entry, "id"));
			requireOne(entry, "title");
			OffsetDateTime updated = OffsetDateTime.parse(requireOne(entry, "updated"));
			assertThat(updated).isBeforeOrEqualTo(previous);
			previous = updated;
			assertThat(children(entry, "link")).isNotEmpty();
		}
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(ids.get(0)).endsWith("/data/publications/2/manifest.json");
		assertThat(ids.get(1)).endsWith("/publications#notice-" + notice.id());
		assertThat(requireOne(entries.get(1), "summary")).isEqualTo("Pausa <verificación> & control");
		assertThat(ids.get(2)).endsWith("/data/publications/1/manifest.json");
		assertThat(ids).anySatisfy((id) -> assertThat(id).endsWith("/data/publications/0/manifest.json"));
	}

	private static String requireOne(Element parent, String name) {
		List<Element> found = children(parent, name);
		assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
		return found.get(0).getTextContent();
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

}
