package org.motcua.statistics;

/**
 * The figure a procedure's granted results feed, for the investment and enterprise figures leaders quote
 * ("new enterprises registered with their capital, projects approved, domestic and foreign"). A procedure
 * is tagged by an administrator; untagged procedures feed none.
 */
public enum ResultFigure {
    /** A new enterprise registered (đăng ký thành lập doanh nghiệp). */
    ENTERPRISE_REGISTERED,
    /** An enterprise's business suspended (tạm ngừng kinh doanh). */
    ENTERPRISE_SUSPENDED,
    /** An enterprise dissolved (giải thể). */
    ENTERPRISE_DISSOLVED,
    /** An investment project approved or registered (chấp thuận chủ trương, cấp giấy chứng nhận đăng ký đầu tư). */
    INVESTMENT_APPROVED
}
