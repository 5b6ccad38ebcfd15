-- Catalog search by words (issue 4, Performance). The trigram match on the whole name rechecked every
-- candidate with word_similarity (~100 ms for common words at 5,000 procedures); a word index answers
-- the usual case, and trigrams only correct typed words against the catalog's own vocabulary.

-- The words of the name, diacritics-free and lower-case ('simple': no stemming or stop words, which
-- would be wrong for Vietnamese syllables). Kept by PostgreSQL, since a version's name never changes.
alter table catalog.procedure_version add column search_words tsvector generated always as
    (to_tsvector('simple'::regconfig, lower(public.f_unaccent(name)))) stored;
create index procedure_version_words_idx on catalog.procedure_version using gin (search_words)
    where status = 'PUBLISHED';

-- The old index served the whole-name trigram match, which is gone.
drop index catalog.procedure_version_search_idx;

-- Every word of a published name: a typed word that is not among them is corrected to the similar ones
-- (pg_trgm). Filled when a version is published; never shrinks (an unused word only finds nothing).
create table catalog.search_word (
    word text primary key
);
-- GiST serves the nearest words (word <-> typed, ordered by distance) without a similarity threshold GUC.
create index search_word_trgm_idx on catalog.search_word using gist (word gist_trgm_ops);
insert into catalog.search_word
select distinct unnest(tsvector_to_array(search_words)) from catalog.procedure_version where status = 'PUBLISHED'
on conflict do nothing;
