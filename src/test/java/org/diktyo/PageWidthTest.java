package org.diktyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page fits a 360-pixel and a 1,280-pixel window without horizontal scrolling: the GET
 * page routes are read from the application's own handler mappings (a handler that renders a
 * view), their ids filled in from the demo data, and each page is visited once in one browser
 * — anonymously for the public ones, then signed in as the secretariat for all — and laid out
 * at both widths.
 */
@DatabaseTest
@Tag("browser")
class PageWidthTest {

    static final int[] WIDTHS = {1280, 360};
    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    Browser browser;

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** The GET routes whose handler renders a page (returns a view name), sorted. */
    List<String> pageRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod h) -> {
            Method method = h.getMethod();
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (get && method.getReturnType() == String.class
                    && !h.getBeanType().isAnnotationPresent(RestController.class)) {
                routes.addAll(info.getPatternValues());
            }
        });
        routes.remove("/error");
        return new ArrayList<>(routes);
    }

    static boolean isPublic(String route) {
        return !route.startsWith("/admin") && !route.startsWith("/account") && !route.startsWith("/demo");
    }

    @Test
    void everyPageFitsA360AndA1280PixelWindow() {
        long started = System.nanoTime();
        Map<String, String> ids = demoIds();
        List<String> routes = pageRoutes();
        assertThat(routes).as("page routes found in the handler mappings").contains("/", "/demo/mail",
                "/admin/meetings/{id}", "/r/{token}").hasSizeGreaterThan(30);

        try {
            browser = Browser.open(port);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> tooWide = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        for (String route : routes) {
            if (isPublic(route)) {
                visit("anonymous", route, ids, tooWide, measured);
            }
        }
        signIn();
        for (String route : routes) {
            visit("secretariat", route, ids, tooWide, measured);
        }
        System.out.println("Page widths (route, who: scroll width at 1280 / at 360), "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s:");
        measured.forEach(line -> System.out.println("  " + line));
        assertThat(tooWide).as("pages wider than the window").isEmpty();
    }

    void visit(String who, String route, Map<String, String> ids, List<String> tooWide, List<String> measured) {
        String path = fill(route, ids);
        browser.layoutWidth(WIDTHS[0]);
        browser.get(path);
        browser.wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        if (browser.driver.findElements(By.tagName("main")).isEmpty()) {
            // A fragment that htmx puts into its page (an agenda row): measured as part of that page.
            measured.add(route + ", " + who + ": a fragment, not a page");
            return;
        }
        List<String> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            browser.layoutWidth(width);
            long inner = number("return window.innerWidth");
            long scroll = number("return document.documentElement.scrollWidth");
            assertThat(inner).as("the window of " + path).isEqualTo(width);
            widths.add(String.valueOf(scroll));
            if (scroll > inner) {
                tooWide.add(route + " (" + who + ", " + path + "): " + scroll + " px wide in a " + width + " px window"
                        + widest());
            }
        }
        measured.add(route + ", " + who + ": " + String.join(" / ", widths));
    }

    long number(String script) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript(script)).longValue();
    }

    /** The innermost element that sticks out furthest to the right, to say what to fix. */
    String widest() {
        Object found = ((JavascriptExecutor) browser.driver).executeScript("""
                var worst = null, right = window.innerWidth;
                document.querySelectorAll('body *').forEach(function (e) {
                  if (e.parentElement.closest('.dk-table-scroll')) { return; }
                  var r = e.getBoundingClientRect().right;
                  if (r > right) { right = r; worst = e; }
                });
                return worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
                  + (worst.className && worst.className.baseVal === undefined ? '.' + worst.className.split(' ').join('.') : '')
                  + ' reaches ' + Math.round(right) + ' px' : '';""");
        return found == null || found.toString().isEmpty() ? "" : " — " + found;
    }

    void signIn() {
        browser.get("/signin");
        browser.driver.findElement(By.id("email")).sendKeys("secretariat@diktyo.example");
        browser.driver.findElement(By.id("password")).sendKeys("diktyo-demo", Keys.ENTER);
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    static String fill(String route, Map<String, String> ids) {
        Matcher m = VARIABLE.matcher(route);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String key = route.startsWith("/admin/campaigns") && name.equals("id") ? "campaignId"
                    : route.startsWith("/admin/invitations") && name.equals("id") ? "invitationId"
                    : route.startsWith("/municipalities") || route.startsWith("/admin/municipalities")
                            ? (name.equals("id") ? "municipalityId" : name)
                    : route.contains("{followUpId}") && name.equals("id") ? "followUpMeetingId"
                    : name.equals("meetingId") ? "id"
                    : route.startsWith("/practices/") ? "practiceSlug"
                    : route.startsWith("/challenges/") ? "challengeSlug"
                    : route.startsWith("/account/knowledge/") && name.equals("id") ? "entryId"
                    : route.startsWith("/account/amendments/") && name.equals("id") ? "amendmentId" : name;
            assertThat(ids).as("a demo value for {" + name + "} in " + route).containsKey(key);
            m.appendReplacement(path, Matcher.quoteReplacement(ids.get(key)));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Ids of the demo data for the routes' variables, once the demo campaign's invitations are queued. */
    Map<String, String> demoIds() {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'invitation'", Integer.class) == 0) {
            assertThat(System.nanoTime()).as("the demo invitations are queued in time").isLessThan(until);
            sleep();
        }
        Map<String, String> ids = new HashMap<>();
        String meeting = jdbc.queryForObject("select meeting_id from invitation_campaign order by created_at fetch first 1 rows only",
                String.class);
        ids.put("id", meeting);
        ids.put("campaignId", jdbc.queryForObject("select id from invitation_campaign where meeting_id = ?"
                + " order by created_at fetch first 1 rows only", String.class, meeting));
        ids.put("invitationId", jdbc.queryForObject("select id from invitation where campaign_id = ?"
                + " order by municipality_id fetch first 1 rows only", String.class, ids.get("campaignId")));
        ids.put("partId", jdbc.queryForObject("select id from meeting_part where meeting_id = ?"
                + " order by starts_at fetch first 1 rows only", String.class, meeting));
        List<Map<String, Object>> followUps = jdbc.queryForList("select id, subject_id as meeting_id from follow_up_action"
                + " where subject_kind = 'MEETING' fetch first 1 rows only");
        if (followUps.isEmpty()) {
            ids.put("followUpMeetingId", meeting);
            ids.put("followUpId", "none");
        } else {
            ids.put("followUpMeetingId", (String) followUps.get(0).get("meeting_id"));
            ids.put("followUpId", (String) followUps.get(0).get("id"));
        }
        ids.put("municipalityId", "athens");
        ids.put("contactId", jdbc.queryForObject("select id from contact where municipality_id = 'athens'"
                + " order by full_name fetch first 1 rows only", String.class));
        ids.put("index", "0");
        ids.put("practiceSlug", jdbc.queryForObject("select slug from knowledge_entry where kind = 'PRACTICE'"
                + " and state = 'PUBLISHED' and visibility = 'PUBLIC' order by slug fetch first 1 rows only", String.class));
        ids.put("challengeSlug", jdbc.queryForObject("select slug from knowledge_entry where kind = 'CHALLENGE'"
                + " and state = 'PUBLISHED' and visibility = 'PUBLIC' order by slug fetch first 1 rows only", String.class));
        ids.put("entryId", jdbc.queryForObject("select id from knowledge_entry where state = 'PUBLISHED'"
                + " order by slug fetch first 1 rows only", String.class));
        ids.put("number", "2"); // the demo's revision in consultation: signed in, compared with version 1
        List<String> codes = jdbc.queryForList("select check_in_code from delegate fetch first 1 rows only", String.class);
        ids.put("code", codes.isEmpty() ? "none" : codes.get(0));
        String body = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'invitation'"
                + " order by id fetch first 1 rows only", String.class);
        Matcher link = Pattern.compile("/r/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("a personal link in the demo invitation").isTrue();
        ids.put("token", link.group(1));
        ids.put("adoptionToken", adoptionToken());
        ids.put("caseId", jdbc.queryForObject("select id from accession_case where municipality_id = 'xanthi'"
                + " order by opened_on fetch first 1 rows only", String.class));
        ids.put("positionId", jdbc.queryForObject("select id from joint_position where state in ('SENT', 'ANSWERED')"
                + " order by created_at fetch first 1 rows only", String.class));
        ids.put("signatureToken", signatureToken());
        ids.put("responseId", jdbc.queryForObject("select id from joint_position_response where position_id = ?"
                + " order by received_on fetch first 1 rows only", String.class, ids.get("positionId")));
        ids.put("surveyId", jdbc.queryForObject("select id from survey where state = 'PUBLISHED' and results_shared = ?"
                + " order by closes_on fetch first 1 rows only", String.class, true));
        ids.put("answerToken", answerToken());
        ids.put("textId", jdbc.queryForObject("select text_id from memorandum_version where number = 2", String.class));
        ids.put("key", "axis.labour-market"); // the demo's amendments and comments
        ids.put("amendmentId", jdbc.queryForObject("select id from drafting_amendment where text_id = ? and municipality_id"
                + " = 'athens' order by created_at fetch first 1 rows only", String.class, ids.get("textId")));
        return ids;
    }

    /** A personal adoption link of Athens for the version in force, as the secretariat's request mails it. */
    String adoptionToken() {
        int number = jdbc.queryForObject("select max(number) from memorandum_version where state = 'IN_FORCE'", Integer.class);
        var asked = new Http(port).send("POST", "/api/v1/memorandum/versions/" + number + "/adoption-requests",
                TestAccounts.demoToken(), null);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        String body = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'memorandum-adoption'"
                + " and reference = ? order by id desc fetch first 1 rows only", String.class, number + "/athens");
        Matcher link = Pattern.compile("/memorandum/adopt/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("a personal link in the adoption request").isTrue();
        return link.group(1);
    }

    /** A personal link of Athens to sign a new position open for signature, as mailed. */
    String signatureToken() {
        String id = new org.diktyo.positions.PositionFixture(new Http(port), json).open(10, 1);
        String body = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'position-signature'"
                + " and reference = ? order by id desc fetch first 1 rows only", String.class, id + "/athens");
        Matcher link = Pattern.compile("/positions/sign/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("a personal link in the signature request").isTrue();
        return link.group(1);
    }

    /** A personal link of Athens to answer a new survey, as mailed when it is published. */
    String answerToken() {
        String id = new org.diktyo.surveys.SurveyFixture(new Http(port), json).open("Έρευνα του πλάτους", 10);
        String body = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'survey-answer'"
                + " and reference = ? order by id desc fetch first 1 rows only", String.class, id + "/athens");
        Matcher link = Pattern.compile("/surveys/answer/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("a personal link in the survey's mail").isTrue();
        return link.group(1);
    }

    static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
