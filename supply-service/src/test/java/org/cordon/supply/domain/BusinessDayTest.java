package org.cordon.supply.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessDayTest {

	static final LocalDate TODAY = LocalDate.parse("2020-02-04");

	static final List<Violation> NONE = List.of();

	@Test
	void aDayLeftOutIsToday() {
		assertThat(BusinessDay.resolve(null, TODAY)).isEqualTo(TODAY);
		assertThat(BusinessDay.checked(NONE, null, "orderedOn", TODAY)).isEmpty();
	}

	@Test
	void anEarlierDayIsBookedAsGiven() {
		LocalDate jan23 = LocalDate.parse("2020-01-23");

		assertThat(BusinessDay.resolve(jan23, TODAY)).isEqualTo(jan23);
		assertThat(BusinessDay.checked(NONE, jan23, "orderedOn", TODAY)).isEmpty();
		assertThat(BusinessDay.checked(NONE, TODAY, "orderedOn", TODAY)).isEmpty();
	}

	@Test
	void aDayAfterTodayIsRefusedNamingTheField() {
		assertThat(BusinessDay.checked(NONE, TODAY.plusDays(1), "receivedOn", TODAY))
			.containsExactly(new Violation("receivedOn", "must not be after today (2020-02-04)"));
	}

	@Test
	void theDaysViolationComesAfterTheOthers() {
		List<Violation> others = List.of(new Violation("sku", "must be present"));

		assertThat(BusinessDay.checked(others, TODAY.plusDays(1), "issuedOn", TODAY)).extracting(Violation::field)
			.containsExactly("sku", "issuedOn");
		assertThat(BusinessDay.checked(others, TODAY, "issuedOn", TODAY)).isSameAs(others);
	}

}
