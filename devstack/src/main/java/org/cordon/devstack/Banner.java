package org.cordon.devstack;

import java.io.PrintStream;

import org.cordon.devstack.demo.Demo;

/**
 * What a newcomer needs once Cordon runs: where it answers, the dev keys and dev users,
 * and a first request to try.
 */
final class Banner {

	private Banner() {
	}

	static void print(Stack stack, long seconds, PrintStream out) {
		String gateway = stack.gatewayUrl();
		out.println();
		out.println("Cordon is up after " + seconds + " s.");
		out.println();
		out.println("  Gateway (the only public entry)  " + gateway);
		out.println("  OpenAPI                          " + gateway + "/v3/api-docs");
		out.println("  Swagger UI                       " + gateway + "/swagger-ui.html");
		out.println("  Logs                             " + stack.layout().logs());
		out.println();
		out.println("  Dev keys (embedded default only):");
		out.println("    dev-admin-key       admin");
		out.println("    dev-operator-key    operator");
		out.println("    dev-viewer-key      viewer");
		out.println("    dev-auditor-key     auditor");
		out.println("    dev-checkpoint-key  checkpoint, every checkpoint");
		out.println();
		out.println("  Dev users (embedded default only; the password is the name), log in at " + gateway + "/login:");
		out.println("    admin  operator  viewer  auditor");
		out.println();
		out.println("  Register a checkpoint, post a report, read the summary:");
		out.println("    curl -s -X POST " + gateway + "/api/checkpoints -H 'Authorization: Bearer dev-admin-key' \\");
		out.println("      -H 'Content-Type: application/json' \\");
		out.println("      -d '{\"checkpointId\":\"6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10\",\"name\":\"G6 Linhe exit\","
				+ "\"region\":\"Linhe\",\"kind\":\"HIGHWAY_EXIT\"}'");
		out.println("    curl -s -X POST " + gateway
				+ "/api/checkpoints/6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10/counts -H 'Authorization: Bearer dev-checkpoint-key' \\");
		out.println("      -H 'Content-Type: application/json' \\");
		out.println("      -d \"{\\\"reportId\\\":\\\"$(cat /proc/sys/kernel/random/uuid)\\\",\\\"periodStart\\\":"
				+ "\\\"$(date -u -d '-1 hour' +%FT%TZ)\\\",\\\"periodEnd\\\":\\\"$(date -u +%FT%TZ)\\\","
				+ "\\\"vehiclesInspected\\\":120,\\\"vehiclesInbound\\\":80,\\\"vehiclesTurnedBack\\\":9}\"");
		out.println(
				"    curl -s " + gateway + "/api/views/checkpoints/summary -H 'Authorization: Bearer dev-viewer-key'");
		out.println("  Watch it live:");
		out.println(
				"    curl -N " + gateway + "/api/stream?views=checkpoints -H 'Authorization: Bearer dev-viewer-key'");
		out.println("  Replay Linhe's and Wuyuan's 23 January - 4 February 2020 into it, then open "
				+ Demo.dashboardUrl(gateway) + ":");
		out.println("    ./cordon demo --url " + gateway);
		out.println();
		out.println("Ctrl-C stops everything; ./cordon status shows what runs.");
	}

}
