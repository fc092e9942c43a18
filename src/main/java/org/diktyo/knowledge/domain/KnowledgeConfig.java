package org.diktyo.knowledge.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diktyo.knowledge.search.EntrySearch;
import org.diktyo.knowledge.search.KnowledgeIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This instance's search index, under {@code diktyo.knowledge.index-dir} (default
 * {@code ./data/index/knowledge}; one folder per instance when several share a disk). Left
 * blank, a new temporary folder per application context (the tests).
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfig {

    @Bean(destroyMethod = "close")
    KnowledgeIndex knowledgeIndex(@Value("${diktyo.knowledge.index-dir:./data/index/knowledge}") String dir) {
        try {
            Path path = dir == null || dir.isBlank() ? Files.createTempDirectory("diktyo-knowledge-index") : Path.of(dir);
            return new KnowledgeIndex(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    EntrySearch entrySearch(KnowledgeIndex index) {
        return new EntrySearch(index);
    }

    @Bean org.diktyo.platform.KeptPages knowledgeKeptPages(KnowledgeIndex index) { return org.diktyo.platform.KeptPages.of(index::lastSeq, "/practices", "/challenges", "/practices/*", "/challenges/*"); } // ADR 0031
}
