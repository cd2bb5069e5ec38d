/**
 * Web server settings every service needs before it starts.
 */
package org.cordon.platform.web;
