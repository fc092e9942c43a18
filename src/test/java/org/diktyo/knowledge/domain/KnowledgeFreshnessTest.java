package org.diktyo.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.knowledge.KnowledgeFixture;
import org.diktyo.knowledge.search.EntrySearch;
import org.diktyo.knowledge.search.KnowledgeIndex;
import org.diktyo.knowledge.search.SearchHits;
import org.diktyo.knowledge.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * A second instance on the same database, as far as search goes: its own index in its own folder,
 * built on start from the database, then kept fresh only by reading the change table as its poll
 * does. An entry published through the first instance's API is found on the second within 5 s;
 * an index of an older schema is rebuilt on start; change rows older than a week are pruned.
 */
@DatabaseTest
class KnowledgeFreshnessTest {

    @LocalServerPort
    int port;

    @Autowired
    EntryStore store;

    @Autowired
    ChangeStore changes;

    @Autowired
    org.diktyo.network.Addressees addressees;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aSecondInstanceSeesAnEntryPublishedOnTheFirstWithinFiveSeconds() throws Exception {
        Path dir = Files.createTempDirectory("diktyo-second-instance");
        try (KnowledgeIndex second = new KnowledgeIndex(dir)) {
            IndexEntries poll = new IndexEntries(store, changes, addressees, second, Clock.systemUTC());
            poll.afterSingletonsInstantiated();
            EntrySearch search = new EntrySearch(second);
            assertThat(found(search, "ασυνοδευτων")).as("built from the database on start").isNotEmpty();

            Http http = new Http(port);
            KnowledgeFixture fixture = new KnowledgeFixture(http, json);
            String id = fixture.draft("PRACTICE");
            fixture.ok(http.send("PUT", "/api/v1/knowledge/entries/" + id, org.diktyo.accounts.TestAccounts.demoToken(),
                    KnowledgeFixture.editJson("Κοινόχρηστοι λαχανόκηποι δεύτερης υπηρεσίας", fixture.version(id))), 200);
            fixture.ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/submit",
                    org.diktyo.accounts.TestAccounts.demoToken(), null), 200);
            long published = System.nanoTime();
            fixture.ok(http.send("POST", "/api/v1/knowledge/entries/" + id + "/publish",
                    org.diktyo.accounts.TestAccounts.demoToken(), null), 200);
            boolean seen = false;
            while (!seen && System.nanoTime() - published < Duration.ofSeconds(5).toNanos()) {
                poll.catchUp(); // what the second instance's scheduled poll does every diktyo.knowledge.poll-interval
                seen = found(search, "λαχανοκηποι").contains(id);
                if (!seen) {
                    Thread.sleep(500);
                }
            }
            assertThat(seen).as("found on the second instance within 5 s").isTrue();
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsRebuiltOnStart() throws Exception {
        Path dir = Files.createTempDirectory("diktyo-old-schema");
        try (var old = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(dir),
                new org.apache.lucene.index.IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("schema", "0", "seq", "999999").entrySet());
            old.commit();
        }
        try (KnowledgeIndex index = new KnowledgeIndex(dir)) {
            assertThat(index.current()).isFalse();
            new IndexEntries(store, changes, addressees, index, Clock.systemUTC()).afterSingletonsInstantiated();
            assertThat(index.size()).isEqualTo(store.count());
        }
        try (KnowledgeIndex again = new KnowledgeIndex(dir)) {
            assertThat(again.current()).as("now of this schema").isTrue();
            assertThat(again.size()).isEqualTo(store.count());
        }
    }

    @Test
    void changeRowsOlderThanAWeekArePrunedAndNewerOnesKept() throws Exception {
        Path dir = Files.createTempDirectory("diktyo-prune");
        java.time.Instant now = java.time.Instant.now();
        jdbc.update("insert into knowledge_change (entry_id, changed_at) values (?, ?)", "pruned-entry",
                java.sql.Timestamp.from(now.minus(IndexEntries.KEEP).minus(Duration.ofHours(1))));
        jdbc.update("insert into knowledge_change (entry_id, changed_at) values (?, ?)", "kept-entry",
                java.sql.Timestamp.from(now.minus(IndexEntries.KEEP).plus(Duration.ofHours(1))));
        try (KnowledgeIndex index = new KnowledgeIndex(dir)) {
            new IndexEntries(store, changes, addressees, index, Clock.systemUTC()).catchUp();
        }
        assertThat(jdbc.queryForObject("select count(*) from knowledge_change where entry_id = 'pruned-entry'",
                Integer.class)).as("older than " + IndexEntries.KEEP).isZero();
        assertThat(jdbc.queryForObject("select count(*) from knowledge_change where entry_id = 'kept-entry'",
                Integer.class)).isOne();
        jdbc.update("delete from knowledge_change where entry_id = 'kept-entry'");
    }

    private static List<String> found(EntrySearch search, String q) {
        SearchHits hits = search.search(new SearchRequest(q, Map.of(), SearchRequest.Visibility.PUBLIC, false, 0, 50));
        return hits.hits().stream().map(SearchHits.Hit::id).toList();
    }
}
