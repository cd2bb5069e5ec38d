/**
 * Who is calling: services trust only an identity the gateway signed.
 */
package org.cordon.platform.identity;
