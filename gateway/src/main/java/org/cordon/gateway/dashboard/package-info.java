/**
 * The command dashboard at {@code /}: a page of plain HTML, CSS and JavaScript modules
 * served from the gateway's jar, with Apache ECharts from its WebJar (ADR 0020).
 */
package org.cordon.gateway.dashboard;
