package org.motcua.shared;

import tools.jackson.core.JacksonException;

/** Names the JSON field a deserialisation error points at, without exposing the parser's message. */
final class JsonPaths {

    private JsonPaths() {}

    static String fieldOf(Throwable cause) {
        if (cause instanceof JacksonException e && !e.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? null : path.toString();
        }
        return null;
    }
}
