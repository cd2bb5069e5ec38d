package org.cordon.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * One clock for every rule that asks "when is now", and the zone in which a day is a day
 * ({@code Asia/Shanghai} unless configured).
 */
@AutoConfiguration
public class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${cordon.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
