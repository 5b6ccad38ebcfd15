package org.motcua.postal;

/**
 * Each carrier's status codes onto motcua's delivery states (integrations notes: the MyVNPost table and
 * ViettelPost's {@code ORDER_STATUS} table). Null means "no news for the delivery state" (a COD payment,
 * an edited waybill, an unknown code): the report is kept in the shipment's history, the state stays.
 */
final class CarrierStatuses {

    private CarrierStatuses() {}

    static DeliveryState of(Carrier carrier, String code) {
        int c;
        try {
            c = Integer.parseInt(code.strip());
        } catch (RuntimeException notANumber) {
            return null;
        }
        return switch (carrier) {
            case VNPOST -> vnpost(c);
            case VIETTELPOST, DEMO -> viettelPost(c);
        };
    }

    /** MyVNPost: 14 delivered, 15 failed, 19–20 back at the sender. */
    static DeliveryState vnpost(int code) {
        return switch (code) {
            case 0, 1, 2, 3, 4 -> DeliveryState.CREATED; // draft, created, handed to postman, processing, collecting
            case 6, 7 -> DeliveryState.ACCEPTED; // collected, accepted at the post office
            case 10, 11, 12, 13 -> DeliveryState.IN_TRANSIT; // in transit, at delivery office, delivering, forwarded
            case 14 -> DeliveryState.DELIVERED;
            case 5, 8 -> DeliveryState.FAILED; // collection failed, acceptance failed
            case 15, 16, 17, 18 -> DeliveryState.FAILED; // delivery failed, awaiting/approved/under way back
            case 19, 20 -> DeliveryState.RETURNED_TO_SENDER; // completed return, partially returned
            case 9, 22 -> DeliveryState.CANCELLED; // collection cancelled, delivery cancelled
            default -> null; // 21 COD paid, 101–111 international
        };
    }

    /** ViettelPost {@code ORDER_STATUS}: 501 delivered, 504 returned to sender. */
    static DeliveryState viettelPost(int code) {
        return switch (code) {
            case -100, -108, -109, -110, 100, 102, 103, 104 -> DeliveryState.CREATED;
            case 105, 200 -> DeliveryState.ACCEPTED; // picked up, received at origin
            case 300, 301, 302, 303, 400, 401, 402, 403, 500, 508, 509, 510, 550 -> DeliveryState.IN_TRANSIT;
            case 501 -> DeliveryState.DELIVERED;
            case 502, 505, 506, 507, 515, 551 -> DeliveryState.FAILED; // held or on its way back
            case 504 -> DeliveryState.RETURNED_TO_SENDER;
            case 101, 106, 107, 201, 503 -> DeliveryState.CANCELLED;
            default -> null; // 202 waybill edited, unknown codes
        };
    }
}
