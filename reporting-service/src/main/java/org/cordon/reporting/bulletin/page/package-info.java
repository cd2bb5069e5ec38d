/**
 * The bulletin as a page: the text the headquarters would print, in headings, paragraphs
 * and tables, and that page written as Markdown or as a self-contained HTML page for
 * printing. Plain Java.
 */
package org.cordon.reporting.bulletin.page;
