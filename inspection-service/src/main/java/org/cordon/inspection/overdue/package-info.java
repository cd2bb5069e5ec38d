/**
 * Issues still open at the first day boundary after their deadline become overdue, once,
 * whichever replica notices first and however late it notices.
 */
package org.cordon.inspection.overdue;
