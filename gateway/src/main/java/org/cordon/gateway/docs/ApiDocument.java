package org.cordon.gateway.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI document of the public API (API.md), written by hand in YAML because the
 * gateway's own code knows only a few of the paths it serves; loaded once and also served
 * as JSON.
 */
final class ApiDocument {

	static final String LOCATION = "openapi/cordon-api.yaml";

	private final String yaml;

	private final byte[] json;

	private ApiDocument(String yaml, byte[] json) {
		this.yaml = yaml;
		this.json = json;
	}

	static ApiDocument load(JsonMapper jsonMapper) {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Object tree = yamlReader().load(yaml);
			return new ApiDocument(yaml, jsonMapper.writeValueAsBytes(tree));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + LOCATION, ex);
		}
	}

	String yaml() {
		return this.yaml;
	}

	byte[] json() {
		return this.json.clone();
	}

	/**
	 * A YAML reader that keeps dates as the text they are: OpenAPI examples such as
	 * {@code 2020-02-04} must stay strings, not become timestamps.
	 */
	private static Yaml yamlReader() {
		LoaderOptions options = new LoaderOptions();
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new TextDates());
	}

	private static final class TextDates extends Resolver {

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
			if (!Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first);
			}
		}

		@Override
		public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
			if (!Tag.TIMESTAMP.equals(tag)) {
				super.addImplicitResolver(tag, regexp, first, limit);
			}
		}

	}

}
