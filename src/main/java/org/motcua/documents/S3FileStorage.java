package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files as objects in an S3-compatible bucket, under the same keys as the directory layout (ab/cd/abcd…),
 * so a filesystem store can be copied into a bucket as it is. A key only ever holds the bytes whose hash it
 * is, and a PUT replaces an object atomically, so a reader never sees a partial or different file.
 */
class S3FileStorage implements FileStorage {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3FileStorage(StorageSettings.S3 settings) {
        this.s3 = client(settings);
        this.bucket = settings.bucket();
        this.prefix = settings.prefix() == null ? "" : settings.prefix();
    }

    static S3Client client(StorageSettings.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("motcua.documents.storage=s3 needs motcua.documents.s3.bucket");
        }
        AwsCredentialsProvider credentials =
                settings.accessKey() == null || settings.accessKey().isBlank()
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .httpClient(UrlConnectionHttpClient.create())
                // The SDK's default checksum headers (CRC32 trailers) are not understood by every
                // S3-compatible server; the SHA-256 key already identifies the bytes.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }

    @Override
    public Path spoolDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "motcua-s3-spool"));
    }

    /**
     * Writes the object. When the key already exists this writes the same bytes again (the key is their
     * hash), which is how the object gets a new last-modified time for the orphan clean-up: S3 has no
     * "touch", and a metadata-only self-copy does not refresh the time on every S3-compatible server.
     */
    @Override
    public void keep(String sha256, Path spooled) {
        s3.putObject(
                r -> r.bucket(bucket).key(key(sha256)).contentType("application/octet-stream"),
                RequestBody.fromFile(spooled));
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(s3.getObject(r -> r.bucket(bucket).key(key(sha256))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String sha256) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public List<String> storedBefore(Instant instant) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                .filter(o -> o.lastModified().isBefore(instant))
                .map(S3Object::key)
                .map(key -> key.substring(key.lastIndexOf('/') + 1))
                .filter(FileStore::isSha256)
                .toList();
    }

    @Override
    public void delete(String sha256) {
        s3.deleteObject(r -> r.bucket(bucket).key(key(sha256)));
    }

    private String key(String sha256) {
        return prefix + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
