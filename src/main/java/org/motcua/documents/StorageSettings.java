package org.motcua.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.documents.*}: where stored files are kept.
 *
 * @param storage {@code filesystem} (default: {@code storageDir}) or {@code s3} (the bucket in {@code s3})
 */
@ConfigurationProperties("motcua.documents")
record StorageSettings(
        @DefaultValue("filesystem") Storage storage,
        @DefaultValue("./data/files") String storageDir,
        S3 s3) {

    enum Storage {
        FILESYSTEM,
        S3
    }

    /**
     * An S3-compatible bucket (AWS S3, MinIO, Ceph, a provider's object storage).
     *
     * @param endpoint the service address; empty for AWS itself
     * @param accessKey with {@code secretKey}; when empty, the AWS default chain (environment, profile,
     *     instance role)
     * @param pathStyle {@code http://host/bucket/key} addresses, which most self-hosted servers need
     * @param prefix prepended to every key, so one bucket can hold several installations
     */
    record S3(
            String endpoint,
            String bucket,
            @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey,
            @DefaultValue("false") boolean pathStyle,
            @DefaultValue("") String prefix) {}
}
