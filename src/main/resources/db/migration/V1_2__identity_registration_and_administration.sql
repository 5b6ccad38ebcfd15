-- Self-registered applicant accounts wait until their e-mail or phone is verified; until then they cannot sign in.
alter table identity.user_account add column pending_verification boolean not null default false;

-- An e-mail address or a phone number belongs to one account (sign-in, verification, notifications).
create unique index user_account_email_uq on identity.user_account (lower(email)) where email is not null;
create unique index user_account_phone_uq on identity.user_account (phone) where phone is not null;

-- The one verification code currently valid for a pending account. Only a salted SHA-256 of the code is
-- stored; it is deleted when used, and replaced when a new code is sent.
create table identity.verification_code (
    user_account   uuid primary key references identity.user_account (id) on delete cascade,
    channel        varchar(10)  not null,
    destination    varchar(200) not null,
    code_hash      char(64)     not null,
    salt           char(32)     not null,
    sent_at        timestamptz  not null,
    expires_at     timestamptz  not null,
    attempts       integer      not null default 0,
    submission_key varchar(64)
);
create unique index verification_code_submission_uq on identity.verification_code (submission_key);
