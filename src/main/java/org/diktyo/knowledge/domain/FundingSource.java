package org.diktyo.knowledge.domain;

/** Where an entry's money came from: a controlled list (KNOWLEDGE.md), labelled in the bundles. */
public enum FundingSource {
    MUNICIPAL_BUDGET, NATIONAL, EU_AMIF, EU_ESF_PLUS, NSRF, UNHCR, IOM, OTHER_INTERNATIONAL, PRIVATE_FOUNDATION, OTHER
}
