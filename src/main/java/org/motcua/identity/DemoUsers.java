package org.motcua.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.motcua.catalog.AgencyView;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.CatalogAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only ({@code motcua.demo=true}): one account per role, password {@code demo}, assigned to
 * agencies of the demo catalog (loaded before, by the catalog module's demo loader).
 */
@Component
@ConditionalOnBooleanProperty("motcua.demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record Demo(String username, String displayName, Set<Role> roles) {}

    static final Set<Demo> ACCOUNTS = Set.of(
            new Demo("admin", "Quản trị hệ thống", Set.of(Role.ADMIN)),
            new Demo("tiepnhan", "Nguyễn Thị Lan", Set.of(Role.RECEPTION_OFFICER)),
            new Demo("chuyenvien", "Trần Văn Minh", Set.of(Role.SPECIALIST)),
            new Demo("lanhdao", "Lê Hoàng Nam", Set.of(Role.UNIT_LEADER, Role.AGENCY_LEADER)),
            new Demo("giamdoc", "Phạm Thu Hà", Set.of(Role.CENTER_MANAGER)),
            new Demo("congdan", "Võ Văn Bình", Set.of(Role.APPLICANT)));

    /**
     * The agencies (by code, demo province tỉnh Hồng Lam) each officer serves: reception at the
     * provincial center; appraisal and approval at the police (lý lịch tư pháp), the Department of
     * Planning and Investment (business registration, counted in working days) and the Department of
     * Natural Resources and Environment (water licences, which are also offered online).
     */
    static final Map<String, Set<String>> AGENCIES = Map.of(
            "tiepnhan", Set.of("000.00.01.H41"),
            "chuyenvien", Set.of("000.00.42.H41", "000.00.15.H41", "000.00.19.H41"),
            "lanhdao", Set.of("000.00.42.H41", "000.00.15.H41", "000.00.19.H41"),
            "giamdoc", Set.of("000.00.01.H41"));

    private final Users users;
    private final Catalog catalog;
    private final CatalogAdministration administration;

    DemoUsers(Users users, Catalog catalog, CatalogAdministration administration) {
        this.users = users;
        this.catalog = catalog;
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo demo : ACCOUNTS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.create(demo.username(), "demo", demo.displayName(), demo.roles());
                log.info("Demo account {} created", demo.username());
            }
        }
        AGENCIES.forEach((username, codes) -> {
            CurrentUser user = users.findByUsername(username).orElseThrow();
            Set<UUID> agencyIds = codes.stream()
                    .map(code -> catalog.agencyByCode(code).orElseThrow().id())
                    .collect(Collectors.toSet());
            users.assignAgencies(user.id(), agencyIds);
        });
        // the reception officer sits at counter 1 of the provincial center
        AgencyView center = catalog.agencyByCode("000.00.01.H41").orElseThrow();
        UUID receptionist = users.findByUsername("tiepnhan").orElseThrow().id();
        catalog.counters(center.id()).stream()
                .filter(counter ->
                        counter.number() == 1 && !counter.officerIds().contains(receptionist))
                .findFirst()
                .ifPresent(counter -> administration.seatOfficer(counter.id(), receptionist));
    }
}
