package org.cordon.quarantine.persons.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who a person is: what must stay in this service's database. {@link #toString()} names
 * no value, so a log line or exception message that prints it reveals nothing.
 *
 * @param idNumber the ID number, or null where it was not decrypted
 */
public record PersonalData(String name, String idNumber, String phone, String address) {

	/**
	 * @return every value present, to look for in text that will be published
	 */
	public List<String> values() {
		return Stream.of(this.name, this.idNumber, this.phone, this.address).filter(Objects::nonNull).toList();
	}

	@Override
	public String toString() {
		return "PersonalData[withheld]";
	}

}
