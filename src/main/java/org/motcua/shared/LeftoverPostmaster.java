package org.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a dead application left in an embedded data directory before the cluster starts again.
 * When only the Java process dies ({@code kill -9}, out of memory), the PostgreSQL server it started
 * keeps running and holds {@code postmaster.pid}, so every later start failed with "lock file
 * postmaster.pid already exists". Here that server is shut down cleanly (fast mode: open sessions are
 * ended, everything committed stays), and a {@code postmaster.pid} whose process is gone, or whose number
 * now belongs to some other process, is removed.
 *
 * <p>A server that belongs to a running application is never touched: that application holds a lock on
 * zonky's {@code epg-lock} file in the data directory for as long as it lives, and the operating system
 * releases it when the process dies.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    // zonky's lock file, held by the JVM that runs the cluster.
    private static final String OWNER_LOCK = "epg-lock";

    private LeftoverPostmaster() {}

    /** Makes {@code dataDir} ready for a start: stops a server a dead application left, drops a stale pid file. */
    static void clear(Path dataDir, Duration stopTimeout) {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        dataDir.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock owner = tryLock(channel, dataDir)) {
            Optional<Long> pid = pid(pidFile);
            Optional<ProcessHandle> running = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (running.isPresent() && servesDataDir(running.get(), dataDir)) {
                stop(running.get(), dataDir, stopTimeout);
            } else {
                // The process is gone, or the number was given to another process since (e.g. after a reboot).
                log.warn(
                        "Removing the stale {} of {} (process {} is not its server)",
                        PID_FILE,
                        dataDir,
                        pid.map(String::valueOf).orElse("?"));
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the embedded PostgreSQL left in " + dataDir, e);
        }
    }

    private static FileLock tryLock(FileChannel channel, Path dataDir) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDir.toAbsolutePath()
                    + " belongs to another running motcua; stop it first or give this one another"
                    + " motcua.embedded-db.data-dir");
        }
        return lock;
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException | NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** A postgres process whose working directory (a server changes into its data directory) is ours. */
    private static boolean servesDataDir(ProcessHandle process, Path dataDir) throws IOException {
        boolean postgres = process.info()
                .command()
                .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            return Files.isSameFile(cwd, dataDir);
        } catch (IOException | SecurityException e) {
            // No /proc (not Linux): the server's command line names its data directory after -D.
            List<String> args = List.of(process.info().arguments().orElse(new String[0]));
            int d = args.indexOf("-D");
            return d >= 0 && d + 1 < args.size() && Files.isSameFile(Path.of(args.get(d + 1)), dataDir);
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDir, Duration timeout) throws IOException {
        log.warn(
                "Embedded PostgreSQL (process {}) left running in {} by an application that died; stopping it",
                postmaster.pid(),
                dataDir.toAbsolutePath());
        try {
            // SIGINT is PostgreSQL's fast shutdown: sessions are ended, a checkpoint is written, the pid file removed.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the embedded PostgreSQL in " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL left running in " + dataDir.toAbsolutePath() + " (process "
                            + postmaster.pid() + ") did not stop within " + timeout + "; stop it by hand",
                    e);
        }
        log.info("Stopped the leftover embedded PostgreSQL; starting afresh");
    }
}
