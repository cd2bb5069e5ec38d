package org.cordon.quarantine;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.cordon.quarantine.persons.domain.IdNumber;

/**
 * A person as the tests register them: every personal value different from every other
 * person's, and remembered in {@link PostedPersonalData} as soon as it is made.
 */
public record TestPerson(UUID personId, String name, String idNumber, String phone, String region, String address,
		String category, String exposureRegion, LocalDate lastExposureOn) {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");

	private static final List<String> GIVEN = List.of("秀英", "桂兰", "建国", "志强", "海燕", "玉兰", "德胜", "春梅", "永红", "国华", "文斌",
			"丽娟");

	private static final AtomicInteger SERIAL = new AtomicInteger();

	/**
	 * A returnee from Wuhan living in Linhe district.
	 * @param lastExposureOn the day of the last exposure
	 * @return the person, not registered yet
	 */
	public static TestPerson returnee(LocalDate lastExposureOn) {
		int n = SERIAL.incrementAndGet();
		String name = SURNAMES.get(n % SURNAMES.size()) + GIVEN.get((n / SURNAMES.size()) % GIVEN.size())
				+ "甲乙丙丁戊己庚辛壬癸".charAt((n / 120) % 10);
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(n * 37L % 20000);
		String idNumber = IdNumber.complete("150802" + born.toString().replace("-", "") + "%03d".formatted(n % 1000));
		String phone = "139%08d".formatted(47_000_000 + n);
		String address = "临河区新华街道幸福小区" + n + "号楼" + (n % 6 + 1) + "单元";
		PostedPersonalData.remember(name, idNumber, phone, address);
		return new TestPerson(UUID.randomUUID(), name, idNumber, phone, "临河区", address, "RETURNEE_HUBEI", "湖北省武汉市",
				lastExposureOn);
	}

	public TestPerson withPersonId(UUID personId) {
		return new TestPerson(personId, this.name, this.idNumber, this.phone, this.region, this.address, this.category,
				this.exposureRegion, this.lastExposureOn);
	}

	public TestPerson withIdNumber(String idNumber) {
		return new TestPerson(this.personId, this.name, idNumber, this.phone, this.region, this.address, this.category,
				this.exposureRegion, this.lastExposureOn);
	}

	public TestPerson withRegion(String region) {
		return new TestPerson(this.personId, this.name, this.idNumber, this.phone, region, this.address, this.category,
				this.exposureRegion, this.lastExposureOn);
	}

	public String json() {
		return """
				{"personId": "%s", "name": "%s", "idNumber": "%s", "phone": "%s", "region": "%s",
				 "address": "%s", "category": "%s", "exposureRegion": "%s", "lastExposureOn": "%s"}""".formatted(
				this.personId, this.name, this.idNumber, this.phone, this.region, this.address, this.category,
				this.exposureRegion, this.lastExposureOn);
	}

}
