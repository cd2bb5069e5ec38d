package org.cordon.gateway.docs;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v3/api-docs} (JSON) and {@code /v3/api-docs.yaml}: the public API's OpenAPI
 * document, open to anyone, like the API.md it describes.
 */
@RestController
class ApiDocsController {

	private final ApiDocument document;

	ApiDocsController(JsonMapper jsonMapper) {
		this.document = ApiDocument.load(jsonMapper);
	}

	@GetMapping("/v3/api-docs")
	ResponseEntity<byte[]> json() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.document.json());
	}

	@GetMapping("/v3/api-docs.yaml")
	ResponseEntity<String> yaml() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(this.document.yaml());
	}

}
