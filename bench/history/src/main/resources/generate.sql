-- Realistic history for the read benchmark (issue 15), written in bulk into the application's own schema
-- on top of the demo catalog: dossiers with their history rows, and the statistics module's fact rows,
-- daily flows, fee payments and step passages as its FigureRecorder would have written them from the
-- events. Run by Generate.java, one statement at a time (each ends with a semicolon at the end of a line);
-- parameters: bench.n (dossiers), bench.years (span ending now), bench.now (Vietnam local time).
--
-- The shape (docs/benchmarks.md, "Reads as history grows"):
--   procedures: the demo catalog's published procedures, weighted by a Zipf law (a few procedures make
--     most dossiers, as certification and household business registration do);
--   arrivals: working days only (Saturday mornings a little), seasonality by month (Tết in February, the
--     year-end rush), growth of 8 % a year, working hours 07:30-11:30 and 13:30-17:00, mornings busier;
--   channels: online for 60 % of the dossiers of procedures that allow it (25 % of all), 3 % by post, the
--     rest at the counter;
--   outcomes: 1 % refused at reception, 0.5 % withdrawn, 4 % asked for a supplement, 3 % extended with an
--     apology, about 2.5 % resolved late (more in the result: a supplement's pause does not move the
--     appointment here); results returned 0-3 days after resolution (electronically at once);
--   open: what is still in its processing time now, plus 15 % of the last 120 days' dossiers stuck
--     (waiting for a supplement, at a step, or resolved and not collected): about 2 % of all.
-- Times are Vietnam local time like the application's. Working time is approximated (weekdays, 8 hours);
-- the statistics' processing minutes are computed the same way (the application uses the holiday
-- calendar: the difference is a few per cent on a few figures, none on the counts).

select setseed(0.20261203);

drop table if exists bench_proc, bench_slot, bench_day, bench_dayslot, bench_center, bench_plan;

-- The procedures in force, their competent agency, field, time limit and workflow.
create unlogged table bench_proc as
select v.id as version_id, p.id as procedure_id, p.code as procedure_code, p.national_code,
       f.code as field_code, p.competent_agency_id, v.name, v.channels, v.four_on_site,
       case v.time_unit when 'WORKING_DAYS' then greatest(v.time_amount, 0.5)
                        when 'CALENDAR_DAYS' then greatest(v.time_amount * 5 / 7, 0.5)
                        when 'WORKING_HOURS' then greatest(v.time_amount / 8, 0.125)
                        else 0.5 end as legal_days,
       greatest((select count(*) from catalog.workflow_step w where w.version_id = v.id), 3) as steps,
       (select coalesce(max(fe.amount_vnd), 0) from catalog.fee fe where fe.version_id = v.id) as fee,
       row_number() over (order by md5(p.code)) as rank
  from catalog.procedure p
  join lateral (select * from catalog.procedure_version v
                 where v.procedure_id = p.id and v.status = 'PUBLISHED'
                 order by v.number desc limit 1) v on true
  join catalog.field f on f.id = v.field_id
 where p.retired_from is null;

-- 10,000 slots shared by the procedures in proportion to 1 / rank^1.1: a uniform slot picks one.
create unlogged table bench_slot as
with w as (select version_id, 1 / power(rank, 1.1) as w from bench_proc),
     c as (select version_id, sum(w) over (order by version_id) / sum(w) over () as hi,
                  (sum(w) over (order by version_id) - w) / sum(w) over () as lo from w)
select s as slot, c.version_id
  from c, generate_series(floor(c.lo * 10000)::int, greatest(floor(c.hi * 10000)::int - 1, floor(c.lo * 10000)::int)) s
 where s < 10000;
create index on bench_slot (slot);

