package org.motcua.documents;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where stored files are kept: {@code motcua.documents.storage=filesystem} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

    @Bean
    FileStorage fileStorage(StorageSettings settings) {
        return switch (settings.storage()) {
            case FILESYSTEM -> new LocalFileStorage(Path.of(settings.storageDir()));
            case S3 -> {
                if (settings.s3() == null) {
                    throw new IllegalStateException("motcua.documents.storage=s3 needs motcua.documents.s3.*");
                }
                yield new S3FileStorage(settings.s3());
            }
        };
    }
}
