package org.cordon.contracts;

/**
 * An event one context publishes for the others. Its data is the record's components; the
 * type and subject travel as CloudEvents attributes, never inside the data.
 */
public interface DomainEvent {

	/**
	 * The stable logical type name, {@code cordon.<context>.<Name>.v<N>}; never a Java
	 * class name.
	 */
	String type();

	/**
	 * The aggregate the event belongs to; also the Kafka record key.
	 */
	String subject();

}
