package org.motcua.nationalportal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.national-portal.*}: how to reach the national public-service portal (DVCQG adapter) and
 * how updates are pushed. With no {@code adapter-url} nothing is pushed or fetched (updates are still
 * recorded and wait), except in demo mode where the fake portal built into the application is used.
 *
 * @param adapterUrl the adapter or gateway base address
 * @param authEndpoint path of the login call ({@code {username, password}} → {@code session})
 * @param integrationEndpoint path of the sync services ({@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC} …)
 * @param agencyCode the agency's code on the portal ({@code madonvi})
 * @param dstcode the destination service code sent as a header on every call
 * @param timeout read timeout of one call (the portal is slow: 6 s in OpenCPS)
 * @param session how long a login session is reused before logging in again
 * @param settle how long a recorded update waits before it is pushed, so that events of one dossier
 *     handled on parallel listener threads are in the table, and in order, before the first is sent
 * @param firstRetry wait after the first failed push of an update; doubles with each further failure
 * @param maxRetry the longest wait between two attempts
 * @param giveUpAfter attempts after which an update is FAILED (listed for an administrator, who retries it)
 * @param batchSize dossiers taken per round of the pusher
 * @param fetchService the service that lists dossiers submitted on the portal for this agency
 * @param syncFrom the go-live of the connection (Vietnam time): events before it are not pushed (the portal
 *     had them from the system used before); empty pushes every event
 * @param callbackToken the shared secret the portal sends (header {@code X-Portal-Token}) when it calls
 *     dossiers in; empty refuses every call-in
 */
@ConfigurationProperties("motcua.national-portal")
record NationalPortalSettings(
        @DefaultValue("") String adapterUrl,
        @DefaultValue("/auth") String authEndpoint,
        @DefaultValue("/integration") String integrationEndpoint,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("") String agencyCode,
        @DefaultValue("") String dstcode,
        @DefaultValue("6s") Duration timeout,
        @DefaultValue("10m") Duration session,
        @DefaultValue("5s") Duration settle,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetry,
        @DefaultValue("30") int giveUpAfter,
        @DefaultValue("200") int batchSize,
        @DefaultValue("LayDanhSachHoSoDVCQG") String fetchService,
        java.time.LocalDateTime syncFrom,
        @DefaultValue("") String callbackToken) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
