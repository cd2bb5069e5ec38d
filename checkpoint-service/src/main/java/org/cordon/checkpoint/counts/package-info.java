/**
 * Count reports, one at a time or in batches of up to 1000 (a checkpoint uploading its
 * backlog after a poor connection).
 */
package org.cordon.checkpoint.counts;
