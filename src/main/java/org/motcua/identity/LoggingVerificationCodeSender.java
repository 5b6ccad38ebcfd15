package org.motcua.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The built-in {@link VerificationCodeSender} until the notification module delivers e-mail and SMS:
 * in demo mode ({@code motcua.demo=true}) it writes the code to the log so a tester can type it; outside
 * demo mode it writes only a warning (a code in a production log would let anyone reading the log take
 * over the registration), so registration cannot be completed there until a real sender exists.
 */
@Component
class LoggingVerificationCodeSender implements VerificationCodeSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingVerificationCodeSender.class);

    private final boolean demo;

    LoggingVerificationCodeSender(@Value("${motcua.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @Override
    public void send(VerificationCode code) {
        if (demo) {
            log.info(
                    "Demo mode: verification code {} for {} ({}), valid {} min",
                    code.code(),
                    code.destination(),
                    code.channel(),
                    code.validFor().toMinutes());
        } else {
            log.warn(
                    "No e-mail/SMS sender is configured: the verification code for {} was not delivered",
                    code.destination());
        }
    }
}
