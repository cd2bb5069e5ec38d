package org.cordon.supply.stock.domain;

/**
 * A line just written on a stock card, as the card stands after it.
 *
 * @param line the line's number on the card, from 1
 * @param balance the warehouse's on-hand after the line
 * @param announcedLow whether the warehouse's being low was announced before the line
 */
public record CardLine(int line, long balance, boolean announcedLow) {

}
