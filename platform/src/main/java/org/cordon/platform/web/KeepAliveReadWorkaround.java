package org.cordon.platform.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Works around a Reactor Netty 1.3.6 server bug (reactor-netty#4361, fixed after 1.3.7):
 * when a keep-alive client sends its next request before the previous answer's operations
 * have terminated, which happens whenever an answer is completed off the event loop
 * (after a database lookup), the server can stop reading the connection and the client
 * waits forever. {@code reactor.netty.http.server.lastFlushWhenNoRead=true} terminates
 * the previous operations first, so the next request is read at once. {@code KeepAliveIT}
 * fails without it.
 * <p>
 * The property is read once per JVM, when the first HTTP connection is accepted, so it is
 * set here, before the server starts; a value set on the command line is kept. Remove
 * this class once Spring Boot brings a Reactor Netty with the fix.
 */
public class KeepAliveReadWorkaround implements EnvironmentPostProcessor {

	static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, "true");
		}
	}

}
