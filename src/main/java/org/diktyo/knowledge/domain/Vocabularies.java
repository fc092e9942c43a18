package org.diktyo.knowledge.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The controlled vocabularies of entries: themes and target groups, bilingual, in their order. */
@Service
@Transactional(readOnly = true)
public class Vocabularies {

    private final JdbcTemplate jdbc;

    Vocabularies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Term> themes() {
        return terms("knowledge_theme");
    }

    public List<Term> targetGroups() {
        return terms("knowledge_target_group");
    }

    public Map<String, Term> themesByCode() {
        return themes().stream().collect(Collectors.toMap(Term::code, Function.identity()));
    }

    public Map<String, Term> targetGroupsByCode() {
        return targetGroups().stream().collect(Collectors.toMap(Term::code, Function.identity()));
    }

    private List<Term> terms(String table) {
        return jdbc.query("select code, label_el, label_en from " + table + " order by position",
                (rs, i) -> new Term(rs.getString("code"), rs.getString("label_el"), rs.getString("label_en")));
    }
}
