package org.cordon.contracts.quarantine;

/**
 * Why a person is on file; the bulletins count each of these.
 */
public enum PersonCategory {

	RETURNEE_HUBEI, RETURNEE_OUT_OF_PROVINCE, RETURNEE_OUT_OF_CITY, CLOSE_CONTACT, KEY_CONTACT, FEVER_REFERRAL

}
