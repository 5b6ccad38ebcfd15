package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Files in a local directory, two levels of fan-out by hash (ab/cd/abcd…) to keep directories small. A
 * file arrives under a temporary name in {@code tmp/} and is moved into place atomically, so a reader
 * never sees half a file. The file and the directories that name it are flushed to disk before
 * {@link #keep} returns: the database row that refers to the file commits after it, and must never
 * outlive a power cut that the file did not.
 */
class LocalFileStorage implements FileStorage {

    private final Path root;

    LocalFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public void keep(String sha256, Path spooled) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            Files.delete(spooled);
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return;
        }
        Path created = firstMissing(target.getParent());
        Files.createDirectories(target.getParent());
        try (FileChannel file = FileChannel.open(spooled, StandardOpenOption.WRITE)) {
            file.force(true);
        }
        try {
            Files.move(spooled, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(spooled, target, StandardCopyOption.REPLACE_EXISTING);
        }
        // The new name lives in the directory; new directories live in theirs.
        Path dir = target.getParent();
        force(dir);
        while (created != null && !dir.equals(root) && dir.startsWith(created)) {
            dir = dir.getParent();
            force(dir);
        }
    }

    /** The outermost directory on the way to {@code dir} that does not exist yet (null: all exist). */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    private static void force(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        try {
            return Optional.of(Files.newInputStream(path(sha256)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public List<String> storedBefore(Instant instant) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root, 3)) {
            return paths.filter(p -> FileStore.isSha256(p.getFileName().toString()))
                    .filter(p -> lastModified(p).isBefore(instant))
                    .map(p -> p.getFileName().toString())
                    .toList();
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            // Deleted while the directory was walked: not a candidate any more.
            return Instant.MAX;
        }
    }

    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }
}
