package org.diktyo.network.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo's officials of a few member municipalities; created once, with the demo only. */
@Component
@Order(10)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoContacts implements ApplicationRunner {

    private final Contacts contacts;

    DemoContacts(Contacts contacts) {
        this.contacts = contacts;
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
    }

    private void add(String municipality, Contact.Kind kind, String name, String position, Contact.Gender gender,
            String email, String phone) {
        Contact contact = new Contact(municipality);
        contact.update(kind, name, position, gender, email, phone);
        contacts.save(contact);
    }
}
