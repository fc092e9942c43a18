package org.diktyo.memorandum.domain;

import java.util.List;
import java.util.Locale;

import org.diktyo.documents.TextDocument;
import org.diktyo.documents.TextDocumentPdf;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.language.DatePhrases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A version of the memorandum as a PDF/A in Greek or English: its clauses in order, headings in
 * capitals without tonos, the note that the Greek text prevails, and the text's hash at the foot
 * of every page once it is fixed (what a municipality adopts).
 */
@Service
public class PrintVersion {

    private final ReadMemorandum read;
    private final MessageSource messages;

    PrintVersion(ReadMemorandum read, MessageSource messages) {
        this.read = read;
        this.messages = messages;
    }

    public byte[] pdf(int number, Locale locale) {
        MemorandumVersion v = read.version(number);
        List<TextDocument.Section> sections = read.clauses(number).stream()
                .map(c -> new TextDocument.Section(c.number().in(locale), c.heading().in(locale),
                        ClauseMarkdown.html(c.text().in(locale))))
                .toList();
        String state = t("memorandum.state." + v.state().name(), locale);
        String subtitle = v.inForceFrom() == null ? t("memorandum.pdf.subtitle", locale, v.number(), state)
                : t("memorandum.pdf.subtitleInForce", locale, v.number(), state, DatePhrases.date(v.inForceFrom(), locale));
        String footer = v.textHash() == null ? v.label().in(locale)
                : t("memorandum.pdf.footer", locale, v.label().in(locale), v.textHash().substring(0, 16));
        return TextDocumentPdf.render(new TextDocument(locale, t("platform.name", locale), v.label().in(locale), subtitle,
                List.of(t("memorandum.greekPrevails", locale)), sections, footer));
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
