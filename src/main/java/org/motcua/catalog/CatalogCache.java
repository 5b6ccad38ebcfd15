package org.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.motcua.catalog.ProcedureRepository.ProcedureHead;
import org.motcua.shared.AfterCommit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the dossier module asks on every action, kept in memory: published procedure versions (never
 * changed once published, so never stale), each procedure's head and the version in force on a day
 * (dropped whenever a procedure changes, after the change commits: {@link #proceduresChanged}), and the
 * agency tree (dropped whenever an agency changes, after the change commits). Drafts are always read from
 * the database.
 */
@Component
class CatalogCache {

    private final Map<UUID, ProcedureView> versions = new ConcurrentHashMap<>();
    private final Map<UUID, Optional<AgencyView>> agencies = new ConcurrentHashMap<>();
    private final Map<UUID, Set<UUID>> descendants = new ConcurrentHashMap<>();
    // Every agency, as listed (pages show the tree and the center's name on every request). A list
    // loaded while a change was committing is not kept: the generation tells.
    private volatile List<AgencyView> all;
    private long generation;
    // Heads and versions in force: an entry loaded while a change was committing carries the generation
    // it was loaded in, which the change has since moved past, so it is never served.
    private final Map<UUID, Head> heads = new ConcurrentHashMap<>();
    private final Map<UUID, InForce> inForce = new ConcurrentHashMap<>();
    private final AtomicLong procedureGeneration = new AtomicLong();

    private record Head(ProcedureHead head, long generation) {}

    // One day per procedure, the last one asked (in practice today): bounded by the number of procedures.
    private record InForce(LocalDate day, Optional<UUID> versionId, long generation) {}

    Optional<ProcedureView> version(UUID versionId, Function<UUID, Optional<ProcedureView>> load) {
        ProcedureView cached = versions.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProcedureView> loaded = load.apply(versionId);
        loaded.filter(v -> v.status() == VersionStatus.PUBLISHED).ifPresent(v -> versions.put(versionId, v));
        return loaded;
    }

    /** The procedure's head; an unknown id is not remembered. */
    Optional<ProcedureHead> head(UUID procedureId, Function<UUID, Optional<ProcedureHead>> load) {
        long current = procedureGeneration.get();
        Head cached = heads.get(procedureId);
        if (cached != null && cached.generation() == current) {
            return Optional.of(cached.head());
        }
        Optional<ProcedureHead> loaded = load.apply(procedureId);
        loaded.ifPresent(h -> heads.put(procedureId, new Head(h, current)));
        return loaded;
    }

    /** The id of the procedure's version in force on {@code day}. */
    Optional<UUID> versionInForce(UUID procedureId, LocalDate day, BiFunction<UUID, LocalDate, Optional<UUID>> load) {
        long current = procedureGeneration.get();
        InForce cached = inForce.get(procedureId);
        if (cached != null && cached.generation() == current && cached.day().equals(day)) {
            return cached.versionId();
        }
        Optional<UUID> loaded = load.apply(procedureId, day);
        inForce.put(procedureId, new InForce(day, loaded, current));
        return loaded;
    }

    /** A procedure's head or publications changed: forgotten once the change commits. */
    void proceduresChanged() {
        AfterCommit.run(() -> {
            procedureGeneration.incrementAndGet();
            heads.clear();
            inForce.clear();
        });
    }

    Optional<AgencyView> agency(UUID agencyId, Function<UUID, Optional<AgencyView>> load) {
        return agencies.computeIfAbsent(agencyId, load);
    }

    List<AgencyView> all(Supplier<List<AgencyView>> load) {
        List<AgencyView> cached = all;
        if (cached != null) {
            return cached;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        List<AgencyView> loaded = List.copyOf(load.get());
        synchronized (this) {
            if (generation == before) {
                all = loaded;
            }
        }
        return loaded;
    }

    Set<UUID> selfAndDescendants(UUID agencyId, Function<UUID, Set<UUID>> load) {
        return descendants.computeIfAbsent(agencyId, id -> Set.copyOf(load.apply(id)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AgencyChanged changed) {
        agencies.clear();
        descendants.clear();
        synchronized (this) {
            generation++;
            all = null;
        }
    }
}
