package org.motcua.calendar;

import java.util.List;
import java.util.UUID;

/**
 * The working hours in force for the province ({@code agencyId} null) or an agency.
 *
 * @param overridden true when the agency has hours of its own; false when it follows the province
 * @param minutesPerWorkingDay one working day, derived from the longest day of the standard week (480)
 * @param weeks the standard week first, then the dated periods in date order
 */
public record WorkingHours(UUID agencyId, boolean overridden, int minutesPerWorkingDay, List<WorkingWeek> weeks) {

    public WorkingHours {
        weeks = List.copyOf(weeks);
    }
}
