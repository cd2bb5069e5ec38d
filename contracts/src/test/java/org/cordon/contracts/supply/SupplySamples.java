package org.cordon.contracts.supply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.DomainEvent;

/**
 * The record each supply golden sample must read as, by type name. The figures are the
 * bulletins' (masks: 300,000 bought, 44,000 arrived, 20,000 in stock).
 */
public final class SupplySamples {

	static final String MASKS = "MASK-SURGICAL";

	static final String WAREHOUSE = "市防疫物资储备库";

	static final UUID ORDER = UUID.fromString("5e3b1c2d-4f6a-4b7c-8d9e-0a1b2c3d4e5f");

	public static final Map<String, DomainEvent> EXPECTED = Map.of(ItemDefined.TYPE,
			new ItemDefined(MASKS, "医用外科口罩", "只", 20000), SupplyOrdered.TYPE,
			new SupplyOrdered(
					ORDER, MASKS, 300000, "巴彦淖尔市医药公司", LocalDate.parse("2020-02-10"), LocalDate.parse("2020-02-01")),
			SupplyReceived.TYPE,
			new SupplyReceived(UUID.fromString("7a1d2e3f-5b6c-4d7e-9f80-1a2b3c4d5e6f"), MASKS, 44000, WAREHOUSE,
					ReceiptSource.PURCHASE, ORDER, LocalDate.parse("2020-02-04")),
			SupplyIssued.TYPE,
			new SupplyIssued(UUID.fromString("2c4e6a8b-0d1f-4a3c-8e5b-7d9f1a3c5e7b"), MASKS, 2000, WAREHOUSE,
					"临河区人民医院发热门诊", IssuePriority.FEVER_CLINIC, LocalDate.parse("2020-02-04")),
			StockLow.TYPE, new StockLow(MASKS, WAREHOUSE, 18000, 20000), DonationReceived.TYPE,
			DonationReceived.of(UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"), "巴彦淖尔市红十字会", DonationKind.CASH,
					new BigDecimal("416.1696"), LocalDate.parse("2020-02-03")),
			PriceObserved.TYPE,
			PriceObserved.of("四季青蔬菜批发市场", "大白菜", "kg", new BigDecimal("3.2"), LocalDate.parse("2020-02-04")));

	private SupplySamples() {
	}

}
