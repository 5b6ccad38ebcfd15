package org.motcua.dossier;

import java.time.LocalDateTime;

/**
 * How the result reached the applicant, as recorded at return.
 *
 * @param method counter, post or electronic delivery (the applicant's choice at submission)
 * @param recipientName at the counter: the person who collected it
 * @param recipientIdNumber at the counter: their ID number (CCCD, CMND or passport)
 * @param relationship at the counter, when the person is not the applicant: how they relate to them
 * @param trackingNumber by post: the postal service's tracking number
 * @param at when it was handed over, posted or delivered
 */
public record HandOver(
        DeliveryMethod method,
        String recipientName,
        String recipientIdNumber,
        String relationship,
        String trackingNumber,
        LocalDateTime at) {

    /** The hand-over in one Vietnamese sentence, as the history note and the tracking book print it. */
    public String describe(String applicantName) {
        return switch (method) {
            case POSTAL -> "Gửi qua bưu điện, mã vận đơn " + trackingNumber;
            case ELECTRONIC -> "Trả kết quả điện tử cho " + applicantName;
            case COUNTER ->
                recipientName + " (số định danh " + recipientIdNumber
                        + (relationship == null ? ", người nộp hồ sơ" : ", " + relationship + " của người nộp hồ sơ")
                        + ")";
        };
    }
}
