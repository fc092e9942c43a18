package org.diktyo.meetings.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.meetings.AgendaAxis;
import org.diktyo.meetings.domain.AgendaItem;
import org.diktyo.meetings.domain.AgendaItemForm;
import org.diktyo.platform.Problem;

/**
 * The agenda form: rows of text as typed, with blank rows to add items. A row with neither
 * time nor title is left out; a time that is not {@code ΩΩ:ΛΛ} is reported on its row.
 */
public class AgendaRows {

    /** One row as typed. */
    public static class Row {
        private String time = "";
        private String titleEl = "";
        private String titleEn = "";
        private String speakers = "";
        private String axis = "";

        public String getTime() { return time; }
        public void setTime(String time) { this.time = time == null ? "" : time; }
        public String getTitleEl() { return titleEl; }
        public void setTitleEl(String titleEl) { this.titleEl = titleEl == null ? "" : titleEl; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn == null ? "" : titleEn; }
        public String getSpeakers() { return speakers; }
        public void setSpeakers(String speakers) { this.speakers = speakers == null ? "" : speakers; }
        public String getAxis() { return axis; }
        public void setAxis(String axis) { this.axis = axis == null ? "" : axis; }

        boolean blank() {
            return time.isBlank() && titleEl.isBlank() && titleEn.isBlank() && speakers.isBlank();
        }
    }

    static final int BLANK_ROWS = 3;

    private List<Row> items = new ArrayList<>();

    public List<Row> getItems() {
        return items;
    }

    public void setItems(List<Row> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    static AgendaRows of(List<AgendaItem> current) {
        AgendaRows rows = new AgendaRows();
        for (AgendaItem item : current) {
            Row row = new Row();
            row.setTime(item.startsAt().toString());
            row.setTitleEl(item.titleEl());
            row.setTitleEn(item.titleEn());
            row.setSpeakers(item.speakers());
            row.setAxis(item.axis() == null ? "" : item.axis().name());
            rows.items.add(row);
        }
        return rows.withBlankRows();
    }

    /** The rows as typed and one more blank row ("add a row" without JavaScript). */
    AgendaRows withRow() {
        items.add(new Row());
        return this;
    }

    AgendaRows withBlankRows() {
        while (items.stream().filter(Row::blank).count() < BLANK_ROWS) {
            items.add(new Row());
        }
        return this;
    }

    /** The rows as items; the field names of problems are those of the form's rows. */
    List<AgendaItemForm> forms() {
        List<AgendaItemForm> forms = new ArrayList<>();
        List<Problem.FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Row row = items.get(i);
            if (row.blank()) {
                continue;
            }
            LocalTime time = null;
            try {
                time = LocalTime.parse(row.getTime().trim());
            } catch (DateTimeParseException e) {
                problems.add(new Problem.FieldProblem("items[" + i + "].time", "meetings.agenda.time.required"));
            }
            AgendaAxis axis = null;
            try {
                axis = row.getAxis().isBlank() ? null : AgendaAxis.valueOf(row.getAxis());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem.FieldProblem("items[" + i + "].axis", "meetings.agenda.axis.invalid"));
            }
            forms.add(new AgendaItemForm(time, row.getTitleEl(), row.getTitleEn(), row.getSpeakers(), axis));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return forms;
    }
}
