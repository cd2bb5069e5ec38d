/**
 * reporting-service: consumes the published events into views of its own database and
 * streams their changes. One package per feature — the views of each context
 * ({@code checkpoints}, {@code quarantine}, {@code supplies}, {@code inspections}), the
 * daily bulletin that places every fact on its business day ({@code bulletin}), how they
 * are fed ({@code consuming}), followed ({@code stream}), checked and rebuilt from the
 * log ({@code rebuild}), what the views share ({@code views}), and the event history
 * itself ({@code audit}) — each with its rules in a framework-free {@code domain}
 * package.
 */
package org.cordon.reporting;
