package org.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The display boards' feed over HTTP: a board receives the calls as they are made, and a board that lost
 * its connection and comes back with Last-Event-ID receives exactly the calls it missed, in order.
 */
class BoardFeedIntegrationTests extends QueueTestSupport {

    private static final Pattern EVENT = Pattern.compile("id:(\\d+)\\nevent:call\\ndata:(\\{.*?})\\n");

    @Test
    void aBoardReceivesCallsLiveAndAReconnectingBoardCatchesUpWithWhatItMissed() throws Exception {
        String path = "/api/v1/public/queue/boards/" + center + "/events";
        MvcResult live = mvc.perform(get(path).header("Last-Event-ID", String.valueOf(lastSeq())))
                .andExpect(request().asyncStarted())
                .andReturn();

        Ticket a = tickets.issue(group.id(), TicketSource.KIOSK);
        tickets.call(a.id(), first);
        await().atMost(Duration.ofSeconds(10)).until(() -> events(live).size() >= 1);
        List<String[]> seen = events(live);
        assertThat(seen.getLast()[1]).contains("\"number\":" + a.number(), "\"counter\":" + firstCounter.number());
        assertThat(seen.getLast()[1]).contains("Mời số " + a.number() + " đến quầy số " + firstCounter.number());
        long lastSeen = Long.parseLong(seen.getLast()[0]);
        live.getRequest().getAsyncContext().complete(); // the network drops

        // calls made while the board is away
        Ticket b = tickets.issue(group.id(), TicketSource.KIOSK);
        Ticket c = tickets.issue(group.id(), TicketSource.KIOSK);
        tickets.call(b.id(), second);
        tickets.recall(a.id(), first);
        tickets.finish(b.id(), second);
        tickets.call(c.id(), second);

        MvcResult back = mvc.perform(get(path).header("Last-Event-ID", String.valueOf(lastSeen)))
                .andExpect(request().asyncStarted())
                .andReturn();
        await().atMost(Duration.ofSeconds(10)).until(() -> events(back).size() >= 3);
        List<String[]> caught = events(back);
        // only this test's center calls after lastSeen: other tests may call at the same center, so filter
        List<String> ours = caught.stream()
                .map(e -> e[1])
                .filter(d -> d.contains("\"group\":\"" + group.code() + "\""))
                .toList();
        assertThat(ours).hasSize(3);
        assertThat(ours.get(0)).contains("\"number\":" + b.number(), "\"kind\":\"CALL\"");
        assertThat(ours.get(1)).contains("\"number\":" + a.number(), "\"kind\":\"RECALL\"");
        assertThat(ours.get(2)).contains("\"number\":" + c.number(), "\"kind\":\"CALL\"");
        List<Long> ids = caught.stream().map(e -> Long.parseLong(e[0])).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id > lastSeen);
        back.getRequest().getAsyncContext().complete();
    }

    @Test
    void aBoardEventCarriesNoPersonalDataOrIds() throws Exception {
        Ticket a = tickets.issue(group.id(), TicketSource.KIOSK);
        tickets.call(a.id(), first);
        MvcResult board = mvc.perform(get("/api/v1/public/queue/boards/" + center + "/events"))
                .andExpect(request().asyncStarted())
                .andReturn();
        await().atMost(Duration.ofSeconds(10)).until(() -> !events(board).isEmpty());
        String body = board.getResponse().getContentAsString();
        assertThat(body).doesNotContain(a.id().toString(), a.token(), first.id().toString());
        board.getRequest().getAsyncContext().complete();
    }

    private long lastSeq() {
        return tickets.lastBoardSeq(center);
    }

    private static List<String[]> events(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = EVENT.matcher(body);
        List<String[]> events = new ArrayList<>();
        while (m.find()) {
            events.add(new String[] {m.group(1), m.group(2)});
        }
        return events;
    }
}
