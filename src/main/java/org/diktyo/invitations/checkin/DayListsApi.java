package org.diktyo.invitations.checkin;

import org.diktyo.invitations.checkin.DayListFiles.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The lists for a meeting's day (secretariat): every delegate with a seat, over all the
 * meeting's campaigns, municipalities and names in Greek collation order.
 */
@RestController
@RequestMapping("/api/v1/meetings/{id}")
@Tag(name = "lists", description = "Lists for the day of a meeting: attendees, sign-in sheet, name badges")
class DayListsApi {

    private final DayListFiles files;

    DayListsApi(DayListFiles files) {
        this.files = files;
    }

    @GetMapping("/attendees.xlsx")
    @Operation(summary = "Attendees as XLSX: municipality, name, position, email, phone, parts (secretariat; audited)")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @Parameter(description = "el (default) or en")
            @RequestParam(defaultValue = "el") String lang) {
        return files.file(id, Kind.XLSX_SHEET, lang);
    }

    @GetMapping("/attendees.csv")
    @Operation(summary = "Attendees as CSV, UTF-8 with BOM; cells beginning with = + - @ neutralised (secretariat; audited)")
    ResponseEntity<byte[]> csv(@PathVariable String id, @Parameter(description = "el (default) or en")
            @RequestParam(defaultValue = "el") String lang) {
        return files.file(id, Kind.CSV_SHEET, lang);
    }

    @GetMapping("/sign-in-sheet.pdf")
    @Operation(summary = "Sign-in sheet, PDF/A, with a signature column (secretariat; audited)")
    ResponseEntity<byte[]> signInSheet(@PathVariable String id, @Parameter(description = "el (default) or en")
            @RequestParam(defaultValue = "el") String lang) {
        return files.file(id, Kind.SIGN_IN_SHEET, lang);
    }

    @GetMapping("/badges.pdf")
    @Operation(summary = "Name badges, PDF/A (secretariat; audited)")
    ResponseEntity<byte[]> badges(@PathVariable String id, @Parameter(description = "el (default) or en")
            @RequestParam(defaultValue = "el") String lang) {
        return files.file(id, Kind.BADGES, lang);
    }
}
