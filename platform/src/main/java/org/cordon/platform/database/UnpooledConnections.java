package org.cordon.platform.database;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;

import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;

/**
 * Connections outside the pool, for a session that must stay one's own: {@code LISTEN}
 * holds its connection for as long as it listens, so a pooled one would be handed to
 * other work or held from it.
 */
public final class UnpooledConnections {

	private UnpooledConnections() {
	}

	/**
	 * @param r2dbc the service's database settings
	 * @return a factory of plain connections to the same database
	 */
	public static ConnectionFactory to(R2dbcProperties r2dbc) {
		ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(r2dbc.getUrl()).mutate();
		if (r2dbc.getUsername() != null) {
			options.option(ConnectionFactoryOptions.USER, r2dbc.getUsername());
		}
		if (r2dbc.getPassword() != null) {
			options.option(ConnectionFactoryOptions.PASSWORD, r2dbc.getPassword());
		}
		return ConnectionFactories.get(options.build());
	}

}
