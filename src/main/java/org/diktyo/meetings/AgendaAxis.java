package org.diktyo.meetings;

/**
 * The axes of action of the memorandum of cooperation that an agenda item may concern: the
 * four of 2018 and the four of its renewal. (The memorandum module will own these.)
 */
public enum AgendaAxis {
    KNOW_HOW, GOOD_PRACTICES, JOINT_POLICY, FUNDRAISING,
    LABOUR_MARKET, CENTRE_AND_REGIONS, INTEGRATION_BODIES, INTERCULTURAL
}
