package org.motcua.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only ({@code motcua.demo=true}): one account per role, password {@code demo}. */
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

    private final Users users;

    DemoUsers(Users users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo demo : ACCOUNTS) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                users.create(demo.username(), "demo", demo.displayName(), demo.roles());
                log.info("Demo account {} created", demo.username());
            }
        }
    }
}
