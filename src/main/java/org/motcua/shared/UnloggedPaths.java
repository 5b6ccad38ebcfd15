package org.motcua.shared;

import java.util.List;

/**
 * Paths whose requests leave no line in the request log (not even method, status and time), declared as a
 * bean by the module that owns them: an anonymous channel whose sender must not be found by matching the
 * log's time against a session's last access.
 *
 * @param prefixes request URIs starting with one of these are not logged
 */
public record UnloggedPaths(List<String> prefixes) {

    public UnloggedPaths {
        prefixes = List.copyOf(prefixes);
    }

    public boolean covers(String uri) {
        return uri != null && prefixes.stream().anyMatch(uri::startsWith);
    }
}
