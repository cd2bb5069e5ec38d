package org.cordon.quarantine.persons.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

	@Test
	void aNumberWhoseCheckDigitFitsItsSeventeenDigitsIsValid() {
		// 11010519491231002X is the standard's own example
		assertThat(IdNumber.problem("11010519491231002X")).isEmpty();
		assertThat(IdNumber.problem("150802199001011239")).isEmpty();
	}

	@Test
	void theCheckDigitIsTheWeightedSumModulo11MappedThrough10X98765432() {
		assertThat(IdNumber.complete("11010519491231002")).isEqualTo("11010519491231002X");
		assertThat(IdNumber.complete("15080219900101123")).isEqualTo("150802199001011239");
		assertThat(IdNumber.problem("150802199001011235")).contains("has a wrong check digit");
	}

	@Test
	void aLowerCaseXIsTheSameCheckDigitAndBlanksAroundAreIgnored() {
		assertThat(IdNumber.problem(" 11010519491231002x ")).isEmpty();
		assertThat(IdNumber.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
	}

	@Test
	void aNumberMustHaveExactly18Characters() {
		assertThat(IdNumber.problem("15080219900101123"))
			.contains("must be 18 characters: 17 digits and a check digit");
		assertThat(IdNumber.problem("1508021990010112397")).isPresent();
	}

	@Test
	void onlyTheLastCharacterMayBeAnX() {
		assertThat(IdNumber.problem("1508021990X1011237"))
			.contains("must be 17 digits followed by a check digit 0-9 or X");
		assertThat(IdNumber.problem("15080219900101123Y")).contains("must end with a check digit 0-9 or X");
	}

	@Test
	void aMissingNumberIsRequiredAndNoProblemRepeatsTheNumber() {
		assertThat(IdNumber.problem(null)).contains("is required");
		assertThat(IdNumber.problem("150802199001011235").orElseThrow()).doesNotContain("1508");
	}

}
