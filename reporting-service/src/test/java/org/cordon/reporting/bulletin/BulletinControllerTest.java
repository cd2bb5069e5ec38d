package org.cordon.reporting.bulletin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulletinControllerTest {

	@Test
	void markdownIsAnsweredOnlyWhenAskedForAtLeastAsMuchAsHtml() {
		assertThat(BulletinController.wantsMarkdown("text/markdown")).isTrue();
		assertThat(BulletinController.wantsMarkdown("text/markdown;charset=UTF-8, */*;q=0.1")).isTrue();
		assertThat(BulletinController.wantsMarkdown("text/html;q=0.5, text/markdown")).isTrue();
		assertThat(BulletinController.wantsMarkdown("text/html, text/markdown;q=0.9")).isFalse();
		assertThat(BulletinController.wantsMarkdown("text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
		assertThat(BulletinController.wantsMarkdown("*/*")).isFalse();
		assertThat(BulletinController.wantsMarkdown(null)).isFalse();
		assertThat(BulletinController.wantsMarkdown("text/markdown;q=0")).isFalse();
		assertThat(BulletinController.wantsMarkdown("not a media type")).isFalse();
	}

}
