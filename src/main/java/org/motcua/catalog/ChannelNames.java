package org.motcua.catalog;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Channels as message arguments: resolved by the message source in the language the message is shown
 * in (a problem document, a page), not in the language of whoever raised it.
 */
final class ChannelNames {

    private ChannelNames() {}

    /** "Trực tuyến" / "Online". */
    static MessageSourceResolvable of(Channel channel) {
        return new DefaultMessageSourceResolvable(new String[] {"catalog.channel.short." + channel}, channel.name());
    }

    /** "“Trực tiếp” và “Bưu chính”" / "“At the desk” and “By post”", in channel order. */
    static MessageSourceResolvable list(List<Channel> channels) {
        return new DefaultMessageSourceResolvable(
                new String[] {"catalog.channels." + channels.size()},
                channels.stream().map(ChannelNames::of).toArray(),
                channels.toString());
    }
}
