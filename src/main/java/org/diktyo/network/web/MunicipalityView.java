package org.diktyo.network.web;

import java.util.List;

import org.diktyo.network.domain.Contact;
import org.diktyo.network.domain.MembershipChange;
import org.diktyo.network.domain.Municipality;

/**
 * A municipality's page; {@code contacts} is null for those who may not see them; {@code standing}
 * is how its status is derived, its override shown when {@code seesOverride}.
 */
public record MunicipalityView(Municipality municipality, List<MembershipChange> history, List<Contact> contacts,
        boolean canEdit, boolean canChangeStatus, Names names, org.diktyo.network.MembershipStanding standing,
        boolean seesOverride) {
}
