-- "Quên mật khẩu": a password reset waiting for its code (identity.PasswordResets). One per account; the
-- code is stored only as a salted hash, expires, and allows a few tries. Not copied by backups.
create table identity.password_reset (
    user_account uuid        primary key references identity.user_account (id) on delete cascade,
    channel      varchar(10) not null,
    destination  text        not null,
    code_hash    char(64)    not null,
    salt         char(32)    not null,
    sent_at      timestamptz not null,
    expires_at   timestamptz not null,
    attempts     integer     not null default 0
);
