package org.cordon.reporting.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the live stream behaves.
 *
 * @param heartbeat how often an idle stream sends a comment, so proxies keep it open
 * @param pollInterval how often an instance looks for changes without a notification (one
 * missed while its listening connection reconnected)
 * @param retentionAge changes older than this are pruned
 * @param retentionCount at most this many changes are held
 * @param pruneInterval how often old changes are pruned
 * @param clientBuffer changes held for one slow client before it is disconnected (it
 * resumes with {@code Last-Event-ID})
 */
@ConfigurationProperties("cordon.stream")
public record StreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("24h") Duration retentionAge, @DefaultValue("100000") long retentionCount,
		@DefaultValue("1m") Duration pruneInterval, @DefaultValue("1000") int clientBuffer) {

}
