package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;

/**
 * Where every file of a dossier lives: on the local filesystem (directory {@code
 * motcua.documents.storage-dir}), addressed by the SHA-256 of its content. A file is written to a
 * temporary name and moved into place atomically, so a reader never sees half a file; storing the same
 * bytes twice keeps one copy.
 */
@Service
public class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileStore(StorageSettings settings) {
        this.root = Path.of(settings.storageDir()).toAbsolutePath().normalize();
    }

    /** {@code motcua.documents.*}. */
    @ConfigurationProperties("motcua.documents")
    record StorageSettings(@DefaultValue("./data/files") String storageDir) {}

    /** A stored file: its content hash (the address) and size. */
    public record StoredFile(String sha256, long size) {}

    public StoredFile store(InputStream content) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, digest)) {
                size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha256);
            if (Files.exists(target)) {
                Files.delete(temp);
                // Stored again: it is about to be referenced, so the orphan clean-up must count its grace
                // period from now, not from the first upload.
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            } else {
                Files.createDirectories(target.getParent());
                move(temp, target);
            }
            return new StoredFile(sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException("file not stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored bytes for a hash; empty when no such file is stored (or the hash is malformed). */
    public Optional<InputStream> open(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = path(sha256);
        try {
            return Files.exists(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches() && Files.exists(path(sha256));
    }

    /** The hashes of the files last stored before {@code instant} (candidates for the orphan clean-up). */
    public List<String> storedBefore(Instant instant) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root, 3)) {
            return paths.filter(p -> SHA256.matcher(p.getFileName().toString()).matches())
                    .filter(p -> lastModified(p).isBefore(instant))
                    .map(p -> p.getFileName().toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file; only the orphan clean-up calls this, for files nothing refers to. */
    void delete(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two levels of fan-out keep directories small: ab/cd/abcd…. */
    private Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
