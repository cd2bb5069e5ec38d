package org.cordon.contracts.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.DomainEvent;

/**
 * The record each checkpoint golden sample must read as, by type name.
 */
public final class CheckpointSamples {

	static final UUID CHECKPOINT = UUID.fromString("6f1c2a3e-0b7d-4c55-9a61-2f0e8d4b7a10");

	public static final Map<String, DomainEvent> EXPECTED = Map.of(CheckpointRegistered.TYPE,
			new CheckpointRegistered(CHECKPOINT, "京藏高速临河出口", "临河区", CheckpointKind.HIGHWAY_EXIT), CountsReported.TYPE,
			new CountsReported(CHECKPOINT, UUID.fromString("0b2d7c4e-8a1f-4e3b-9c5d-7e6f5a4b3c21"),
					Instant.parse("2020-02-03T16:00:00Z"), Instant.parse("2020-02-04T16:00:00Z"), 2,
					new Counts(1048, 686, 126, 2843, 1651, 17, 21, 338, 0),
					new Counts(1040, 680, 126, 2800, 1650, 17, 21, 338, 0)),
			VehicleTurnedBack.TYPE,
			new VehicleTurnedBack(CHECKPOINT, UUID.fromString("3c9e1f20-5d4a-4b8c-8e7f-1a2b3c4d5e6f"),
					Instant.parse("2020-02-04T02:15:00Z"), "蒙L·A1234", "湖北省", 3, "外地车辆一律劝返"),
			FeverDetected.TYPE, new FeverDetected(CHECKPOINT, UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
					Instant.parse("2020-02-04T03:40:00Z"), new BigDecimal("37.8"), "临河区人民医院发热门诊"));

	private CheckpointSamples() {
	}

}
