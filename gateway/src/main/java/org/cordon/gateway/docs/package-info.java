/**
 * The public API's OpenAPI document and its browsable page.
 */
package org.cordon.gateway.docs;
