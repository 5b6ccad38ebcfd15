package org.motcua.statistics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import java.util.UUID;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts the statistics API tests create, and their bearer tokens. */
record StatisticsPeople(MockMvc mvc, Users users) {

    static final String PASSWORD = "mật-khẩu";

    /** A new account with these roles, serving these agencies; answers its bearer token. */
    String token(String username, Set<Role> roles, Set<UUID> agencies) throws Exception {
        var user = users.create(username, PASSWORD, "Người " + username, roles);
        users.assignAgencies(user.id(), agencies);
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }
}
