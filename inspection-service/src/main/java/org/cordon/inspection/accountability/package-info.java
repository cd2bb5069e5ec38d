/**
 * Officials held to account (dismissed, admonished, criticised, ...), for an issue or for
 * their work in general.
 */
package org.cordon.inspection.accountability;
