package org.cordon.devstack.demo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameBasedIdsTest {

	@Test
	void aVersion5IdIsTheOneOtherImplementationsMake() {
		// Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
		UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

		assertThat(NameBasedIds.v5(dns, "python.org"))
			.isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
	}

	@Test
	void theSameNameGivesTheSameIdAndAnotherNameAnother() {
		assertThat(NameBasedIds.of("person/wuyuan/1")).isEqualTo(NameBasedIds.of("person/wuyuan/1"))
			.isNotEqualTo(NameBasedIds.of("person/wuyuan/2"));
		assertThat(NameBasedIds.of("person/wuyuan/1").version()).isEqualTo(5);
	}

}
