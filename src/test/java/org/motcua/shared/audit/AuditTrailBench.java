package org.motcua.shared.audit;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What recording reads costs (not a test: its name keeps it out of {@code ./mvnw verify}; run it with
 * {@code bench/audit.sh}). Three figures: the request thread's own cost per read (building the event and
 * queueing it, measured with the writer running), the background writer's rate into the staging table,
 * and the sealer's rate into the chain. docs/benchmarks.md, "Audit trail".
 */
@SpringBootTest(properties = "motcua.audit.seal-interval=1h")
class AuditTrailBench {

    static final int READS = Integer.getInteger("bench.reads", 200_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "chuyenvien", null, AuthorityUtils.createAuthorityList("ROLE_SPECIALIST")));
        List<String> codes = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> "000.00.01.H41-261203-" + String.format("%04d", i))
                .toList();
        for (int round = 0; round <= ROUNDS; round++) {
            long inThread = 0;
            long started = System.nanoTime();
            for (int i = 0; i < READS; i++) {
                MockHttpServletRequest request = new MockHttpServletRequest("GET", "/can-bo/ho-so/x");
                request.setRemoteAddr("10.0.0." + (i % 250));
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
                long t = System.nanoTime();
                trail.read(AuditTrail.Subject.dossier(codes.get(i % codes.size()), "HSABCD2345", "0400" + i));
                // the same dossier again in the same request (its history): not recorded twice
                trail.read(AuditTrail.Subject.dossier(codes.get(i % codes.size()), "HSABCD2345", "0400" + i));
                inThread += System.nanoTime() - t;
                RequestContextHolder.resetRequestAttributes();
            }
            trail.flush();
            long staged = System.nanoTime() - started;
            long sealStarted = System.nanoTime();
            long sealed = chain.seal();
            long sealing = System.nanoTime() - sealStarted;
            long verifyStarted = System.nanoTime();
            AuditChain.Verification v = chain.verify(null, null);
            long verifying = System.nanoTime() - verifyStarted;
            if (round == 0) {
                continue; // warm-up
            }
            System.out.printf(
                    "round %d: %,d reads (each read twice in its request); request thread %.2f µs per request;"
                            + " all staged after %.0f ms (%,.0f rows/s); sealed %,d in %.0f ms (%,.0f rows/s);"
                            + " verified %,d entries in %.0f ms (%,.0f rows/s), intact=%s%n",
                    round,
                    READS,
                    inThread / 1000.0 / READS,
                    staged / 1e6,
                    READS / (staged / 1e9),
                    sealed,
                    sealing / 1e6,
                    sealed / (sealing / 1e9),
                    v.entries(),
                    verifying / 1e6,
                    v.entries() / (verifying / 1e9),
                    v.intact());
        }
        System.out.printf("table sizes: %s%n", jdbc.queryForList("""
                        select relname, pg_size_pretty(pg_total_relation_size(c.oid)) as size,
                               pg_total_relation_size(c.oid) / greatest(1, (select count(*) from shared.audit_entry))
                                   as bytes_per_entry
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'shared' and relname = 'audit_entry'
                        """));
        System.out.println("run " + UUID.randomUUID());
    }
}
