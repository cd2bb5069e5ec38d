/**
 * Framework-free vocabulary for domain rules: what a rule found wrong, and where. Domain
 * packages of every service may use it; it must never import a framework.
 */
package org.cordon.platform.rules;
