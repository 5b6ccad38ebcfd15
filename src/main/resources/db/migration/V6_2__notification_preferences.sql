-- What a person wants to be told on: each channel on or off, and the language of their messages (Vietnamese
-- or English; an English template missing falls back to Vietnamese). No row: every channel, in Vietnamese.
-- Edited by the person on their account page (/tai-khoan) or PUT /api/v1/me/notification-preferences.
create table notification.preference (
    account_id  uuid primary key,
    email       boolean     not null,
    sms         boolean     not null,
    zalo        boolean     not null,
    in_app      boolean     not null,
    language    varchar(5)  not null,
    updated_at  timestamptz not null
);