-- The centers that receive each procedure: its own list, else the commune center beside a commune's
-- competent agency, else the province's service center.
create unlogged table bench_center as
with centers as (select a.id, a.code, a.parent_id, a.type from catalog.agency a
                  where a.type in ('SERVICE_CENTER', 'COMMUNE_CENTER')),
     own as (select pc.version_id, c.id, c.code from catalog.procedure_center pc join centers c on c.id = pc.center_id),
     beside as (select p.version_id, c.id, c.code from bench_proc p
                  join catalog.agency a on a.id = p.competent_agency_id
                  join centers c on c.type = 'COMMUNE_CENTER' and (c.parent_id = a.id or c.parent_id = a.parent_id)
                 where not exists (select 1 from own o where o.version_id = p.version_id)),
     province as (select p.version_id, c.id, c.code from bench_proc p, centers c
                   where c.type = 'SERVICE_CENTER'
                     and not exists (select 1 from own o where o.version_id = p.version_id)
                     and not exists (select 1 from beside b where b.version_id = p.version_id)),
     every as (select * from own union all select * from beside union all select * from province)
select version_id, id as center_id, code as center_code,
       row_number() over (partition by version_id order by code) - 1 as k,
       count(*) over (partition by version_id) as centers
  from every;
create index on bench_center (version_id, k);

-- Days of the span with their weight: weekday, month, growth; then 100,000 slots in proportion.
create unlogged table bench_day as
with d as (select day::date as day
             from generate_series(current_setting('bench.now')::timestamp::date
                                      - (current_setting('bench.years')::numeric * 365.25)::int,
                                  current_setting('bench.now')::timestamp::date, interval '1 day') day)
select day,
       (case extract(isodow from day) when 1 then 1.15 when 2 then 1.05 when 3 then 1.0 when 4 then 1.0
                                      when 5 then 0.95 when 6 then 0.12 else 0 end)
     * (case extract(month from day) when 1 then 1.1 when 2 then 0.65 when 3 then 1.05 when 4 then 1.0
                                     when 5 then 0.95 when 6 then 1.0 when 7 then 0.95 when 8 then 0.9
                                     when 9 then 1.0 when 10 then 1.05 when 11 then 1.1 else 1.2 end)
     * power(1.08, (day - current_setting('bench.now')::timestamp::date) / 365.25) as w
  from d;
create unlogged table bench_dayslot as
with c as (select day, sum(w) over (order by day) / sum(w) over () as hi,
                  (sum(w) over (order by day) - w) / sum(w) over () as lo from bench_day where w > 0)
select s as slot, c.day
  from c, generate_series(floor(c.lo * 100000)::int, greatest(floor(c.hi * 100000)::int - 1, floor(c.lo * 100000)::int)) s
 where s < 100000;
create index on bench_dayslot (slot);

-- One row per dossier: everything drawn at once.
create unlogged table bench_plan as
with draw as (
    select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
           random() r8, random() r9,
           floor(random() * 10000)::int as pslot,
           floor(random() * 100000)::int as dslot
      from generate_series(1, current_setting('bench.n')::bigint) g),
arrival as (
    select d.*, p.version_id, ds.day,
           ds.day + case when d.r1 < 0.62 then interval '7 hours 30 minutes' + interval '1 minute' * floor((d.r2 + d.r3) / 2 * 240)
                         else interval '13 hours 30 minutes' + interval '1 minute' * floor((d.r2 + d.r3) / 2 * 210) end
             + interval '1 second' * floor(d.r4 * 60) as arrived
      from draw d
      join bench_slot p on p.slot = d.pslot
      join bench_dayslot ds on ds.slot = d.dslot)
select a.g, a.arrived, a.r5, a.r6, a.r7, a.r8, a.r9, p.*,
       c.center_id, c.center_code,
       case when 'ONLINE' = any (p.channels) and a.r5 < 0.6 then 'ONLINE'
            when a.r5 > 0.97 then 'POSTAL' else 'COUNTER' end as channel
  from arrival a
  join bench_proc p on p.version_id = a.version_id
  join bench_center c on c.version_id = a.version_id and c.k = (a.g % c.centers)
 where a.arrived <= current_setting('bench.now')::timestamp;

-- The outcome and its times.
alter table bench_plan
    add column outcome varchar(10), add column refused boolean, add column withdrawn boolean,
    add column supplement boolean, add column extended boolean, add column late boolean,
    add column stuck varchar(20), add column due_at timestamp, add column finished_at timestamp,
    add column returned_at timestamp, add column delivery varchar(12), add column four boolean;
