/**
 * quarantine-service: one package per feature (persons, isolation, temperatures, cases,
 * release, contacts, watchlist), each with its rules in a framework-free {@code domain}
 * package; {@code personaldata} keeps ID numbers encrypted.
 */
package org.cordon.quarantine;
