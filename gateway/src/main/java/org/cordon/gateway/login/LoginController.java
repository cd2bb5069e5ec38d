package org.cordon.gateway.login;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import org.cordon.gateway.access.CallerAuthentication;
import org.cordon.gateway.login.domain.ContinueTarget;

/**
 * {@code GET /login} (the form), {@code POST /login} (the form's answer: a session cookie
 * and the page the person wanted, or the form again) and {@code POST /logout}. Both posts
 * carry the CSRF token (checked in the security chain before this is reached).
 */
@RestController
class LoginController {

	private static final Log logger = LogFactory.getLog(LoginController.class);

	static final String FAILED = "/login?error";

	static final String LOGGED_OUT = "/login?logout";

	private final LoggingIn loggingIn;

	private final SessionCookies cookies;

	LoginController(LoggingIn loggingIn, SessionCookies cookies) {
		this.loggingIn = loggingIn;
		this.cookies = cookies;
	}

	@GetMapping(path = "/login")
	Mono<ResponseEntity<String>> form(ServerWebExchange exchange,
			@RequestParam(name = "continue", required = false) String target) {
		// ?error and ?logout carry no value: their presence is the message
		MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
		LoginPage.State state = query.containsKey("error") ? LoginPage.State.FAILED
				: query.containsKey("logout") ? LoginPage.State.LOGGED_OUT : LoginPage.State.FRESH;
		return csrfToken(exchange).map((token) -> ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", LoginPage.CONTENT_SECURITY_POLICY)
			.body(LoginPage.render(token.getParameterName(), token.getToken(), state, ContinueTarget.of(target))));
	}

	@PostMapping(path = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<ResponseEntity<Void>> login(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		return exchange.getFormData().flatMap((form) -> {
			String target = ContinueTarget.of(form.getFirst("continue"));
			return this.loggingIn.attempt(form.getFirst("username"), form.getFirst("password"), address(request))
				.map((session) -> session
					.map((secret) -> ResponseEntity.status(HttpStatus.SEE_OTHER)
						.location(URI.create(target))
						.header(HttpHeaders.SET_COOKIE, this.cookies.issue(request, secret).toString())
						.header(HttpHeaders.SET_COOKIE, this.cookies.clearCsrf(request).toString())
						.<Void>build())
					.orElseGet(() -> failed(target)));
		});
	}

	@PostMapping(path = "/logout")
	Mono<ResponseEntity<Void>> logout(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		Optional<String> session = SessionCookies.session(request);
		return CallerAuthentication.current()
			.doOnNext((caller) -> logger.info(caller.actorId() + " logged out from " + address(request)))
			.then(this.loggingIn.logout(session))
			.then(Mono.fromSupplier(() -> ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(LOGGED_OUT))
				.header(HttpHeaders.SET_COOKIE, this.cookies.clearSession(request).toString())
				.header(HttpHeaders.SET_COOKIE, this.cookies.clearCsrf(request).toString())
				.<Void>build()));
	}

	/**
	 * Back to the form with the generic message, keeping where the person wanted to go.
	 * @param target the page after the login
	 * @return the redirect
	 */
	static ResponseEntity<Void> failed(String target) {
		String location = target.equals(ContinueTarget.START) ? FAILED
				: FAILED + "&continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
	}

	private static Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token
				: Mono.error(() -> new IllegalStateException("the security chain provides no CSRF token"));
	}

	static String address(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

}
