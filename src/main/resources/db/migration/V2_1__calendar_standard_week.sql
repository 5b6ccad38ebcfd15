-- The province default: Monday-Friday 07:00-11:30 and 13:30-17:00 (8 working hours), the typical hours
-- of state agencies. Administrators change it on the calendar page.
insert into calendar.working_week (id, agency_id, valid_from, valid_to)
values ('5b1c1f0e-0000-4000-8000-000000000001', null, null, null);

insert into calendar.working_session (week_id, day_of_week, starts_at, ends_at)
select '5b1c1f0e-0000-4000-8000-000000000001', d, s.starts_at, s.ends_at
from generate_series(1, 5) as d
cross join (values (time '07:00', time '11:30'), (time '13:30', time '17:00')) as s (starts_at, ends_at);
