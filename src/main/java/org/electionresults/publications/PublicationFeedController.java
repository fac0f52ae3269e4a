package org.electionresults.publications;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.electionresults.system.SnapshotReader;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An Atom 1.0 feed (RFC 4287): one entry per publication and per notice, newest first. */
@RestController
@Tag(name = "Publications")
class PublicationFeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final PublicationService publications;

	private final NoticeService notices;

	private final SnapshotReader reads;

	private final MessageSource messages;

	PublicationFeedController(PublicationService publications, NoticeService notices, SnapshotReader reads,
			MessageSource messages) {
		this.publications = publications;
		this.notices = notices;
		this.reads = reads;
		this.messages = messages;
	}

	@GetMapping("/publications.atom")
	@Operation(summary = "Atom feed of publications and notices", description = "Valid Atom 1.0, newest first.")
	@ApiResponse(responseCode = "200", description = "The feed",
			content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = "string")))
	void feed(Locale locale, HttpServletResponse response) throws IOException {
		Feed feed = this.reads.read(() -> new Feed(this.publications.chain(), this.notices.all()));
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String xml;
		try {
			xml = write(feed, base, locale);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		response.setContentType("application/atom+xml;charset=UTF-8");
		response.getWriter().write(xml);
	}

	private String write(Feed feed, String base, Locale locale) throws XMLStreamException {
		List<Entry> entries = Stream.concat(
				feed.publications().stream().map((publication) -> publicationEntry(publication, base, locale)),
				feed.notices().stream().map((notice) -> noticeEntry(notice, base, locale)))
			.sorted(Comparator.comparing(Entry::updated).reversed())
			.toList();
		Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
		element(xml, "id", base + "/publications.atom");
		element(xml, "title", message("publications.feed.title", locale));
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		link(xml, "self", base + "/publications.atom", "application/atom+xml");
		link(xml, "alternate", base + "/publications", "text/html");
		xml.writeStartElement("author");
		element(xml, "name", message("app.name", locale));
		xml.writeEndElement();
		for (Entry entry : entries) {
			xml.writeStartElement("entry");
			element(xml, "id", entry.id());
			element(xml, "title", entry.title());
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(entry.updated()));
			link(xml, "alternate", entry.link(), null);
			xml.writeStartElement("summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(entry.summary());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private Entry publicationEntry(Publication publication, String base, Locale locale) {
		String title = message("publications.feed.publication",
				new Object[] { publication.number(), publication.shortHash() }, locale);
		String summary = message("publications.feed.publication.summary",
				new Object[] { publication.sha256(), publication.previous(), publication.president().mesas() }, locale);
		return new Entry(base + publication.manifestPath(), title, publication.committedAt(),
				base + publication.manifestPath(), summary);
	}

	private Entry noticeEntry(Notice notice, String base, Locale locale) {
		String title = message(notice.active() ? "publications.feed.notice" : "publications.feed.notice.ended",
				new Object[] { notice.id() }, locale);
		Instant updated = (notice.endedAt() != null) ? notice.endedAt() : notice.postedAt();
		return new Entry(base + "/publications#notice-" + notice.id(), title, updated,
				base + "/publications#notice-" + notice.id(), notice.text(locale));
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	private String message(String code, Object[] args, Locale locale) {
		return this.messages.getMessage(code, args, locale);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		if (type != null) {
			xml.writeAttribute("type", type);
		}
	}

	private record Feed(List<Publication> publications, List<Notice> notices) {

	}

	private record Entry(String id, String title, Instant updated, String link, String summary) {

	}

}
