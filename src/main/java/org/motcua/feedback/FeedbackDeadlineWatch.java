package org.motcua.feedback;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 15 minutes, on one node (the shared scheduler lock): marks the open feedback due within a working
 * day (the reminder the worklist shows) and the feedback past its due time (overdue).
 */
@Component
class FeedbackDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDeadlineWatch.class);

    private final CitizenFeedback feedback;
    private final Clock clock;

    FeedbackDeadlineWatch(CitizenFeedback feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.feedback.watch-cron:0 */15 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "feedback.deadline-watch", lockAtMostFor = "PT10M")
    void watch() {
        LocalDateTime now = LocalDateTime.now(clock);
        int reminded = feedback.remind(now);
        int overdue = feedback.markOverdue(now);
        if (reminded + overdue > 0) {
            log.info("feedback deadline watch: {} due soon, {} overdue", reminded, overdue);
        }
    }
}
