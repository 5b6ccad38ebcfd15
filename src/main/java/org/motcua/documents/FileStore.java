package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
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
