package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;

class UntypedParamsTests {

    enum Kind {
        RECEIPT {
            @Override
            public String toString() {
                return "Giấy tiếp nhận";
            }
        }
    }

    @Test
    void valuesGoOutAsTextWithoutATypeAndEnumsByName() {
        UUID id = UUID.fromString("2f9c1e0a-0000-4000-8000-000000000001");
        Object[] values = UntypedParams.of(id, LocalDateTime.of(2026, 11, 23, 7, 30), Kind.RECEIPT, 3, null);

        assertThat(values)
                .extracting(v -> ((SqlParameterValue) v).getValue())
                .containsExactly(id.toString(), "2026-11-23T07:30", "RECEIPT", "3", null);
        assertThat(values)
                .allSatisfy(
                        v -> assertThat(((SqlParameterValue) v).getSqlType()).isEqualTo(Types.OTHER));
    }

    @Test
    void anInstantIsRefusedRatherThanStoredWithoutItsZone() {
        assertThatThrownBy(() -> UntypedParams.value(Instant.parse("2026-11-23T00:30:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LocalDateTime");
    }
}
