package org.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.identity.Registrations.Registration;
import org.motcua.identity.VerificationCodeSender.Channel;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@SpringBootTest
class RegistrationsIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        }

        @Bean
        RecordingVerificationCodeSender recordingSender() {
            return new RecordingVerificationCodeSender();
        }
    }

    @Autowired
    Registrations registrations;

    @Autowired
    RecordingVerificationCodeSender sent;

    @Autowired
    MutableClock clock;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    JdbcClient jdbc;

    static String uniqueEmail() {
        return "dan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    static String uniquePhone() {
        return "09" + String.format("%08d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000));
    }

    Registrations.Pending register(String email, String phone) {
        return registrations.register(
                new Registration("Võ Thị Mai", email, phone, "matkhau123", "matkhau123"),
                UUID.randomUUID().toString());
    }

    void signIn(String username, String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void theCodeSentByEmailActivatesTheAccountWhichCanThenSignIn() {
        String email = uniqueEmail();
        Registrations.Pending pending = register(email.toUpperCase(), uniquePhone());
        assertThat(pending.contact()).isEqualTo(email);
        assertThat(pending.channel()).isEqualTo(Channel.EMAIL);
        assertThat(pending.sentTo()).isEqualTo("da***@example.vn");
        assertThatThrownBy(() -> signIn(email, "matkhau123")).isInstanceOf(DisabledException.class);

        String code = sent.lastCodeFor(email).orElseThrow();
        assertThat(code).matches("\\d{6}");
        Account account = registrations.verify(email, code);

        assertThat(account.status()).isEqualTo(Account.Status.ACTIVE);
        assertThat(account.roles()).containsExactly(Role.APPLICANT);
        assertThat(account.username()).isEqualTo(email);
        signIn(email, "matkhau123");
        // single use: the same code does not verify twice
        assertThatThrownBy(() -> registrations.verify(email, code))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().code()).isEqualTo("RegistrationNotFound"));
    }

    @Test
    void withoutAnEmailTheCodeGoesByPhoneAndOnlyItsHashIsStored() {
        String phone = uniquePhone();
        Registrations.Pending pending = register(null, "+84 " + phone.substring(1));
        assertThat(pending.channel()).isEqualTo(Channel.SMS);
        assertThat(pending.contact()).isEqualTo(phone);
        String code = sent.lastCodeFor(phone).orElseThrow();
        String stored = jdbc.sql("select v.code_hash from identity.verification_code v"
                        + " join identity.user_account u on u.id = v.user_account where u.phone = ?")
                .param(phone)
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).doesNotContain(code);
        assertThat(registrations.verify(phone, code).phone()).isEqualTo(phone);
    }

    @Test
    void aWrongCodeCountsATryAndTheRightOneStillWorks() {
        String email = uniqueEmail();
        register(email, null);
        String code = sent.lastCodeFor(email).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> registrations.verify(email, wrong))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("identity.verification_failed");
                    assertThat(e.fieldErrors().getFirst().code()).isEqualTo("CodeWrong");
                    assertThat(e.args()).containsExactly(4);
                });
        assertThat(registrations.verify(email, code).status()).isEqualTo(Account.Status.ACTIVE);
    }

    @Test
    void anExpiredCodeIsRefusedAndANewOneCanBeSent() {
        String email = uniqueEmail();
        register(email, null);
        String code = sent.lastCodeFor(email).orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> registrations.verify(email, code))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().code()).isEqualTo("CodeExpired"));
        registrations.resend(email);
        assertThat(sent.sentTo(email)).hasSize(2);
        assertThat(registrations
                        .verify(email, sent.lastCodeFor(email).orElseThrow())
                        .status())
                .isEqualTo(Account.Status.ACTIVE);
    }

    @Test
    void afterTooManyWrongCodesEvenTheRightOneIsRefusedUntilANewOneIsSent() {
        String email = uniqueEmail();
        register(email, null);
        String code = sent.lastCodeFor(email).orElseThrow();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> registrations.verify(email, wrong)).isInstanceOf(DomainException.class);
        }
        assertThatThrownBy(() -> registrations.verify(email, wrong))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().code()).isEqualTo("CodeAttemptsExhausted"));
        assertThatThrownBy(() -> registrations.verify(email, code))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors().getFirst().code()).isEqualTo("CodeAttemptsExhausted"));
        clock.advance(Duration.ofSeconds(61));
        registrations.resend(email);
        assertThat(registrations
                        .verify(email, sent.lastCodeFor(email).orElseThrow())
                        .status())
                .isEqualTo(Account.Status.ACTIVE);
    }

    @Test
    void aNewCodeWaitsForTheCoolDown() {
        String email = uniqueEmail();
        register(email, null);
        assertThatThrownBy(() -> registrations.resend(email)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("identity.resend_too_soon");
            assertThat(e.args()).containsExactly(60L);
        });
        clock.advance(Duration.ofSeconds(60));
        registrations.resend(email);
        assertThat(sent.sentTo(email)).hasSize(2);
    }

    @Test
    void aContactInUseIsRefusedButAnUnverifiedRegistrationGivesWay() {
        String email = uniqueEmail();
        String phone = uniquePhone();
        register(email, phone);
        // never verified: registering again replaces it
        register(email, phone);
        registrations.verify(email, sent.lastCodeFor(email).orElseThrow());

        assertThatThrownBy(() -> register(email, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly("email:EmailTaken"));
        assertThatThrownBy(() -> register(uniqueEmail(), phone))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly("phone:PhoneTaken"));
    }

    @Test
    void theSameSubmissionTwiceRegistersOnceAndSendsOneCode() {
        String email = uniqueEmail();
        String key = UUID.randomUUID().toString();
        Registration form = new Registration("Võ Thị Mai", email, null, "matkhau123", "matkhau123");
        registrations.register(form, key);
        registrations.register(form, key);
        assertThat(sent.sentTo(email)).hasSize(1);
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        assertThatThrownBy(() -> registrations.register(new Registration(" ", null, "12345", "short", "other"), null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly(
                                        "displayName:NotBlank",
                                        "phone:Phone",
                                        "password:Password",
                                        "passwordConfirmation:PasswordMismatch"));
        assertThatThrownBy(
                        () -> registrations.register(new Registration("A", "", "", "matkhau123", "matkhau123"), null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.field() + ":" + f.code())
                                .containsExactly("email:ContactRequired"));
    }
}
