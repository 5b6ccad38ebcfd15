-- Each hand-over between workflow steps and each consultation, from the dossier events: the late-dossier
-- report rebuilds from them who held each step, for how long, and which steps or consulted agencies
-- overran. One row per event (an event delivered twice adds nothing).
create table statistics.step_passage (
    dossier_id     uuid        not null,
    version        bigint      not null,
    event          varchar(32) not null,
    from_step      integer     not null default 0,
    to_step        integer     not null default 0,
    at             timestamp   not null,
    step_agency_id uuid,
    actor_name     varchar(200),
    verdict        varchar(8),
    agency_id      uuid,
    due            timestamp,
    primary key (dossier_id, version, event, from_step, to_step)
);
