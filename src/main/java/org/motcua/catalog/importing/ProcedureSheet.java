package org.motcua.catalog.importing;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.motcua.catalog.AdministrativeLevel;
import org.motcua.catalog.ApplicantType;
import org.motcua.catalog.Channel;
import org.motcua.catalog.OnlineLevel;
import org.motcua.catalog.ProcedureRow;
import org.motcua.catalog.ProcessingTime;
import org.motcua.catalog.ProcessingTimeUnit;
import org.motcua.catalog.ResultKind;

/** Sheet {@code ThuTuc}: procedures, one row per procedure and competent agency. */
public final class ProcedureSheet implements SheetCodec<ProcedureRow> {

    public static final String SHEET = "ThuTuc";
    /** Cell value of "received at" meaning every service center of the province. */
    public static final String ALL_CENTERS = "ALL";

    private static final Pattern NATIONAL_CODE = Pattern.compile("\\d\\.\\d{6}");
    /** One entry of {@link #CHANNEL_TIMES}: {@code ONLINE=3 WORKING_DAYS}. */
    private static final Pattern CHANNEL_TIME =
            Pattern.compile("(\\p{L}+)\\s*=\\s*(\\d+(?:[.,]\\d+)?)\\s+(\\p{L}[\\p{L}_]*)");

    static final Column CODE = Column.requiredText("code", "Mã thủ tục");
    static final Column NATIONAL = Column.text("nationalCode", "Mã TTHC quốc gia");
    static final Column NAME = Column.requiredText("name", "Tên thủ tục");
    static final Column FIELD = Column.requiredText("fieldCode", "Mã lĩnh vực");
    static final Column LEVEL = Column.choice("level", "Cấp thực hiện", true, AdministrativeLevel.class);
    static final Column AGENCY = Column.requiredText("competentAgencyCode", "Mã cơ quan giải quyết");
    static final Column CENTERS = Column.requiredText("receivingCenterCodes", "Nơi tiếp nhận");
    static final Column CHANNELS = Column.requiredText("channels", "Kênh nộp hồ sơ");
    static final Column ONLINE = Column.choice("onlineLevel", "Mức độ trực tuyến", false, OnlineLevel.class);
    static final Column TIME = Column.number("processingTimeAmount", "Thời hạn giải quyết", false);
    static final Column UNIT = Column.choice("processingTimeUnit", "Đơn vị thời hạn", false, ProcessingTimeUnit.class);
    static final Column CHANNEL_TIMES = Column.text("channelTimes", "Thời hạn theo kênh");
    static final Column CUT_OFF = Column.time("sameDayCutOff", "Giờ nhận muộn nhất trong ngày");
    static final Column APPLICANTS = Column.requiredText("applicantTypes", "Đối tượng thực hiện");
    static final Column RESULT = Column.text("resultName", "Kết quả");
    static final Column RESULT_KIND = Column.choice("resultKind", "Hình thức kết quả", false, ResultKind.class);
    static final Column LEGAL_BASIS = Column.text("legalBasis", "Căn cứ pháp lý");
    static final Column CONDITIONS = Column.text("conditions", "Điều kiện thực hiện");
    static final Column STEPS = Column.text("implementationSteps", "Trình tự thực hiện");
    static final Column FOUR_ON_SITE = Column.yesNo("fourOnSiteEligible", "Áp dụng 4 tại chỗ", false);
    static final Column PARTNERS = Column.text("lienThongPartnerCodes", "Cơ quan liên thông");
    static final Column DECISION_NO = Column.text("decisionNumber", "Số quyết định công bố");
    static final Column DECISION_DATE = Column.date("decisionDate", "Ngày quyết định công bố");
    static final Column EFFECTIVE = Column.date("effectiveFrom", "Ngày áp dụng");

    private static final List<Column> COLUMNS = List.of(
            CODE,
            NATIONAL,
            NAME,
            FIELD,
            LEVEL,
            AGENCY,
            CENTERS,
            CHANNELS,
            ONLINE,
            TIME,
            UNIT,
            CHANNEL_TIMES,
            CUT_OFF,
            APPLICANTS,
            RESULT,
            RESULT_KIND,
            LEGAL_BASIS,
            CONDITIONS,
            STEPS,
            FOUR_ON_SITE,
            PARTNERS,
            DECISION_NO,
            DECISION_DATE,
            EFFECTIVE);

