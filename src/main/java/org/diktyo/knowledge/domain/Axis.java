package org.diktyo.knowledge.domain;

/**
 * The memorandum's axes of action an entry serves, by key: the memorandum module publishes no
 * axes for other modules to read (and knowledge may not depend on meetings, where the same keys
 * are), so the keys are the agreement; their labels are in the knowledge bundles.
 */
public enum Axis {
    KNOW_HOW, GOOD_PRACTICES, JOINT_POLICY, FUNDRAISING,
    LABOUR_MARKET, CENTRE_AND_REGIONS, INTEGRATION_BODIES, INTERCULTURAL
}
