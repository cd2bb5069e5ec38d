package org.cordon.devstack.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A person of the demo, made up and recognisable as made up: the name is a surname and
 * "某" with a number, the phone number is in Bayannur's area code with a local number no
 * exchange gives out ({@code 0478-0000xxx}), the address says it is demo data, and the ID
 * number has the order code {@code 9xx}, which the demo keeps for itself, on a valid GB
 * 11643 check digit (quarantine-service refuses any other). Made from the person's number
 * alone, so every run makes the same people.
 *
 * @param name e.g. 王某17
 * @param idNumber 18 characters with a valid check digit
 * @param phone e.g. 0478-0000017
 * @param address e.g. 五原县隆兴昌镇示例路17号（演示数据）
 */
public record SyntheticPerson(String name, String idNumber, String phone, String address) {

	/** 五原县's administrative division code: the first six digits of its ID numbers. */
	public static final String WUYUAN_CODE = "150821";

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "郝", "高",
			"郭", "马", "乔");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_DIGITS = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

	/**
	 * @param number the person's number in the demo, 1 and up
	 * @param town where the person lives, e.g. 隆兴昌镇
	 * @return the person
	 */
	public static SyntheticPerson of(int number, String town) {
		String name = SURNAMES.get(number % SURNAMES.size()) + "某" + number;
		// 131 is prime to 20,000: distinct numbers below 20,000 are born on distinct days
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(number * 131L % 20_000);
		String first17 = WUYUAN_CODE + born.format(BIRTH) + "9%02d".formatted(number % 100);
		String phone = "0478-0000%03d".formatted(number % 1000);
		String address = "五原县" + town + "示例路" + number + "号（演示数据）";
		return new SyntheticPerson(name, first17 + checkDigit(first17), phone, address);
	}

	/**
	 * GB 11643's check digit: the weighted sum of the first 17 digits modulo 11.
	 * @param first17 the first 17 digits
	 * @return the 18th character
	 */
	public static char checkDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_DIGITS.charAt(sum % 11);
	}

}
