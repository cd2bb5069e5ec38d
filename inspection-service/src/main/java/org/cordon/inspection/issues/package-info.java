/**
 * Issues inspection teams found: recording them, rectifying them and listing them.
 */
package org.cordon.inspection.issues;
