package org.cordon.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The only public entry of Cordon: it authenticates API keys and people's sessions,
 * checks roles and checkpoint scopes, limits each key's rate, and routes to the services
 * with an identity it signed.
 */
@SpringBootApplication
public class GatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(GatewayApplication.class, args);
	}

}
