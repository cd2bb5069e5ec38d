/**
 * inspection-service: one package per feature (issues, overdue, accountability), each
 * with its rules in a framework-free {@code domain} package.
 */
package org.cordon.inspection;
