package org.diktyo.memorandum.domain;

import java.io.InputStream;
import java.util.function.Supplier;

import org.diktyo.language.Bilingual;
import org.diktyo.links.Link;
import org.diktyo.links.PersonalLinks;
import org.diktyo.network.Registry;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.stereotype.Service;

/**
 * A municipality adopts a version through the personal link it was mailed, without an account:
 * the link's holder acts as the municipality's focal point for that one adoption, under the same
 * rules ({@link RecordAdoption}). An unknown or replaced link is a 404.
 */
@Service
public class AdoptByLink {

    /** What the link's page shows. */
    public record LinkView(MemorandumVersion version, Bilingual municipality, Adoption adoption,
            org.diktyo.documents.SignatureCheck signature) {
    }

    private final PersonalLinks links;
    private final RecordAdoption record;
    private final UploadSignedCopy upload;
    private final ReadAdoptions read;
    private final AdoptionStore adoptions;
    private final VersionStore versions;
    private final Registry registry;

    AdoptByLink(PersonalLinks links, RecordAdoption record, UploadSignedCopy upload, ReadAdoptions read,
            AdoptionStore adoptions, VersionStore versions, Registry registry) {
        this.read = read;
        this.upload = upload;
        this.links = links;
        this.record = record;
        this.adoptions = adoptions;
        this.versions = versions;
        this.registry = registry;
    }

    public LinkView view(String token) {
        String[] subject = subject(token);
        int number = Integer.parseInt(subject[0]);
        Bilingual name = registry.names(subject[1]).map(n -> n.officialName()).orElseThrow(Problem::notFound);
        Adoption a = adoptions.find(number, subject[1]).orElseGet(() -> Adoption.pending(number, subject[1], null));
        return new LinkView(versions.get(number), name, a, read.signature(a).orElse(null));
    }

    public Adoption recordDecision(String token, CouncilDecision decision) {
        String[] subject = subject(token);
        return as(subject[1], () -> record.recordDecision(Integer.parseInt(subject[0]), subject[1], decision));
    }

    public Adoption uploadSignedCopy(String token, String filename, long size, InputStream content) {
        String[] subject = subject(token);
        return as(subject[1], () -> upload.upload(Integer.parseInt(subject[0]), subject[1], filename, size,
                content));
    }

    private String[] subject(String token) {
        Link link = links.find(RequestAdoptions.PURPOSE, token).filter(l -> l.revokedAt() == null)
                .orElseThrow(Problem::notFound);
        return link.subject().split("/", 2);
    }

    private static <T> T as(String municipalityId, Supplier<T> work) {
        return ActingAs.run(new Viewer("link:" + municipalityId, null, "FOCAL_POINT", municipalityId), work);
    }
}
