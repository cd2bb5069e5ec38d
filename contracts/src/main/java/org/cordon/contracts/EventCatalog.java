package org.cordon.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cordon.contracts.checkpoint.CheckpointEvents;
import org.cordon.contracts.inspection.InspectionEvents;
import org.cordon.contracts.quarantine.QuarantineEvents;
import org.cordon.contracts.supply.SupplyEvents;

/**
 * Every event type Cordon publishes, looked up by its logical name or its record.
 */
public final class EventCatalog {

	private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();

	private static final Map<Class<?>, EventType> BY_DATA_TYPE = new LinkedHashMap<>();

	static {
		CheckpointEvents.TYPES.forEach(EventCatalog::register);
		QuarantineEvents.TYPES.forEach(EventCatalog::register);
		SupplyEvents.TYPES.forEach(EventCatalog::register);
		InspectionEvents.TYPES.forEach(EventCatalog::register);
	}

	private EventCatalog() {
	}

	private static void register(EventType type) {
		if (BY_NAME.putIfAbsent(type.name(), type) != null) {
			throw new IllegalStateException("Event type registered twice: " + type.name());
		}
		BY_DATA_TYPE.put(type.dataType(), type);
	}

	public static List<EventType> all() {
		return List.copyOf(BY_NAME.values());
	}

	public static Optional<EventType> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	public static EventType of(DomainEvent event) {
		EventType type = BY_DATA_TYPE.get(event.getClass());
		if (type == null) {
			throw new IllegalArgumentException("Unregistered event: " + event.getClass().getName());
		}
		return type;
	}

}
