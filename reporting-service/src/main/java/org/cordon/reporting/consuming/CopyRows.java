package org.cordon.reporting.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Rows for one table in PostgreSQL's binary {@code COPY} format, written as the rows are
 * told. The values are those the same rows' text would give: a timestamp of nanoseconds
 * is rounded to microseconds as the server rounds the text it is sent (the fraction read
 * as a double, rounded half to even), and a date or time outside the years 1 to 9999,
 * which text and binary might tell apart, marks the rows as not {@link #exact() exact},
 * to be written as text instead.
 */
public final class CopyRows {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };

	/** 2000-01-01, where the server counts dates and times from. */
	private static final long SERVER_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	private static final long SERVER_EPOCH_SECOND = SERVER_EPOCH_DAY * 86_400;

	private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant BEYOND = Instant.parse("+10000-01-01T00:00:00Z");

	private final String table;

	private final List<String> columns;

	private byte[] bytes = new byte[4096];

	private int size;

	private int rows;

	private int fieldsLeft;

	private boolean exact = true;

	private CopyRows(String table, List<String> columns) {
		this.table = table;
		this.columns = columns;
		put(SIGNATURE);
		putInt(0);
		putInt(0);
	}

	/**
	 * @param table the table, unqualified (found on the session's search path)
	 * @param columns the columns each row gives, in order
	 * @return no rows yet
	 */
	public static CopyRows into(String table, String... columns) {
		return new CopyRows(table, List.of(columns));
	}

	/**
	 * Starts a row; its values follow, one per column.
	 * @return these rows
	 */
	public CopyRows row() {
		requireRowComplete();
		this.rows++;
		this.fieldsLeft = this.columns.size();
		putShort(this.columns.size());
		return this;
	}

	public CopyRows uuid(UUID value) {
		if (value == null) {
			return nullValue();
		}
		field(16);
		putLong(value.getMostSignificantBits());
		putLong(value.getLeastSignificantBits());
		return this;
	}

	public CopyRows date(LocalDate value) {
		if (value == null) {
			return nullValue();
		}
		if (value.getYear() < 1 || value.getYear() > 9999) {
			this.exact = false;
		}
		field(4);
		putInt((int) (value.toEpochDay() - SERVER_EPOCH_DAY));
		return this;
	}

	public CopyRows timestamp(Instant value) {
		if (value == null) {
			return nullValue();
		}
		if (value.isBefore(FIRST) || !value.isBefore(BEYOND)) {
			this.exact = false;
		}
		field(8);
		putLong((value.getEpochSecond() - SERVER_EPOCH_SECOND) * 1_000_000 + micros(value.getNano()));
		return this;
	}

	public CopyRows int8(long value) {
		field(8);
		putLong(value);
		return this;
	}

	public CopyRows int4(Integer value) {
		if (value == null) {
			return nullValue();
		}
		field(4);
		putInt(value);
		return this;
	}

	public CopyRows bool(boolean value) {
		field(1);
		ensure(1);
		this.bytes[this.size++] = (byte) (value ? 1 : 0);
		return this;
	}

	public CopyRows text(String value) {
		if (value == null) {
			return nullValue();
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		field(utf8.length);
		put(utf8);
		return this;
	}

	private CopyRows nullValue() {
		field(-1);
		return this;
	}

	/**
	 * @return whether every value has the same meaning in binary as in text
	 */
	public boolean exact() {
		return this.exact;
	}

	/**
	 * @return how many rows there are
	 */
	public int size() {
		return this.rows;
	}

	/**
	 * @return the statement that copies these rows in
	 */
	String statement() {
		return "copy " + this.table + " (" + String.join(", ", this.columns) + ") from stdin (format binary)";
	}

	/**
	 * @return the rows, with the format's header and trailer
	 */
	byte[] bytes() {
		requireRowComplete();
		byte[] all = Arrays.copyOf(this.bytes, this.size + 2);
		all[this.size] = (byte) 0xFF;
		all[this.size + 1] = (byte) 0xFF;
		return all;
	}

	/**
	 * The microseconds the server reads from a fraction of a second written with nine
	 * digits: the digits as a double, times a million, rounded half to even.
	 */
	static long micros(int nanos) {
		if (nanos % 1000 == 0) {
			return nanos / 1000;
		}
		String digits = Integer.toString(1_000_000_000 + nanos).substring(1);
		return (long) Math.rint(Double.parseDouble("0." + digits) * 1_000_000);
	}

	private void field(int length) {
		if (this.fieldsLeft-- <= 0) {
			throw new IllegalStateException("More values than the " + this.columns.size() + " columns of a row");
		}
		putInt(length);
	}

	private void requireRowComplete() {
		if (this.rows > 0 && this.fieldsLeft != 0) {
			throw new IllegalStateException("A row of " + this.table + " has " + (this.columns.size() - this.fieldsLeft)
					+ " values, not " + this.columns.size());
		}
	}

	private void put(byte[] value) {
		ensure(value.length);
		System.arraycopy(value, 0, this.bytes, this.size, value.length);
		this.size += value.length;
	}

	private void putShort(int value) {
		ensure(2);
		this.bytes[this.size++] = (byte) (value >>> 8);
		this.bytes[this.size++] = (byte) value;
	}

	private void putInt(int value) {
		ensure(4);
		for (int shift = 24; shift >= 0; shift -= 8) {
			this.bytes[this.size++] = (byte) (value >>> shift);
		}
	}

	private void putLong(long value) {
		ensure(8);
		for (int shift = 56; shift >= 0; shift -= 8) {
			this.bytes[this.size++] = (byte) (value >>> shift);
		}
	}

	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

}
