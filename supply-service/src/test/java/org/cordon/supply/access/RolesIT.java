package org.cordon.supply.access;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.MediaType;

import org.cordon.supply.SupplyApi;
import org.cordon.supply.SupplyIntegrationTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every supply write needs the operator role (admin includes it): 401 without an identity
 * from the gateway, 403 with another role, and nothing stored or published either way.
 */
class RolesIT extends SupplyIntegrationTest {

	static Stream<String> writes() {
		return Stream.of(SupplyApi.ITEMS, SupplyApi.ORDERS, SupplyApi.RECEIPTS, SupplyApi.ISSUES, SupplyApi.DONATIONS,
				SupplyApi.PRICES);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void withoutAnIdentityAWriteIsUnauthenticatedAndWithAnotherRoleForbidden(String path) {
		String sku = this.api.defineItem("MASK", 0);
		this.api.receive(sku, "市库", 10);
		String commodity = SupplyApi.newSku("大白菜");
		UUID id = UUID.randomUUID();
		String newSku = SupplyApi.newSku("TENT");
		String body = body(path, newSku, sku, id, commodity);

		this.api.client()
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType("application/problem+json");
		this.api.post(path, IdentityTokens.forged(), body).expectStatus().isUnauthorized();
		for (String token : List.of(IdentityTokens.viewer(), IdentityTokens.checkpoint("*"),
				IdentityTokens.token("key:test-auditor", "test auditor", List.of("auditor"), List.of()))) {
			this.api.post(path, token, body)
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType("application/problem+json");
		}

		assertThat(this.api.count("select count(*) from client_ids where client_id = $1", id)).isZero();
		assertThat(this.api.count("select count(*) from stock_ledger where sku = $1", sku)).isOne();
		assertThat(this.api.count("select count(*) from items where sku = $1", newSku)).isZero();
		assertThat(this.api.count("select count(*) from prices where commodity = $1", commodity)).isZero();
		assertThat(this.api.typesPublishedFor(sku)).containsExactly("ItemDefined.v1", "SupplyReceived.v1");
		assertThat(this.api.publishedFor(id.toString())).isEmpty();
		assertThat(this.api.publishedFor(commodity)).isEmpty();
		assertThat(this.api.publishedFor(newSku)).isEmpty();

		this.api.post(path, IdentityTokens.admin(), body).expectStatus().isCreated();
	}

	private static String body(String path, String newSku, String sku, UUID id, String commodity) {
		return switch (path) {
			case SupplyApi.ITEMS -> SupplyApi.item(newSku, "帐篷", "顶", 10);
			case SupplyApi.ORDERS -> SupplyApi.order(id, sku, 100);
			case SupplyApi.RECEIPTS -> SupplyApi.receipt(id, sku, 5, "市库", "ALLOCATION", null);
			case SupplyApi.ISSUES -> SupplyApi.issue(id, sku, 5, "市库", "某卡点", "CHECKPOINT");
			case SupplyApi.DONATIONS -> SupplyApi.donation(id, "某企业", "OTHER", "\"1000\"");
			default -> SupplyApi.price("四季青蔬菜批发市场", commodity, "kg", "\"3.2\"", "2020-02-04");
		};
	}

}
