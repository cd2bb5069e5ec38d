package org.cordon.reporting.supplies;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import org.cordon.reporting.stream.ViewSnapshot;
import org.cordon.reporting.stream.domain.View;
import org.cordon.reporting.supplies.domain.SuppliesView;

/**
 * A supplies subscriber starts with {@code {stock, donations, prices}}, each as its
 * endpoint answers it.
 */
@Component
class SuppliesSnapshot implements ViewSnapshot {

	private final Supplies supplies;

	SuppliesSnapshot(Supplies supplies) {
		this.supplies = supplies;
	}

	@Override
	public View view() {
		return View.SUPPLIES;
	}

	@Override
	public Mono<SuppliesView> now() {
		return this.supplies.all();
	}

}
