-- A person's identity as the national SSO (VNeID through the national public-service portal) asserted it:
-- the account is linked to the personal ID number, so the same person signing in again, or an officer whose
-- ID number an administrator recorded, reaches the same account whatever the provider's subject id.
create table identity.verified_identity (
    account_id      uuid         primary key references identity.user_account (id) on delete cascade,
    id_number       varchar(20)  not null unique,
    full_name       varchar(200),
    date_of_birth   date,
    assurance_level varchar(40),
    tech_id         varchar(100),
    login_idp       varchar(40),
    issuer          varchar(300),
    verified_at     timestamptz
);
