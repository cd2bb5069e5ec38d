package org.cordon.gateway;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.identity.IdentityToken;
import org.cordon.platform.identity.PublicKeys;
import org.cordon.testsupport.IdentityTokens;

/**
 * Reads an identity token exactly as the services do (the platform's
 * {@code IdentityConfiguration}): RS256 against the test JVM's public key, issuer and
 * audience checked.
 */
public final class SignedIdentities {

	private static final NimbusJwtDecoder DECODER = decoder();

	private SignedIdentities() {
	}

	public static Jwt verify(String token) {
		return DECODER.decode(token);
	}

	public static Caller caller(String token) {
		return IdentityToken.toCaller(verify(token));
	}

	private static NimbusJwtDecoder decoder() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(PublicKeys.rsaFromPem(IdentityTokens.publicKeyPem()))
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(IdentityToken.ISSUER), new JwtClaimValidator<List<String>>("aud",
						(audience) -> audience != null && audience.contains(IdentityToken.AUDIENCE))));
		return decoder;
	}

}
