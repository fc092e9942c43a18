package org.diktyo.drafting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.Drafts;
import org.diktyo.platform.Problem;
import org.diktyo.platform.OneSheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/drafts/{textId}/amendments}: the secretariat's triage of a text's amendments —
 * clause, municipality, co-sponsors, supports, objections, comments, state, a filter by state and
 * the decision form on each undecided one — and the same list as XLSX. No names of people, only
 * municipalities, so the export holds no personal data.
 */
@Controller
class AmendmentBoard {

    static final String VIEW = "drafting/board";
    private static final List<String> COLUMNS = List.of("drafting.board.clause", "drafting.board.kind",
            "drafting.board.municipality", "drafting.board.cosponsors", "drafting.board.state", "drafting.board.supports",
            "drafting.board.objections", "drafting.board.comments", "drafting.board.created", "drafting.board.id");

    private final Drafts drafts;
    private final DraftPageData data;
    private final MessageSource messages;

    AmendmentBoard(Drafts drafts, DraftPageData data, MessageSource messages) {
        this.drafts = drafts;
        this.data = data;
        this.messages = messages;
    }

    @GetMapping("/admin/drafts/{textId}/amendments")
    String board(@PathVariable String textId, @RequestParam(required = false) String state, Model model, Locale locale) {
        DraftText text = secretariat(textId);
        String filter = known(state);
        model.addAttribute("view", new DraftingViews.BoardPage(data.header(text, locale), rows(text, filter, locale), filter,
                Arrays.stream(AmendmentState.values()).map(Enum::name).toList()));
        return VIEW;
    }

    @GetMapping("/admin/drafts/{textId}/amendments.xlsx")
    void xlsx(@PathVariable String textId, @RequestParam(required = false) String state, Locale locale,
            HttpServletResponse response) throws IOException {
        DraftText text = secretariat(textId);
        List<DraftingViews.AmendmentRow> rows = rows(text, known(state), locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("amendments.xlsx").build().toString());
        write(rows, locale, response.getOutputStream());
    }

    private void write(List<DraftingViews.AmendmentRow> rows, Locale locale, OutputStream out) throws IOException {
        OneSheet.write(out, t("drafting.board.sheet", locale), COLUMNS.stream().map(c -> t(c, locale)).toList(),
                rows.stream().map(a -> List.<Object>of(a.clauseNumber(), t("drafting.kind." + a.kind(), locale),
                        a.municipality(), String.join(", ", a.cosponsors()), t("drafting.state." + a.state(), locale),
                        a.supports(), a.objections(), a.comments(), a.created(), a.id())).toList());
    }

    private DraftText secretariat(String textId) {
        if (!data.viewer().secretariat()) {
            throw Problem.forbidden();
        }
        return drafts.text(textId);
    }

    private List<DraftingViews.AmendmentRow> rows(DraftText text, String state, Locale locale) {
        return data.rows(text.id(), drafts.amendments(text.id()).stream()
                .filter(a -> state == null || a.state().name().equals(state)).toList(), locale);
    }

    private static String known(String state) {
        return Arrays.stream(AmendmentState.values()).map(Enum::name).filter(s -> s.equals(state)).findFirst().orElse(null);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
