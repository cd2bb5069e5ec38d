package org.cordon.contracts.inspection;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An official was held to account, for an issue or for their work in general.
 * <p>
 * Unlike the other events this is a class, not a record: its data has a field named
 * {@code subject} (the official, EVENTS.md), while {@link #subject()} of every event is
 * the aggregate id that keys the record (here the action id). A record cannot have both,
 * so the data is read and written through the getters and the constructor, and
 * {@link #subject()} stays the key. The official is a public accountability record (a
 * position and a name, as the bulletins publish them), not a quarantined person's
 * personal data.
 */
public final class AccountabilityImposed implements InspectionEvent {

	public static final String TYPE = "cordon.inspection.AccountabilityImposed.v1";

	private final UUID actionId;

	private final UUID issueId;

	private final String official;

	private final AccountabilityKind kind;

	private final LocalDate on;

	/**
	 * @param actionId the action, the event's key
	 * @param issueId the issue it answers; null when it answers none
	 * @param subject the official held to account, e.g. 某镇党委副书记
	 * @param kind how
	 * @param on the day it was imposed
	 */
	public AccountabilityImposed(UUID actionId, UUID issueId, String subject, AccountabilityKind kind, LocalDate on) {
		this.actionId = actionId;
		this.issueId = issueId;
		this.official = subject;
		this.kind = kind;
		this.on = on;
	}

	public UUID getActionId() {
		return this.actionId;
	}

	public UUID getIssueId() {
		return this.issueId;
	}

	/**
	 * The data's {@code subject}: the official held to account, not the event's key.
	 * @return a position and a name, e.g. 某镇党委副书记
	 */
	public String getSubject() {
		return this.official;
	}

	public AccountabilityKind getKind() {
		return this.kind;
	}

	public LocalDate getOn() {
		return this.on;
	}

	@Override
	public String type() {
		return TYPE;
	}

	/**
	 * The event's key, the action id; the official is {@link #getSubject()}.
	 */
	@Override
	public String subject() {
		return this.actionId.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountabilityImposed that && Objects.equals(this.actionId, that.actionId)
				&& Objects.equals(this.issueId, that.issueId) && Objects.equals(this.official, that.official)
				&& this.kind == that.kind && Objects.equals(this.on, that.on);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.actionId, this.issueId, this.official, this.kind, this.on);
	}

	@Override
	public String toString() {
		// without the official: a string like this ends up in logs, which need no names

		return "AccountabilityImposed[actionId=" + this.actionId + ", issueId=" + this.issueId + ", kind=" + this.kind
				+ ", on=" + this.on + "]";
	}

}
