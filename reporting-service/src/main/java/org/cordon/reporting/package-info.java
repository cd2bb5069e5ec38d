/**
 * reporting-service: consumes the published events into views of its own database and
 * streams their changes. One package per feature ({@code checkpoints}, {@code consuming},
 * {@code stream}), each with its rules in a framework-free {@code domain} package.
 */
package org.cordon.reporting;
