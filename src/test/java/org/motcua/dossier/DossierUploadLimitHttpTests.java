package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A file over the document limit (20 MB) reaches the application through a real servlet container, so
 * the answer names the file and its slot rather than refusing the whole request; only the request as a
 * whole is capped by the container. MockMvc does not apply the container's multipart limits.
 */
@SpringBootTest(properties = "motcua.demo=true", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierUploadLimitHttpTests extends DossierApiTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileOverTheLimitIsNamedAtItsSlotAndNothingIsStored() throws Exception {
        byte[] scan = new byte[21 * 1024 * 1024];
        System.arraycopy(DossierUploadControllerTests.PDF, 0, scan, 0, DossierUploadControllerTests.PDF.length);
        String boundary = "motcua-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dossier\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + application() + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documents[0]\";"
                        + " filename=\"ban-quet.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(scan);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long before = dossiers();

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                                .header("Authorization", "Bearer " + citizen)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body())
                .contains("\"code\":\"document.too_large\"")
                .contains("\"field\":\"documents[0].file\"")
                .contains("ban-quet.pdf");
        assertThat(dossiers()).isEqualTo(before);
    }

    private long dossiers() {
        return jdbc.sql("select count(*) from dossier.dossier")
                .query(Long.class)
                .single();
    }
}
