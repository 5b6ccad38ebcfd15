package org.motcua.shared;

import java.time.ZoneId;

/** Facts about where motcua runs. */
public final class Vietnam {

    /** Every legal date and time (receipt, appointment, dossier code) is local time, UTC+7. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Orders names as a Vietnamese reader expects ("Ủy ban" after "Sở", "Đ" after "D"). */
    public static final java.text.Collator COLLATOR = java.text.Collator.getInstance(java.util.Locale.of("vi", "VN"));

    private Vietnam() {}
}
