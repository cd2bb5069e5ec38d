package org.cordon.quarantine.persons.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedTextTest {

	private static final List<String> PERSONAL = Files.PERSON.values();

	@Test
	void aPlaceNameRevealsNothing() {
		assertThat(PublishedText.placeRevealsPersonalData("临河区集中隔离观察点（金川宾馆）3号楼", PERSONAL)).isEmpty();
	}

	@Test
	void aPlaceWithSevenDigitsInARowHoldsAPhoneOrAnIdNumberOfSomeone() {
		assertThat(PublishedText.placeRevealsPersonalData("居家 联系 8212345", List.of())).isPresent();
		assertThat(PublishedText.placeRevealsPersonalData("金川宾馆3号楼201室", List.of())).isEmpty();
	}

	@Test
	void aRegionMayHoldDigitsButNotThePersonsPhone() {
		assertThat(PublishedText.revealsPersonalData("五原县-12345678", PERSONAL)).isEmpty();
		assertThat(PublishedText.revealsPersonalData("五原县 139 4700 0001", PERSONAL)).isPresent();
	}

	@Test
	void thePersonsNameOrAddressIsFoundEvenWithOtherBlanks() {
		assertThat(PublishedText.revealsPersonalData("王秀英家中", PERSONAL)).isPresent();
		assertThat(PublishedText.placeRevealsPersonalData("居家：临河区 新华街道幸福小区3号楼", PERSONAL)).isPresent();
	}

	@Test
	void theProblemNeverRepeatsTheValue() {
		assertThat(PublishedText.revealsPersonalData("王秀英家中", PERSONAL).orElseThrow()).doesNotContain("王秀英");
	}

}
