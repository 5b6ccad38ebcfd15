package org.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One line of the explanation of a deadline, so that officers and citizens can check it. Each line is a
 * small value; {@link #vi()} and {@link #en()} render it (Vietnamese text is NFC).
 */
public sealed interface Explanation {

    String vi();

    String en();

    /** The rule used: the unit, the amount and, for working hours/days, the budget in working minutes. */
    record Rule(DeadlineUnit unit, BigDecimal amount, long budgetMinutes, int minutesPerWorkingDay)
            implements Explanation {
        @Override
        public String vi() {
            return switch (unit) {
                case WORKING_HOURS -> "Thời hạn " + Texts.numberVi(amount) + " giờ làm việc";
                case WORKING_DAYS ->
                    "Thời hạn " + Texts.numberVi(amount) + " ngày làm việc = "
                            + hours(budgetMinutes).vi() + " làm việc (1 ngày = "
                            + hours(minutesPerWorkingDay).vi() + ")";
                case CALENDAR_DAYS -> "Thời hạn " + Texts.numberVi(amount) + " ngày (ngày lịch)";
                case MONTHS -> "Thời hạn " + Texts.numberVi(amount) + " tháng";
                case SAME_DAY -> "Giải quyết trong ngày làm việc";
            };
        }

        @Override
        public String en() {
            return switch (unit) {
                case WORKING_HOURS ->
                    "Time limit " + Texts.numberEn(amount) + (one() ? " working hour" : " working hours");
                case WORKING_DAYS ->
                    "Time limit " + Texts.numberEn(amount) + (one() ? " working day = " : " working days = ")
                            + hours(budgetMinutes).en() + " of working time (1 day = "
                            + hours(minutesPerWorkingDay).en() + ")";
                case CALENDAR_DAYS ->
                    "Time limit " + Texts.numberEn(amount) + (one() ? " calendar day" : " calendar days");
                case MONTHS -> "Time limit " + Texts.numberEn(amount) + (one() ? " month" : " months");
                case SAME_DAY -> "Resolved within the working day";
            };
        }

        private boolean one() {
            return amount.compareTo(BigDecimal.ONE) == 0;
        }

        private static WorkingDuration hours(long minutes) {
            return new WorkingDuration(minutes, Integer.MAX_VALUE);
        }
    }

    /** Received outside working time: counting starts at the next session start. */
    record StartMoved(LocalDateTime received, LocalDateTime countedFrom) implements Explanation {
        @Override
        public String vi() {
            return "Nhận lúc " + Texts.dateTime(received) + " ngoài giờ làm việc: bắt đầu tính từ "
                    + Texts.dateTime(countedFrom);
        }

        @Override
        public String en() {
            return "Received " + Texts.dateTime(received) + " outside working hours: counting starts "
                    + Texts.dateTime(countedFrom);
        }
    }

    /**
     * Consecutive days that were not counted for the same reason.
     *
     * @param kind the entry that makes them days off, or null for weekly rest days
     * @param name the entry's name (null for weekly rest days)
     * @param proposed true when the entry is an unconfirmed proposal
     */
    record DaysSkipped(LocalDate from, LocalDate to, CalendarEntryKind kind, String name, boolean proposed)
            implements Explanation {
        public DaysSkipped {
            if (kind == CalendarEntryKind.SWAPPED_WORKDAY) {
                throw new IllegalArgumentException("a swapped workday is counted, not skipped");
            }
        }

        @Override
        public String vi() {
            String reason = kind == null ? "nghỉ hằng tuần" : name;
            return "Bỏ qua " + Texts.dateRange(from, to) + " (" + reason
                    + (proposed ? "; lịch đề xuất, chưa xác nhận" : "") + ")";
        }

        @Override
        public String en() {
            String reason = kind == null
                    ? "weekly rest days"
                    : switch (kind) {
                        case HOLIDAY -> "public holiday: " + name;
                        case COMPENSATORY_DAY_OFF -> "compensatory day off: " + name;
                        case SWAPPED_DAY_OFF -> "swapped day off: " + name;
                        case SWAPPED_WORKDAY -> throw new IllegalStateException("rejected by the constructor");
                    };
            return "Skipped " + Texts.dateRange(from, to) + " (" + reason
                    + (proposed ? "; proposed schedule, not confirmed" : "") + ")";
        }
    }

    /** A weekly rest day worked in exchange for a swapped day off, counted as a working day. */
    record SwappedWorkdayCounted(LocalDate date, String name) implements Explanation {
        @Override
        public String vi() {
            return "Tính " + Texts.date(date) + " là ngày làm việc (" + name + ")";
        }

        @Override
        public String en() {
            return "Counted " + Texts.date(date) + " as a working day (swapped workday: " + name + ")";
        }
    }

    /** After a supplement the budget counts again from zero ({@link PauseRule#RESTART}). */
    record Restarted(LocalDateTime from) implements Explanation {
        @Override
        public String vi() {
            return "Tính lại từ đầu từ " + Texts.dateTime(from) + " (sau khi nhận đủ hồ sơ bổ sung)";
        }

        @Override
        public String en() {
            return "Counting restarted from zero at " + Texts.dateTime(from) + " (after the supplement was received)";
        }
    }

    /** A pause that moved the due time by the working time it covered. */
    record PauseApplied(LocalDateTime from, LocalDateTime to, PauseKind kind, WorkingDuration notCounted)
            implements Explanation {
        @Override
        public String vi() {
            return "Tạm dừng " + Texts.dateTime(from) + " – " + Texts.dateTime(to) + " (" + kind.vi() + "): không tính "
                    + notCounted.vi();
        }

        @Override
        public String en() {
            return "Paused " + Texts.dateTime(from) + " – " + Texts.dateTime(to) + " (" + kind.en() + "): "
                    + notCounted.en() + " not counted";
        }
    }

    /** A pause that did not move the due time: it lies before the counting start or after the due time. */
    record PauseIgnored(LocalDateTime from, LocalDateTime to, PauseKind kind) implements Explanation {
        @Override
        public String vi() {
            return "Không tính tạm dừng " + Texts.dateTime(from) + " – " + Texts.dateTime(to) + " (" + kind.vi()
                    + "): nằm ngoài thời gian đang tính hạn";
        }

        @Override
        public String en() {
            return "Pause " + Texts.dateTime(from) + " – " + Texts.dateTime(to) + " (" + kind.en()
                    + ") ignored: outside the counted period";
        }
    }

    /** Same-day procedure received after the cut-off: due at the end of the next working day. */
    record CutoffPassed(LocalTime cutoff) implements Explanation {
        @Override
        public String vi() {
            return "Nhận sau " + Texts.time(cutoff) + ": trả kết quả trong ngày làm việc tiếp theo";
        }

        @Override
        public String en() {
            return "Received after the " + Texts.time(cutoff) + " cut-off: due at the end of the next working day";
        }
    }

    /** A calendar-day or month deadline fell on a non-working day and moved to the next working day. */
    record MovedToNextWorkingDay(LocalDate from, LocalDate to) implements Explanation {
        @Override
        public String vi() {
            return "Hạn rơi vào ngày nghỉ " + Texts.date(from) + ": chuyển sang ngày làm việc tiếp theo "
                    + Texts.date(to);
        }

        @Override
        public String en() {
            return "Due date " + Texts.date(from) + " is not a working day: moved to the next working day "
                    + Texts.date(to);
        }
    }

    /** The year has no announced holiday schedule: the statutory proposal was used. */
    record ProposedSchedule(int year) implements Explanation {
        @Override
        public String vi() {
            return "Năm " + year
                    + " chưa có lịch nghỉ lễ, Tết chính thức: dùng lịch đề xuất theo Bộ luật Lao động (chưa xác nhận)";
        }

        @Override
        public String en() {
            return "No announced holiday schedule for " + year
                    + ": the proposal from the Labour Code was used (not confirmed)";
        }
    }
}