update bench_plan set
    refused = r6 < 0.01,
    withdrawn = r6 >= 0.01 and r6 < 0.015,
    supplement = r6 >= 0.015 and r6 < 0.055,
    late = r7 < 0.025,
    extended = r7 < 0.018 or (r7 >= 0.025 and r7 < 0.037),
    four = four_on_site and r8 < 0.3 and legal_days <= 1,
    delivery = case when channel = 'ONLINE' and r8 >= 0.6 then 'ELECTRONIC'
                    when r8 < 0.15 or channel = 'POSTAL' then 'POSTAL' else 'COUNTER' end,
    -- the appointment: the legal time in working days, Saturdays and Sundays skipped (approximation)
    due_at = case when legal_days <= 0.5 then date_trunc('day', arrived) + interval '17 hours'
                  else arrived + interval '1 day' * (ceil(legal_days) + 2 * floor((ceil(legal_days) + extract(isodow from arrived) - 1) / 5)) end;
update bench_plan set
    -- finished within the legal time (most a little early), the late ones 1-6 working days after, the
    -- supplemented ones later by the days the applicant took (the clock paused)
    finished_at = case when refused then null
                       when withdrawn then arrived + (due_at - arrived) * r9
                       when late then due_at + interval '1 day' * (1 + floor(r9 * 6)) + interval '2 hours'
                       else arrived + (due_at - arrived) * (0.35 + 0.6 * r9) end
                  + case when supplement and not refused then interval '1 day' * (2 + floor(r8 * 10)) else interval '0' end
  ;
update bench_plan set
    returned_at = case when refused or withdrawn then null
                       when delivery = 'ELECTRONIC' then finished_at + interval '5 minutes'
                       else finished_at + interval '1 hour' * floor(r5 * 72) end,
    outcome = case when refused or withdrawn then null when r5 < 0.01 then 'REJECTED' else 'GRANTED' end;
-- What is still open now: in its processing time, and the stuck ones of the last 120 days. finished_at
-- and returned_at stay as planned here; the dossier gets them only when they happened.
update bench_plan set stuck = case
        when refused or withdrawn then null
        when finished_at > current_setting('bench.now')::timestamp
             or (arrived > current_setting('bench.now')::timestamp - interval '120 days' and r9 < 0.15)
            then case when supplement then 'SUPPLEMENT_REQUESTED'
                      when r8 < 0.15 then 'RECEIVED' when r8 < 0.25 then 'APPROVED' else 'IN_PROGRESS' end
        when returned_at > current_setting('bench.now')::timestamp then 'RESOLVED'
        else null end;
-- Online dossiers of the last working hours not yet accepted by the desk.
update bench_plan set stuck = 'NEW'
 where channel = 'ONLINE' and not refused and arrived > current_setting('bench.now')::timestamp - interval '20 hours'
   and r7 > 0.5;
alter table bench_plan add column status varchar(30), add column stage int, add column paid boolean;
update bench_plan set
    status = case when refused then 'REFUSED' when withdrawn then 'STOPPED' when stuck is not null then stuck
                  else 'RETURNED' end,
    -- fees are asked after approval and paid before the result (most procedures have one; 60 % of their
    -- applicants pay through motcua, the others at the counter outside it)
    paid = fee > 0 and g % 10 < 6,
    -- the last event each state has reached (see the events below)
    stage = case when refused then 0 when stuck = 'NEW' then -1 when withdrawn then 110
                 when stuck = 'RECEIVED' then 10 when stuck = 'SUPPLEMENT_REQUESTED' then 30
                 when stuck = 'IN_PROGRESS' then 62 when stuck = 'APPROVED' then 70 when stuck = 'RESOLVED' then 80
                 else 90 end;

