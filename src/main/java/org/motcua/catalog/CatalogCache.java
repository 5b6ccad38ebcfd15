package org.motcua.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the dossier module asks on every action, kept in memory: published procedure versions (never
 * changed once published, so never stale) and the agency tree (dropped whenever an agency changes, after
 * the change commits). Drafts are always read from the database.
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

    Optional<ProcedureView> version(UUID versionId, Function<UUID, Optional<ProcedureView>> load) {
        ProcedureView cached = versions.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProcedureView> loaded = load.apply(versionId);
        loaded.filter(v -> v.status() == VersionStatus.PUBLISHED).ifPresent(v -> versions.put(versionId, v));
        return loaded;
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
