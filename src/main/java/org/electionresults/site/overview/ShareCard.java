package org.electionresults.site.overview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.electionresults.site.ResultLine;

/**
 * The picture a link to the site shows on social networks (Open Graph, Twitter card): the
 * presidential result as bars, each named and with its share written out, so the colour is never
 * the only cue. Drawn with Java2D; 1200 × 630, the size both networks ask for.
 */
final class ShareCard {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	static final int MAX_LINES = 5;

	private static final Color INK = new Color(0x1b1f24);

	private static final Color MUTED = new Color(0x4d5560);

	private static final Color TRACK = new Color(0xedf0f3);

	private static final String FONT = Font.SANS_SERIF;

	private ShareCard() {
	}

	/**
	 * Draws the card.
	 * @param texts the card's texts, already in the reader's language
	 * @param lines the tickets, most votes first (at most {@link #MAX_LINES} are drawn)
	 * @param percent how a line's share is written
	 */
	static byte[] png(Texts texts, List<ResultLine> lines, Function<ResultLine, String> percent) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			// the flag's three bands down the left edge
			g.setColor(new Color(0xd52b1e));
			g.fillRect(0, 0, 24, HEIGHT / 3);
			g.setColor(new Color(0xf9e300));
			g.fillRect(0, HEIGHT / 3, 24, HEIGHT / 3);
			g.setColor(new Color(0x007934));
			g.fillRect(0, 2 * HEIGHT / 3, 24, HEIGHT - 2 * HEIGHT / 3);

			text(g, texts.kicker(), 72, 80, Font.PLAIN, 28, MUTED);
			text(g, texts.heading(), 72, 132, Font.BOLD, 46, INK);
			if (lines.isEmpty()) {
				text(g, texts.empty(), 72, 320, Font.PLAIN, 40, MUTED);
			}
			int y = 200;
			for (ResultLine line : lines.subList(0, Math.min(MAX_LINES, lines.size()))) {
				String name = (line.ticket() != null) ? line.ticket().president() + " · " + line.party().shortName()
						: line.party().shortName();
				text(g, name, 72, y + 26, Font.BOLD, 28, INK);
				String share = percent.apply(line);
				g.setFont(new Font(FONT, Font.BOLD, 30));
				FontMetrics metrics = g.getFontMetrics();
				g.drawString(share, WIDTH - 72 - metrics.stringWidth(share), y + 28);
				int barWidth = WIDTH - 2 * 72;
				g.setColor(TRACK);
				g.fillRoundRect(72, y + 40, barWidth, 16, 6, 6);
				g.setColor(Color.decode(line.party().color()));
				int filled = (int) Math.round(barWidth * line.party().share().barWidth() / 100);
				g.fillRoundRect(72, y + 40, Math.max(filled, 2), 16, 6, 6);
				y += 72;
			}
			g.setColor(new Color(0xdde1e6));
			g.setStroke(new BasicStroke(2));
			g.drawLine(72, HEIGHT - 70, WIDTH - 72, HEIGHT - 70);
			fitted(g, texts.footer(), 72, HEIGHT - 32, 24, WIDTH - 2 * 72, MUTED);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A line in the largest size up to {@code size} that fits in {@code width}. */
	private static void fitted(Graphics2D g, String text, int x, int y, int size, int width, Color color) {
		int fitting = size;
		while (fitting > 12 && g.getFontMetrics(new Font(FONT, Font.PLAIN, fitting)).stringWidth(text) > width) {
			fitting--;
		}
		text(g, text, x, y, Font.PLAIN, fitting, color);
	}

	private static void text(Graphics2D g, String text, int x, int y, int style, int size, Color color) {
		g.setFont(new Font(FONT, style, size));
		g.setColor(color);
		g.drawString(text, x, y);
	}

	/**
	 * The words on a card.
	 * @param kicker the election
	 * @param heading what the card shows
	 * @param empty what it says before any upload
	 * @param footer how far the count has come and when it was updated
	 */
	record Texts(String kicker, String heading, String empty, String footer) {

	}

}
