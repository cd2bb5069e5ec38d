package org.cordon.gateway.identity;

import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.cordon.gateway.access.domain.Identity;
import org.cordon.platform.identity.IdentityToken;
import org.cordon.platform.rules.Role;

/**
 * Signs the identity services trust (ADR 0004): an RS256 JWT with the claims the
 * platform's {@link IdentityToken} reads.
 * <p>
 * A token lives {@code lifetime} (a minute) and is sent again for {@code reuse} (a few
 * seconds) to the same caller, which spares an RSA signature per request of a busy key
 * while every token a service sees has most of its life ahead.
 */
public class IdentityMinter {

	private static final int MOST_REMEMBERED = 10_000;

	private final RSASSASigner signer;

	private final Clock clock;

	private final Duration lifetime;

	private final Duration reuse;

	private final Map<Identity, Minted> recent = new ConcurrentHashMap<>();

	public IdentityMinter(RSAPrivateKey key, Clock clock, Duration lifetime, Duration reuse) {
		if (reuse.compareTo(lifetime.dividedBy(2)) > 0) {
			throw new IllegalArgumentException("a token is reused for at most half its lifetime");
		}
		this.signer = new RSASSASigner(key);
		this.clock = clock;
		this.lifetime = lifetime;
		this.reuse = reuse;
	}

	public String tokenFor(Identity caller) {
		Instant now = this.clock.instant();
		Minted minted = this.recent.get(caller);
		if (minted != null && now.isBefore(minted.issuedAt().plus(this.reuse)) && !now.isBefore(minted.issuedAt())) {
			return minted.token();
		}
		String token = sign(caller, now);
		if (this.recent.size() >= MOST_REMEMBERED) {
			this.recent.values().removeIf((old) -> !now.isBefore(old.issuedAt().plus(this.reuse)));
		}
		this.recent.put(caller, new Minted(token, now));
		return token;
	}

	private String sign(Identity caller, Instant now) {
		// whole seconds, as JWT numeric dates are
		Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(IdentityToken.ISSUER)
			.audience(IdentityToken.AUDIENCE)
			.subject(caller.actorId())
			.claim(IdentityToken.CLAIM_NAME, caller.name())
			.claim(IdentityToken.CLAIM_ROLES, caller.roles().stream().sorted().map(Role::wireName).toList())
			.claim(IdentityToken.CLAIM_CHECKPOINTS, caller.checkpoints().stream().sorted().toList())
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(this.lifetime)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot sign the identity token", ex);
		}
		return jwt.serialize();
	}

	private record Minted(String token, Instant issuedAt) {

	}

}
