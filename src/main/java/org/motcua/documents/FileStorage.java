package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the bytes behind {@link FileStore} are kept: a local directory by default, an S3-compatible bucket
 * by configuration ({@code motcua.documents.storage}). {@link FileStore} hashes the content and checks every
 * hash before it reaches an implementation, so implementations only ever see well-formed SHA-256 names.
 */
interface FileStorage {

    /** Where content is spooled while it is hashed; for a directory store, on the same filesystem. */
    Path spoolDirectory() throws IOException;

    /**
     * Takes over the spooled file as the file {@code sha256}. When that file is already stored its bytes are
     * the same (the name is their hash); it must come out with a stored time of now, so the orphan clean-up
     * counts its grace period from the new reference, not from the first upload.
     */
    void keep(String sha256, Path spooled) throws IOException;

    Optional<InputStream> open(String sha256) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** The hashes of the files last stored before {@code instant}. */
    List<String> storedBefore(Instant instant) throws IOException;

    void delete(String sha256) throws IOException;
}
