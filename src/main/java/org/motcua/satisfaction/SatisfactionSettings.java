package org.motcua.satisfaction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param changeWindow how long after it was first given a rating may be changed
 * @param linkValidity how long the signed link of the "result returned" message stays valid
 * @param counterWindow how long after the return the counter tablet offers the dossier for rating
 * @param linkSecret the key of the links' HMAC (at least 32 characters; the same on every node). Blank: a
 *     random key per start (demo and tests only; links then die with the process)
 */
@ConfigurationProperties("motcua.satisfaction")
public record SatisfactionSettings(
        @DefaultValue("24h") Duration changeWindow,
        @DefaultValue("30d") Duration linkValidity,
        @DefaultValue("15m") Duration counterWindow,
        @DefaultValue("") String linkSecret) {}
