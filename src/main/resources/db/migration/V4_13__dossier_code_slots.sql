-- Numbers handed out ahead to a unit and day and not yet taken by a receipt. A receipt takes the lowest
-- free one that no other receipt holds (FOR UPDATE SKIP LOCKED) and deletes it; a receipt that fails
-- rolls the delete back and the number goes to the next receipt. code_counter.last_sequence is now the
-- last number handed out to this table (taken or not), no longer the last one taken.
create table dossier.code_slot (
    unit_code    varchar(64) not null,
    receipt_date date        not null,
    sequence     integer     not null,
    primary key (unit_code, receipt_date, sequence)
);
