package org.cordon.contracts.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.cordon.contracts.EventCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the supply contracts promise beyond their golden samples: the keys EVENTS.md
 * names, and money that stays an exact decimal string.
 */
class SupplyEventsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everySupplyEventHasACatalogEntryOnTheSupplyTopic() {
		assertThat(Arrays.stream(SupplyEvent.class.getPermittedSubclasses())
			.map((recordType) -> EventCatalog.all().stream().filter((t) -> t.dataType() == recordType).findFirst()))
			.hasSize(7)
			.allSatisfy((entry) -> assertThat(entry)
				.hasValueSatisfying((t) -> assertThat(t.topic()).isEqualTo("supply.events")));
	}

	@Test
	void itemEventsAreKeyedBySkuADonationByItsIdAPriceByItsCommodity() {
		UUID donation = UUID.randomUUID();

		assertThat(new StockLow("MASK-N95", "市库", 4, 5).subject()).isEqualTo("MASK-N95");
		assertThat(new DonationReceived(donation, "某公司", DonationKind.CASH, "10").subject())
			.isEqualTo(donation.toString());
		assertThat(PriceObserved.of("四季青", "大白菜", "kg", BigDecimal.ONE, LocalDate.parse("2020-02-04")).subject())
			.isEqualTo("大白菜");
	}

	@Test
	void moneyIsWrittenAsTheExactDecimalStringAndReadBackExactly() {
		DonationReceived donation = DonationReceived.of(UUID.randomUUID(), "某公司", DonationKind.CASH,
				new BigDecimal("29.1712"));

		String written = this.json.writeValueAsString(donation);

		assertThat(written).contains("\"amountYuan\":\"29.1712\"").doesNotContain("\"amount\"");
		assertThat(this.json.readValue(written, DonationReceived.class).amount()).isEqualTo(new BigDecimal("29.1712"));
	}

	@Test
	void moneyThatIsNotAPlainDecimalIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DonationReceived(UUID.randomUUID(), "某公司", DonationKind.CASH, "4.16e2"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PriceObserved("四季青", "大白菜", "kg", "3,2", LocalDate.parse("2020-02-04")));
	}

}
