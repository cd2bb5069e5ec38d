package org.cordon.gateway.users;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.cordon.gateway.Browser;
import org.cordon.gateway.GatewayApi;
import org.cordon.gateway.GatewayTestSetup;
import org.cordon.testsupport.CordonTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default, as in {@code DevKeysIT} (the same context): dev keys and dev
 * users on, no bootstrap key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cordon.gateway.dev-keys=true", "cordon.gateway.dev-users=true",
				"cordon.gateway.bootstrap-admin-key=" })
@ContextConfiguration(initializers = { CordonTestInfrastructure.class, GatewayTestSetup.class })
class DevUsersIT {

	@LocalServerPort
	int port;

	@Autowired
	StartupUsers startupUsers;

	GatewayApi api;

	@BeforeEach
	void connect() {
		this.api = new GatewayApi(this.port);
	}

	@Test
	void eachDevUserLogsInWithItsNameAsPasswordAndHasItsRole() {
		Browser admin = new Browser(this.port).logIn("admin", "admin");
		Browser operator = new Browser(this.port).logIn("operator", "operator");
		Browser viewer = new Browser(this.port).logIn("viewer", "viewer");
		Browser auditor = new Browser(this.port).logIn("Auditor ", "auditor");

		admin.get("/api/admin/users")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].username")
			.value((names) -> assertThat(names.toString()).contains("admin", "operator", "viewer", "auditor"));
		operator.get("/api/persons").expectStatus().isEqualTo(503);
		operator.get("/api/checkpoints").expectStatus().isForbidden();
		viewer.get("/api/checkpoints").expectStatus().isOk();
		viewer.get("/api/audit/events").expectStatus().isForbidden();
		auditor.get("/api/audit/events").expectStatus().isOk();
		auditor.get("/api/me").expectStatus().isOk().expectBody().jsonPath("$.actor").isEqualTo("user:auditor");
	}

	@Test
	void devUsersAreDisabledWithTheirSessionsWhenTheSwitchIsOffAndResetWhenItIsOn() {
		Browser viewer = new Browser(this.port).logIn("viewer", "viewer");
		try {
			this.startupUsers.apply(false).block(Duration.ofSeconds(30));

			viewer.get("/api/checkpoints").expectStatus().isUnauthorized();
			for (String devUser : List.of("admin", "operator", "viewer", "auditor")) {
				assertThat(
						new Browser(this.port).submitLogin(devUser, devUser, null).getResponseHeaders().getLocation())
					.hasToString("/login?error");
			}
		}
		finally {
			this.startupUsers.apply(true).block(Duration.ofSeconds(30));
		}
		new Browser(this.port).logIn("viewer", "viewer").get("/api/checkpoints").expectStatus().isOk();
	}

}
