package org.cordon.platform.kafka;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics a service creates at start-up, and their shape.
 *
 * @param create topics this service publishes to
 * @param partitions partitions of each topic (6 by default)
 * @param replicationFactor copies of each partition (1 on one broker, 3 in a cluster)
 */
@ConfigurationProperties("cordon.topics")
public record TopicsProperties(@DefaultValue List<String> create, @DefaultValue("6") int partitions,
		@DefaultValue("1") short replicationFactor) {

}
