package org.motcua.calendar.bench;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.motcua.calendar.CalendarEntry;
import org.motcua.calendar.Deadline;
import org.motcua.calendar.DeadlineEngine;
import org.motcua.calendar.DeadlineUnit;
import org.motcua.calendar.HolidaySchedule;
import org.motcua.calendar.OfficialHolidaysCsv;
import org.motcua.calendar.WorkingDuration;
import org.motcua.calendar.WorkingSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code due()} over random receipt times (2019-2030, any minute of any day) and random budgets, with the
 * engine (all lookup tables) built once in setup. Inputs are pre-generated with a fixed seed and cycled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

    private static final int INPUTS = 4096; // power of two: cycled with a mask

    private DeadlineEngine engine;
    private LocalDateTime[] starts;
    private BigDecimal[] workingDays;
    private BigDecimal[] calendarDays;
    private int next;

    @Setup
    public void setUp() throws Exception {
        List<CalendarEntry> official;
        try (Reader reader = new InputStreamReader(DeadlineBenchmark.class.getResourceAsStream("/calendar/holidays-vn.csv"), StandardCharsets.UTF_8)) {
            official = OfficialHolidaysCsv.read(reader);
        }
        engine = new DeadlineEngine(WorkingSchedule.standardSchedule(), HolidaySchedule.withOfficial(official));
        Random random = new Random(20260217L);
        starts = new LocalDateTime[INPUTS];
        workingDays = new BigDecimal[INPUTS];
        calendarDays = new BigDecimal[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            starts[i] = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(12 * 365)).atTime(random.nextInt(24), random.nextInt(60));
            workingDays[i] = BigDecimal.valueOf(random.nextInt(4 * 30 + 1)).divide(BigDecimal.valueOf(4)); // 0..30 days, quarters
            calendarDays[i] = BigDecimal.valueOf(random.nextInt(61)); // 0..60 days
        }
    }

    @Benchmark
    public Deadline dueWorkingDays() {
        int i = next++ & (INPUTS - 1);
        return engine.due(starts[i], workingDays[i], DeadlineUnit.WORKING_DAYS);
    }

    @Benchmark
    public Deadline dueCalendarDays() {
        int i = next++ & (INPUTS - 1);
        return engine.due(starts[i], calendarDays[i], DeadlineUnit.CALENDAR_DAYS);
    }

    @Benchmark
    public Deadline dueSameDay() {
        int i = next++ & (INPUTS - 1);
        return engine.due(starts[i], BigDecimal.ZERO, DeadlineUnit.SAME_DAY);
    }

    @Benchmark
    public WorkingDuration workingTimeBetween() {
        int i = next++ & (INPUTS - 1);
        return engine.workingTimeBetween(starts[i], starts[(i + 1) & (INPUTS - 1)]);
    }
}
