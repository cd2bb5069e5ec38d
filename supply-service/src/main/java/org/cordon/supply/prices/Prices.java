package org.cordon.supply.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.supply.PriceObserved;
import org.cordon.supply.domain.Money;

/**
 * The price observations, one per market, commodity and day.
 */
@Repository
class Prices {

	private final DatabaseClient database;

	Prices(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Adds the observation unless the market already has one for the commodity and day; a
	 * concurrent one for the same key waits for the other to commit or roll back.
	 * @param price the observation
	 * @return whether this call added it
	 */
	Mono<Boolean> insertIfNew(PriceObserved price) {
		return this.database.sql("""
				insert into prices (market, commodity, observed_on, unit, price_yuan) values ($1, $2, $3, $4, $5)
				on conflict (market, commodity, observed_on) do nothing""")
			.bind(0, price.market())
			.bind(1, price.commodity())
			.bind(2, price.observedOn())
			.bind(3, price.unit())
			.bind(4, price.price())
			.fetch()
			.rowsUpdated()
			.map((inserted) -> inserted == 1);
	}

	Mono<PriceObserved> find(String market, String commodity, LocalDate observedOn) {
		return this.database.sql("""
				select market, commodity, unit, price_yuan, observed_on from prices
				 where market = $1 and commodity = $2 and observed_on = $3""")
			.bind(0, market)
			.bind(1, commodity)
			.bind(2, observedOn)
			.map((row) -> PriceObserved.of(row.get("market", String.class), row.get("commodity", String.class),
					row.get("unit", String.class), Money.canonical(row.get("price_yuan", BigDecimal.class)),
					row.get("observed_on", LocalDate.class)))
			.one();
	}

}
