package org.motcua.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Runs whole lifecycles on {@code workers} threads for a duration: every thread starts lifecycles until the
 * time is up and finishes the one it is in, so only complete lifecycles are counted. The first failure
 * stops every thread and is rethrown: a benchmark that hides failures measures the wrong thing.
 */
final class Load {

    /** The lifecycle's actions as reported (forward is taken three times per dossier). */
    enum Action {
        SUBMIT("submit"),
        RECEIVE("receive"),
        FORWARD("forward"),
        APPROVE("approve"),
        RESOLVE("resolve"),
        RETURN_RESULT("return-result");

        final String label;

        Action(String label) {
            this.label = label;
        }
    }

    /** Actions per lifecycle: submit, receive, forward ×3, approve, resolve, return-result. */
    static final int ACTIONS_PER_DOSSIER = 8;

    /** One thread's lifecycles; {@link #close()} runs on the same thread. */
    interface Worker extends AutoCloseable {
        void lifecycle(Recorder recorder) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    /** Latencies of one thread, by action, in nanoseconds. */
    static final class Recorder {
        final long[][] samples = new long[Action.values().length][];
        final int[] counts = new int[Action.values().length];
        int dossiers;

        Recorder() {
            for (int a = 0; a < samples.length; a++) {
                samples[a] = new long[1024];
            }
        }

        void record(Action action, long nanos) {
            int a = action.ordinal();
            if (counts[a] == samples[a].length) {
                samples[a] = Arrays.copyOf(samples[a], counts[a] * 2);
            }
            samples[a][counts[a]++] = nanos;
        }

        /** Times one call and records it under {@code action}. */
        <T> T time(Action action, Call<T> call) throws Exception {
            long started = System.nanoTime();
            T result = call.run();
            record(action, System.nanoTime() - started);
            return result;
        }

        void merge(Recorder other) {
            for (int a = 0; a < samples.length; a++) {
                for (int i = 0; i < other.counts[a]; i++) {
                    record(Action.values()[a], other.samples[a][i]);
                }
            }
            dossiers += other.dossiers;
        }

        long[] all() {
            long[] all = new long[Arrays.stream(counts).sum()];
            int n = 0;
            for (int a = 0; a < samples.length; a++) {
                System.arraycopy(samples[a], 0, all, n, counts[a]);
                n += counts[a];
            }
            return all;
        }

        long[] of(Action action) {
            return Arrays.copyOf(samples[action.ordinal()], counts[action.ordinal()]);
        }
    }

    interface Call<T> {
        T run() throws Exception;
    }

    /** What a phase did: complete dossiers, wall time until the last thread finished, latencies. */
    record Result(int dossiers, double seconds, Recorder latencies) {
        int actions() {
            return latencies.all().length;
        }

        double dossiersPerSecond() {
            return dossiers / seconds;
        }

        double actionsPerSecond() {
            return actions() / seconds;
        }
    }

    private Load() {}

    static Result run(int workers, double seconds, IntFunction<Worker> newWorker) throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        Recorder[] recorders = new Recorder[workers];
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                futures.add(pool.submit(() -> {
                    Recorder mine = new Recorder();
                    recorders[worker] = mine;
                    try (Worker work = newWorker.apply(worker)) {
                        while (System.nanoTime() < deadline && !failed.get()) {
                            work.lifecycle(mine);
                            mine.dossiers++;
                        }
                    } catch (Exception | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.set(true);
                    pool.shutdownNow();
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Recorder all = new Recorder();
        for (Recorder r : recorders) {
            all.merge(r);
        }
        return new Result(all.dossiers, elapsed, all);
    }

    /** Overall and per-action latency lines. */
    static String latencyReport(Recorder r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("  %-14s %s%n", "all actions", Stats.summary(r.all())));
        for (Action a : Action.values()) {
            s.append(String.format("  %-14s %s%n", a.label, Stats.summary(r.of(a))));
        }
        return s.toString();
    }
}
