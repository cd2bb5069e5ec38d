package org.cordon.reporting.bulletin.page;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRenderingTest {

	@Test
	void headingsParagraphsAndTablesAreWrittenAsMarkdown() {
		Page page = new Page("信息快报 2020年2月4日",
				List.of(new Page.Heading(1, "信息快报"), new Page.Paragraph("2020 年 2 月 4 日", true),
						new Page.Table(List.of("地区", "发现问题"), List.of(List.of("临河区", "64")))));

		assertThat(MarkdownRendering.render(page))
			.isEqualTo("# 信息快报\n\n2020 年 2 月 4 日\n\n| 地区 | 发现问题 |\n| --- | --- |\n| 临河区 | 64 |\n");
	}

	@Test
	void markupInATextIsEscapedSoItReadsAsItself() {
		assertThat(MarkdownRendering.escape("<b>临河|*区*</b> [a](b) #1 _x_ `c`"))
			.isEqualTo("\\<b\\>临河\\|\\*区\\*\\</b\\> \\[a\\](b) \\#1 \\_x\\_ \\`c\\`");
		assertThat(MarkdownRendering.escape("- 列表")).isEqualTo("\\- 列表");
		assertThat(MarkdownRendering.escape("1. 列表")).isEqualTo("1\\. 列表");
		assertThat(MarkdownRendering.escape("两行\n文字")).isEqualTo("两行 文字");
	}

	@Test
	void figuresAndSignsInsideATextAreLeftAsTheyAre() {
		assertThat(MarkdownRendering.escape("较基期下降 -3.5%，532.4006 万元")).isEqualTo("较基期下降 -3.5%，532.4006 万元");
		assertThat(MarkdownRendering.escape("416.1696")).isEqualTo("416.1696");
		assertThat(MarkdownRendering.escape("-3.5")).isEqualTo("-3.5");
	}

}
