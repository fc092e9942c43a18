/**
 * Surveys: the network's needs surveys. The secretariat writes a survey (bilingual questions of
 * a few kinds), publishes it to the members (or the members and the candidates) between two
 * dates; each municipality gives one response, by its focal point signed in or by the personal
 * link mailed to it, and may change it until the close; those who have not answered are reminded
 * once. Results are counts and means per question, drawn as SVG charts with their tables; free
 * text is for the secretariat and the partners only. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys",
        allowedDependencies = {"platform", "platform :: charts", "language", "network", "mail", "accounts", "links", "jobs"})
package org.diktyo.surveys;
