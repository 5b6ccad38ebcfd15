package org.motcua.postal;

/** A postal carrier motcua can hand parcels to. */
public enum Carrier {
    /** Tổng công ty Bưu điện Việt Nam, MyVNPost partner API. */
    VNPOST("Bưu điện Việt Nam (VNPost)"),
    /** Tổng công ty Cổ phần Bưu chính Viettel, partner API v2. */
    VIETTELPOST("Viettel Post"),
    /** The carrier built into the application in demo mode (no real parcel moves). */
    DEMO("Bưu chính mô phỏng");

    private final String displayName;

    Carrier(String displayName) {
        this.displayName = displayName;
    }

    /** The carrier's name as printed on labels and shown on tracking pages. */
    public String displayName() {
        return displayName;
    }
}
