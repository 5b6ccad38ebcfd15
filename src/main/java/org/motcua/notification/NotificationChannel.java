package org.motcua.notification;

/** How a message travels. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    ZALO,
    /** A notice in the person's portal or workspace, with an unread count. */
    IN_APP
}
