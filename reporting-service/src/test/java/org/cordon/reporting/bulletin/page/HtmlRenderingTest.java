package org.cordon.reporting.bulletin.page;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRenderingTest {

	static final Page PAGE = new Page("信息快报 2020年2月4日",
			List.of(new Page.Heading(1, "信息快报"), new Page.Paragraph("<script>alert('x')</script> & \"区\""),
					new Page.Table(List.of("地区", "发现问题"), List.of(List.of("<i>临河区</i>", "64")))));

	@Test
	void aPageIsOneChineseDocumentForPrintingWithoutScripts() {
		String html = HtmlRendering.render(PAGE);

		assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
			.contains("<meta charset=\"utf-8\">", "<title>信息快报 2020年2月4日</title>", "@page { size: A4;", "@media print",
					"<h1>信息快报</h1>", "<td class=\"figure\">64</td>")
			.doesNotContain("<script", "<link", "src=", "href=");
	}

	@Test
	void everyTextIsEscaped() {
		String html = HtmlRendering.render(PAGE);

		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;区&quot;",
				"<td>&lt;i&gt;临河区&lt;/i&gt;</td>");
		assertThat(HtmlRendering.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;");
	}

}
