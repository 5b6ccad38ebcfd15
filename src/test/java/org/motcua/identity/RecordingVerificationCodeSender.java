package org.motcua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;

/**
 * A {@link VerificationCodeSender} for tests: keeps every code sent so a test can type it. Declared as
 * a bean it replaces the logging sender and the notification module's (it sorts first).
 */
public class RecordingVerificationCodeSender implements VerificationCodeSender, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private final List<VerificationCode> sent = new ArrayList<>();

    @Override
    public synchronized void send(VerificationCode code) {
        sent.add(code);
    }

    /** The last code sent to this e-mail address or phone. */
    public synchronized Optional<String> lastCodeFor(String destination) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).destination().equals(destination)) {
                return Optional.of(sent.get(i).code());
            }
        }
        return Optional.empty();
    }

    public synchronized List<VerificationCode> sentTo(String destination) {
        return sent.stream().filter(c -> c.destination().equals(destination)).toList();
    }
}
