/**
 * Rules the view endpoints share: how their query parameters are read. Plain Java.
 */
package org.cordon.reporting.views.domain;
