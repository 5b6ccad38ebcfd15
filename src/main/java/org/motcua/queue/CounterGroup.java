package org.motcua.queue;

import java.util.List;
import java.util.UUID;

/**
 * A counter group (nhóm quầy): the line a visitor joins at the kiosk. Served by the counters listed
 * (catalog counter ids); covers the procedures of {@code agencyIds}. A closed group issues no ticket.
 */
public record CounterGroup(
        UUID id,
        UUID centerId,
        String code,
        String name,
        String nameEn,
        List<UUID> agencyIds,
        List<UUID> counterIds,
        boolean open,
        int slotMinutes,
        int slotCapacity,
        int targetWaitMinutes) {

    public CounterGroup {
        agencyIds = List.copyOf(agencyIds);
        counterIds = List.copyOf(counterIds);
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : name;
    }
}
