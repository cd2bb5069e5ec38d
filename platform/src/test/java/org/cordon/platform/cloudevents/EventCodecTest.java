package org.cordon.platform.cloudevents;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.DomainEvent;
import org.cordon.contracts.checkpoint.CheckpointKind;
import org.cordon.contracts.checkpoint.CheckpointRegistered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class EventCodecTest {

	/** Reads as the codec always did: the bytes decoded into a String, then parsed. */
	private static final JsonMapper AS_BEFORE = JsonMapper.builder().build();

	private final UUID checkpoint = UUID.fromString("6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10");

	@Test
	void anEventWrittenIsReadBackFromItsBytes() {
		CheckpointRegistered event = new CheckpointRegistered(this.checkpoint, "巴彦淖尔东收费站 🚧", "临河区",
				CheckpointKind.HIGHWAY_EXIT);
		byte[] data = EventCodec.write(event).getBytes(StandardCharsets.UTF_8);
		assertThat(EventCodec.read(CheckpointRegistered.TYPE, data)).isEqualTo(event).isEqualTo(asBefore(data));
	}

	@Test
	void malformedUtf8IsReplacedAsBeforeRatherThanRefused() {
		byte[][] malformed = { { (byte) 0xFF }, { (byte) 0xC3 }, { (byte) 0xC0, (byte) 0xAF },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0xE4, (byte) 0xB8 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 } };
		for (byte[] bad : malformed) {
			byte[] data = registered(bad);
			DomainEvent read = EventCodec.read(CheckpointRegistered.TYPE, data);
			assertThat(read).isEqualTo(asBefore(data));
			assertThat(((CheckpointRegistered) read).name()).startsWith("gate").endsWith("7").contains("\uFFFD");
		}
	}

	@Test
	void dataThatIsNotAnEventFailsWithTheWordsItAlwaysHad() {
		byte[][] notEvents = { "{\"checkpointId\": ".getBytes(StandardCharsets.UTF_8),
				"{\"checkpointId\": \"not a uuid\"}".getBytes(StandardCharsets.UTF_8),
				"[]".getBytes(StandardCharsets.UTF_8), { '{', 0, '}', 0 }, {} };
		for (byte[] data : notEvents) {
			Throwable before = catchFailure(() -> asBefore(data));
			assertThatException().isThrownBy(() -> EventCodec.read(CheckpointRegistered.TYPE, data))
				.isInstanceOf(before.getClass())
				.withMessage(before.getMessage());
		}
	}

	@Test
	void wellFormedUtf8IsToldApartFromMalformedAsTheJdkDecoderTellsIt() {
		Random random = new Random(7);
		for (int run = 0; run < 200_000; run++) {
			byte[] bytes = new byte[1 + random.nextInt(6)];
			random.nextBytes(bytes);
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					bytes[i] = 'a';
				}
				else if (random.nextInt(4) == 0) {
					// more continuation bytes and leads than chance gives
					bytes[i] = (byte) (0x80 | (bytes[i] & 0x7F));
				}
			}
			assertThat(Utf8.isWellFormedWithoutNul(bytes)).as("%s", java.util.HexFormat.of().formatHex(bytes))
				.isEqualTo(decodesStrictly(bytes));
		}
		assertThat(Utf8.isWellFormedWithoutNul(new byte[] { 'a', 0, 'b' })).isFalse();
		assertThat(Utf8.isWellFormedWithoutNul("临河 🚧 ü".getBytes(StandardCharsets.UTF_8))).isTrue();
	}

	private byte[] registered(byte[] inName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(
				("{\"checkpointId\":\"" + this.checkpoint + "\",\"name\":\"gate").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(inName);
		out.writeBytes("7\",\"region\":\"临河区\",\"kind\":\"CITY_ENTRANCE\"}".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static DomainEvent asBefore(byte[] data) {
		return AS_BEFORE.readValue(new String(data, StandardCharsets.UTF_8), CheckpointRegistered.class);
	}

	private static Throwable catchFailure(Runnable reading) {
		try {
			reading.run();
		}
		catch (RuntimeException ex) {
			return ex;
		}
		throw new AssertionError("expected the data to be refused");
	}

	private static boolean decodesStrictly(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
