package org.cordon.gateway.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityRelayFilterTest {

	@Test
	void theGatewaysOwnCookiesDoNotReachTheServicesButOthersDo() {
		assertThat(IdentityRelayFilter.withoutGatewayCookies("CORDON_SESSION=secret; lang=zh; XSRF-TOKEN=t"))
			.contains("lang=zh");
		assertThat(IdentityRelayFilter.withoutGatewayCookies("CORDON_SESSION=secret; XSRF-TOKEN=t")).isEmpty();
		assertThat(IdentityRelayFilter.withoutGatewayCookies("")).isEmpty();
		assertThat(IdentityRelayFilter.withoutGatewayCookies("MY_CORDON_SESSION=kept"))
			.contains("MY_CORDON_SESSION=kept");
	}

}
