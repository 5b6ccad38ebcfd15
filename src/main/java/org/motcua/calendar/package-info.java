/**
 * Working time: working sessions per weekday and period (province default, per-agency overrides),
 * public holidays (solar and Vietnamese lunar), compensatory and swapped days, and explainable deadline
 * arithmetic. Other modules call the {@link org.motcua.calendar.WorkingCalendar} facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar")
package org.motcua.calendar;
