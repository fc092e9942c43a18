package org.diktyo.invitations.letters;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.diktyo.DiktyoApplication;
import org.diktyo.documents.Letter;
import org.diktyo.documents.LetterPdf;
import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;
import org.diktyo.network.Registry;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): 332 personalised letters, one per municipality of the country, for
 * the demo meeting of 17 June 2024, rendered to PDF/A on every core. Run by
 * {@code bench/letters.sh}; prints letters per second per round and checks none is lost
 * (332 PDFs, each parsed back, its pages counted).
 */
public final class LetterBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ConfigurableApplicationContext app = SpringApplication.run(DiktyoApplication.class,
                "--spring.profiles.active=demo", "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--diktyo.documents.directory=target/bench-files",
                "--logging.level.root=WARN");
        List<Letter> letters;
        try {
            letters = letters(app);
        } finally {
            app.close();
        }
        System.out.printf("%d letters, %d cores, load average %.1f%n", letters.size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        String sample = System.getProperty("letters.sample"); // -Dletters.sample=file.pdf: keep the first letter to look at
        if (sample != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(sample), LetterPdf.render(letters.get(0)));
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round <= rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            List<byte[]> pdfs = LetterPdf.renderAll(letters);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (os.getProcessCpuTime() - cpu) / 1_000_000;
            int pages = 0;
            long bytes = 0;
            for (byte[] pdf : pdfs) {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    pages += document.getNumberOfPages();
                }
                bytes += pdf.length;
            }
            if (pdfs.size() != letters.size() || pages < letters.size()) {
                throw new IllegalStateException("letters lost: " + pdfs.size() + " PDFs, " + pages + " pages");
            }
            System.out.printf("%s: %d letters in %d ms (%.0f letters/s; CPU %d ms), %d pages, %d KB, none lost%n",
                    round == 0 ? "warm-up" : "round " + round, pdfs.size(), millis, pdfs.size() * 1000.0 / millis, cpuMillis,
                    pages, bytes / 1024);
        }
    }

    static List<Letter> letters(ConfigurableApplicationContext app) {
        MeetingFacts meetings = app.getBean(MeetingFacts.class);
        Registry registry = app.getBean(Registry.class);
        ComposeLetter compose = app.getBean(ComposeLetter.class);
        MeetingFacts.MeetingInfo meeting = meetings.meeting(meetingOf2024(app)).orElseThrow();
        List<MeetingFacts.PartInfo> parts = meetings.parts(meeting.id());
        List<String> attachments = meetings.documents(meeting.id()).stream().map(MeetingFacts.DocumentInfo::titleEl).toList();
        Locale greek = Locale.forLanguageTag(System.getProperty("letters.lang", "el")); // -Dletters.lang=en: the English letters
        Letter.Letterhead letterhead = compose.letterhead(greek);
        SecureRandom random = new SecureRandom();
        List<Letter> letters = new ArrayList<>();
        for (Addressees.Addressee to : app.getBean(Addressees.class).find(null, null)) {
            Registry.MunicipalityNames names = registry.names(to.municipalityId()).orElseThrow();
            byte[] token = new byte[16];
            random.nextBytes(token);
            letters.add(LetterComposer.compose(meeting, parts, new LetterComposer.Recipient(names.officialNameEl(),
                    names.officialNameEn(), names.mayorTitleEl(), names.mayorTitleEn(),
                    new Addressees.Official("Ονοματεπώνυμο Δημάρχου", "Δήμαρχος", null, null, "UNSPECIFIED")),
                    letterhead, attachments, new LetterRequest(meeting.id(), to.municipalityId(), greek, LocalDate.of(2024, 6, 11),
                            null, null, "https://diktyo.example/r/" + HexFormat.of().formatHex(token), LocalDate.of(2024, 6, 3))));
        }
        return letters;
    }

    private static String meetingOf2024(ConfigurableApplicationContext app) {
        var jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        return jdbc.queryForObject("select m.id from meeting m join meeting_part p on p.meeting_id = m.id"
                + " where p.starts_at < ? order by p.starts_at fetch first 1 rows only", String.class,
                java.sql.Timestamp.from(java.time.Instant.parse("2024-12-31T00:00:00Z")));
    }
}
