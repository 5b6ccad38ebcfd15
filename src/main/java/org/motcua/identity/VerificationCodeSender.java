package org.motcua.identity;

import java.time.Duration;

/**
 * Delivers a verification code to the e-mail address or phone a person registered with. This is the
 * seam for the notification module: it implements this interface as a Spring bean (e-mail and SMS
 * templates, delivery log) and {@link Registrations} then uses it instead of the built-in {@link
 * LoggingVerificationCodeSender}, which only writes demo codes to the log. An implementation may throw
 * when it cannot deliver: the registration (or the resend) is then not saved and the person can retry.
 */
public interface VerificationCodeSender {

    /** How the code travels. */
    enum Channel {
        EMAIL,
        SMS
    }

    /**
     * One code to deliver.
     *
     * @param destination the e-mail address or the phone number (national digits, e.g. 0912345678)
     * @param recipientName how to address the person
     * @param code six digits
     * @param validFor how long the code may be used
     */
    record VerificationCode(Channel channel, String destination, String recipientName, String code, Duration validFor) {

        @Override
        public String toString() {
            // never log the code by accident
            return "VerificationCode[" + channel + " to " + destination + "]";
        }
    }

    void send(VerificationCode code);

    /** The sender to use: any other (the notification module's) before the built-in logging one. */
    static VerificationCodeSender preferred(java.util.List<VerificationCodeSender> senders) {
        return senders.stream()
                .filter(s -> !(s instanceof LoggingVerificationCodeSender))
                .findFirst()
                .orElseGet(senders::getFirst);
    }
}
