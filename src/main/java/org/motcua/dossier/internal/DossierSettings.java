package org.motcua.dossier.internal;

import org.motcua.calendar.PauseRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.dossier.*}: the choices the law leaves to the province.
 *
 * @param supplementPauseRule how a supplement after receipt affects the appointment: RESTART (count
 *     again from zero once the supplement is complete, Decree 61 style; the default), EXTEND (pause and
 *     extend) or SUBTRACT (as the national index measures)
 * @param warningWorkingDays how close to its due time a dossier or step is shown as "due soon"
 */
@ConfigurationProperties("motcua.dossier")
public record DossierSettings(
        @DefaultValue("RESTART") PauseRule supplementPauseRule,
        @DefaultValue("1") int warningWorkingDays) {}
