/**
 * What the features' controllers share: status words and turning rule violations into
 * problems.
 */
package org.cordon.inspection.web;
