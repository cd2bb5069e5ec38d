package org.cordon.contracts.inspection;

/**
 * How an official was held to account; the bulletins name each of these (免职, 诫勉谈话, 提醒谈话,
 * 通报批评, 纪律处分, 组织处理).
 */
public enum AccountabilityKind {

	DISMISSAL, ADMONITION_TALK, REMINDER_TALK, PUBLIC_CRITICISM, DISCIPLINARY_SANCTION, ORGANISATIONAL_HANDLING

}
