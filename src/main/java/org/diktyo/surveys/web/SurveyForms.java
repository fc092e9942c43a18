package org.diktyo.surveys.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** Reads an answer form's fields ({@code q1}, {@code q2}, … each with one value or several) into the values by question number. */
final class SurveyForms {

    private SurveyForms() {
    }

    static Map<Integer, List<String>> given(MultiValueMap<String, String> form) {
        Map<Integer, List<String>> given = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.matches("q\\d{1,3}")) {
                given.put(Integer.parseInt(name.substring(1)), new ArrayList<>(values));
            }
        });
        return given;
    }
}
