package org.motcua.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMSC inside the application (jSMPP's server side), for the demo and the tests: it binds
 * transceivers with any credentials, keeps every message submitted so a page can show it, answers each
 * with a delivery receipt (DELIVRD, or UNDELIV for numbers listed in {@link #undeliverable}), and can send
 * a text from a phone to the bound applications ({@link #textFrom}).
 */
public class DemoSmsc implements AutoCloseable {

    /** A message the SMSC took. */
    public record Received(String messageId, String from, String to, String text, boolean unicode, Instant at) {}

    private static final Logger log = LoggerFactory.getLogger(DemoSmsc.class);
    private static final int MAX_KEPT = 1000;

    private final SMPPServerSessionListener listener;
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> undeliverable = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private final AtomicLong taken = new AtomicLong();
    private final Thread acceptor;
    private volatile boolean running = true;

    /** Starts listening on {@code port}, or on a free port when it is 0. */
    public DemoSmsc(int port) throws IOException {
        this.port = port == 0 ? freePort() : port;
        this.listener = new SMPPServerSessionListener(this.port);
        this.listener.setMessageReceiverListener(new Receiver());
        this.acceptor = Thread.ofPlatform().name("demo-smsc").daemon().start(this::accept);
        log.info("Demo SMSC listening on port {}", this.port);
    }

    public int port() {
        return port;
    }

    /** How many messages were submitted since the start (the list keeps the latest 1,000 only). */
    public long taken() {
        return taken.get();
    }

    /** The messages submitted, oldest first (the latest 1,000). */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Messages to {@code number} (+84…) are answered with an UNDELIV receipt from now on. */
    public void undeliverable(String number) {
        undeliverable.put(number.replace("+", ""), true);
    }

    /** Sends a text typed on the phone {@code from} (+84…) to every bound application. */
    public void textFrom(String from, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16BE);
        for (SMPPServerSession s : sessions) {
            if (s.getSessionState().isReceivable()) {
                s.deliverShortMessage(
                        "",
                        TypeOfNumber.INTERNATIONAL,
                        NumberingPlanIndicator.ISDN,
                        from.replace("+", ""),
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        "8088",
                        new ESMClass(),
                        (byte) 0,
                        (byte) 0,
                        new RegisteredDelivery(0),
                        new GeneralDataCoding(Alphabet.ALPHA_UCS2),
                        bytes);
            }
        }
    }

    private void accept() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest bind = session.waitForBind(5_000);
                bind.accept("demo-smsc");
                sessions.add(session);
            } catch (Exception e) {
                if (running) {
                    log.debug("Demo SMSC: bind failed: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        sessions.forEach(SMPPServerSession::unbindAndClose);
        listener.close();
        acceptor.interrupt();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void receipt(SMPPServerSession session, String id, String to, Instant at) {
        boolean delivered = !undeliverable.containsKey(to);
        DeliveryReceipt receipt = new DeliveryReceipt(
                id,
                1,
                delivered ? 1 : 0,
                Date.from(at),
                new Date(),
                delivered ? DeliveryReceiptState.DELIVRD : DeliveryReceiptState.UNDELIV,
                delivered ? "000" : "001",
                "");
        try {
            session.deliverShortMessage(
                    "",
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    to,
                    TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN,
                    "",
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0,
                    (byte) 0,
                    new RegisteredDelivery(0),
                    new GeneralDataCoding(Alphabet.ALPHA_DEFAULT),
                    receipt.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            log.debug("Demo SMSC: receipt for {} not delivered: {}", id, e.toString());
        }
    }

    private class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session)
                throws ProcessRequestException {
            byte[] bytes = submit.getShortMessage();
            if (bytes == null || bytes.length == 0) {
                OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
                bytes = payload instanceof OptionalParameter.OctetString o ? o.getValue() : new byte[0];
            }
            boolean unicode = (submit.getDataCoding() & 0x0F) == 0x08;
            String text = new String(bytes, unicode ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
            String id = Long.toString(ids.incrementAndGet());
            Instant at = Instant.now();
            received.add(new Received(id, submit.getSourceAddr(), "+" + submit.getDestAddress(), text, unicode, at));
            taken.incrementAndGet();
            while (received.size() > MAX_KEPT) {
                received.removeFirst(); // a long demo keeps the latest ones
            }
            if ((submit.getRegisteredDelivery() & 0x03) != 0) {
                String to = submit.getDestAddress();
                Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(50); // after the submit_sm_resp, as a real SMSC
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    receipt(session, id, to, at);
                });
            }
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException("bad message id", 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
