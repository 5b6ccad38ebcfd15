package org.motcua.notification;

/**
 * Where a message stands: waiting (first try or a retry), handed to the provider, confirmed delivered by a
 * receipt (SMPP) or at once (in-app), or failed for good after its last attempt or a permanent refusal.
 */
public enum MessageStatus {
    PENDING,
    SENT,
    DELIVERED,
    FAILED
}
