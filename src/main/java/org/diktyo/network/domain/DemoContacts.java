package org.diktyo.network.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's officials: the mayors of Athens (named in the network's letter) and Thessaloniki,
 * two focal points, and a mayor for every other member, so that a campaign to all members can
 * be sent at once. Those mayors are not in any source the project ships, so they are
 * evidently not real people: «Δήμαρχος (demo) Ιωαννιτών». Heraklion's has no email address
 * (its invitation shows as one without an address, its letter goes by post). Created once,
 * with the demo only.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoContacts implements ApplicationRunner {

    /** The member whose mayor has no email address in the demo. */
    static final String WITHOUT_ADDRESS = "heraklion";

    private final Contacts contacts;
    private final Municipalities municipalities;

    DemoContacts(Contacts contacts, Municipalities municipalities) {
        this.contacts = contacts;
        this.municipalities = municipalities;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!contacts.findByMunicipalityIdOrderByKindAscFullNameAsc("athens").isEmpty()) {
            return;
        }
        add("athens", Contact.Kind.MAYOR, "Χάρης Δούκας", "Δήμαρχος Αθηναίων", Contact.Gender.MALE,
                "mayor@athens.example", "+30 210 000 0001");
        add("athens", Contact.Kind.FOCAL_POINT, "Ελένη Παπαδοπούλου", "Υπεύθυνη ένταξης", Contact.Gender.FEMALE,
                "integration@athens.example", "+30 210 000 0002");
        add("thessaloniki", Contact.Kind.MAYOR, "Στέλιος Αγγελούδης", "Δήμαρχος Θεσσαλονίκης", Contact.Gender.MALE,
                "mayor@thessaloniki.example", "+30 2310 000 001");
        add("thessaloniki", Contact.Kind.FOCAL_POINT, "Νίκος Γεωργίου", "Σημείο επαφής για την ένταξη",
                Contact.Gender.MALE, "integration@thessaloniki.example", "+30 2310 000 002");
        add("ioannina", Contact.Kind.FOCAL_POINT, "Μαρία Ιωάννου", "Κέντρο Ένταξης Μεταναστών",
                Contact.Gender.FEMALE, "kem@ioannina.example", "+30 26510 00000");
        for (Municipality member : municipalities.search(org.diktyo.network.MembershipStatus.MEMBER, null, null)) {
            if (contacts.findByMunicipalityIdOrderByKindAscFullNameAsc(member.id()).stream()
                    .noneMatch(c -> c.kind() == Contact.Kind.MAYOR)) {
                add(member.id(), Contact.Kind.MAYOR, "Δήμαρχος (demo) " + member.nameEl(), member.mayorTitleEl(),
                        Contact.Gender.UNSPECIFIED,
                        WITHOUT_ADDRESS.equals(member.id()) ? null : "mayor@" + member.id() + ".example", null);
            }
        }
    }

    private void add(String municipality, Contact.Kind kind, String name, String position, Contact.Gender gender,
            String email, String phone) {
        Contact contact = new Contact(municipality);
        contact.update(kind, name, position, gender, email, phone);
        contacts.save(contact);
    }
}
