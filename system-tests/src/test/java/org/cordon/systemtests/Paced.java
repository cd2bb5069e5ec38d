package org.cordon.systemtests;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Sends a request again while the gateway answers 429: a key may send 50 requests a
 * second, and a test that posts a hundred files in a row is faster than that. A 429
 * changes nothing, so sending again is what a well-behaved client does.
 */
final class Paced {

	private Paced() {
	}

	static EntityExchangeResult<byte[]> send(Supplier<WebTestClient.ResponseSpec> request) {
		AtomicReference<EntityExchangeResult<byte[]>> answer = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			EntityExchangeResult<byte[]> result = request.get().expectBody().returnResult();
			answer.set(result);
			return result.getStatus() != HttpStatus.TOO_MANY_REQUESTS;
		});
		return answer.get();
	}

}
