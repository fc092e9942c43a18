package org.diktyo.positions.domain;

/** An addressee of the letter («ΠΡΟΣ») or in copy («ΚΟΙΝ.»). */
public enum AddresseeRole {
    TO, CC
}
