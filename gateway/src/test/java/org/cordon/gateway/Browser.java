package org.cordon.gateway;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser: it keeps the cookies the gateway sets (and drops the ones it
 * expires), opens the login form and posts it with the form's CSRF token, and sends the
 * {@code X-XSRF-TOKEN} header from the {@code XSRF-TOKEN} cookie the way a page's
 * {@code fetch} code does. It follows no redirects, so tests see them.
 */
public final class Browser {

	public static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	public static final String SESSION = "CORDON_SESSION";

	public static final String CSRF = "XSRF-TOKEN";

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final WebTestClient client;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public Browser(int port) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	public WebTestClient client() {
		return this.client;
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	public Map<String, String> cookies() {
		return Map.copyOf(this.cookies);
	}

	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/**
	 * Opens the login form.
	 * @return the page
	 */
	public String openLoginForm() {
		EntityExchangeResult<String> page = this.client.get()
			.uri("/login")
			.header(HttpHeaders.ACCEPT, PAGE_ACCEPT)
			.cookies(this::sendCookies)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		keepCookies(page);
		return page.getResponseBody();
	}

	/**
	 * Fills in the login form and sends it, as a person would.
	 * @param username the username
	 * @param password the password
	 * @param target the {@code continue} field, or null
	 * @return the gateway's answer
	 */
	public EntityExchangeResult<Void> submitLogin(String username, String password, String target) {
		String page = openLoginForm();
		Matcher token = FORM_TOKEN.matcher(page);
		assertThat(token.find()).as("the form carries its CSRF token").isTrue();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("_csrf", token.group(1));
		form.add("username", username);
		form.add("password", password);
		if (target != null) {
			form.add("continue", target);
		}
		return postForm("/login", form);
	}

	/**
	 * Logs in and expects to succeed.
	 * @param username the username
	 * @param password the password
	 * @return this browser, with its session cookie
	 */
	public Browser logIn(String username, String password) {
		EntityExchangeResult<Void> answer = submitLogin(username, password, null);
		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/");
		assertThat(this.cookies).containsKey(SESSION);
		return this;
	}

	public EntityExchangeResult<Void> postForm(String path, MultiValueMap<String, String> form) {
		EntityExchangeResult<Void> answer = this.client.post()
			.uri(path)
			.cookies(this::sendCookies)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectBody()
			.isEmpty();
		keepCookies(answer);
		return answer;
	}

	/**
	 * A GET as a page's script makes it, with the cookies only.
	 * @param path the path
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec get(String path) {
		return this.client.get().uri(path).cookies(this::sendCookies).exchange();
	}

	/**
	 * Opens a page as a person does, asking for HTML.
	 * @param path the path
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec navigate(String path) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.ACCEPT, PAGE_ACCEPT)
			.cookies(this::sendCookies)
			.exchange();
	}

	/**
	 * Fetches a path once to pick up the cookies it sets, as a page load does.
	 * @param path the path
	 * @return this browser
	 */
	public Browser load(String path) {
		keepCookies(this.client.get().uri(path).cookies(this::sendCookies).exchange().expectBody().returnResult());
		return this;
	}

	/**
	 * A JSON write as a page's {@code fetch} makes it.
	 * @param method the method
	 * @param path the path
	 * @param json the body
	 * @param withCsrfHeader whether to send {@code X-XSRF-TOKEN} from the cookie
	 * @return the answer
	 */
	public WebTestClient.ResponseSpec write(String method, String path, String json, boolean withCsrfHeader) {
		return this.client.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.cookies(this::sendCookies)
			.headers((headers) -> {
				if (withCsrfHeader) {
					assertThat(this.cookies).as("the page holds the XSRF-TOKEN cookie").containsKey(CSRF);
					headers.set("X-XSRF-TOKEN", this.cookies.get(CSRF));
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	public EntityExchangeResult<Void> logOut() {
		assertThat(this.cookies).containsKey(CSRF);
		EntityExchangeResult<Void> answer = this.client.post()
			.uri("/logout")
			.cookies(this::sendCookies)
			.header("X-XSRF-TOKEN", this.cookies.get(CSRF))
			.exchange()
			.expectBody()
			.isEmpty();
		keepCookies(answer);
		return answer;
	}

	public void keepCookies(EntityExchangeResult<?> answer) {
		for (Map.Entry<String, java.util.List<ResponseCookie>> set : answer.getResponseCookies().entrySet()) {
			for (ResponseCookie cookie : set.getValue()) {
				if (cookie.getMaxAge().isZero()) {
					this.cookies.remove(cookie.getName());
				}
				else {
					this.cookies.put(cookie.getName(), cookie.getValue());
				}
			}
		}
	}

	private void sendCookies(MultiValueMap<String, String> sent) {
		this.cookies.forEach(sent::add);
	}

}
