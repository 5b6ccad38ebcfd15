/**
 * The open kernel every module may use: the problem-details error model, the base {@link
 * org.motcua.shared.DomainException}, the application {@link java.time.Clock}, text normalisation and
 * the embedded PostgreSQL used when no external database is configured.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.motcua.shared;
