package org.motcua.postal;

/** Which way a parcel goes. */
public enum Direction {
    /** The result, from the center to the applicant (trả kết quả qua bưu chính). */
    RETURN,
    /** The papers, from the applicant to the center (thu gom hồ sơ). */
    PICKUP
}
