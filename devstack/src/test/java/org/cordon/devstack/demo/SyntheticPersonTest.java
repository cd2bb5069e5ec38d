package org.cordon.devstack.demo;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPersonTest {

	@Test
	void theCheckDigitIsGb11643s() {
		// the standard's own example number
		assertThat(SyntheticPerson.checkDigit("11010519491231002")).isEqualTo('X');
	}

	@Test
	void everyIdNumberIsWuyuansWithTheDemosOrderCodeAndAValidCheckDigit() {
		for (int n = 1; n <= 207; n++) {
			String id = SyntheticPerson.of(n, "隆兴昌镇").idNumber();
			assertThat(id).hasSize(18).startsWith(SyntheticPerson.WUYUAN_CODE);
			assertThat(id.charAt(14)).isEqualTo('9');
			assertThat(id.charAt(17)).isEqualTo(SyntheticPerson.checkDigit(id.substring(0, 17)));
		}
	}

	@Test
	void noTwoPeopleShareAnIdNumberAPhoneOrAName() {
		List<SyntheticPerson> people = IntStream.rangeClosed(1, 207)
			.mapToObj((n) -> SyntheticPerson.of(n, "复兴镇"))
			.toList();

		assertThat(people).extracting(SyntheticPerson::idNumber).doesNotHaveDuplicates();
		assertThat(people).extracting(SyntheticPerson::phone).doesNotHaveDuplicates();
		assertThat(people).extracting(SyntheticPerson::name).doesNotHaveDuplicates();
	}

	@Test
	void theSameNumberMakesTheSamePerson() {
		assertThat(SyntheticPerson.of(17, "复兴镇")).isEqualTo(SyntheticPerson.of(17, "复兴镇"));
		assertThat(SyntheticPerson.of(17, "复兴镇").address()).contains("演示数据");
	}

}
