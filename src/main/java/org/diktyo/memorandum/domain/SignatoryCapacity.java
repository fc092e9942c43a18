package org.diktyo.memorandum.domain;

/** Who signed for the municipality: its mayor, a deputy mayor authorised to, or another person authorised to. */
public enum SignatoryCapacity {
    MAYOR, DEPUTY_MAYOR_AUTHORISED, OTHER
}
