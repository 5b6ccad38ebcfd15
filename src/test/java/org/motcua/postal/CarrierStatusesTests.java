package org.motcua.postal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each carrier's status codes onto motcua's delivery states, code by code from the carriers' tables. */
class CarrierStatusesTests {

    @ParameterizedTest(name = "VNPost {0} is {1}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "0, CREATED",
                "1, CREATED",
                "2, CREATED",
                "3, CREATED",
                "4, CREATED",
                "5, FAILED",
                "6, ACCEPTED",
                "7, ACCEPTED",
                "8, FAILED",
                "9, CANCELLED",
                "10, IN_TRANSIT",
                "11, IN_TRANSIT",
                "12, IN_TRANSIT",
                "13, IN_TRANSIT",
                "14, DELIVERED",
                "15, FAILED",
                "16, FAILED",
                "17, FAILED",
                "18, FAILED",
                "19, RETURNED_TO_SENDER",
                "20, RETURNED_TO_SENDER",
                "21, NONE",
                "22, CANCELLED",
                "101, NONE",
                "111, NONE",
                "999, NONE"
            })
    void mapsEveryVnPostCode(int code, DeliveryState state) {
        assertThat(CarrierStatuses.vnpost(code)).isEqualTo(state);
        assertThat(CarrierStatuses.of(Carrier.VNPOST, " " + code + " ")).isEqualTo(state);
    }

    @ParameterizedTest(name = "ViettelPost {0} is {1}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "-100, CREATED",
                "-108, CREATED",
                "-109, CREATED",
                "-110, CREATED",
                "100, CREATED",
                "101, CANCELLED",
                "102, CREATED",
                "103, CREATED",
                "104, CREATED",
                "105, ACCEPTED",
                "106, CANCELLED",
                "107, CANCELLED",
                "200, ACCEPTED",
                "201, CANCELLED",
                "202, NONE",
                "300, IN_TRANSIT",
                "303, IN_TRANSIT",
                "400, IN_TRANSIT",
                "403, IN_TRANSIT",
                "500, IN_TRANSIT",
                "501, DELIVERED",
                "502, FAILED",
                "503, CANCELLED",
                "504, RETURNED_TO_SENDER",
                "505, FAILED",
                "506, FAILED",
                "507, FAILED",
                "508, IN_TRANSIT",
                "509, IN_TRANSIT",
                "510, IN_TRANSIT",
                "515, FAILED",
                "550, IN_TRANSIT",
                "551, FAILED",
                "777, NONE"
            })
    void mapsEveryViettelPostCode(int code, DeliveryState state) {
        assertThat(CarrierStatuses.viettelPost(code)).isEqualTo(state);
        assertThat(CarrierStatuses.of(Carrier.VIETTELPOST, String.valueOf(code)))
                .isEqualTo(state);
        assertThat(CarrierStatuses.of(Carrier.DEMO, String.valueOf(code))).isEqualTo(state);
    }

    @ParameterizedTest(name = "\"{0}\" is no status")
    @CsvSource({"abc", "''", "5.5"})
    void aCodeThatIsNoNumberChangesNothing(String code) {
        assertThat(CarrierStatuses.of(Carrier.VIETTELPOST, code)).isNull();
    }

    @ParameterizedTest(name = "{0} is final: {1}")
    @CsvSource({
        "PREPARING, false",
        "CREATED, false",
        "ACCEPTED, false",
        "IN_TRANSIT, false",
        "FAILED, false",
        "DELIVERED, true",
        "RETURNED_TO_SENDER, true",
        "CANCELLED, true"
    })
    void onlyDeliveredReturnedAndCancelledAreFinal(DeliveryState state, boolean isFinal) {
        assertThat(state.isFinal()).isEqualTo(isFinal);
    }
}
