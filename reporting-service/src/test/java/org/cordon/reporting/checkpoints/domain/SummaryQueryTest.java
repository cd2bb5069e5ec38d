package org.cordon.reporting.checkpoints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.platform.rules.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SummaryQueryTest {

	private static final LocalDate TODAY = LocalDate.parse("2020-02-10");

	@Test
	void withoutParametersTheSummaryIsOfToday() {
		SummaryQuery query = SummaryQuery.read(null, null, null, null, TODAY);

		assertThat(query).isEqualTo(new SummaryQuery(TODAY, TODAY, null, null));
		assertThat(query.days()).isEqualTo(1);
	}

	@Test
	void withoutFromTheRangeIsTheDayOfTo() {
		assertThat(SummaryQuery.read(null, "2020-02-04", null, null, TODAY).from())
			.isEqualTo(LocalDate.parse("2020-02-04"));
	}

	@Test
	void withoutToTheRangeEndsToday() {
		SummaryQuery query = SummaryQuery.read("2020-02-01", null, " 临河区 ", "", TODAY);

		assertThat(query.to()).isEqualTo(TODAY);
		assertThat(query.days()).isEqualTo(10);
		assertThat(query.region()).isEqualTo("临河区");
		assertThat(query.checkpointId()).isNull();
	}

	@Test
	void aRangeOfAYearIncludingALeapDayIsAllowedButNotOneDayMore() {
		assertThat(SummaryQuery.read("2020-01-01", "2020-12-31", null, null, TODAY).days()).isEqualTo(366);

		assertThat(violations("2020-01-01", "2021-01-01", null))
			.containsExactly(new Violation("to", "must be less than " + SummaryQuery.MAX_DAYS + " days after from"));
	}

	@Test
	void fromAfterToIsRefused() {
		assertThat(violations("2020-02-05", "2020-02-04", null)).extracting(Violation::field).containsExactly("from");
	}

	@Test
	void everyMalformedParameterIsNamed() {
		assertThat(violations("2020-13-01", "yesterday", "not-a-uuid")).extracting(Violation::field)
			.containsExactly("to", "from", "checkpointId");
	}

	@Test
	void aCheckpointIdMustBeACanonicalUuid() {
		UUID id = UUID.randomUUID();

		assertThat(SummaryQuery.read(null, null, null, id.toString(), TODAY).checkpointId()).isEqualTo(id);
		assertThat(violations(null, null, "1-2-3-4-5")).extracting(Violation::field).containsExactly("checkpointId");
	}

	private static java.util.List<Violation> violations(String from, String to, String checkpointId) {
		InvalidQuery invalid = catchThrowableOfType(InvalidQuery.class,
				() -> SummaryQuery.read(from, to, null, checkpointId, TODAY));
		assertThat(invalid).isNotNull();
		return invalid.violations();
	}

	@Test
	void withoutAsOfTheSummaryIsOfTheLiveTotals() {
		assertThat(SummaryQuery.read(null, null, null, null, " ", TODAY).asOf()).isNull();
	}

	@Test
	void asOfIsAnRfc3339InstantInAnyOffset() {
		assertThat(SummaryQuery.read(null, null, null, null, "2020-02-04T08:00:00Z", TODAY).asOf())
			.isEqualTo(Instant.parse("2020-02-04T08:00:00Z"));
		assertThat(SummaryQuery.read(null, null, null, null, "2020-02-04T16:00:00.5+08:00", TODAY).asOf())
			.isEqualTo(Instant.parse("2020-02-04T08:00:00.5Z"));
	}

	@Test
	void asOfWithoutAnOffsetOrNotADateTimeIsRefusedByName() {
		for (String asOf : new String[] { "2020-02-04T08:00:00", "2020-02-04", "yesterday", "1580803200" }) {
			InvalidQuery invalid = catchThrowableOfType(InvalidQuery.class,
					() -> SummaryQuery.read(null, null, null, null, asOf, TODAY));

			assertThat(invalid.violations()).extracting(Violation::field).as(asOf).containsExactly("asOf");
		}
	}

	@Test
	void aBadAsOfIsNamedWithTheOtherBadParameters() {
		InvalidQuery invalid = catchThrowableOfType(InvalidQuery.class,
				() -> SummaryQuery.read("2020-02-30", null, null, null, "noon", TODAY));

		assertThat(invalid.violations()).extracting(Violation::field).containsExactly("from", "asOf");
	}

}
