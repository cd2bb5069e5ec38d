package org.cordon.supply.donations;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;
import org.cordon.testsupport.TopicRecords;

import static org.assertj.core.api.Assertions.assertThat;

class DonationsIT extends SupplyIntegrationTest {

	@Test
	void donationsKeepTheirExactAmountsOnTheTopicAndInTheDatabase() {
		List<String> amounts = List.of("416.1696", "29.1712", "87.5118");
		List<UUID> ids = amounts.stream().map((amount) -> UUID.randomUUID()).toList();

		for (int i = 0; i < amounts.size(); i++) {
			this.api
				.operator(SupplyApi.DONATIONS,
						SupplyApi.donation(ids.get(i), "巴彦淖尔市红十字会", "CASH", "\"" + amounts.get(i) + "\""))
				.expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.donationId")
				.isEqualTo(ids.get(i).toString())
				.jsonPath("$.status")
				.isEqualTo("CREATED");
		}

		for (int i = 0; i < amounts.size(); i++) {
			List<ConsumerRecord<String, byte[]>> records = this.api.publishedFor(ids.get(i).toString());
			assertThat(records).hasSize(1);
			SupplyApi.assertEnvelope(records.get(0), "DonationReceived.v1", ids.get(i).toString());
			assertThat(TopicRecords.value(records.get(0))).contains("\"amountYuan\":\"" + amounts.get(i) + "\"");
			JsonNode data = SupplyApi.data(records.get(0));
			assertThat(data.get("amountYuan").isString()).isTrue();
			assertThat(data.get("donor").asString()).isEqualTo("巴彦淖尔市红十字会");
			assertThat(data.get("kind").asString()).isEqualTo("CASH");
		}
		BigDecimal total = this.database
			.sql("select sum(amount_yuan) as total from donations where donation_id = any($1::uuid[])")
			.bind(0, ids.stream().map(UUID::toString).toArray(String[]::new))
			.map((row) -> row.get("total", BigDecimal.class))
			.one()
			.block();
		assertThat(total).isEqualByComparingTo("532.8526");
	}

	@Test
	void theSameDonationAgainIsADuplicateEvenWrittenWithTrailingZerosAndAnotherAmountAConflict() {
		UUID id = UUID.randomUUID();
		this.api.operator(SupplyApi.DONATIONS, SupplyApi.donation(id, "某企业", "MEDICAL", "\"29.5\""))
			.expectStatus()
			.isCreated();

		this.api.operator(SupplyApi.DONATIONS, SupplyApi.donation(id, "某企业", "MEDICAL", "\"29.5000\""))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api.operator(SupplyApi.DONATIONS, SupplyApi.donation(id, "某企业", "MEDICAL", "\"29.51\""))
			.expectStatus()
			.isEqualTo(409);

		assertThat(this.api.count("select count(*) from donations where donation_id = $1", id)).isOne();
		List<JsonNode> published = this.api.published(id.toString(), "DonationReceived.v1");
		assertThat(published).hasSize(1);
		assertThat(published.get(0).get("amountYuan").asString()).isEqualTo("29.5");
	}

	@Test
	void anAmountThatIsNotAPositiveDecimalStringWithAtMostFourPlacesIsRefused() {
		UUID id = UUID.randomUUID();

		for (String amount : List.of("416.1696", "\"416.16961\"", "\"0\"", "\"-5\"", "\"4.16e2\"", "null")) {
			this.api.operator(SupplyApi.DONATIONS, SupplyApi.donation(id, "某企业", "CASH", amount))
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType("application/problem+json")
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("amountYuan");
		}
		this.api.operator(SupplyApi.DONATIONS, SupplyApi.donation(id, "某企业", "GOLD", "\"10\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");

		assertThat(this.api.count("select count(*) from donations where donation_id = $1", id)).isZero();
		assertThat(this.api.publishedFor(id.toString())).isEmpty();
	}

}
