package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileStorageConfigurationTests {

    private final FileStorageConfiguration configuration = new FileStorageConfiguration();

    @Test
    void keepsFilesOnTheFilesystemByDefault() {
        var settings = new StorageSettings(StorageSettings.Storage.FILESYSTEM, "./data/files", null);

        assertThat(configuration.fileStorage(settings)).isInstanceOf(LocalFileStorage.class);
    }

    @Test
    void keepsFilesInABucketWhenConfiguredForS3() {
        var s3 = new StorageSettings.S3("http://127.0.0.1:9000", "motcua", "us-east-1", "k", "s", true, "");
        var settings = new StorageSettings(StorageSettings.Storage.S3, "./data/files", s3);

        assertThat(configuration.fileStorage(settings)).isInstanceOf(S3FileStorage.class);
    }

    @Test
    void refusesS3WithoutABucket() {
        var s3 = new StorageSettings.S3("http://127.0.0.1:9000", "", "us-east-1", "k", "s", true, "");

        assertThatThrownBy(() ->
                        configuration.fileStorage(new StorageSettings(StorageSettings.Storage.S3, "./data/files", s3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motcua.documents.s3.bucket");
    }
}
