package org.cordon.checkpoint.registry;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cordon.checkpoint.CheckpointApi;
import org.cordon.checkpoint.CheckpointIntegrationTest;
import org.cordon.testsupport.IdentityTokens;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointRegistryIT extends CheckpointIntegrationTest {

	@Test
	void anAdminRegistersACheckpointOnceAndViewersListIt() {
		UUID id = UUID.randomUUID();
		String body = CheckpointApi.checkpoint(id, "G6京藏高速巴彦淖尔东出口", "临河区", "HIGHWAY_EXIT");

		this.api.post("/api/checkpoints", IdentityTokens.admin(), body)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.checkpointId")
			.isEqualTo(id.toString())
			.jsonPath("$.kind")
			.isEqualTo("HIGHWAY_EXIT");
		this.api.post("/api/checkpoints", IdentityTokens.admin(), body)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DUPLICATE");
		this.api
			.post("/api/checkpoints", IdentityTokens.admin(),
					CheckpointApi.checkpoint(id, "另一个名字", "临河区", "HIGHWAY_EXIT"))
			.expectStatus()
			.isEqualTo(409);

		this.api.client()
			.get()
			.uri("/api/checkpoints")
			.header(IdentityTokens.HEADER, IdentityTokens.viewer())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.checkpointId == '%s')].name".formatted(id))
			.isEqualTo("G6京藏高速巴彦淖尔东出口");
		assertThat(this.api.typesPublishedFor(id)).containsExactly("CheckpointRegistered.v1");
	}

	@Test
	void onlyAnAdminRegisters() {
		UUID id = UUID.randomUUID();

		this.api.post("/api/checkpoints", IdentityTokens.operator(), CheckpointApi.checkpoint(id, "x", "y", "VILLAGE"))
			.expectStatus()
			.isForbidden();
		this.api
			.post("/api/checkpoints", IdentityTokens.checkpoint("*"), CheckpointApi.checkpoint(id, "x", "y", "VILLAGE"))
			.expectStatus()
			.isForbidden();

		assertThat(this.api.rows("checkpoints", "checkpoint_id", id)).isZero();
	}

	@Test
	void anUnknownKindOrAMissingNameIsRefusedNamingTheField() {
		UUID id = UUID.randomUUID();

		this.api.post("/api/checkpoints", IdentityTokens.admin(), CheckpointApi.checkpoint(id, "x", "y", "AIRPORT"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");
		this.api.post("/api/checkpoints", IdentityTokens.admin(), CheckpointApi.checkpoint(id, " ", "y", "VILLAGE"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");

		assertThat(this.api.rows("checkpoints", "checkpoint_id", id)).isZero();
		assertThat(this.api.typesPublishedFor(id)).isEmpty();
	}

}
