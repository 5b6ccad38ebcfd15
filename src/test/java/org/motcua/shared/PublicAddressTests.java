package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.motcua.MotcuaApplication;
import org.motcua.shared.PublicAddressCheck.LocalPublicAddressException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** Outside demo mode, motcua does not start while its public address is this machine. */
class PublicAddressTests {

    @Test
    void theApplicationRefusesToStartWithALocalPublicAddressOutsideDemoMode() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(MotcuaApplication.class)
                .run("--motcua.public-base-url=http://localhost:8080", "--motcua.demo=false", "--server.port=0"));

        assertThat(failure)
                .isInstanceOf(LocalPublicAddressException.class)
                .hasMessageContaining("motcua.public-base-url is 'http://localhost:8080'");
        FailureAnalysis analysis = new PublicAddressCheck.Analyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("QR codes on printed forms");
        assertThat(analysis.getAction())
                .contains("--motcua.public-base-url=https://")
                .contains("--motcua.demo=true");
    }

    @Test
    void localAddressesAreRecognisedAndDemoModeAllowsThem() {
        for (String local : new String[] {
            "http://localhost:8080",
            "http://LOCALHOST",
            "http://127.0.0.1:8080/",
            "http://[::1]:8080",
            "http://0.0.0.0",
            "http://app.localhost",
            "not a url",
            ""
        }) {
            assertThat(PublicAddressCheck.isLocal(local)).as(local).isTrue();
        }
        assertThat(PublicAddressCheck.isLocal("https://dichvucong.hong-lam.gov.vn"))
                .isFalse();
        assertThat(PublicAddressCheck.isLocal("http://10.20.0.5:8080"))
                .as("an intranet address")
                .isFalse();

        assertThatCode(() -> PublicAddressCheck.check(new MockEnvironment()
                        .withProperty("motcua.demo", "true")
                        .withProperty("motcua.public-base-url", "http://localhost:8080")))
                .doesNotThrowAnyException();
        assertThat(catchThrowable(() -> PublicAddressCheck.check(new MockEnvironment())))
                .as("not set at all")
                .isInstanceOf(LocalPublicAddressException.class);
        assertThatCode(() -> PublicAddressCheck.check(new MockEnvironment()
                        .withProperty("motcua.public-base-url", "https://dichvucong.hong-lam.gov.vn")))
                .doesNotThrowAnyException();
    }
}
