package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A busy center: many desks register counter dossiers at the same moment, far more requests than the
 * connection pool has connections. Each receipt must make do with the one connection its transaction
 * holds (a second one, waited for while holding the first, starves the pool), and the codes of the day
 * stay consecutive. Through a real servlet container, as the requests arrive in production.
 */
@SpringBootTest(properties = "motcua.demo=true", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelReceiptsHttpTests extends DossierApiTestSupport {

    static final int RECEIPTS = 200;

    @LocalServerPort
    int port;

    @Test
    void twoHundredReceiptsAtOnceGetTwoHundredConsecutiveCodes() throws Exception {
        String bearer = "Bearer " + desk;
        String body = application().replace("\"channel\":\"ONLINE\"", "\"channel\":\"COUNTER\"");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(RECEIPTS);
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .executor(threads)
                        .build()) {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < RECEIPTS; i++) {
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> response : sent) {
                responses.add(response.join());
            }
        }

        assertThat(responses)
                .as("every receipt answered 201")
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        List<String> codes = responses.stream()
                .map(r -> JsonPath.<String>read(r.body(), "$.code"))
                .toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("000\\.00\\.01\\.H41-\\d{6}-\\d{4,}"));
        // Per day (a run across midnight starts a new sequence): no number skipped.
        Map<String, TreeSet<Integer>> byDay = new TreeMap<>();
        for (String code : codes) {
            int dash = code.lastIndexOf('-');
            byDay.computeIfAbsent(code.substring(0, dash), d -> new TreeSet<>())
                    .add(Integer.parseInt(code.substring(dash + 1)));
        }
        byDay.forEach((day, sequences) -> assertThat(sequences.last() - sequences.first() + 1)
                .as(day + " " + sequences)
                .isEqualTo(sequences.size()));
    }
}
