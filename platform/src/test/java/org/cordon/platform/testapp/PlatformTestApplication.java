package org.cordon.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal write service built only from the platform, to test its pieces together
 * against a real broker and database.
 */
@SpringBootApplication
public class PlatformTestApplication {

}
