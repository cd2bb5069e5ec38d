package org.cordon.supply.items;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.ItemDefined;

/**
 * The catalogue.
 */
@Repository
public class Items {

	private final DatabaseClient database;

	Items(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Adds the item unless its sku is taken; a concurrent definition of the same sku
	 * waits for the other to commit or roll back.
	 * @param item the item
	 * @return whether this call added it
	 */
	Mono<Boolean> insertIfNew(ItemDefined item) {
		return this.database.sql("""
				insert into items (sku, name, unit, low_stock_threshold) values ($1, $2, $3, $4)
				on conflict (sku) do nothing""")
			.bind(0, item.sku())
			.bind(1, item.name())
			.bind(2, item.unit())
			.bind(3, item.lowStockThreshold())
			.fetch()
			.rowsUpdated()
			.map((inserted) -> inserted == 1);
	}

	/**
	 * @param sku the sku
	 * @return the item, or empty when none is defined under the sku
	 */
	public Mono<ItemDefined> find(String sku) {
		return this.database.sql("select sku, name, unit, low_stock_threshold from items where sku = $1")
			.bind(0, sku)
			.map((row) -> new ItemDefined(row.get("sku", String.class), row.get("name", String.class),
					row.get("unit", String.class), row.get("low_stock_threshold", Integer.class)))
			.one();
	}

}
