package org.cordon.reporting.bulletin.page;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a page as one self-contained HTML document in Chinese: its style inline, a print
 * style for A4 paper, no script and nothing fetched from elsewhere, every text escaped.
 * The masthead is red over a red rule, as the headquarters printed it.
 */
public final class HtmlRendering {

	/** A cell that holds a figure, set right-aligned. */
	private static final Pattern FIGURE = Pattern.compile("-?[0-9][0-9.,]*%?");

	private static final String STYLE = """
			body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; color: #111;
			  max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; }
			h1 { color: #c00; text-align: center; font-size: 2.4rem; letter-spacing: 0.4em; margin: 0.5rem 0; }
			h2 { font-size: 1.25rem; margin: 1.6rem 0 0.4rem; }
			h3 { font-size: 1.05rem; margin: 1rem 0 0.3rem; }
			p { margin: 0.4rem 0; text-indent: 2em; }
			p.centred { text-align: center; text-indent: 0; }
			p.centred + h2 { border-top: 2px solid #c00; padding-top: 0.8rem; }
			table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font-size: 0.85rem; }
			th, td { border: 1px solid #555; padding: 0.15rem 0.35rem; }
			th { background: #f3f3f3; font-weight: normal; }
			td.figure { text-align: right; font-variant-numeric: tabular-nums; }
			@page { size: A4; margin: 18mm 15mm; }
			@media print {
			  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
			  th { background: none; }
			  h2, h3 { break-after: avoid; page-break-after: avoid; }
			  tr, p { break-inside: avoid; page-break-inside: avoid; }
			  thead { display: table-header-group; }
			}""";

	private HtmlRendering() {
	}

	/**
	 * @param page the page
	 * @return it as an HTML document
	 */
	public static String render(Page page) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>")
			.append(escape(page.title()))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("\n</style>\n</head>\n<body>\n");
		for (Page.Block block : page.blocks()) {
			if (block instanceof Page.Heading heading) {
				html.append("<h")
					.append(heading.level())
					.append('>')
					.append(escape(heading.text()))
					.append("</h")
					.append(heading.level())
					.append(">\n");
			}
			else if (block instanceof Page.Paragraph paragraph) {
				html.append(paragraph.centred() ? "<p class=\"centred\">" : "<p>")
					.append(escape(paragraph.text()))
					.append("</p>\n");
			}
			else if (block instanceof Page.Table table) {
				table(html, table);
			}
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private static void table(StringBuilder html, Page.Table table) {
		html.append("<table>\n<thead><tr>");
		table.header().forEach((name) -> html.append("<th>").append(escape(name)).append("</th>"));
		html.append("</tr></thead>\n<tbody>\n");
		for (List<String> row : table.rows()) {
			html.append("<tr>");
			row.forEach((cell) -> html.append(FIGURE.matcher(cell).matches() ? "<td class=\"figure\">" : "<td>")
				.append(escape(cell))
				.append("</td>"));
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	/**
	 * @param text plain text
	 * @return the text safe in an element's content or a quoted attribute
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
