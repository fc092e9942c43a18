package org.diktyo.surveys.domain;

import java.util.List;
import java.util.Map;
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
 * A municipality answers without an account through the personal link mailed to it: the link's
 * holder acts as the municipality's focal point for that one survey, under the same rules
 * ({@link AnswerSurvey}). An unknown or revoked link is a 404.
 */
@Service
public class AnswerByLink {

    static final String HOLDER = "link:";

    /** What the link's page shows: the survey, the municipality and its response so far (or null). */
    public record LinkView(Survey survey, String municipalityId, Bilingual municipality, Response response) {
    }

    private final PersonalLinks links;
    private final SurveyStore surveys;
    private final AnswerSurvey answer;
    private final Registry registry;

    AnswerByLink(PersonalLinks links, SurveyStore surveys, AnswerSurvey answer, Registry registry) {
        this.links = links;
        this.surveys = surveys;
        this.answer = answer;
        this.registry = registry;
    }

    public LinkView view(String token) {
        String[] subject = subject(token);
        Survey s = surveys.get(subject[0]);
        Bilingual name = registry.names(subject[1]).map(Registry.MunicipalityNames::officialName)
                .orElseThrow(Problem::notFound);
        return new LinkView(s, subject[1], name, as(subject[1], () -> answer.response(subject[0], subject[1])).orElse(null));
    }

    public Response answer(String token, Map<Integer, List<String>> given) {
        String[] subject = subject(token);
        return as(subject[1], () -> answer.answer(subject[0], subject[1], given));
    }

    private String[] subject(String token) {
        Link link = links.find(SurveyMails.PURPOSE, token).filter(l -> l.revokedAt() == null).orElseThrow(Problem::notFound);
        String[] subject = link.subject().split("/", 2);
        if (subject.length != 2) {
            throw Problem.notFound();
        }
        return subject;
    }

    private static <T> T as(String municipalityId, Supplier<T> work) {
        return ActingAs.run(new Viewer(HOLDER + municipalityId, null, "FOCAL_POINT", municipalityId), work);
    }
}
