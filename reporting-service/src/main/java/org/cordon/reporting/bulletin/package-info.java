/**
 * The daily bulletin ({@code GET /api/views/bulletin?date=}): tables that place every
 * fact on its business day, kept from the events by projections that run in the
 * consumer's transaction beside each context's own views, and the bulletin read from them
 * (and from the checkpoints' day totals) as HTML for printing or as Markdown.
 */
package org.cordon.reporting.bulletin;
