/**
 * The February 2020 demo: the bulletins' figures for Linhe and Wuyuan from 23 January to
 * 4 February 2020 ({@link org.cordon.devstack.demo.February2020}), turned into the calls
 * checkpoints and operators would make ({@link org.cordon.devstack.demo.DemoScript}) and
 * replayed through the public API ({@link org.cordon.devstack.demo.Demo}).
 * Framework-free: the JDK's HTTP client, JSON written by hand.
 */
package org.cordon.devstack.demo;
