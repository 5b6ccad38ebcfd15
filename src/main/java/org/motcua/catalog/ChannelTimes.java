package org.motcua.catalog;

import java.util.EnumMap;
import java.util.Map;

/** Per-channel legal times are kept in channel order and never hold a null, whoever builds them. */
final class ChannelTimes {

    private ChannelTimes() {}

    static Map<Channel, ProcessingTime> copy(Map<Channel, ProcessingTime> times) {
        Map<Channel, ProcessingTime> copy = new EnumMap<>(Channel.class);
        if (times != null) {
            times.forEach((channel, time) -> {
                if (channel != null && time != null) {
                    copy.put(channel, time);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
