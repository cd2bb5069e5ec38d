package org.cordon.reporting.stream;

import reactor.core.publisher.Mono;

import org.cordon.reporting.stream.domain.View;

/**
 * What a new subscriber of one view starts with: the view as it stands now, as the view's
 * own endpoint would answer it.
 */
public interface ViewSnapshot {

	/**
	 * @return the view this snapshot is of
	 */
	View view();

	/**
	 * @return the view now, written as JSON fields next to {@code "view"}
	 */
	Mono<?> now();

}
