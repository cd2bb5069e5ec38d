/**
 * Who may call what: the roles of API.md and the table of paths each needs. Plain Java.
 */
package org.cordon.gateway.access.domain;
