create schema if not exists feedback;

-- Anonymous staff suggestions (issue 20). Nothing here may lead back to the sender: no account, no address,
-- no time finer than the day, a random id (not time-ordered), no default now() that would keep a time.
create table feedback.staff_suggestion (
    id       uuid primary key,
    kind     varchar(20) not null check (kind in ('SUGGESTION', 'COMPLAINT', 'SOFTWARE_FAULT')),
    body     text        not null check (length(body) between 1 and 4000),
    sent_on  date        not null
);
create index staff_suggestion_sent_on_idx on feedback.staff_suggestion (sent_on);

-- Ballots already used: the hash of the ballot's random number and its day (purged after two days). A
-- ballot proves that an officer opened the form, without saying which one, and sends one suggestion.
create table feedback.spent_ballot (
    nonce_hash bytea primary key,
    spent_on   date  not null
);
