package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The lists for the day: PDF/A with fonts embedded, Greek collation, spreadsheets that keep Greek and run no formula. */
class DayListsTest {

    static final Locale EL = Locale.forLanguageTag("el");

    static Attendance attendance() {
        return new Attendance(EL, "Δίκτυο Πόλεων για την Ένταξη", "Συνάντηση Εργασίας του Δικτύου Πόλεων για την Ένταξη",
                "Δευτέρα 17 Ιουνίου 2024, 17:30 – 20:00", "Δημαρχιακό Μέγαρο, Αθηνάς 63, 105 52 Αθήνα", List.of(
                        new Attendance.Attendee("Δήμος Ωρωπού", "Γιώργος Ζαχαρίου", "Δήμαρχος", "g@oropos.example", "", "Συνάντηση εργασίας"),
                        new Attendance.Attendee("Δήμος Αθηναίων", "Ελένη Παπαδοπούλου", "Υπεύθυνη ένταξης", "e@athens.example",
                                "+30 210 000 0002", "Συνάντηση εργασίας, Δεξίωση"),
                        new Attendance.Attendee("Δήμος Άργους-Μυκηνών", "=HYPERLINK(\"http://evil\")", "-2+3", "@sum", "+30", ""),
                        new Attendance.Attendee("δήμος αγίου Δημητρίου", "Άννα Ηλιοπούλου", "Αντιδήμαρχος", "", "", ""),
                        new Attendance.Attendee("Δήμος Αθηναίων", "Αλέξης Βασιλείου", "Σύμβουλος", "", "", ""),
                        new Attendance.Attendee("Δήμος Έδεσσας", "Μαρία Ιωάννου", "", "", "", ""),
                        new Attendance.Attendee("Δήμος Ιωαννιτών", "Ahmad Al-Sayed", "Μεσολαβητής", "", "", "")));
    }

    static final List<String> ORDER = List.of("Άννα Ηλιοπούλου", "Αλέξης Βασιλείου", "Ελένη Παπαδοπούλου",
            "HYPERLINK", "Μαρία Ιωάννου", "Ahmad Al-Sayed", "Γιώργος Ζαχαρίου");

    @Test
    void theSignInSheetListsMunicipalitiesAndDelegatesInGreekOrderWithASignatureColumn() {
        byte[] pdf = DayLists.signInSheet(attendance());
        assertThat(Pdfs.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Κατάσταση υπογραφών", "Υπογραφή", "Ονοματεπώνυμο", "Ahmad Al-Sayed");
        String layout = Pdfs.layout(pdf);
        List<String> rows = layout.lines().filter(l -> l.matches("\\s*[0-9]+\\s+.*")).map(String::strip).toList();
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).matches("1\\s+δήμος αγίου Δημητρίου\\s+Άννα Ηλιοπούλου\\s+Αντιδήμαρχος");
        assertThat(rows.get(1)).matches("2\\s+Δήμος Αθηναίων\\s+Αλέξης Βασιλείου\\s+Σύμβουλος");
        assertInOrder(layout, ORDER);
    }

    @Test
    void badgesCarryNameMunicipalityAndMeeting() {
        byte[] pdf = DayLists.nameBadges(attendance());
        assertThat(Pdfs.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"));
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf)).contains("Ελένη Παπαδοπούλου", "Υπεύθυνη ένταξης", "Δήμος Αθηναίων");
    }

    @Test
    void theXlsxReadsBackWithGreekIntactSortedAndNoFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttendeeSheets.xlsx(attendance(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Συμμετέχοντες");
            assertThat(sheet).isNotNull();
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                names.add(row.getCell(1).getStringCellValue());
                row.forEach(cell -> assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING));
            }
            assertThat(names.get(0)).isEqualTo("Ονοματεπώνυμο");
            assertThat(names.get(3)).isEqualTo("Ελένη Παπαδοπούλου");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Συνάντηση εργασίας, Δεξίωση");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("'-2+3");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("'@sum");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(8);
        }
    }

    @Test
    void theCsvStartsWithABomAndNeutralisesFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AttendeeSheets.csv(attendance(), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("Δήμος,Ονοματεπώνυμο,Θέση,Email,Τηλέφωνο,Μέρη της συνάντησης");
        assertThat(lines.get(4)).isEqualTo("Δήμος Άργους-Μυκηνών,\"'=HYPERLINK(\"\"http://evil\"\")\",'-2+3,'@sum,'+30,");
        assertThat(text).contains("\"Συνάντηση εργασίας, Δεξίωση\"").doesNotContain(",=", ",-", ",@");
        assertThat(text.replace(",+30 210 000 0002,", ",")).as("only a phone number begins with +").doesNotContain(",+");
        assertThat(lines).anyMatch(l -> l.contains(",e@athens.example,+30 210 000 0002,"));
        assertInOrder(text, ORDER);
    }

    static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as(part + " after position " + at).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }
}
