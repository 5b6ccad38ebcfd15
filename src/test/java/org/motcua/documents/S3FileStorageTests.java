package org.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 storage against a real S3 API: Adobe's S3Mock server, started as its own process from the jar the
 * build copies to {@code target/s3mock/} (it is a Spring Boot 3 application, which cannot share our
 * classpath).
 */
class S3FileStorageTests {

    private static final String BUCKET = "motcua-files";

    @TempDir
    static Path serverRoot;

    private static Process server;
    private static String endpoint;

    @BeforeAll
    static void startServer() throws Exception {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        assertThat(jar).as("S3Mock jar (copied by the build)").exists();
        int httpPort = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + freePort(),
                        "--com.adobe.testing.s3mock.httpPort=" + httpPort,
                        "--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET,
                        "--com.adobe.testing.s3mock.store.root=" + serverRoot,
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(serverRoot.resolve("s3mock.log").toFile())
                .start();
        endpoint = "http://127.0.0.1:" + httpPort;
        awaitBucket();
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private static FileStore store(String prefix) {
        return new FileStore(new S3FileStorage(
                new StorageSettings.S3(endpoint, BUCKET, "ap-southeast-1", "motcua", "bí-mật", true, prefix)));
    }

    private static FileStore.StoredFile put(FileStore files, String content) {
        return files.store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void storesUnderTheContentHashAndReadsTheSameBytesBack() throws IOException {
        FileStore files = store("store/");
        String content = "Đơn đề nghị cấp lại giấy phép – bản chính";

        FileStore.StoredFile stored = put(files, content);

        assertThat(stored.sha256())
                .isEqualTo(java.util.HexFormat.of().formatHex(sha256(content.getBytes(StandardCharsets.UTF_8))));
        assertThat(stored.size()).isEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
        assertThat(files.exists(stored.sha256())).isTrue();
        try (InputStream in = files.open(stored.sha256()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(content);
        }
    }

    @Test
    void missingOrMalformedHashesAreNotFound() {
        FileStore files = store("missing/");
        String absent = "0".repeat(64);

        assertThat(files.exists(absent)).isFalse();
        assertThat(files.open(absent)).isEmpty();
        assertThat(files.open("../../etc/passwd")).isEmpty();
        assertThat(files.exists("../../etc/passwd")).isFalse();
    }

    @Test
    void storingTheSameBytesAgainKeepsOneObjectAndRefreshesItsTime() throws Exception {
        FileStore files = store("twice/");
        FileStore.StoredFile first = put(files, "giấy tờ nộp hai lần");
        Instant between = Instant.now().plusSeconds(1);
        Thread.sleep(2_100);

        FileStore.StoredFile second = put(files, "giấy tờ nộp hai lần");

        assertThat(second).isEqualTo(first);
        assertThat(files.storedBefore(between)).doesNotContain(first.sha256());
        assertThat(files.storedBefore(Instant.now().plusSeconds(60))).containsExactly(first.sha256());
    }

    @Test
    void orphanCleanUpDeletesOnlyUnreferencedObjects() {
        FileStore files = store("orphans/");
        FileStore.StoredFile kept = put(files, "giấy tờ của một hồ sơ");
        FileStore.StoredFile orphan = put(files, "tệp của một lần nộp không thành");
        FileReferences dossiers = sha256 -> sha256.equals(kept.sha256());
        Clock twoHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);

        int deleted = new OrphanedFiles(files, List.of(dossiers), Duration.ofHours(1), twoHoursLater).clean();

        assertThat(deleted).isEqualTo(1);
        assertThat(files.exists(kept.sha256())).isTrue();
        assertThat(files.exists(orphan.sha256())).isFalse();
        assertThat(files.open(orphan.sha256())).isEmpty();
    }

    @Test
    void issuedFormsAreStoredInTheBucket() throws IOException {
        FileStore files = store("forms/");
        Forms forms = new Forms(new PdfRenderer(), files, FormFixtures.BASE_URL);

        Forms.IssuedForm receipt = forms.issue(FormFixtures.form(FormKind.RECEIPT, Circular.TT03_2025));

        try (InputStream in = files.open(receipt.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitBucket() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(giveUp)) {
            if (!server.isAlive()) {
                throw new IllegalStateException(
                        "S3Mock exited:\n" + Files.readString(serverRoot.resolve("s3mock.log")));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(endpoint + "/" + BUCKET))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("S3Mock did not start:\n" + Files.readString(serverRoot.resolve("s3mock.log")));
    }
}
