/**
 * What the views share at the edges: reading the endpoints' parameters into 400s, and the
 * lock that serialises the batches of one view.
 */
package org.cordon.reporting.views;
