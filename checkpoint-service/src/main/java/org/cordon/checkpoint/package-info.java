/**
 * checkpoint-service: one package per feature (registry, counts, turnbacks, fevers), each
 * with its rules in a framework-free {@code domain} package.
 */
package org.cordon.checkpoint;
