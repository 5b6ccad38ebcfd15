package org.motcua.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters are read through {@link Text#nfc} by everyone: data binding, controllers
 * that take the whole form as a map, and the sign-in form that Spring Security reads itself (so a
 * password is normalised the same way when it is set and when it is typed). Runs before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ParameterTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanParameters(request), response);
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return Text.nfc(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return clean(super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            // Not kept: a forward may add parameters to the request underneath.
            Map<String, String[]> clean = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> clean.put(name, clean(values)));
            return Collections.unmodifiableMap(clean);
        }

        private static String[] clean(String[] values) {
            if (values == null) {
                return null;
            }
            String[] clean = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                clean[i] = Text.nfc(values[i]);
            }
            return clean;
        }
    }
}
