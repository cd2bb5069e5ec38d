// Shows the gateway's own OpenAPI document; kept out of the page so that a strict
// Content-Security-Policy need not allow inline scripts.
window.onload = function () {
	window.ui = SwaggerUIBundle({
		url: "/v3/api-docs",
		dom_id: "#swagger-ui",
		deepLinking: true,
		persistAuthorization: false,
		presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
		plugins: [SwaggerUIBundle.plugins.DownloadUrl],
		layout: "StandaloneLayout"
	});
};
