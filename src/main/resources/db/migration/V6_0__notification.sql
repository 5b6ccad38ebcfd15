create schema if not exists notification;

-- Message templates per trigger, channel and language. Every save is a new version; the highest version
-- is in force (older ones stay for the history of what was sent).
create table notification.template (
    id          bigserial primary key,
    trigger     varchar(40) not null,
    channel     varchar(10) not null,
    language    varchar(5)  not null,
    version     int         not null,
    subject     text,
    body        text        not null,
    saved_at    timestamptz not null default now(),
    saved_by    text,
    unique (trigger, channel, language, version)
);

-- The outbox: one row per message for one recipient on one channel. The unique key makes the listeners
-- idempotent: an event delivered twice (after a crash) inserts nothing the second time. Rendered at
-- creation with the template in force then; "values" keeps the placeholders for a fallback to e-mail.
create table notification.message (
    id                  uuid primary key,
    event_key           varchar(200) not null,
    trigger             varchar(40)  not null,
    channel             varchar(10)  not null,
    recipient           varchar(200) not null,
    account_id          uuid,
    dossier_id          uuid,
    dossier_code        varchar(80),
    language            varchar(5)   not null,
    subject             text,
    body                text         not null,
    template_version    int,
    placeholder_values  jsonb,
    fallback_email      varchar(200),
    fallback_of         uuid,
    urgent              boolean      not null default false,
    status              varchar(10)  not null,
    attempts            int          not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    provider_message_id varchar(100),
    created_at          timestamptz  not null,
    sent_at             timestamptz,
    delivered_at        timestamptz,
    read_at             timestamptz,
    constraint message_once unique (event_key, recipient, channel)
);

create index message_due on notification.message (next_attempt_at) where status = 'PENDING';
create index message_dossier on notification.message (dossier_id, created_at);
create index message_failed on notification.message (created_at) where status = 'FAILED';
create index message_notices on notification.message (account_id, created_at) where channel = 'IN_APP';
create index message_provider_id on notification.message (provider_message_id) where provider_message_id is not null;
