package org.motcua.statistics;

import java.util.concurrent.atomic.AtomicLong;
import org.motcua.dossier.DossierEventReplay;
import org.motcua.statistics.internal.FigureRecorder;
import org.motcua.statistics.internal.HistoryImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every figure from the dossiers, for the day a defect or a lost table made them wrong: empties
 * what was kept from the events, adds the imported history's flows again from its fact rows, then tells
 * every dossier's life again through the same recorder the listener uses. Events that arrive meanwhile
 * are counted once (each milestone is written once). Run it when the center is quiet: figures read during
 * the rebuild are incomplete. Weekly reports already made are kept as they were.
 */
@Service
public class StatisticsRebuild {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRebuild.class);

    /** What a rebuild did. */
    public record Result(long dossiers, long events, int imported, long millis) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final HistoryImporter importer;
    private final FigureRecorder recorder;
    private final DossierEventReplay replay;

    StatisticsRebuild(
            JdbcClient jdbc,
            TransactionTemplate tx,
            HistoryImporter importer,
            FigureRecorder recorder,
            DossierEventReplay replay) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.importer = importer;
        this.recorder = recorder;
        this.replay = replay;
    }

    public Result rebuild() {
        long started = System.nanoTime();
        int imported = tx.execute(status -> {
            jdbc.sql("delete from statistics.daily_figures").update();
            jdbc.sql("delete from statistics.step_passage").update();
            jdbc.sql("delete from statistics.fee_payment").update();
            jdbc.sql("delete from statistics.dossier_fact where not imported").update();
            return importer.reflow();
        });
        AtomicLong events = new AtomicLong();
        java.util.Set<java.util.UUID> dossiers = new java.util.HashSet<>();
        replay.replay(event -> {
            recorder.record(event);
            events.incrementAndGet();
            dossiers.add(event.dossierId());
        });
        Result result = new Result(dossiers.size(), events.get(), imported, (System.nanoTime() - started) / 1_000_000);
        log.info(
                "statistics rebuilt: {} dossiers ({} events), {} imported, in {} ms",
                result.dossiers(),
                result.events(),
                result.imported(),
                result.millis());
        return result;
    }
}
