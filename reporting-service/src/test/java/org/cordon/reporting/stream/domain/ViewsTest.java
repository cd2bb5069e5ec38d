package org.cordon.reporting.stream.domain;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ViewsTest {

	@Test
	void viewsAreReadFromACommaSeparatedList() {
		assertThat(Views.read("checkpoints, supplies,checkpoints")).containsExactly(View.CHECKPOINTS, View.SUPPLIES);
	}

	@Test
	void withoutTheParameterEveryViewIsFollowed() {
		assertThat(Views.read(null)).isEqualTo(EnumSet.allOf(View.class));
		assertThat(Views.read(" ")).isEqualTo(EnumSet.allOf(View.class));
	}

	@Test
	void anUnknownViewIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Views.read("checkpoints,weather"))
			.withMessageContaining("weather");
		assertThatIllegalArgumentException().isThrownBy(() -> Views.read("Checkpoints"));
	}

}
