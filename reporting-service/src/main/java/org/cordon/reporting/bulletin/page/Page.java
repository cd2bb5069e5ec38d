package org.cordon.reporting.bulletin.page;

import java.util.List;
import java.util.Objects;

/**
 * A page of text in the few shapes a bulletin needs, written once and rendered as
 * Markdown or HTML, so that both carry the same content. Texts are plain: each rendering
 * escapes them.
 *
 * @param title the page's title, e.g. {@code 信息快报 2020年2月4日}
 * @param blocks its content, in order
 */
public record Page(String title, List<Block> blocks) {

	public Page {
		Objects.requireNonNull(title, "title");
		blocks = List.copyOf(blocks);
	}

	/**
	 * A part of a page.
	 */
	public sealed interface Block permits Heading, Paragraph, Table {

	}

	/**
	 * @param level 1 for the page's heading, 2 for a section's, 3 below
	 * @param text the heading
	 */
	public record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("A heading's level is 1 to 3, not " + level);
			}
		}

	}

	/**
	 * @param text a paragraph
	 * @param centred whether it is centred, as the masthead's lines are
	 */
	public record Paragraph(String text, boolean centred) implements Block {

		public Paragraph(String text) {
			this(text, false);
		}

	}

	/**
	 * @param header the columns' names
	 * @param rows the rows, each as many cells as there are columns
	 */
	public record Table(List<String> header, List<List<String>> rows) implements Block {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new IllegalArgumentException(
							"A row of " + row.size() + " cells under " + header.size() + " columns: " + row);
				}
			}
		}

	}

}
