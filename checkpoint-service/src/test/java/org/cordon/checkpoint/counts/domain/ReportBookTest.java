package org.cordon.checkpoint.counts.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.contracts.checkpoint.Counts;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBookTest {

	private static final UUID CHECKPOINT = UUID.randomUUID();

	private static final Period FEBRUARY_4 = period("2020-02-04T00:00:00+08:00", "2020-02-05T00:00:00+08:00");

	private static final Counts FIRST = new Counts(1040, 680, 126, 2800, 1650, 17, 21, 338, 0);

	private static final Counts SECOND = new Counts(1048, 686, 126, 2843, 1651, 17, 21, 338, 0);

	private final ReportBook book = new ReportBook(CHECKPOINT, List.of());

	@Test
	void theFirstReportOfAPeriodIsAcceptedAsRevisionOne() {
		Filing filing = this.book.file(report(FEBRUARY_4, FIRST));

		assertThat(filing).isInstanceOfSatisfying(Filing.Accepted.class,
				(accepted) -> assertThat(accepted.filed().revision()).isEqualTo(1));
	}

	@Test
	void aNewReportForExactlyTheSamePeriodCorrectsItWithTheNextRevisionAndThePreviousCounts() {
		this.book.file(report(FEBRUARY_4, FIRST));

		Filing second = this.book.file(report(FEBRUARY_4, SECOND));
		Filing third = this.book.file(report(FEBRUARY_4, FIRST));

		assertThat(second).isInstanceOfSatisfying(Filing.Corrected.class, (corrected) -> {
			assertThat(corrected.filed().revision()).isEqualTo(2);
			assertThat(corrected.previous()).isEqualTo(FIRST);
		});
		assertThat(third).isInstanceOfSatisfying(Filing.Corrected.class, (corrected) -> {
			assertThat(corrected.filed().revision()).isEqualTo(3);
			assertThat(corrected.previous()).isEqualTo(SECOND);
		});
	}

	@Test
	void thePeriodIsTheSameWhateverOffsetsItsInstantsAreWrittenWith() {
		this.book.file(report(FEBRUARY_4, FIRST));

		Filing filing = this.book.file(report(period("2020-02-03T16:00:00Z", "2020-02-04T16:00:00Z"), SECOND));

		assertThat(filing).isInstanceOf(Filing.Corrected.class);
	}

	@Test
	void repostingAnEarlierSupersededReportUnchangedIsADuplicate() {
		CountReport original = report(FEBRUARY_4, FIRST);
		this.book.file(original);
		this.book.file(report(FEBRUARY_4, SECOND));

		Filing again = this.book.file(original);

		assertThat(again).isInstanceOfSatisfying(Filing.Duplicate.class,
				(duplicate) -> assertThat(duplicate.original().revision()).isEqualTo(1));
	}

	@Test
	void aReportIdReusedWithOtherFiguresIsAConflict() {
		CountReport original = report(FEBRUARY_4, FIRST);
		this.book.file(original);

		Filing filing = this.book.file(new CountReport(original.reportId(), FEBRUARY_4, SECOND));

		assertThat(filing).isInstanceOf(Filing.Conflict.class);
	}

	@Test
	void aReportIdReusedForAnotherPeriodIsAConflict() {
		CountReport original = report(FEBRUARY_4, FIRST);
		this.book.file(original);

		Filing filing = this.book.file(new CountReport(original.reportId(),
				period("2020-02-05T00:00:00+08:00", "2020-02-06T00:00:00+08:00"), FIRST));

		assertThat(filing).isInstanceOf(Filing.Conflict.class);
	}

	@Test
	void aReportIdOfAnotherCheckpointIsAConflict() {
		FiledReport elsewhere = new FiledReport(UUID.randomUUID(), UUID.randomUUID(), FEBRUARY_4, 1, FIRST);
		ReportBook withOther = new ReportBook(CHECKPOINT, List.of(elsewhere));

		Filing filing = withOther.file(new CountReport(elsewhere.reportId(), FEBRUARY_4, FIRST));

		assertThat(filing).isInstanceOf(Filing.Conflict.class);
	}

	@Test
	void aPeriodOverlappingAnotherWithoutBeingIdenticalIsAConflict() {
		this.book.file(report(FEBRUARY_4, FIRST));

		Filing later = this.book.file(report(period("2020-02-04T12:00:00+08:00", "2020-02-05T06:00:00+08:00"), FIRST));
		Filing inside = this.book.file(report(period("2020-02-04T08:00:00+08:00", "2020-02-04T09:00:00+08:00"), FIRST));
		Filing around = this.book.file(report(period("2020-02-03T23:00:00+08:00", "2020-02-05T00:00:00+08:00"), FIRST));

		assertThat(List.of(later, inside, around)).allSatisfy((f) -> assertThat(f).isInstanceOf(Filing.Conflict.class));
	}

	@Test
	void periodsThatOnlyTouchDoNotOverlap() {
		this.book.file(report(FEBRUARY_4, FIRST));

		Filing before = this.book.file(report(period("2020-02-03T00:00:00+08:00", "2020-02-04T00:00:00+08:00"), FIRST));
		Filing after = this.book.file(report(period("2020-02-05T00:00:00+08:00", "2020-02-05T08:00:00+08:00"), FIRST));

		assertThat(List.of(before, after)).allSatisfy((f) -> assertThat(f).isInstanceOf(Filing.Accepted.class));
	}

	@Test
	void theBookStartsFromTheLatestRevisionOnFile() {
		FiledReport first = new FiledReport(UUID.randomUUID(), CHECKPOINT, FEBRUARY_4, 1, FIRST);
		FiledReport second = new FiledReport(UUID.randomUUID(), CHECKPOINT, FEBRUARY_4, 2, SECOND);
		ReportBook onFile = new ReportBook(CHECKPOINT, List.of(second, first));

		Filing filing = onFile.file(report(FEBRUARY_4, FIRST));

		assertThat(filing).isInstanceOfSatisfying(Filing.Corrected.class, (corrected) -> {
			assertThat(corrected.filed().revision()).isEqualTo(3);
			assertThat(corrected.previous()).isEqualTo(SECOND);
		});
	}

	private static CountReport report(Period period, Counts counts) {
		return new CountReport(UUID.randomUUID(), period, counts);
	}

	private static Period period(String start, String end) {
		return new Period(instant(start), instant(end));
	}

	private static Instant instant(String text) {
		return OffsetDateTime.parse(text).toInstant();
	}

}
