package org.motcua.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.sms.*}: the SMS provider. {@code provider} is {@code smpp} (a carrier's or aggregator's
 * SMSC), {@code http} (a gateway's JSON API) or empty (no SMS; in demo mode an in-process demo SMSC).
 *
 * @param sender the brand name (or number) messages come from
 * @param unaccented send the text without diacritics (GSM 7-bit), for gateways or brand names that
 *     refuse Unicode
 */
@ConfigurationProperties("motcua.sms")
record SmsSettings(
        @DefaultValue("") String provider,
        @DefaultValue("MOTCUA") String sender,
        @DefaultValue("false") boolean unaccented,
        @DefaultValue Smpp smpp,
        @DefaultValue Http http) {

    /**
     * An SMPP 3.4 account: the session binds as a transceiver (submits, and receives delivery receipts and
     * inbound messages).
     */
    record Smpp(
            @DefaultValue("") String host,
            @DefaultValue("2775") int port,
            @DefaultValue("") String systemId,
            @DefaultValue("") String password,
            @DefaultValue("") String systemType,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("30s") Duration enquireLink) {}

    /**
     * A JSON gateway. {@code body} is the request body with {@code {to}} (+84…), {@code {text}}, {@code
     * {sender}} and {@code {id}} (the outbox id, for the gateway's de-duplication) filled in as JSON
     * strings; {@code messageIdField} names the field of the answer holding the gateway's message id.
     * Credentials go as HTTP Basic ({@code username}, {@code password}) and/or a bearer {@code token}.
     */
    record Http(
            @DefaultValue("") String url,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String token,

            @DefaultValue("{\"to\":{to},\"from\":{sender},\"text\":{text},\"reference\":{id}}")
            String body,

            @DefaultValue("messageId") String messageIdField,
            @DefaultValue("10s") Duration timeout) {}
}
