package org.cordon.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/**
 * A minimal write service built only from the platform, to test its pieces together
 * against a real broker and database.
 */
@SpringBootApplication
public class PlatformTestApplication {

	@Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
	CountedSessions webSessionManager() {
		return new CountedSessions();
	}

}
