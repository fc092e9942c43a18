package org.diktyo.network.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.Contact;
import org.diktyo.network.domain.ContactForm;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.ManageRegistry;
import org.diktyo.network.domain.MembershipChange;
import org.diktyo.network.domain.MembershipForm;
import org.diktyo.network.domain.MunicipalityForm;
import org.diktyo.network.domain.RegistryQuery;
import org.diktyo.platform.JsonMergePatch;
import org.diktyo.platform.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/municipalities}: the registry, contacts and membership over REST. */
@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(name = "municipalities", description = "All municipalities of Greece and their standing in the network")
class MunicipalitiesApi {

    private final RegistryQuery query;
    private final ManageRegistry registry;
    private final Geography geography;
    private final JsonMergePatch patches;
    private final JsonMapper json;

    MunicipalitiesApi(RegistryQuery query, ManageRegistry registry, Geography geography, JsonMergePatch patches,
            JsonMapper json) {
        this.json = json;
        this.patches = patches;
        this.query = query;
        this.registry = registry;
        this.geography = geography;
    }

    /** A page of the registry: {@link #list}'s answer. */
    record MunicipalityPageJson(List<MunicipalityJson> items, int page, int size, int total) {
    }

    @GetMapping
    @Operation(summary = "List municipalities, filtered by status, region (ISO 3166-2, e.g. GR-I) and free text")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MunicipalityPageJson.class)))
    ResponseEntity<byte[]> list(@RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) String region, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "NAME") RegistryQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (region != null && !region.isBlank() && !geography.knownRegion(region)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "network.registry.region.unknown", region);
        }
        // The JSON is written once per registry change and query, not once per request (issue 18).
        byte[] body = query.rendered(status, region, q, sort, LocaleContextHolder.getLocale(), page, size,
                result -> json.writeValueAsBytes(new MunicipalityPageJson(
                        result.items().stream().map(m -> MunicipalityJson.of(m, geography)).toList(),
                        result.page(), result.size(), result.total())));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/{id}")
    MunicipalityJson one(@PathVariable String id) {
        return MunicipalityJson.of(registry.municipality(id), geography);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a municipality's official names, mayor's title and website (secretariat, own focal point)",
            description = "JSON Merge Patch (RFC 7396): only the fields sent change; a field left out keeps its value. "
                    + "An explicit null empties the website and is refused with 400 for the names and titles, "
                    + "which are required, as is a field the municipality does not have.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MunicipalityPatch.class)))
    MunicipalityJson edit(@PathVariable String id, @RequestBody JsonNode patch) {
        MunicipalityForm form = patches.apply(MunicipalityForm.of(registry.municipality(id)), patch,
                MunicipalityForm.class, Set.of());
        return MunicipalityJson.of(registry.edit(id, form), geography);
    }

    /** The fields a PATCH may carry, as the OpenAPI document describes them; absent ones stay as they are. */
    record MunicipalityPatch(String officialNameEl, String officialNameEn, String mayorTitleEl, String mayorTitleEn,
            @Schema(description = "null empties it", nullable = true) String website) {
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The officials of a municipality (secretariat, own focal point); each read is audited")
    List<ContactJson> contacts(@PathVariable String id) {
        return registry.contacts(id).stream().map(ContactJson::of).toList();
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactJson> addContact(@PathVariable String id, @RequestBody ContactForm form) {
        Contact contact = registry.addContact(id, form);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + id + "/contacts/" + contact.id()))
                .body(ContactJson.of(contact));
    }

    @GetMapping("/{id}/contacts/{contactId}")
    ContactJson contact(@PathVariable String id, @PathVariable String contactId) {
        return ContactJson.of(registry.contact(id, contactId));
    }

    @PutMapping("/{id}/contacts/{contactId}")
    ContactJson updateContact(@PathVariable String id, @PathVariable String contactId, @RequestBody ContactForm form) {
        return ContactJson.of(registry.updateContact(id, contactId, form));
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    ResponseEntity<Void> removeContact(@PathVariable String id, @PathVariable String contactId) {
        registry.removeContact(id, contactId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/membership")
    List<MembershipJson> history(@PathVariable String id) {
        return registry.history(id).stream().map(MembershipJson::of).toList();
    }

    @PostMapping("/{id}/membership")
    @Operation(summary = "Change the membership status, with the date it takes effect and a reason (secretariat)")
    ResponseEntity<MembershipJson> changeMembership(@PathVariable String id, @RequestBody MembershipForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MembershipJson.of(registry.changeMembership(id, form)));
    }

    record ContactJson(String id, Contact.Kind kind, String fullName, String position, Contact.Gender gender,
            String email, String phone) {
        static ContactJson of(Contact c) {
            return new ContactJson(c.id(), c.kind(), c.fullName(), c.position(), c.gender(), c.email(), c.phone());
        }
    }

    /** {@code reason} as given (Greek for the registry's own entries); {@code reasonEn} where it is known in English too. */
    record MembershipJson(MembershipStatus from, MembershipStatus to, java.time.LocalDate effectiveOn, String reason,
            String reasonEn, java.time.Instant recordedAt) {
        static MembershipJson of(MembershipChange c) {
            return new MembershipJson(c.fromStatus(), c.toStatus(), c.effectiveOn(), c.reason(), c.reasonEn(),
                    c.recordedAt());
        }
    }
}
