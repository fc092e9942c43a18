package org.diktyo.surveys.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.platform.Problem;
import org.diktyo.surveys.domain.AnswerSurvey;
import org.diktyo.surveys.domain.DraftSurveys;
import org.diktyo.surveys.domain.ReadSurveys;
import org.diktyo.surveys.domain.Response;
import org.diktyo.surveys.domain.SummariseResults;
import org.diktyo.surveys.domain.Survey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/surveys}: needs surveys. The secretariat writes one, publishes it and shares its
 * results; a municipality's focal point (or the secretariat on its behalf) gives and changes its
 * one response until the close; staff read who answered and the results.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "surveys", description = "Needs surveys: one response per municipality, results as counts and means")
class SurveysApi {

    private final DraftSurveys draft;
    private final AnswerSurvey answer;
    private final ReadSurveys read;
    private final SummariseResults results;

    SurveysApi(DraftSurveys draft, AnswerSurvey answer, ReadSurveys read, SummariseResults results) {
        this.draft = draft;
        this.answer = answer;
        this.read = read;
        this.results = results;
    }

    @GetMapping
    @Operation(summary = "Surveys: all for the secretariat; the published ones for partners; those that ask its municipality for a focal point")
    SurveysJson.SurveyListOut list() {
        List<SurveysJson.SurveyOut> items = read.list().stream().map(this::out).toList();
        return new SurveysJson.SurveyListOut(items, items.size());
    }

    @PostMapping
    @Operation(summary = "Creates a survey as a draft (the secretariat)")
    ResponseEntity<SurveysJson.SurveyOut> create(@RequestBody SurveysJson.SurveyIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(out(draft.create(in.draft())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey with its questions")
    SurveysJson.SurveyOut get(@PathVariable String id) {
        return out(read.get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replaces a survey's fields and questions (without `questions`: kept), until the first response")
    SurveysJson.SurveyOut update(@PathVariable String id, @RequestBody SurveysJson.SurveyIn in) {
        return out(draft.update(id, in.draft()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publishes a draft: each municipality asked is mailed a personal link; one reminder is scheduled")
    SurveysJson.SurveyOut publish(@PathVariable String id) {
        return out(draft.publish(id));
    }

    @PostMapping("/{id}/share")
    @Operation(summary = "Shares a closed survey's results (counts, no free text) with the municipalities' focal points")
    SurveysJson.SurveyOut share(@PathVariable String id) {
        return out(draft.share(id));
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "The municipalities asked and when each answered (the secretariat and the partners)")
    List<SurveysJson.SurveyProgressOut> progress(@PathVariable String id) {
        return read.progress(id).stream().map(SurveysJson.SurveyProgressOut::of).toList();
    }

    @GetMapping("/{id}/responses/{municipalityId}")
    @Operation(summary = "A municipality's response (its focal point, the secretariat, the partners); 404 when it has not answered")
    SurveysJson.SurveyResponseOut response(@PathVariable String id, @PathVariable String municipalityId) {
        Response r = answer.response(id, municipalityId).orElseThrow(Problem::notFound);
        return SurveysJson.SurveyResponseOut.of(r, read.get(id));
    }

    @PutMapping("/{id}/responses/{municipalityId}")
    @Operation(summary = "Gives or replaces a municipality's response while the survey is open (409 after the close)")
    SurveysJson.SurveyResponseOut answer(@PathVariable String id, @PathVariable String municipalityId,
            @RequestBody SurveysJson.SurveyResponseIn in) {
        Response r = answer.answer(id, municipalityId, in.given());
        return SurveysJson.SurveyResponseOut.of(r, read.get(id));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Counts and means per question; free text for the secretariat and the partners only")
    SurveysJson.SurveyResultsOut results(@PathVariable String id) {
        return SurveysJson.SurveyResultsOut.of(results.results(id));
    }

    private SurveysJson.SurveyOut out(Survey s) {
        return SurveysJson.SurveyOut.of(s, read.now());
    }
}
