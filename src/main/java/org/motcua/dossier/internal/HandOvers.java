package org.motcua.dossier.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.motcua.dossier.HandOver;
import org.motcua.shared.DomainException;
import org.motcua.shared.FieldError;

/** The hand-over of a result, checked field by field for the dossier's delivery method. */
final class HandOvers {

    /** CCCD (12 digits), CMND (9 digits) or passport (a letter and 7–8 digits). */
    private static final Pattern RECIPIENT_ID = Pattern.compile("\\d{12}|\\d{9}|[A-Z]\\d{7,8}");

    private HandOvers() {}

    static HandOver of(
            Dossier d,
            String recipientName,
            String idNumber,
            String relationship,
            String trackingNumber,
            LocalDateTime at) {
        List<FieldError> problems = new ArrayList<>();
        HandOver handOver = switch (d.deliveryMethod()) {
            case POSTAL -> {
                if (trackingNumber == null) {
                    problems.add(new FieldError("trackingNumber", "NotBlank", null));
                } else if (trackingNumber.length() > 60) {
                    problems.add(new FieldError("trackingNumber", "Size", null));
                }
                yield new HandOver(d.deliveryMethod(), null, null, null, trackingNumber, at);
            }
            case ELECTRONIC -> new HandOver(d.deliveryMethod(), null, null, null, null, at);
            case COUNTER -> {
                if (recipientName == null) {
                    problems.add(new FieldError("recipientName", "NotBlank", null));
                } else if (recipientName.length() > 200) {
                    problems.add(new FieldError("recipientName", "Size", null));
                }
                if (idNumber == null) {
                    problems.add(new FieldError("idNumber", "NotBlank", null));
                } else if (!RECIPIENT_ID.matcher(idNumber).matches()) {
                    problems.add(new FieldError("idNumber", "IdNumber", null));
                }
                // Whoever shows the applicant's own ID number is the applicant; anyone else says who they are.
                boolean applicant = idNumber != null
                        && d.applicant() != null
                        && idNumber.equals(d.applicant().idNumber());
                if (!applicant && relationship == null) {
                    problems.add(new FieldError("relationship", "NotBlank", null));
                } else if (relationship != null && relationship.length() > 200) {
                    problems.add(new FieldError("relationship", "Size", null));
                }
                yield new HandOver(
                        d.deliveryMethod(), recipientName, idNumber, applicant ? null : relationship, null, at);
            }
        };
        if (!problems.isEmpty()) {
            throw DomainException.invalid("validation.failed", problems);
        }
        return handOver;
    }
}
