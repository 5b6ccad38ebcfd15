package org.motcua.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The channels that can be sent on here, each with its provider; in-app notices need none. */
class Channels implements AutoCloseable {

    private final Map<NotificationChannel, ChannelSender> senders = new EnumMap<>(NotificationChannel.class);
    private final List<NotificationChannel> wanted;

    Channels(List<ChannelSender> senders, List<NotificationChannel> wanted) {
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.wanted = List.copyOf(wanted);
    }

    /** Whether people are written to on {@code channel}: it is wanted and has a provider. */
    boolean used(NotificationChannel channel) {
        return wanted.contains(channel) && available(channel);
    }

    /** Whether {@code channel} can carry a message at all (a fallback needs no more). */
    boolean available(NotificationChannel channel) {
        return channel == NotificationChannel.IN_APP || senders.containsKey(channel);
    }

    Optional<ChannelSender> sender(NotificationChannel channel) {
        return Optional.ofNullable(senders.get(channel));
    }

    /** The provider of each channel, for the admin page. */
    Map<NotificationChannel, String> providers() {
        Map<NotificationChannel, String> providers = new EnumMap<>(NotificationChannel.class);
        senders.forEach((channel, sender) -> providers.put(channel, sender.provider()));
        return providers;
    }

    @Override
    public void close() throws Exception {
        for (ChannelSender s : senders.values()) {
            if (s instanceof AutoCloseable c) {
                c.close();
            }
        }
    }
}