-- The events of each dossier in order, as the demo's workflows make them: received at step 1, handed on
-- step by step to the next-to-last (the approving leader's), resolved into the last (the desk's, which
-- returns the result). A dossier has those up to its stage and its time; a withdrawn one its receipt, first
-- hand-over and the withdrawal; a refused one the refusal.
create unlogged table bench_event as
select p.g, e.stage, e.action, e.to_status, e.from_step, e.to_step, e.at
  from bench_plan p
 cross join lateral (values
     (0, 'REFUSE', 'REFUSED', null::int, null::int, p.arrived, p.refused),
     (10, 'RECEIVE', 'RECEIVED', null, 1, p.arrived, true),
     (20, 'FORWARD', 'IN_PROGRESS', 1, 2, p.arrived + interval '15 minutes', true),
     (30, 'REQUEST_SUPPLEMENT', 'SUPPLEMENT_REQUESTED', 2, 2, p.arrived + interval '1 day', p.supplement),
     (40, 'SUBMIT_SUPPLEMENT', 'IN_PROGRESS', 2, 2, p.finished_at - (p.finished_at - p.arrived) * 0.45, p.supplement),
     (50, 'EXTEND', 'IN_PROGRESS', 2, 2,
      least(p.due_at - interval '2 hours', p.finished_at - (p.finished_at - p.arrived) * 0.35), p.extended),
     (60, 'FORWARD', 'IN_PROGRESS', 2, 3, p.finished_at - (p.finished_at - p.arrived) * 0.3, p.steps >= 4),
     (61, 'FORWARD', 'IN_PROGRESS', 3, 4, p.finished_at - (p.finished_at - p.arrived) * 0.25, p.steps >= 5),
     (62, 'FORWARD', 'IN_PROGRESS', 4, 5, p.finished_at - (p.finished_at - p.arrived) * 0.2, p.steps >= 6),
     (70, 'APPROVE', 'APPROVED', p.steps - 1, p.steps - 1, p.finished_at - (p.finished_at - p.arrived) * 0.1, true),
     (71, 'REQUEST_PAYMENT', 'AWAITING_PAYMENT', p.steps - 1, p.steps - 1,
      p.finished_at - (p.finished_at - p.arrived) * 0.08, p.paid),
     (72, 'CONFIRM_PAYMENT', 'APPROVED', p.steps - 1, p.steps - 1,
      p.finished_at - (p.finished_at - p.arrived) * 0.05, p.paid),
     (80, 'RESOLVE', 'RESOLVED', p.steps - 1, p.steps, p.finished_at, true),
     (90, 'RETURN_RESULT', 'RETURNED', p.steps, p.steps, p.returned_at, true),
     (100, 'WITHDRAW', 'WITHDRAWAL_REQUESTED', 2, 2, p.finished_at - interval '1 hour', p.withdrawn),
     (110, 'STOP', 'STOPPED', 2, 2, p.finished_at, p.withdrawn))
     as e(stage, action, to_status, from_step, to_step, at, happened)
 where e.happened
   and case when p.refused then e.stage = 0
            when p.withdrawn then e.stage in (10, 20, 100, 110)
            else e.stage between 10 and p.stage end
   and e.at <= current_setting('bench.now')::timestamp;
create unlogged table bench_history as
select g, row_number() over w as version, stage, action,
       coalesce(lag(to_status) over w, 'NEW') as from_status, to_status, from_step, to_step, at
  from bench_event
window w as (partition by g order by stage);
create index on bench_history (g);
-- What the events made of each dossier: its version (one per action), state and step now.
create unlogged table bench_state as
select g, max(version) as version,
       (array_agg(to_status order by version desc))[1] as status,
       (array_agg(to_step order by version desc))[1] as step,
       bool_or(action = 'EXTEND') as extended,
       bool_or(action = 'REQUEST_SUPPLEMENT') as supplemented,
       bool_or(action = 'CONFIRM_PAYMENT') as paid
  from bench_history group by g;
create index on bench_state (g);

-- The dossiers.
insert into dossier.dossier (
    id, code, reference, procedure_id, procedure_version_id, procedure_name, procedure_code,
    procedure_national_code, field_code, rule_set, channel, receiving_center_id, competent_agency_id,
    applicant_type, applicant_name, applicant_id_type, applicant_id_number, applicant_phone, applicant_address,
    delivery_method, status, current_step, current_step_agency_id, step_started_at, step_due_at,
    submitted_at, received_at, due_at, original_due_at, paused_at, finished_at, returned_at, returned_to,
    extensions, supplement_requests, four_on_site, outcome, payment_due_vnd, version)
