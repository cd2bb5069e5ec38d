package org.cordon.reporting.bulletin.page;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a page as CommonMark with GitHub's tables. Every text is escaped, so that a name
 * such as a region's or an item's reads as itself and never as markup.
 */
public final class MarkdownRendering {

	/**
	 * CommonMark's ASCII punctuation that opens or closes markup anywhere in a line, and
	 * the table's bar; a sign or a number is left as it is, so figures read plainly.
	 */
	private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]{}<>#|~&]");

	/**
	 * What opens a list item ("- ", "1. ") or a setext heading at the start of a line.
	 */
	private static final Pattern LEADING = Pattern.compile("^([-+](?=\\s|$)|=|[0-9]{1,9}(?=[.)](\\s|$)))");

	private MarkdownRendering() {
	}

	/**
	 * @param page the page
	 * @return it as Markdown, ending with a new line
	 */
	public static String render(Page page) {
		StringBuilder markdown = new StringBuilder();
		for (Page.Block block : page.blocks()) {
			if (!markdown.isEmpty()) {
				markdown.append('\n');
			}
			if (block instanceof Page.Heading heading) {
				markdown.append("#".repeat(heading.level())).append(' ').append(escape(heading.text())).append('\n');
			}
			else if (block instanceof Page.Paragraph paragraph) {
				markdown.append(escape(paragraph.text())).append('\n');
			}
			else if (block instanceof Page.Table table) {
				row(markdown, table.header());
				markdown.append('|').append(" --- |".repeat(table.header().size())).append('\n');
				table.rows().forEach((row) -> row(markdown, row));
			}
		}
		return markdown.toString();
	}

	private static void row(StringBuilder markdown, List<String> cells) {
		markdown.append('|');
		cells.forEach((cell) -> markdown.append(' ').append(escape(cell)).append(" |"));
		markdown.append('\n');
	}

	/**
	 * @param text plain text
	 * @return the text with every markup character escaped and line breaks made spaces
	 */
	static String escape(String text) {
		String oneLine = text.replaceAll("[\\r\\n]+", " ");
		String escaped = SPECIAL.matcher(oneLine).replaceAll((match) -> Matcher.quoteReplacement("\\" + match.group()));
		Matcher leading = LEADING.matcher(escaped);
		if (!leading.find()) {
			return escaped;
		}
		// "-" becomes "\-"; "1." becomes "1\."
		return leading.group().length() == 1 && !Character.isDigit(leading.group().charAt(0)) ? "\\" + escaped
				: leading.group() + "\\" + escaped.substring(leading.end());
	}

}
