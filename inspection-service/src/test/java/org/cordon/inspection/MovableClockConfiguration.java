package org.cordon.inspection;

import java.time.LocalDateTime;

import org.springframework.context.annotation.Bean;

/**
 * Replaces the platform's clock by a {@link MovableClock}, standing at 10:00 on 10
 * February 2020 in Shanghai until a test moves it. Imported by
 * {@link InspectionServiceTest}; deliberately not a component, so that instances a test
 * starts itself ({@link InspectionInstance}) do not pick it up and can be given a clock
 * of the test's choosing.
 */
public class MovableClockConfiguration {

	public static final LocalDateTime START = LocalDateTime.parse("2020-02-10T10:00:00");

	@Bean
	MovableClock clock() {
		return MovableClock.at(START);
	}

}
