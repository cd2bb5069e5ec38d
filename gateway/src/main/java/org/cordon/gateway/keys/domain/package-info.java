/**
 * The rules of API keys: how secrets look, how they are hashed, what a key request must
 * hold, and the dev keys. Plain Java.
 */
package org.cordon.gateway.keys.domain;
