package org.motcua.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.dossier.DossierDashboard;
import org.motcua.identity.Account;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.notification.Mailroom.Occasion;
import org.motcua.notification.Mailroom.Recipient;
import org.motcua.shared.Vietnam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The center managers' morning digest: for the centers each manager runs, yesterday's received and
 * resolved dossiers (and how many of those late), and what is overdue or due soon this morning — the
 * dashboard's figures, with links to the same lists. Made at {@code motcua.notification.digest.cron}
 * (07:00 Vietnam time by default) by one node (ShedLock), and once per manager and day whatever happens:
 * the outbox keys it by day and manager, so a second node, a run after a restart or the hourly catch-up
 * (for a node that was down at 07:00) adds nothing. Sent in the workspace and by e-mail, as the manager
 * chose.
 */
@Component
class ManagerDigest {

    private static final Logger log = LoggerFactory.getLogger(ManagerDigest.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int PAGE = 200;

    private final Users users;
    private final DossierDashboard dashboard;
    private final Catalog catalog;
    private final Mailroom mailroom;
    private final NotificationPreferences preferences;
    private final Clock clock;
    private final String baseUrl;
    private final CronExpression due;

    ManagerDigest(
            Users users,
            DossierDashboard dashboard,
            Catalog catalog,
            Mailroom mailroom,
            NotificationPreferences preferences,
            Clock clock,
            @Value("${motcua.public-base-url}") String baseUrl,
            @Value("${motcua.notification.digest.cron:0 0 7 * * *}") String cron) {
        this.users = users;
        this.dashboard = dashboard;
        this.catalog = catalog;
        this.mailroom = mailroom;
        this.preferences = preferences;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.due = CronExpression.parse(cron);
    }

    @Scheduled(cron = "${motcua.notification.digest.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification.manager-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void onSchedule() {
        send(now());
    }

    /** A node that was down at the digest's time sends it when it is back, the same day. */
    @Scheduled(
            fixedDelayString = "${motcua.notification.digest.catch-up:1h}",
            initialDelayString = "${motcua.notification.digest.catch-up-delay:5m}")
    @SchedulerLock(name = "notification.manager-digest-catch-up", lockAtMostFor = "PT30M")
    public void catchUp() {
        LocalDateTime now = now();
        if (dueToday(now)) {
            send(now);
        }
    }

    /** Whether today's digest has fallen due at {@code now} (its first scheduled time today is past). */
    public boolean dueToday(LocalDateTime now) {
        ZonedDateTime first =
                due.next(now.toLocalDate().atStartOfDay(Vietnam.ZONE).minusNanos(1));
        return first != null
                && first.toLocalDate().equals(now.toLocalDate())
                && !first.toLocalDateTime().isAfter(now);
    }

    /**
     * Writes the digest of the day before {@code now} to every active center manager who serves a center;
     * answers how many messages were new (none when it was already written).
     */
    @Transactional
    public int send(LocalDateTime now) {
        int added = 0;
        int managers = 0;
        for (int page = 0; ; page++) {
            Users.AccountPage found = users.search(new Users.AccountQuery(null, Role.CENTER_MANAGER, null, page, PAGE));
            for (Account account : found.items()) {
                Optional<CurrentUser> manager = users.find(account.id());
                if (account.status() == Account.Status.ACTIVE
                        && manager.isPresent()
                        && !account.agencyIds().isEmpty()) {
                    added += write(account, manager.get(), now);
                    managers++;
                }
            }
            if ((long) (page + 1) * PAGE >= found.total()) {
                break;
            }
        }
        log.info(
                "Manager digest of {}: {} manager(s), {} new message(s)",
                now.toLocalDate().minusDays(1),
                managers,
                added);
        return added;
    }

    private int write(Account account, CurrentUser manager, LocalDateTime now) {
        DossierDashboard.Digest digest = dashboard.digest(manager, now);
        List<AgencyView> agencies = account.agencyIds().stream()
                .map(catalog::agency)
                .flatMap(Optional::stream)
                .toList();
        List<AgencyView> centers =
                agencies.stream().filter(AgencyView::isServiceCenter).toList();
        List<AgencyView> named = centers.isEmpty() ? agencies : centers;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("officer", account.displayName());
        values.put("day", DAY.format(digest.day()));
        values.put("received", Long.toString(digest.received()));
        values.put("resolved", Long.toString(digest.resolved()));
        values.put("resolvedLate", Long.toString(digest.resolvedLate()));
        values.put("overdue", Long.toString(digest.overdue()));
        values.put("dueSoon", Long.toString(digest.dueSoon()));
        values.put("overdueLink", baseUrl + "/can-bo/ho-so?view=center&due=overdue");
        values.put("dueSoonLink", baseUrl + "/can-bo/ho-so?view=center&due=soon");
        values.put("centerName", named.stream().map(AgencyView::name).collect(Collectors.joining(", ")));
        values.put("centerAddress", named.size() == 1 ? nonNull(named.getFirst().address()) : "");
        values.put("hotline", named.size() == 1 ? nonNull(named.getFirst().phone()) : "");
        return mailroom.post(
                new Occasion("digest:" + digest.day() + ":" + account.id(), Trigger.MANAGER_DIGEST, null, null),
                new Recipient(account.displayName(), null, account.email(), account.id()),
                Mailroom.Values.of(values),
                preferences.of(account.id()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), Vietnam.ZONE);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
