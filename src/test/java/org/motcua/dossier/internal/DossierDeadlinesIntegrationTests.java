package org.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.ApplicantType;
import org.motcua.catalog.Channel;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.ProcessingTimeUnit;
import org.motcua.catalog.VersionStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DossierDeadlinesIntegrationTests {

    /** Monday 2 March 2026, 9:00: no holiday in the two weeks that follow. */
    private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    DossierDeadlines deadlines;

    @Test
    void anOnlineDossierGetsTheShorterTimeItsChannelIsPublishedWith() {
        ProcedureView procedure = procedure(Map.of(Channel.ONLINE, days(3)));

        LocalDateTime online = deadlines
                .appointment(procedure, Channel.ONLINE, MONDAY_9, List.of())
                .due();
        LocalDateTime atTheCounter = deadlines
                .appointment(procedure, Channel.COUNTER, MONDAY_9, List.of())
                .due();

        assertThat(online.toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(atTheCounter.toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(online).isBefore(atTheCounter);
    }

    @Test
    void aChannelWithoutItsOwnTimeTakesTheDefault() {
        ProcedureView procedure = procedure(Map.of(Channel.ONLINE, days(3)));

        assertThat(deadlines
                        .appointment(procedure, Channel.POSTAL, MONDAY_9, List.of())
                        .due())
                .isEqualTo(deadlines
                        .appointment(procedure(Map.of()), Channel.ONLINE, MONDAY_9, List.of())
                        .due());
    }

    private static ProcessingTime days(int n) {
        return new ProcessingTime(BigDecimal.valueOf(n), ProcessingTimeUnit.WORKING_DAYS);
    }

    /** Five working days by default, offered at the counter, online and by post. */
    private static ProcedureView procedure(Map<Channel, ProcessingTime> channelTimes) {
        return new ProcedureView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                "TEST.CHANNEL",
                null,
                "Thủ tục thử thời hạn theo kênh",
                "xay-dung",
                "Xây dựng",
                AdministrativeLevel.PROVINCE,
                DossierFixtures.AGENCY,
                days(5),
                channelTimes,
                null,
                Set.of(Channel.COUNTER, Channel.ONLINE, Channel.POSTAL),
                OnlineLevel.TOAN_TRINH,
                false,
                Set.of(),
                List.of(),
                List.of(),
                List.of(),
                Set.of(),
                null,
                null,
                LocalDate.of(2026, 1, 1),
                Set.of(ApplicantType.CITIZEN),
                null,
                null,
                null,
                null,
                null,
                VersionStatus.PUBLISHED);
    }
}
