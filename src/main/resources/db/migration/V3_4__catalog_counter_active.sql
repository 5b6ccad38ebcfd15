-- A counter can be closed for a while (renovation, fewer staff) without losing its number and set-up.
alter table catalog.counter add column active boolean not null default true;
-- An officer sits at one counter: looked up by officer for the reception desk header and the seating rule.
create index counter_officer_user_idx on catalog.counter_officer (user_id);
