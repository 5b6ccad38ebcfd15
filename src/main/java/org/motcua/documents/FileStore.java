package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Where every file of a dossier lives, addressed by the SHA-256 of its content: storing the same bytes
 * twice keeps one copy, and a stored file never changes. The bytes are kept by a {@link FileStorage} — the
 * local filesystem by default, an S3-compatible object store by configuration.
 */
@Service
public class FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final FileStorage storage;

    FileStore(FileStorage storage) {
        this.storage = storage;
    }

    /** A stored file: its content hash (the address) and size. */
    public record StoredFile(String sha256, long size) {}

    public StoredFile store(InputStream content) {
        Path spooled = null;
        try {
            // The address is only known once every byte is read: spool, then hand over under the hash.
            spooled = Files.createTempFile(storage.spoolDirectory(), "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, digest)) {
                size = Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            storage.keep(sha256, spooled);
            return new StoredFile(sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException("file not stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** The stored bytes for a hash; empty when no such file is stored (or the hash is malformed). */
    public Optional<InputStream> open(String sha256) {
        if (!isSha256(sha256)) {
            return Optional.empty();
        }
        try {
            return storage.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String sha256) {
        try {
            return isSha256(sha256) && storage.exists(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hashes of the files last stored before {@code instant} (candidates for the orphan clean-up). */
    public List<String> storedBefore(Instant instant) {
        try {
            return storage.storedBefore(instant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file; only the orphan clean-up calls this, for files nothing refers to. */
    void delete(String sha256) {
        if (!isSha256(sha256)) {
            return;
        }
        try {
            storage.delete(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isSha256(String name) {
        return name != null && SHA256.matcher(name).matches();
    }

    private static void deleteQuietly(Path spooled) {
        if (spooled == null) {
            return;
        }
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            // A leftover spool file in tmp/ is harmless; the store itself succeeded or already failed.
        }
    }
}
