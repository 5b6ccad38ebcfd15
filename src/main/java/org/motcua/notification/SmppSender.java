package org.motcua.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS over SMPP 3.4 with jSMPP, the way Vietnamese carriers take brand-name SMS: one session bound as a
 * transceiver (bound again after a failure), Vietnamese text as UCS-2 (GSM 7-bit only for plain text),
 * long texts in the {@code message_payload} parameter, and a delivery receipt requested for each message.
 * Receipts are matched back to the outbox by the SMSC's message id; other inbound messages go to the {@link
 * Inbound} handler ("HS &lt;code&gt;" look-ups), whose answer is sent back to the number that asked.
 */
class SmppSender implements ChannelSender, AutoCloseable {

    /** What the SMSC hands back: delivery receipts and messages typed by people. */
    interface Inbound {
        void receipt(String messageId, boolean delivered, String error);

        /** The answer to a text from {@code from} (+84…), or null for none. */
        String message(String from, String text);
    }

    private static final Logger log = LoggerFactory.getLogger(SmppSender.class);

    /** SMSC answers worth another try: system error, queue full, throttled, submit failed. */
    private static final Set<Integer> RETRIED = Set.of(0x08, 0x14, 0x58, 0x45, 0x64);

    private final SmsSettings.Smpp account;
    private final String sender;
    private final boolean unaccented;
    private final Inbound inbound;
    private final ExecutorService replies =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private SMPPSession session;

    SmppSender(SmsSettings settings, SmsSettings.Smpp account, Inbound inbound) {
        this.account = account;
        this.sender = settings.sender();
        this.unaccented = settings.unaccented();
        this.inbound = inbound;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public String provider() {
        return "SMPP " + account.host() + ":" + account.port();
    }

    @Override
    public String send(OutboxMessage message) throws DeliveryException {
        String text = unaccented ? SmsText.unaccented(message.body()) : message.body();
        return submit(message.recipient(), text, true);
    }

    private String submit(String to, String text, boolean receipt) throws DeliveryException {
        SmsText sms = SmsText.of(text);
        boolean ascii = sms.gsm7() && StandardCharsets.US_ASCII.newEncoder().canEncode(text);
        byte[] bytes = ascii ? text.getBytes(StandardCharsets.US_ASCII) : text.getBytes(StandardCharsets.UTF_16BE);
        DataCoding coding = new GeneralDataCoding(ascii ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2);
        boolean single = ascii ? bytes.length <= 160 : bytes.length <= 140;
        byte[] shortMessage = single ? bytes : new byte[0];
        OptionalParameter[] payload = single
                ? new OptionalParameter[0]
                : new OptionalParameter[] {
                    new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), bytes)
                };
        try {
            return session()
                    .submitShortMessage(
                            "",
                            sender.chars().allMatch(Character::isDigit)
                                    ? TypeOfNumber.NATIONAL
                                    : TypeOfNumber.ALPHANUMERIC,
                            NumberingPlanIndicator.UNKNOWN,
                            sender,
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            to.replace("+", ""),
                            new ESMClass(),
                            (byte) 0,
                            (byte) 1,
                            null,
                            null,
                            new RegisteredDelivery(
                                    receipt ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT),
                            (byte) 0,
                            coding,
                            (byte) 0,
                            shortMessage,
                            payload)
                    .getMessageId();
        } catch (NegativeResponseException e) {
            String text2 = "SMSC refused: command status 0x" + Integer.toHexString(e.getCommandStatus());
            if (RETRIED.contains(e.getCommandStatus())) {
                throw DeliveryException.transientFailure(text2, e);
            }
            throw DeliveryException.permanent(text2);
        } catch (PDUException e) {
            throw DeliveryException.permanent("invalid message: " + e.getMessage());
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
            reset();
            throw DeliveryException.transientFailure("SMSC: " + e, e);
        }
    }

    private synchronized SMPPSession session() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        reset();
        SMPPSession s = new SMPPSession();
        s.setTransactionTimer(account.timeout().toMillis());
        s.setEnquireLinkTimer((int) account.enquireLink().toMillis());
        s.setMessageReceiverListener(new Receiver());
        s.connectAndBind(
                account.host(),
                account.port(),
                new BindParameter(
                        BindType.BIND_TRX,
                        account.systemId(),
                        account.password(),
                        account.systemType(),
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null),
                account.timeout().toMillis());
        log.info("SMPP session bound to {}:{} as {}", account.host(), account.port(), account.systemId());
        session = s;
        return s;
    }

    private synchronized void reset() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    @Override
    public void close() {
        reset();
        replies.shutdownNow();
    }

    private class Receiver implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (deliverSm.isSmscDeliveryReceipt()) {
                try {
                    DeliveryReceipt r = deliverSm.getShortMessageAsDeliveryReceipt();
                    boolean delivered = r.getFinalStatus() == DeliveryReceiptState.DELIVRD;
                    inbound.receipt(
                            r.getId(),
                            delivered,
                            delivered ? null : "receipt " + r.getFinalStatus() + " error " + r.getError());
                } catch (InvalidDeliveryReceiptException e) {
                    log.warn("Unreadable delivery receipt: {}", e.getMessage());
                }
                return;
            }
            byte[] bytes = deliverSm.getShortMessage() == null ? new byte[0] : deliverSm.getShortMessage();
            boolean ucs2 = (deliverSm.getDataCoding() & 0x0F) == 0x08;
            String text = new String(bytes, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
            String from = "+" + deliverSm.getSourceAddr().replaceFirst("^\\+", "");
            replies.submit(() -> {
                try {
                    String answer = inbound.message(from, text);
                    if (answer != null) {
                        submit(from, answer, false);
                    }
                } catch (Exception e) {
                    log.warn("Could not answer the text from {}: {}", from, e.toString());
                }
            });
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {}

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not supported", 0x03);
        }
    }
}
