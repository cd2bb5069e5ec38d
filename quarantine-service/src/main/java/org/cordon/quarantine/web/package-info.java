/**
 * What the features' controllers share: status words, turning rule violations and
 * decisions into answers and problems.
 */
package org.cordon.quarantine.web;
