package org.cordon.testsupport;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs identity tokens the way the gateway does, with a key pair made for this test JVM,
 * so that services can be called directly in tests.
 */
public final class IdentityTokens {

	public static final String HEADER = "X-Cordon-Identity";

	private static final KeyPair GATEWAY = RsaKeys.generate();

	private static final KeyPair STRANGER = RsaKeys.generate();

	private IdentityTokens() {
	}

	/**
	 * The public half, as services read it from {@code cordon.identity.public-key}.
	 * @return PEM text
	 */
	public static String publicKeyPem() {
		return RsaKeys.publicPem(GATEWAY);
	}

	/**
	 * The private half, as the gateway reads it from {@code cordon.identity.private-key}.
	 * @return PKCS#8 PEM text
	 */
	public static String privateKeyPem() {
		return RsaKeys.privatePem(GATEWAY);
	}

	public static String token(String actorId, String name, List<String> roles, List<String> checkpoints) {
		return sign(GATEWAY, actorId, name, roles, checkpoints, Instant.now(), Duration.ofMinutes(5));
	}

	public static String admin() {
		return token("key:test-admin", "test admin", List.of("admin"), List.of());
	}

	public static String viewer() {
		return token("key:test-viewer", "test viewer", List.of("viewer"), List.of());
	}

	public static String operator() {
		return token("key:test-operator", "test operator", List.of("operator"), List.of());
	}

	/**
	 * A checkpoint key's identity.
	 * @param checkpoints ids in scope, or {@code *}
	 * @return the token
	 */
	public static String checkpoint(String... checkpoints) {
		return token("key:test-checkpoint", "test checkpoint", List.of("checkpoint"), List.of(checkpoints));
	}

	/**
	 * A token that expired a while ago.
	 * @return the token
	 */
	public static String expired() {
		return sign(GATEWAY, "key:test-admin", "test admin", List.of("admin"), List.of(),
				Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(1));
	}

	/**
	 * A well-formed token signed by a key the services do not trust, as a client forging
	 * the gateway's header would send.
	 * @return the token
	 */
	public static String forged() {
		return sign(STRANGER, "key:forged", "forged", List.of("admin"), List.of("*"), Instant.now(),
				Duration.ofMinutes(5));
	}

	private static String sign(KeyPair keys, String actorId, String name, List<String> roles, List<String> checkpoints,
			Instant issuedAt, Duration ttl) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("cordon-gateway")
			.audience("cordon-services")
			.subject(actorId)
			.claim("name", name)
			.claim("roles", roles)
			.claim("checkpoints", checkpoints)
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(ttl)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
