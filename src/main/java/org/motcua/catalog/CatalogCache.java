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
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.motcua.catalog.ProcedureRepository.ProcedureHead;
import org.motcua.shared.AfterCommit;
import org.motcua.shared.CacheChanges;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the dossier module asks on every action, kept in memory: published procedure versions (never
 * changed once published, so never stale), each procedure's head and the version in force on a day
 * (forgotten whenever a procedure changes, after the change commits: {@link #proceduresChanged}), and the
 * agencies (forgotten whenever an agency changes, after the change commits). Drafts are always read from
 * the database. Other nodes on the same database forget the same, once the change commits
 * ({@link CacheChanges}).
 */
@Component
class CatalogCache {

    static final String CACHE = "catalog";

    private final Map<UUID, ProcedureView> versions = new ConcurrentHashMap<>();
    private final Remembered<UUID, Optional<ProcedureHead>> heads = new Remembered<>();
    // One day per procedure, the last one asked (in practice today): bounded by the number of procedures.
    private final Remembered<UUID, InForce> inForce = new Remembered<>();
    private final Remembered<UUID, Optional<AgencyView>> agencies = new Remembered<>();
    private final Remembered<UUID, Set<UUID>> descendants = new Remembered<>();
    // Every agency, as listed (pages show the tree and the center's name on every request).
    private final Remembered<String, List<AgencyView>> all = new Remembered<>();

    private record InForce(LocalDate day, Optional<UUID> versionId) {}

    private final CacheChanges changes;

    CatalogCache(CacheChanges changes) {
        this.changes = changes;
        changes.onChangeElsewhere(CACHE, this::forgetAll);
    }

    Optional<ProcedureView> version(UUID versionId, Function<UUID, Optional<ProcedureView>> load) {
        ProcedureView cached = versions.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ProcedureView> loaded = load.apply(versionId);
        loaded.filter(v -> v.status() == VersionStatus.PUBLISHED).ifPresent(v -> versions.put(versionId, v));
        return loaded;
    }

    /** The procedure's head; an unknown id (they come from requests) is not remembered. */
    Optional<ProcedureHead> head(UUID procedureId, Function<UUID, Optional<ProcedureHead>> load) {
        return heads.get(procedureId, any -> true, load, Optional::isPresent);
    }

    /** The id of the procedure's version in force on {@code day}. */
    Optional<UUID> versionInForce(UUID procedureId, LocalDate day, BiFunction<UUID, LocalDate, Optional<UUID>> load) {
        return inForce.get(
                        procedureId,
                        cached -> cached.day().equals(day),
                        id -> new InForce(day, load.apply(id, day)),
                        any -> true)
                .versionId();
    }

    /** A procedure's head or publications changed: forgotten once the change commits. */
    void proceduresChanged() {
        changes.changed(CACHE);
        AfterCommit.run(() -> {
            heads.forget();
            inForce.forget();
        });
    }

    Optional<AgencyView> agency(UUID agencyId, Function<UUID, Optional<AgencyView>> load) {
        return agencies.get(agencyId, any -> true, load, Optional::isPresent);
    }

    List<AgencyView> all(Supplier<List<AgencyView>> load) {
        return all.get("all", key -> List.copyOf(load.get()));
    }

    Set<UUID> selfAndDescendants(UUID agencyId, Function<UUID, Set<UUID>> load) {
        return descendants.get(agencyId, id -> Set.copyOf(load.apply(id)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AgencyChanged changed) {
        agencies.forget();
        descendants.forget();
        all.forget();
    }

    /** In the change's transaction: the other nodes hear of it when it commits. */
    @EventListener
    void tellOtherNodes(AgencyChanged changed) {
        changes.changed(CACHE);
    }

    private void forgetAll() {
        heads.forget();
        inForce.forget();
        agencies.forget();
        descendants.forget();
        all.forget();
    }

    /**
     * Values loaded from the database, each kept with the generation it was loaded in. {@link #forget}
     * starts a new generation (and drops the entries), so a value whose load overlapped a change that has
     * since committed is never served: it belongs to the old generation.
     */
    private static final class Remembered<K, V> {

        private record Entry<V>(V value, long generation) {}

        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
        private final AtomicLong generation = new AtomicLong();

        /** The remembered value if it {@code fits}; else {@code load}s one, kept if {@code keep} says so. */
        V get(K key, Predicate<V> fits, Function<K, V> load, Predicate<V> keep) {
            long current = generation.get();
            Entry<V> cached = entries.get(key);
            if (cached != null && cached.generation() == current && fits.test(cached.value())) {
                return cached.value();
            }
            V loaded = load.apply(key);
            if (keep.test(loaded)) {
                entries.put(key, new Entry<>(loaded, current));
            }
            return loaded;
        }

        V get(K key, Function<K, V> load) {
            return get(key, any -> true, load, any -> true);
        }

        void forget() {
            generation.incrementAndGet();
            entries.clear();
        }
    }
}
