package org.cordon.platform.cloudevents;

/**
 * Tells bytes that any UTF-8 decoder reads alike from bytes that a decoder must repair.
 */
final class Utf8 {

	private Utf8() {
	}

	/**
	 * Whether the bytes are well-formed UTF-8 (Unicode's table of well-formed byte
	 * sequences: no overlong form, no surrogate, nothing above U+10FFFF, nothing cut
	 * short) without a NUL byte. Such bytes decode to the same characters whoever decodes
	 * them, and no JSON parser takes them for UTF-16 or UTF-32.
	 * @param bytes the bytes
	 * @return whether they are well-formed UTF-8 without a NUL
	 */
	static boolean isWellFormedWithoutNul(byte[] bytes) {
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i];
			if (b > 0) {
				i++;
				continue;
			}
			if (b == 0) {
				return false;
			}
			int lead = b & 0xFF;
			int length;
			if (lead >= 0xC2 && lead <= 0xDF) {
				length = 2;
			}
			else if (lead == 0xE0) {
				length = in(bytes, i + 1, 0xA0, 0xBF) ? 3 : 0;
			}
			else if (lead == 0xED) {
				length = in(bytes, i + 1, 0x80, 0x9F) ? 3 : 0;
			}
			else if (lead >= 0xE1 && lead <= 0xEF) {
				length = 3;
			}
			else if (lead == 0xF0) {
				length = in(bytes, i + 1, 0x90, 0xBF) ? 4 : 0;
			}
			else if (lead >= 0xF1 && lead <= 0xF3) {
				length = 4;
			}
			else if (lead == 0xF4) {
				length = in(bytes, i + 1, 0x80, 0x8F) ? 4 : 0;
			}
			else {
				return false;
			}
			if (length == 0) {
				return false;
			}
			for (int next = i + 1; next < i + length; next++) {
				if (!in(bytes, next, 0x80, 0xBF)) {
					return false;
				}
			}
			i += length;
		}
		return true;
	}

	private static boolean in(byte[] bytes, int index, int low, int high) {
		if (index >= bytes.length) {
			return false;
		}
		int value = bytes[index] & 0xFF;
		return value >= low && value <= high;
	}

}
