-- Citizens' feedback and petitions (phản ánh, kiến nghị) about a procedure, an officer or a dossier
-- (issue 20): routed to the responsible agency, answered within a deadline in working days, published with
-- the sender's consent and the personal data masked.
create table feedback.citizen_feedback (
    id                 uuid primary key,
    reference          varchar(12)  not null unique,
    subject            varchar(12)  not null check (subject in ('PROCEDURE', 'OFFICER', 'DOSSIER', 'OTHER')),
    subject_ref        varchar(200),
    category           varchar(20)  not null
        check (category in ('ATTITUDE', 'DELAY', 'FEES', 'PAPERWORK', 'RULES', 'OTHER')),
    title              varchar(200) not null,
    body               text         not null,
    sender_name        varchar(200) not null,
    sender_phone       varchar(20),
    sender_email       varchar(200),
    account_id         uuid,
    consent_to_publish boolean      not null,
    agency_id          uuid         not null,
    assignee_id        uuid,
    status             varchar(12)  not null check (status in ('RECEIVED', 'ASSIGNED', 'ANSWERED')),
    received_at        timestamp    not null,
    due_at             timestamp    not null,
    reminded_at        timestamp,
    overdue_at         timestamp,
    answer             text,
    answered_at        timestamp,
    answered_by        uuid,
    published_at       timestamp,
    published_title    text,
    published_body     text,
    published_answer   text
);
create index citizen_feedback_agency_idx on feedback.citizen_feedback (agency_id, received_at);
create index citizen_feedback_open_idx on feedback.citizen_feedback (due_at) where status <> 'ANSWERED';
create index citizen_feedback_published_idx on feedback.citizen_feedback (published_at) where published_at is not null;
