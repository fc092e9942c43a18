package org.diktyo.positions.domain;

import java.util.List;
import java.util.function.Supplier;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.Bilingual;
import org.diktyo.links.Link;
import org.diktyo.links.PersonalLinks;
import org.diktyo.network.Registry;
import org.diktyo.platform.ActingAs;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.stereotype.Service;

/**
 * A mayor without an account signs through the personal link mailed to the municipality: its
 * holder acts as the municipality's focal point for that one position, under the same rules
 * ({@link SignPosition}). An unknown or replaced link is a 404.
 */
@Service
public class SignByLink {

    static final String HOLDER = "link:";

    /** What the link's page shows. */
    public record LinkView(Position position, List<Clause> clauses, String municipalityId, Bilingual municipality,
            CoSignature signature) {
    }

    private final PersonalLinks links;
    private final PositionStore positions;
    private final SignatureStore signatures;
    private final SignPosition sign;
    private final Drafts drafts;
    private final Registry registry;
    private final UploadSignedLetter letters;

    SignByLink(PersonalLinks links, PositionStore positions, SignatureStore signatures, SignPosition sign, Drafts drafts,
            Registry registry, UploadSignedLetter letters) {
        this.letters = letters;
        this.links = links;
        this.positions = positions;
        this.signatures = signatures;
        this.sign = sign;
        this.drafts = drafts;
        this.registry = registry;
    }

    public LinkView view(String token) {
        String[] subject = subject(token);
        Position p = positions.get(subject[0]);
        Bilingual name = registry.names(subject[1]).map(Registry.MunicipalityNames::officialName)
                .orElseThrow(Problem::notFound);
        return new LinkView(p, drafts.clauses(p.textId()), subject[1], name,
                signatures.find(p.id(), subject[1]).orElse(null));
    }

    public CoSignature sign(String token, String textHash) {
        String[] subject = subject(token);
        return as(subject[1], () -> sign.sign(subject[0], subject[1], textHash));
    }

    /** Signs with the letter the mayor signed (see {@link UploadSignedLetter}). */
    public CoSignature uploadLetter(String token, String filename, long size, java.io.InputStream content) {
        String[] subject = subject(token);
        return as(subject[1], () -> letters.upload(subject[0], subject[1], filename, size, content));
    }

    public CoSignature withdraw(String token) {
        String[] subject = subject(token);
        return as(subject[1], () -> sign.withdraw(subject[0], subject[1]));
    }

    private String[] subject(String token) {
        Link link = links.find(SignatureMails.PURPOSE, token).filter(l -> l.revokedAt() == null)
                .orElseThrow(Problem::notFound);
        return link.subject().split("/", 2);
    }

    private static <T> T as(String municipalityId, Supplier<T> work) {
        return ActingAs.run(new Viewer(HOLDER + municipalityId, null, "FOCAL_POINT", municipalityId), work);
    }
}
