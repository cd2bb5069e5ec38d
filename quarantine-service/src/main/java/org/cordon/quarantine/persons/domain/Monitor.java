package org.cordon.quarantine.persons.domain;

/**
 * One of the people who watch a person in isolation ("三方盯一": a village cadre, a police
 * officer, a medical worker). Personal data: it never leaves the service.
 */
public record Monitor(String name, String role, String phone) {

}
