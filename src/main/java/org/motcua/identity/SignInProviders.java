package org.motcua.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The external sign-in providers configured ({@code spring.security.oauth2.client.registration.*}). */
@Component
public class SignInProviders {

    public record Provider(String id, String name) {}

    private final List<Provider> providers;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> repository) {
        List<Provider> found = new ArrayList<>();
        if (repository.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }
}
