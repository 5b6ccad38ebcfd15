package org.motcua.satisfaction;

import java.util.ArrayList;
import java.util.List;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;

/**
 * A rating as the applicant gives it: the overall grade (required), the reason (required when not
 * satisfied) and the four criteria of the official evaluation (attitude of the officer, time taken,
 * guidance given, the procedure itself), each optional.
 */
public record RatingForm(
        Grade grade, String reason, Grade attitude, Grade timeliness, Grade guidance, Grade procedure) {

    public static final int MAX_REASON = 1000;

    public RatingForm {
        reason = Text.clean(reason);
    }

    /** This form, or 400 "satisfaction.invalid" naming each wrong field. */
    public RatingForm validated() {
        List<FieldError> errors = new ArrayList<>();
        if (grade == null) {
            errors.add(new FieldError("grade", "NotNull", null));
        }
        if (grade == Grade.NOT_SATISFIED && reason == null) {
            errors.add(new FieldError("reason", "satisfaction.reason_required", null));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "Size", null));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("satisfaction.invalid", errors);
        }
        return this;
    }
}
