/**
 * Notifications: e-mail (SMTP), SMS (SMPP or an HTTP gateway), Zalo OA template messages and in-app notices
 * at the milestones of a dossier, fed by the dossier module's events. Messages go through an outbox
 * (one row per event, recipient and channel, so an event delivered twice sends once) and are sent by a
 * scheduled sender outside any dossier transaction, with retries, quiet hours and a fallback from SMS to
 * e-mail. Templates are edited by administrators. See {@code docs/notifications.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.motcua.notification;
