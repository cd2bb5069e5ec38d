package org.cordon.platform.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every broken rule of one request, so the client learns of all of them at once.
 */
public final class Violations {

	/**
	 * How far a client's clock may run ahead of ours before "in the future" is refused.
	 */
	public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final List<Violation> found = new ArrayList<>();

	public Violations add(String field, String message) {
		this.found.add(new Violation(field, message));
		return this;
	}

	public Violations check(boolean holds, String field, String message) {
		if (!holds) {
			add(field, message);
		}
		return this;
	}

	public boolean present(Object value, String field) {
		if (value == null) {
			add(field, "is required");
			return false;
		}
		return true;
	}

	public Violations text(String value, String field, int maxLength) {
		if (present(value, field)) {
			check(!value.isBlank(), field, "must not be blank");
			check(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
		}
		return this;
	}

	public Violations optionalText(String value, String field, int maxLength) {
		if (value != null) {
			check(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
		}
		return this;
	}

	public Violations range(Integer value, String field, int min, int max) {
		if (value != null) {
			check(value >= min && value <= max, field, "must be between " + min + " and " + max);
		}
		return this;
	}

	public Violations notInFuture(Instant value, String field, Instant now) {
		if (value != null) {
			check(!value.isAfter(now.plus(CLOCK_SKEW)), field, "must not be in the future");
		}
		return this;
	}

	public Violations decimal(BigDecimal value, String field, BigDecimal min, BigDecimal max, int maxScale) {
		if (value != null) {
			check(value.compareTo(min) >= 0 && value.compareTo(max) <= 0, field,
					"must be between " + min.toPlainString() + " and " + max.toPlainString());
			check(value.stripTrailingZeros().scale() <= maxScale, field,
					"must have at most " + maxScale + " decimal places");
		}
		return this;
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public List<Violation> list() {
		return List.copyOf(this.found);
	}

}
