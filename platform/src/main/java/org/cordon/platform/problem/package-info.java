/**
 * RFC 9457 problem details for every error a Cordon service answers.
 */
package org.cordon.platform.problem;
