package org.cordon.supply;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The supply warehouse of the command: items, orders, receipts and issues on stock cards,
 * donations and market prices; every accepted change is announced on
 * {@code supply.events}.
 */
@SpringBootApplication
public class SupplyApplication {

	public static void main(String[] args) {
		SpringApplication.run(SupplyApplication.class, args);
	}

}
