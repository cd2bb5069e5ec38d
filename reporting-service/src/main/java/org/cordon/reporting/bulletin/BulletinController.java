package org.cordon.reporting.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cordon.platform.identity.Caller;
import org.cordon.platform.problem.FieldProblem;
import org.cordon.platform.problem.ProblemException;
import org.cordon.platform.rules.Role;
import org.cordon.platform.rules.Violations;
import org.cordon.reporting.bulletin.domain.BulletinQuery;
import org.cordon.reporting.bulletin.page.BulletinWriting;
import org.cordon.reporting.bulletin.page.HtmlRendering;
import org.cordon.reporting.bulletin.page.MarkdownRendering;
import org.cordon.reporting.bulletin.page.Page;

/**
 * {@code GET /api/views/bulletin?date=YYYY-MM-DD} (viewer): the day's bulletin as a
 * printable HTML page, or as Markdown when the client asks for {@code text/markdown}.
 */
@RestController
class BulletinController {

	/** Markdown's media type (RFC 7763). */
	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final Bulletins bulletins;

	private final String issuer;

	BulletinController(Bulletins bulletins, @Value("${cordon.bulletin.issuer}") String issuer) {
		this.bulletins = bulletins;
		this.issuer = issuer;
	}

	@GetMapping("/api/views/bulletin")
	Mono<ResponseEntity<String>> bulletin(@RequestParam(required = false) String date,
			@RequestParam(required = false) String asOf,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Caller caller) {
		caller.require(Role.VIEWER);
		Violations violations = new Violations();
		LocalDate day = BulletinQuery.read(date, asOf, violations);
		if (!violations.isEmpty()) {
			throw ProblemException
				.invalid(violations.list().stream().map((v) -> new FieldProblem(v.field(), v.message())).toList());
		}
		boolean markdown = wantsMarkdown(accept);
		return this.bulletins.of(day).map((bulletin) -> {
			Page page = BulletinWriting.write(bulletin, this.issuer);
			return ResponseEntity.ok()
				.contentType(markdown ? MARKDOWN : HTML)
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
				.body(markdown ? MarkdownRendering.render(page) : HtmlRendering.render(page));
		});
	}

	/**
	 * Markdown when the client names {@code text/markdown} and ranks it no lower than
	 * {@code text/html}; HTML otherwise, whatever else it asks for (a browser's
	 * {@code *}{@code /*} included).
	 */
	static boolean wantsMarkdown(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (RuntimeException ex) {
			return false;
		}
		double markdown = quality(types, "markdown");
		return markdown > 0 && markdown >= quality(types, "html");
	}

	private static double quality(List<MediaType> types, String textSubtype) {
		return types.stream()
			.filter((type) -> "text".equalsIgnoreCase(type.getType())
					&& textSubtype.equalsIgnoreCase(type.getSubtype()))
			.mapToDouble(MediaType::getQualityValue)
			.max()
			.orElse(0);
	}

}
