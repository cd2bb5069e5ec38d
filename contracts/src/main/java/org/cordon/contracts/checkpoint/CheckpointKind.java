package org.cordon.contracts.checkpoint;

/**
 * Where a checkpoint stands; the bulletins name each of these.
 */
public enum CheckpointKind {

	HIGHWAY_EXIT, NATIONAL_ROAD, RAILWAY_STATION, CITY_ENTRANCE, VILLAGE, COMPOUND

}
