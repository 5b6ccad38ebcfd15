package org.motcua.notification;

/** Hands messages of one channel to its provider. */
interface ChannelSender {

    NotificationChannel channel();

    /** A short name of the provider for the admin page ("SMTP localhost:3025", "SMPP smsc.example:2775"). */
    String provider();

    /**
     * Sends {@code message} and answers the provider's id for it (matched against delivery receipts), or
     * throws: a {@link DeliveryException#permanent() permanent} failure is not retried.
     */
    String send(OutboxMessage message) throws DeliveryException;
}
