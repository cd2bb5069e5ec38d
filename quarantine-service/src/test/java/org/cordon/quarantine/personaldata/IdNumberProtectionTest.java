package org.cordon.quarantine.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IdNumberProtectionTest {

	private static final String ID_NUMBER = "150802199001011239";

	private final IdNumberProtection protection = new IdNumberProtection(key(1), key(2));

	@Test
	void anEncryptedIdNumberDecryptsForItsPerson() {
		UUID person = UUID.randomUUID();

		assertThat(this.protection.decrypt(this.protection.encrypt(ID_NUMBER, person), person)).isEqualTo(ID_NUMBER);
	}

	@Test
	void theStoredValueHoldsNoPlaintextAndANewNonceEachTime() {
		UUID person = UUID.randomUUID();
		byte[] first = this.protection.encrypt(ID_NUMBER, person);
		byte[] second = this.protection.encrypt(ID_NUMBER, person);

		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain(ID_NUMBER).doesNotContain("19900101");
		assertThat(first).hasSize(12 + 18 + 16);
		assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aValueCopiedToAnotherPersonOrAlteredDoesNotDecrypt() {
		UUID person = UUID.randomUUID();
		byte[] stored = this.protection.encrypt(ID_NUMBER, person);
		byte[] altered = stored.clone();
		altered[20] ^= 1;

		assertThatIllegalStateException().isThrownBy(() -> this.protection.decrypt(stored, UUID.randomUUID()))
			.withMessageNotContaining(ID_NUMBER);
		assertThatIllegalStateException().isThrownBy(() -> this.protection.decrypt(altered, person));
	}

	@Test
	void aValueUnderAnotherKeyDoesNotDecrypt() {
		UUID person = UUID.randomUUID();

		assertThatIllegalStateException().isThrownBy(() -> new IdNumberProtection(key(3), key(2))
			.decrypt(this.protection.encrypt(ID_NUMBER, person), person));
	}

	@Test
	void equalIdNumbersHaveEqualKeyedHashesThatDependOnTheKey() {
		assertThat(this.protection.hash(ID_NUMBER)).isEqualTo(this.protection.hash(ID_NUMBER)).hasSize(32);
		assertThat(this.protection.hash(ID_NUMBER)).isNotEqualTo(this.protection.hash("11010519491231002X"));
		assertThat(new IdNumberProtection(key(1), key(4)).hash(ID_NUMBER))
			.isNotEqualTo(this.protection.hash(ID_NUMBER));
	}

	static byte[] key(int seed) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) seed);
		return key;
	}

}
