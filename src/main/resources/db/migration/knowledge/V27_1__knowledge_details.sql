-- knowledge (issue 13): an entry's details as one JSON document, read and written whole through the
-- module (funding, results as indicators, lessons, transferability, contact by role, partner
-- municipalities, supporting organisations, memorandum axes). Searched and counted in the Lucene
-- index, never by SQL (ADR 0023, addendum).
alter table knowledge_entry add column details varchar(60000);
