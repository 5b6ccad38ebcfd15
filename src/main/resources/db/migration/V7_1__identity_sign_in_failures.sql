-- Wrong passwords per typed user name ('account:<name>', whether or not such an account exists) and per
-- client address ('address:<ip>'): past a free allowance, sign-in from that name or address waits until
-- blocked_until, a delay that doubles with each further failure. Rows are forgotten a day after the last
-- failure, and an account's row at its next successful sign-in.
create table identity.sign_in_failure (
    subject         text        primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz
);
create index sign_in_failure_last_idx on identity.sign_in_failure (last_failure_at);
