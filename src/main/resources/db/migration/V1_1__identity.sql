create schema if not exists identity;

-- A person who signs in: an applicant (citizen, business representative) or an officer.
create table identity.user_account (
    id              uuid primary key,
    username        varchar(100) not null,
    password_hash   varchar(200),
    display_name    varchar(200) not null,
    email           varchar(200),
    phone           varchar(20),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
create unique index user_account_username_uq on identity.user_account (lower(username));

create table identity.user_role (
    user_account uuid        not null references identity.user_account (id) on delete cascade,
    role         varchar(30) not null,
    primary key (user_account, role)
);

-- The agencies an officer serves (ids from the catalog module; no cross-module foreign key).
create table identity.user_agency (
    user_account uuid not null references identity.user_account (id) on delete cascade,
    agency_id    uuid not null,
    primary key (user_account, agency_id)
);

-- Accounts linked to an external identity provider (OIDC, e.g. the national ID provider).
create table identity.external_identity (
    issuer       varchar(300) not null,
    subject      varchar(300) not null,
    user_account uuid         not null references identity.user_account (id) on delete cascade,
    primary key (issuer, subject)
);

-- API access tokens: only the SHA-256 of the token is stored.
create table identity.api_token (
    token_hash   char(64) primary key,
    user_account uuid        not null references identity.user_account (id) on delete cascade,
    created_at   timestamptz not null,
    expires_at   timestamptz not null
);
create index api_token_user_idx on identity.api_token (user_account);