select md5('bench-' || p.g)::uuid,
       case when p.status_now in ('REFUSED', 'NEW') then null
            else p.center_code || '-' || to_char(p.arrived, 'YYMMDD') || '-' || (1000000 + p.g) end,
       'HG' || lpad(p.g::text, 10, '0'),
       p.procedure_id, p.version_id, p.name, p.procedure_code, p.national_code, p.field_code,
       case when p.arrived < '2025-07-01' then 'TT01_2018' else 'TT03_2025' end,
       p.channel, p.center_id, p.competent_agency_id,
       case when p.r8 < 0.8 then 'CITIZEN' else 'BUSINESS' end,
       (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Phan','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô'])[1 + p.g % 12] || ' '
           || (array['Văn','Thị','Hữu','Minh','Thu','Quang','Ngọc','Đức','Thanh','Xuân'])[1 + (p.g / 12) % 10] || ' '
           || (array['An','Bình','Chi','Dũng','Giang','Hà','Hải','Hùng','Lan','Linh','Long','Mai','Nam','Phương',
                     'Quân','Sơn','Tâm','Thảo','Trang','Tuấn','Việt','Yến'])[1 + (p.g / 120) % 22],
       'CCCD', lpad((40000000000 + p.g * 7919 % 9999999999)::text, 12, '0'),
       '09' || lpad((p.g % 100000000)::text, 8, '0'),
       'phường Hồng Sơn, tỉnh Hồng Lam',
       p.delivery, p.status_now, p.step, coalesce(w.agency_id, p.competent_agency_id),
       case when p.step is not null then p.arrived end,
       case when p.step is not null then p.due_at end,
       p.arrived - case when p.channel = 'ONLINE' then interval '3 hours' else interval '0' end,
       case when p.status_now in ('REFUSED', 'NEW') then null else p.arrived end,
       case when p.status_now in ('REFUSED', 'NEW') then null
            when p.was_extended then p.due_at + interval '3 days' else p.due_at end,
       case when p.status_now in ('REFUSED', 'NEW') then null else p.due_at end,
       case when p.status_now = 'SUPPLEMENT_REQUESTED' then p.arrived + interval '1 day' end,
       case when p.status_now in ('RESOLVED', 'RETURNED', 'STOPPED') then p.finished_at end,
       case when p.status_now = 'RETURNED' then p.returned_at end,
       case when p.status_now = 'RETURNED' then 'Người nộp hồ sơ' end,
       case when p.was_extended then 1 else 0 end,
       case when p.was_supplemented then 1 else 0 end,
       p.four,
       case when p.status_now in ('RESOLVED', 'RETURNED') then p.outcome end,
       nullif(p.fee, 0),
       p.version
  from (select p.*, coalesce(s.status, 'NEW') as status_now, s.step, coalesce(s.version, 0) as version,
               coalesce(s.extended, false) as was_extended, coalesce(s.supplemented, false) as was_supplemented
          from bench_plan p left join bench_state s on s.g = p.g) p
  left join catalog.workflow_step w on w.version_id = p.version_id and w.position = p.step;

-- Their history, one row per action, in order.
insert into dossier.history (dossier_id, at, action, from_status, to_status, from_step, to_step, actor_name,
                             actor_role, due_in_force, step_verdict, note)
select md5('bench-' || h.g)::uuid, h.at, h.action,
       h.from_status, h.to_status, h.from_step, h.to_step,
       case when h.action in ('RECEIVE', 'REFUSE', 'RETURN_RESULT', 'CONFIRM_PAYMENT') then 'Cán bộ tiếp nhận'
            when h.action in ('APPROVE', 'RESOLVE') then 'Lãnh đạo' else 'Chuyên viên' end,
       case when h.action in ('RECEIVE', 'REFUSE', 'RETURN_RESULT', 'CONFIRM_PAYMENT') then 'RECEPTION_OFFICER'
            when h.action in ('APPROVE', 'RESOLVE') then 'AGENCY_LEADER' else 'SPECIALIST' end,
       p.due_at,
       case when h.action in ('FORWARD', 'APPROVE') then 'ON_TIME' end,
       case when h.action = 'REQUEST_SUPPLEMENT' then 'Bổ sung bản sao giấy tờ tùy thân'
            when h.action = 'EXTEND' then 'Cần xác minh thêm thông tin' end
  from bench_history h join bench_plan p on p.g = h.g
 order by h.g, h.version;

-- The statistics module's fact rows, as FigureRecorder leaves them after the dossier's events: the
-- description of the latest event, each milestone once. Verdict against the original appointment (an
-- extension does not make a late dossier on time); working minutes approximated as 8 of 24 hours on 5 of
-- 7 days.
insert into statistics.dossier_fact (
    dossier_id, code, procedure_id, procedure_code, field_code, competent_agency_id, receiving_center_id,
    channel, applicant_type, delivery_method, status, last_version, received_at, due_at, original_due_at,
    finished_at, finish, verdict, working_minutes_margin, processing_minutes, four_on_site, refused_at,
    returned_at, returned_by_post, extended_at, extension_reason, late_apology, supplement_requested_at,
    supplement_submitted_at, supplement_issues, fees_vnd, fees_version)
select d.id, d.code, d.procedure_id, d.procedure_code, d.field_code, d.competent_agency_id, d.receiving_center_id,
       d.channel, d.applicant_type, d.delivery_method, d.status, d.version, d.received_at, d.due_at,
       d.original_due_at, d.finished_at,
       case when d.status = 'STOPPED' then 'WITHDRAWN' when d.finished_at is not null then 'RESOLVED' end,
       v.verdict,
       case when v.verdict is not null
            then (extract(epoch from d.original_due_at - d.finished_at) / 60 * 5 / 21)::int end,
       case when v.verdict is not null
            then (extract(epoch from d.finished_at - d.received_at) / 60 * 5 / 21)::int end,
       d.four_on_site and d.finished_at is not null and d.status <> 'STOPPED',
       case when d.status = 'REFUSED' then d.submitted_at end,
       d.returned_at, d.returned_at is not null and d.delivery_method = 'POSTAL',
       x.at, x.note, case when x.at is not null then x.at > d.original_due_at - interval '1 day' end,
       rs.at, ss.at, rs.note,
       coalesce(pay.fee, 0), coalesce(pay.version, -1)
  from dossier.dossier d
  join bench_plan p on d.id = md5('bench-' || p.g)::uuid
  left join bench_history hx on hx.g = p.g and hx.action = 'EXTEND'
  left join lateral (select hx.at, 'Cần xác minh thêm thông tin' as note) x on hx.g is not null
  left join bench_history hr on hr.g = p.g and hr.action = 'REQUEST_SUPPLEMENT'
  left join lateral (select hr.at, 'Bổ sung bản sao giấy tờ tùy thân' as note) rs on hr.g is not null
  left join bench_history hs on hs.g = p.g and hs.action = 'SUBMIT_SUPPLEMENT'
  left join lateral (select hs.at) ss on hs.g is not null
  left join bench_history hp on hp.g = p.g and hp.action = 'CONFIRM_PAYMENT'
  left join lateral (select p.fee, hp.version) pay on hp.g is not null
  cross join lateral (select case when d.finished_at is null or d.status = 'STOPPED' then null
                                  when d.finished_at::date < d.original_due_at::date then 'EARLY'
                                  when d.finished_at <= d.original_due_at then 'ON_TIME'
                                  else 'LATE' end as verdict) v;

-- Fees counted once per confirmation.
insert into statistics.fee_payment (dossier_id, version, amount_vnd, paid_at)
select md5('bench-' || h.g)::uuid, h.version, p.fee, h.at
  from bench_history h join bench_plan p on p.g = h.g
 where h.action = 'CONFIRM_PAYMENT';

-- The daily flows (Flows.java) of those milestones, by day and dimension, added to the demo's.
insert into statistics.daily_figures as t (
    day, receiving_center_id, competent_agency_id, procedure_id, field_code, channel, received, postal_delivery,
    resolved_early, resolved_on_time, resolved_late, processing_minutes, four_on_site, refused, withdrawn,
    stopped, returned, returned_by_post, extended, supplement_requested, fees_vnd)
select m.day, f.receiving_center_id, f.competent_agency_id, f.procedure_id, f.field_code, f.channel,
       sum(m.received), sum(m.postal_delivery), sum(m.resolved_early), sum(m.resolved_on_time),
       sum(m.resolved_late), sum(m.processing_minutes), sum(m.four_on_site), sum(m.refused), sum(m.withdrawn), 0,
       sum(m.returned), sum(m.returned_by_post), sum(m.extended), sum(m.supplement_requested), sum(m.fees_vnd)
  from statistics.dossier_fact f
 cross join lateral (values
     (f.received_at::date, 1, (f.delivery_method = 'POSTAL')::int, 0, 0, 0, 0::bigint, 0, 0, 0, 0, 0, 0, 0, 0::bigint,
      f.received_at is not null),
     (f.finished_at::date, 0, 0, (f.verdict = 'EARLY')::int, (f.verdict = 'ON_TIME')::int, (f.verdict = 'LATE')::int,
      f.processing_minutes::bigint, f.four_on_site::int, 0, 0, 0, 0, 0, 0, 0, f.finish = 'RESOLVED'),
     (f.finished_at::date, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, f.finish = 'WITHDRAWN'),
     (f.refused_at::date, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, f.refused_at is not null),
     (f.returned_at::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, f.returned_by_post::int, 0, 0, 0, f.returned_at is not null),
     (f.extended_at::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, f.extended_at is not null),
     (f.supplement_requested_at::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, f.supplement_requested_at is not null),
     ((select fp.paid_at::date from statistics.fee_payment fp where fp.dossier_id = f.dossier_id),
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, f.fees_vnd, f.fees_vnd > 0))
     as m(day, received, postal_delivery, resolved_early, resolved_on_time, resolved_late, processing_minutes,
          four_on_site, refused, withdrawn, returned, returned_by_post, extended, supplement_requested, fees_vnd,
          happened)
 where m.happened and f.dossier_id in (select md5('bench-' || g)::uuid from bench_plan)
 group by 1, 2, 3, 4, 5, 6
on conflict on constraint daily_figures_key do update set
    received = t.received + excluded.received, postal_delivery = t.postal_delivery + excluded.postal_delivery,
    resolved_early = t.resolved_early + excluded.resolved_early,
    resolved_on_time = t.resolved_on_time + excluded.resolved_on_time,
    resolved_late = t.resolved_late + excluded.resolved_late,
    processing_minutes = t.processing_minutes + excluded.processing_minutes,
    four_on_site = t.four_on_site + excluded.four_on_site, refused = t.refused + excluded.refused,
    withdrawn = t.withdrawn + excluded.withdrawn, returned = t.returned + excluded.returned,
    returned_by_post = t.returned_by_post + excluded.returned_by_post, extended = t.extended + excluded.extended,
    supplement_requested = t.supplement_requested + excluded.supplement_requested,
    fees_vnd = t.fees_vnd + excluded.fees_vnd;

-- The hand-overs the late-dossier report attributes delays with (FigureRecorder.passage).
insert into statistics.step_passage (dossier_id, version, event, from_step, to_step, at, step_agency_id,
                                     actor_name, verdict)
select md5('bench-' || h.g)::uuid, h.version,
       case h.action when 'RECEIVE' then 'DossierReceived' when 'FORWARD' then 'DossierForwarded'
                     when 'APPROVE' then 'DossierApproved' when 'RESOLVE' then 'DossierResolved'
                     else 'DossierReturned' end,
       coalesce(h.from_step, 0), coalesce(h.to_step, 0), h.at, coalesce(w.agency_id, p.competent_agency_id),
       case when h.action in ('RECEIVE', 'RETURN_RESULT') then 'Cán bộ tiếp nhận'
            when h.action in ('APPROVE', 'RESOLVE') then 'Lãnh đạo' else 'Chuyên viên' end,
       case when h.action in ('FORWARD', 'APPROVE') then 'ON_TIME' when h.action = 'RESOLVE' then f.verdict end
  from bench_history h
  join bench_plan p on p.g = h.g
  left join catalog.workflow_step w on w.version_id = p.version_id and w.position = h.to_step
  left join statistics.dossier_fact f on h.action = 'RESOLVE'
        and f.dossier_id = md5('bench-' || h.g)::uuid
 where h.action in ('RECEIVE', 'FORWARD', 'APPROVE', 'RESOLVE', 'RETURN_RESULT');

drop table bench_proc, bench_slot, bench_day, bench_dayslot, bench_center, bench_plan, bench_event, bench_history,
    bench_state;
