package org.cordon.platform.database;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A column of values bound as one array parameter in PostgreSQL's binary format, for the
 * statements that write or read many rows at once ({@code unnest($1::uuid[], …)}).
 * <p>
 * The R2DBC driver sends every array as text: PostgreSQL then parses each element, and an
 * element with quotes, such as an event's JSON, is escaped by the driver and unescaped by
 * the server. For a batch of a thousand count reports that parsing took about 8 % of the
 * machine (ADR 26). In binary, a uuid is its 16 bytes, an instant its microseconds and a
 * text its UTF-8 bytes. {@link BinaryArrays} registers the codec that sends it.
 */
public final class BinaryArray {

	private static final int TEXT = 25;

	private static final int TEXT_ARRAY = 1009;

	private static final int UUID = 2950;

	private static final int UUID_ARRAY = 2951;

	private static final int INT4 = 23;

	private static final int INT4_ARRAY = 1007;

	private static final int TIMESTAMPTZ = 1184;

	private static final int TIMESTAMPTZ_ARRAY = 1185;

	/** PostgreSQL counts time from 2000-01-01T00:00:00Z. */
	private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

	private final int arrayType;

	private final byte[] encoded;

	private BinaryArray(int arrayType, byte[] encoded) {
		this.arrayType = arrayType;
		this.encoded = encoded;
	}

	/**
	 * @param rows the rows
	 * @param column each row's value, possibly null
	 * @return a {@code text[]}
	 */
	public static <T> BinaryArray texts(List<T> rows, Function<T, String> column) {
		return encode(TEXT_ARRAY, TEXT, rows, column, (value, out) -> {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		});
	}

	/**
	 * @param rows the rows
	 * @param column each row's value, possibly null
	 * @return a {@code uuid[]}
	 */
	public static <T> BinaryArray uuids(List<T> rows, Function<T, UUID> column) {
		return encode(UUID_ARRAY, UUID, rows, column, (value, out) -> {
			out.writeInt(16);
			out.writeLong(value.getMostSignificantBits());
			out.writeLong(value.getLeastSignificantBits());
		});
	}

	/**
	 * @param rows the rows
	 * @param column each row's value, possibly null
	 * @return an {@code int4[]}
	 */
	public static <T> BinaryArray ints(List<T> rows, Function<T, Integer> column) {
		return encode(INT4_ARRAY, INT4, rows, column, (value, out) -> {
			out.writeInt(4);
			out.writeInt(value);
		});
	}

	/**
	 * Instants to the microsecond, PostgreSQL's precision: a finer part is cut off, as
	 * the services cut it where an instant enters them.
	 * @param rows the rows
	 * @param column each row's value, possibly null
	 * @return a {@code timestamptz[]}
	 */
	public static <T> BinaryArray instants(List<T> rows, Function<T, Instant> column) {
		return encode(TIMESTAMPTZ_ARRAY, TIMESTAMPTZ, rows, column, (value, out) -> {
			out.writeInt(8);
			out.writeLong(POSTGRES_EPOCH.until(value.truncatedTo(ChronoUnit.MICROS), ChronoUnit.MICROS));
		});
	}

	/** The array's type, e.g. 2951 for {@code uuid[]}. */
	int arrayType() {
		return this.arrayType;
	}

	/** The value in PostgreSQL's binary array format. */
	byte[] encoded() {
		return this.encoded;
	}

	/**
	 * One dimension, lower bound 1: the header, then each element's length and bytes, or
	 * a length of -1 for a null (the format of PostgreSQL's {@code array_recv}).
	 */
	private static <T, V> BinaryArray encode(int arrayType, int elementType, List<T> rows, Function<T, V> column,
			ElementWriter<V> element) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(20 + rows.size() * 24);
			DataOutputStream out = new DataOutputStream(bytes);
			List<V> values = rows.stream().map(column).toList();
			boolean hasNulls = values.stream().anyMatch((value) -> value == null);
			out.writeInt(values.isEmpty() ? 0 : 1);
			out.writeInt(hasNulls ? 1 : 0);
			out.writeInt(elementType);
			if (!values.isEmpty()) {
				out.writeInt(values.size());
				out.writeInt(1);
			}
			for (V value : values) {
				if (value == null) {
					out.writeInt(-1);
				}
				else {
					element.write(value, out);
				}
			}
			return new BinaryArray(arrayType, bytes.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface ElementWriter<V> {

		void write(V value, DataOutputStream out) throws IOException;

	}

}