    @Override
    public String sheetName() {
        return SHEET;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public ProcedureRow read(RowReader r) {
        String nationalCode = r.text(NATIONAL);
        if (nationalCode != null && !NATIONAL_CODE.matcher(nationalCode).matches()) {
            r.badFormat(
                    NATIONAL, nationalCode, "mã dạng d.dddddd, ví dụ 1.001193", "a code like d.dddddd, e.g. 1.001193");
        }
        List<String> centers = r.list(CENTERS);
        boolean allCenters = centers.size() == 1
                && centers.getFirst().toUpperCase(Locale.ROOT).equals(ALL_CENTERS);
        Set<Channel> channels = r.choices(CHANNELS, Channel.class);
        OnlineLevel online = r.choice(ONLINE, OnlineLevel.class);
        boolean onlineReadable = online != null || r.text(ONLINE) == null; // a bad value is reported already
        if (!channels.isEmpty() && onlineReadable && (online != null) != channels.contains(Channel.ONLINE)) {
            r.inconsistent(
                    ONLINE,
                    "Mức độ trực tuyến phải có khi và chỉ khi kênh nộp có ONLINE",
                    "The online level is given if and only if the channels include ONLINE");
        }
        ProcessingTime time = processingTime(r);
        Map<Channel, ProcessingTime> channelTimes = channelTimes(r, channels);
        requireTimes(r, channels, time, channelTimes);
        LocalTime cutOff = r.time(CUT_OFF);
        if (cutOff != null && (time == null || time.unit() != ProcessingTimeUnit.SAME_DAY)) {
            r.inconsistent(
                    CUT_OFF,
                    "Giờ nhận muộn nhất chỉ dùng cho thủ tục giải quyết trong ngày (SAME_DAY)",
                    "A cut-off time only applies to SAME_DAY procedures");
        }
        return new ProcedureRow(
                r.text(CODE),
                nationalCode,
                r.text(NAME),
                r.text(FIELD),
                r.choice(LEVEL, AdministrativeLevel.class),
                r.text(AGENCY),
                allCenters,
                allCenters ? List.of() : centers,
                channels,
                online,
                time,
                channelTimes,
                cutOff,
                r.choices(APPLICANTS, ApplicantType.class),
                r.text(RESULT),
                r.choice(RESULT_KIND, ResultKind.class),
                r.text(LEGAL_BASIS),
                r.text(CONDITIONS),
                r.text(STEPS),
                r.yesNo(FOUR_ON_SITE),
                r.list(PARTNERS),
                r.text(DECISION_NO),
                r.date(DECISION_DATE),
                r.date(EFFECTIVE));
    }

    /** Amount and unit come together; SAME_DAY is 0 and calendar units are whole numbers. */
    private static ProcessingTime processingTime(RowReader r) {
        BigDecimal amount = r.decimal(TIME);
        ProcessingTimeUnit unit = r.choice(UNIT, ProcessingTimeUnit.class);
        boolean amountBlank = r.text(TIME) == null;
        boolean unitBlank = r.text(UNIT) == null;
        if (amountBlank != unitBlank) {
            r.missing(amountBlank ? TIME : UNIT);
            return null;
        }
        if (amount == null || unit == null) {
            return null;
        }
        return checked(r, TIME, amount, unit);
    }

    /**
     * Every offered channel has a legal time, its own or the default: an import publishes its rows, and a
     * dossier received through a channel without one could be given no appointment. Not reported when a
     * time cell is already reported as wrong (that is the cause, this would be its echo).
     */
    private static void requireTimes(
            RowReader r, Set<Channel> channels, ProcessingTime time, Map<Channel, ProcessingTime> channelTimes) {
        boolean readable = r.text(TIME) == null
                && r.text(UNIT) == null
                && channelTimes.size() == r.list(CHANNEL_TIMES).size();
        if (time != null || !readable) {
            return;
        }
        List<Channel> untimed = sorted(channels).stream()
                .filter(c -> !channelTimes.containsKey(c))
                .toList();
        if (!untimed.isEmpty()) {
            String named = untimed.stream().map(Channel::name).collect(Collectors.joining(", "));
            r.missing(
                    TIME,
                    "Chưa có thời hạn giải quyết cho kênh " + named + ": nhập thời hạn chung (số và đơn vị), hoặc"
                            + " thời hạn riêng của kênh ở cột \"" + CHANNEL_TIMES.header() + "\"",
                    "No time limit for " + named + ": give the default time (amount and unit), or the channel's own"
                            + " in column \"" + CHANNEL_TIMES.header() + "\"");
        }
    }

    /**
     * "ONLINE=3 WORKING_DAYS; POSTAL=12 CALENDAR_DAYS": legal times that differ from the default for
     * some of the offered channels. Every malformed entry is reported on its own; the others are kept.
     */
    private static Map<Channel, ProcessingTime> channelTimes(RowReader r, Set<Channel> offered) {
        Map<Channel, ProcessingTime> times = new EnumMap<>(Channel.class);
        for (String entry : r.list(CHANNEL_TIMES)) {
            Matcher m = CHANNEL_TIME.matcher(entry);
            Channel channel = m.matches() ? named(Channel.class, m.group(1)) : null;
            ProcessingTimeUnit unit = m.matches() ? named(ProcessingTimeUnit.class, m.group(3)) : null;
            if (channel == null || unit == null) {
                r.badFormat(
                        CHANNEL_TIMES,
                        entry,
                        "KÊNH=số ĐƠN_VỊ, ví dụ ONLINE=3 WORKING_DAYS",
                        "CHANNEL=amount UNIT, e.g. ONLINE=3 WORKING_DAYS");
                continue;
            }
            if (!offered.isEmpty() && !offered.contains(channel)) {
                r.inconsistent(
                        CHANNEL_TIMES,
                        "Thủ tục không nhận hồ sơ qua kênh " + channel,
                        "The procedure is not offered through " + channel);
                continue;
            }
            ProcessingTime time =
                    checked(r, CHANNEL_TIMES, new BigDecimal(m.group(2).replace(',', '.')), unit);
            if (time != null && times.putIfAbsent(channel, time) != null) {
                r.inconsistent(
                        CHANNEL_TIMES, "Kênh " + channel + " có hai thời hạn", "Channel " + channel + " has two times");
            }
        }
        return times;
    }

    /** The same rules for the default time and a channel's own: SAME_DAY is 0, calendar units whole. */
    private static ProcessingTime checked(RowReader r, Column column, BigDecimal amount, ProcessingTimeUnit unit) {
        if (amount.signum() < 0) {
            r.negative(column, Cells.plain(amount));
            return null;
        }
        if (unit == ProcessingTimeUnit.SAME_DAY && amount.signum() != 0) {
            r.inconsistent(column, "Thủ tục giải quyết trong ngày có thời hạn 0", "A SAME_DAY procedure has time 0");
            return null;
        }
        boolean calendar = unit == ProcessingTimeUnit.CALENDAR_DAYS || unit == ProcessingTimeUnit.MONTHS;
        if (calendar && amount.stripTrailingZeros().scale() > 0) {
            r.inconsistent(
                    column,
                    "Thời hạn tính theo ngày hoặc tháng phải là số nguyên",
                    "A time in calendar days or months must be a whole number");
            return null;
        }
        return new ProcessingTime(amount, unit);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    private static String channelTimes(Map<Channel, ProcessingTime> times) {
        return times.isEmpty()
                ? null
                : Cells.joinList(times.entrySet().stream()
                        .map(e -> e.getKey() + "=" + Cells.plain(e.getValue().amount()) + " "
                                + e.getValue().unit())
                        .toList());
    }

    @Override
    public List<Object> write(ProcedureRow p) {
        return Arrays.asList(
                p.code(),
                p.nationalCode(),
                p.name(),
                p.fieldCode(),
                p.level(),
                p.competentAgencyCode(),
                p.receivedAtAllCenters() ? ALL_CENTERS : Cells.joinList(p.receivingCenterCodes()),
                Cells.joinList(sorted(p.channels())),
                p.onlineLevel(),
                p.processingTime() == null ? null : p.processingTime().amount(),
                p.processingTime() == null ? null : p.processingTime().unit(),
                channelTimes(p.channelTimes()),
                p.sameDayCutOff(),
                Cells.joinList(sorted(p.applicantTypes())),
                p.resultName(),
                p.resultKind(),
                p.legalBasis(),
                p.conditions(),
                p.implementationSteps(),
                p.fourOnSiteEligible(),
                Cells.joinList(p.lienThongPartnerCodes()),
                p.decisionNumber(),
                p.decisionDate(),
                p.effectiveFrom());
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
