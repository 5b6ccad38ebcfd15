package org.motcua.payments;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motcua.catalog.FeeTier;
import org.motcua.catalog.FeeView;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;

/**
 * Computes what a dossier owes from its procedure's published fee items and what the officer counted: the
 * one place the fee rules live. Whole đồng throughout; an exemption or reduction rounds the amount owed
 * down (the applicant never pays a fraction of a đồng more than the law asks).
 */
final class FeeAssessor {

    /** The largest count of units one line may have (a guard against typing errors, not a legal rule). */
    static final long MAX_QUANTITY = 1_000_000;

    /** "Tối đa không quá 200.000 đồng/bản": the cap a publishing decision puts on a graduated fee. */
    private static final Pattern CAP = Pattern.compile("(?iu)tối đa(?:\\s+không\\s+quá)?\\s+([0-9][0-9.]*)\\s*đồng");

    private FeeAssessor() {}

    record Computed(List<AssessedLine> lines, long totalVnd) {}

    static Computed compute(List<FeeView> fees, List<FeeLineInput> inputs) {
        List<FieldError> errors = new ArrayList<>();
        if (inputs.isEmpty()) {
            errors.add(new FieldError("lines", "NotEmpty", null));
        }
        List<AssessedLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < inputs.size(); i++) {
            FeeLineInput in = inputs.get(i);
            String at = "lines[" + i + "]";
            if (in == null || in.fee() == null || in.fee() < 0 || in.fee() >= fees.size()) {
                errors.add(new FieldError(at + ".fee", "UnknownFee", null));
                continue;
            }
            FeeView fee = fees.get(in.fee());
            Integer percent = in.reductionPercent();
            String reason = Text.clean(in.reductionReason());
            if (percent != null && (percent < 0 || percent > 100)) {
                errors.add(new FieldError(at + ".reductionPercent", "Range", null));
                continue;
            }
            if (percent != null && percent > 0 && reason == null) {
                errors.add(new FieldError(at + ".reductionReason", "ReasonRequired", null));
                continue;
            }
            Counted counted = count(fee, in, at, errors);
            if (counted == null) {
                continue;
            }
            Long cap = cap(fee.exemptionNote());
            long base = cap != null ? Math.min(counted.amount(), cap) : counted.amount();
            long due = percent == null || percent == 0 ? base : Math.multiplyExact(base, 100 - percent) / 100;
            lines.add(new AssessedLine(
                    fee.name(),
                    fee.kind(),
                    fee.unit(),
                    counted.words(),
                    base,
                    percent == null || percent == 0 ? null : percent,
                    percent == null || percent == 0 ? null : reason,
                    cap,
                    due));
            total = Math.addExact(total, due);
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("validation.failed", errors);
        }
        return new Computed(lines, total);
    }

    private record Counted(long amount, String words) {}

    private static Counted count(FeeView fee, FeeLineInput in, String at, List<FieldError> errors) {
        return switch (fee.kind()) {
            case FIXED, PER_UNIT -> {
                Long q = in.quantity();
                if (q == null && fee.kind() == org.motcua.catalog.FeeKind.FIXED) {
                    q = 1L;
                }
                if (q == null || q < 1 || q > MAX_QUANTITY) {
                    errors.add(new FieldError(at + ".quantity", "Range", null));
                    yield null;
                }
                if (fee.amountVnd() == null) {
                    errors.add(new FieldError(at + ".fee", "NoPublishedAmount", null));
                    yield null;
                }
                yield new Counted(Math.multiplyExact(fee.amountVnd(), q), q + " × " + money(fee.amountVnd()));
            }
            case TIERED -> {
                List<FeeTier> tiers = fee.tiers();
                List<Long> qs = in.tierQuantities();
                if (tiers.isEmpty() || qs.size() != tiers.size()) {
                    errors.add(new FieldError(at + ".tierQuantities", "OnePerTier", null));
                    yield null;
                }
                long amount = 0;
                long units = 0;
                List<String> words = new ArrayList<>();
                for (int t = 0; t < tiers.size(); t++) {
                    Long q = qs.get(t);
                    if (q == null || q < 0 || q > MAX_QUANTITY) {
                        errors.add(new FieldError(at + ".tierQuantities[" + t + "]", "Range", null));
                        yield null;
                    }
                    if (q > 0) {
                        amount = Math.addExact(
                                amount, Math.multiplyExact(tiers.get(t).amountVnd(), q));
                        units += q;
                        words.add(q + " × " + money(tiers.get(t).amountVnd()) + " ("
                                + tiers.get(t).label() + ")");
                    }
                }
                if (units == 0) {
                    errors.add(new FieldError(at + ".tierQuantities", "NotEmpty", null));
                    yield null;
                }
                yield new Counted(amount, String.join(" + ", words));
            }
        };
    }

    static Long cap(String note) {
        if (note == null) {
            return null;
        }
        Matcher m = CAP.matcher(note);
        return m.find() ? Long.valueOf(m.group(1).replace(".", "")) : null;
    }

    static String money(long vnd) {
        return NumberFormat.getIntegerInstance(Locale.of("vi", "VN")).format(vnd);
    }
}
