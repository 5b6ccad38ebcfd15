package org.motcua.dossier;

/**
 * How a dossier finished against its statistical due time: the verdict and by how much working time.
 *
 * @param verdict early, on time or late (domain rule in {@link StepVerdict})
 * @param workingMinutes working minutes between the finish and the due time: positive when finished
 *     before it, negative when after it
 */
public record Timeliness(StepVerdict verdict, long workingMinutes) {}
