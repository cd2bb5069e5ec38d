/**
 * Database plumbing shared by the services beyond what Spring Boot configures.
 */
package org.cordon.platform.database;
