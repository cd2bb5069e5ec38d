/**
 * The published event contracts of Cordon: plain records, one package per context.
 */
package org.cordon.contracts;
