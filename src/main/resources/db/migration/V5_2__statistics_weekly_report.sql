-- The weekly report as generated (a snapshot: figures read later may differ as late events arrive).
create table statistics.weekly_report (
    week_start   date primary key,
    week_end     date      not null,
    generated_at timestamp not null,
    report       jsonb     not null
);
