package org.diktyo.network.domain;

import java.time.LocalDate;

import org.diktyo.network.AccessionActivityKind;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Viewer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's accession: five municipalities outside the network at different stages, written
 * through the same use cases as the secretariat's (as the secretariat): Serres identified, Drama
 * contacted with its next action overdue, Kavala interested, Xanthi a candidate (invited to the
 * working meeting of 17 June 2024 and present at it; its answer and check-in are the
 * invitations module's demo, which adds them to this timeline), Rhodes at its council's decision.
 * Created once, with the demo only.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoAccession implements ApplicationRunner {

    static final String OWNER = "secretariat@diktyo.example";

    private final AccessionStore cases;
    private final OpenAccessionCase opening;
    private final AdvanceAccessionCase advancing;
    private final RecordAccessionActivity activities;
    private final DeriveMembership derive;

    DemoAccession(AccessionStore cases, OpenAccessionCase opening, AdvanceAccessionCase advancing,
            RecordAccessionActivity activities, DeriveMembership derive) {
        this.cases = cases;
        this.opening = opening;
        this.advancing = advancing;
        this.activities = activities;
        this.derive = derive;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (cases.count(new AccessionStore.Filter(null, null, null, null, null, null), derive.today()) > 0
                || cases.openFor("serres").isPresent()) {
            return;
        }
        LocalDate today = derive.today();
        ActingAs.run(new Viewer(OWNER, null, "SECRETARIAT", null), () -> {
            open("serres", AccessionSource.OTHER, AccessionStage.IDENTIFIED, "Πρώτη επικοινωνία με το γραφείο του Δημάρχου",
                    today.plusDays(7), today.minusDays(12));
            String drama = open("drama", AccessionSource.PARTNER_REFERRAL, AccessionStage.IDENTIFIED,
                    "Αποστολή του μνημονίου συνεργασίας", today.minusDays(5), today.minusDays(60));
            advancing.advance(drama, new AccessionAdvance(AccessionStage.CONTACTED,
                    "Τηλεφωνική επικοινωνία με την Αντιδήμαρχο Κοινωνικής Πολιτικής, μετά από σύσταση της ΔΟΜ.",
                    today.minusDays(40)));
            activities.record(drama, new AccessionNote(AccessionActivityKind.CALL, today.minusDays(40),
                    "Ενδιαφέρον για το Κέντρο Ένταξης Μεταναστών· ζητήθηκε το μνημόνιο.", null, false));
            String kavala = open("kavala", AccessionSource.EXPRESSION_OF_INTEREST, AccessionStage.INTERESTED,
                    "Συνάντηση γνωριμίας με τον Δήμαρχο", today.plusDays(14), today.minusDays(20));
            activities.record(kavala, new AccessionNote(AccessionActivityKind.EMAIL, today.minusDays(18),
                    "Στάλθηκε ενημερωτικό υλικό για το Δίκτυο.", today.plusDays(3), true));
            String xanthi = open("xanthi", AccessionSource.INVITATION, AccessionStage.INTERESTED,
                    "Εισήγηση προς το Δημοτικό Συμβούλιο", today.plusDays(21), LocalDate.of(2024, 5, 20));
            advancing.advance(xanthi, new AccessionAdvance(AccessionStage.CANDIDATE,
                    "Συμμετείχε στη συνάντηση εργασίας της 17ης Ιουνίου 2024 και ζήτησε να ενταχθεί.",
                    LocalDate.of(2024, 6, 20)));
            String rhodes = open("rhodes", AccessionSource.OTHER, AccessionStage.CANDIDATE,
                    "Παραλαβή της απόφασης του Δημοτικού Συμβουλίου", today.plusDays(2), today.minusDays(90));
            advancing.advance(rhodes, new AccessionAdvance(AccessionStage.COUNCIL_DECISION,
                    "Το Δημοτικό Συμβούλιο ενέκρινε την υιοθέτηση του μνημονίου.", today.minusDays(10)));
            return null;
        });
    }

    private String open(String id, AccessionSource source, AccessionStage stage, String next, LocalDate nextOn,
            LocalDate opened) {
        return opening.open(new AccessionOpening(id, source, stage, OWNER, next, nextOn, opened)).id();
    }
}
