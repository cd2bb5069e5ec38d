package org.cordon.reporting.consuming.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ShadowSchemaTest {

	static final UUID ID = UUID.fromString("0B3C7F1E-2A4D-4E8F-9A1B-2C3D4E5F6A7B");

	@Test
	void aRunsSchemasAreNamedForWhatTheyHoldAndTheRunsIdInLowercaseHex() {
		assertThat(ShadowSchema.builtBy(ID).name()).isEqualTo("views_build_0b3c7f1e2a4d4e8f9a1b2c3d4e5f6a7b");
		assertThat(ShadowSchema.retiredBy(ID).name()).isEqualTo("views_retired_0b3c7f1e2a4d4e8f9a1b2c3d4e5f6a7b");
		assertThat(ShadowSchema.verifiedBy(ID).name()).isEqualTo("views_verify_0b3c7f1e2a4d4e8f9a1b2c3d4e5f6a7b");
	}

	@Test
	void noOtherNameIsASchemaEvenOneThatWouldBeHarmlessInSql() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ShadowSchema("public"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ShadowSchema("views_build_x; drop table checkpoints"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ShadowSchema("views_build_0B3C7F1E2A4D4E8F9A1B2C3D4E5F6A7B"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ShadowSchema(null));
	}

	@Test
	void aRebuildsSchemasAreTheBuildAndTheRetiredTablesNotAVerifications() {
		assertThat(ShadowSchema.isRebuildSchema(ShadowSchema.builtBy(ID).name())).isTrue();
		assertThat(ShadowSchema.isRebuildSchema(ShadowSchema.retiredBy(ID).name())).isTrue();
		assertThat(ShadowSchema.isRebuildSchema(ShadowSchema.verifiedBy(ID).name())).isFalse();
		assertThat(ShadowSchema.isRebuildSchema("public")).isFalse();
	}

}
