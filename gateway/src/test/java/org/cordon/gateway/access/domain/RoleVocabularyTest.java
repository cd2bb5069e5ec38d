package org.cordon.gateway.access.domain;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway grants the roles the services read: the two vocabularies must be spelled
 * alike, or a role the gateway signs would mean nothing to a service.
 */
class RoleVocabularyTest {

	@Test
	void theGatewaysRolesAreThePlatformsRoles() {
		assertThat(Arrays.stream(Role.values()).map(Role::wireName))
			.containsExactlyElementsOf(Arrays.stream(org.cordon.platform.identity.Role.values())
				.map(org.cordon.platform.identity.Role::wireName)
				.toList());
	}

	@Test
	void whatTheAccessTableLetsEachRoleDoMatchesWhatThePlatformSaysItGrants() {
		for (org.cordon.platform.identity.Role holder : org.cordon.platform.identity.Role.values()) {
			Role gatewayRole = Role.fromWireName(holder.wireName()).orElseThrow();
			assertThat(AccessRules.VIEWERS.contains(gatewayRole)).as(holder + " reads views")
				.isEqualTo(holder.grants(org.cordon.platform.identity.Role.VIEWER));
			assertThat(AccessRules.AUDITORS.contains(gatewayRole)).as(holder + " reads the history")
				.isEqualTo(holder.grants(org.cordon.platform.identity.Role.AUDITOR));
			assertThat(AccessRules.OPERATORS.contains(gatewayRole)).as(holder + " writes")
				.isEqualTo(holder.grants(org.cordon.platform.identity.Role.OPERATOR));
			assertThat(AccessRules.ADMINS.contains(gatewayRole)).as(holder + " administers")
				.isEqualTo(holder.grants(org.cordon.platform.identity.Role.ADMIN));
		}
	}

}
