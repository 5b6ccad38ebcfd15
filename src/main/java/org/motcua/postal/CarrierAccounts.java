package org.motcua.postal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.motcua.catalog.Catalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The carrier account each center posts with ({@code motcua.postal.centers}, else
 * {@code motcua.postal.default-account}) and one client per account. In demo mode an account named
 * {@code demo} of the built-in carrier exists unless the operator defined one by that name.
 */
@Component
class CarrierAccounts {

    static final String DEMO = "demo";

    /** A named account and the client that speaks its carrier's protocol. */
    record Account(String name, Carrier carrier, PostalSettings.Account settings, CarrierClient client) {}

    private final Map<String, Account> accounts = new HashMap<>();
    private final PostalSettings settings;
    private final Catalog catalog;
    private final String defaultAccount;

    CarrierAccounts(
            PostalSettings settings,
            Catalog catalog,
            JdbcClient jdbc,
            Clock clock,
            @Value("${motcua.demo:false}") boolean demo) {
        this.settings = settings;
        this.catalog = catalog;
        settings.accounts().forEach((name, a) -> {
            if (a.carrier() == null) {
                throw new IllegalStateException("motcua.postal.accounts." + name + ".carrier is required");
            }
            CarrierClient client = switch (a.carrier()) {
                case VNPOST -> new VnPostClient(require(name, a));
                case VIETTELPOST -> new ViettelPostClient(require(name, a), clock);
                case DEMO -> new DemoCarrier(jdbc, settings.tariff(), clock);
            };
            accounts.put(name, new Account(name, a.carrier(), a, client));
        });
        if (demo && !accounts.containsKey(DEMO)) {
            PostalSettings.Account a = new PostalSettings.Account(
                    Carrier.DEMO, "", "", "", "", "", "", "demo-callback-token", java.time.Duration.ofSeconds(5));
            accounts.put(DEMO, new Account(DEMO, Carrier.DEMO, a, new DemoCarrier(jdbc, settings.tariff(), clock)));
        }
        this.defaultAccount = !settings.defaultAccount().isBlank() ? settings.defaultAccount() : demo ? DEMO : "";
        if (!defaultAccount.isEmpty() && !accounts.containsKey(defaultAccount)) {
            throw new IllegalStateException("motcua.postal.default-account names no account: " + defaultAccount);
        }
        settings.centers().forEach((center, name) -> {
            if (!accounts.containsKey(name)) {
                throw new IllegalStateException("motcua.postal.centers." + center + " names no account: " + name);
            }
        });
    }

    private static PostalSettings.Account require(String name, PostalSettings.Account a) {
        if (a.baseUrl().isBlank()) {
            throw new IllegalStateException("motcua.postal.accounts." + name + ".base-url is required");
        }
        if (!a.baseUrl().startsWith("https://")
                && !a.baseUrl().startsWith("http://localhost")
                && !a.baseUrl().startsWith("http://127.0.0.1")) {
            // Credentials and personal addresses travel in these calls: TLS is not optional.
            throw new IllegalStateException("motcua.postal.accounts." + name + ".base-url must be https");
        }
        return a;
    }

    /** The account the center posts with; empty when none is configured (parcels are then posted by hand). */
    Optional<Account> forCenter(UUID centerId) {
        String name = catalog.agency(centerId)
                .map(a -> settings.centers().get(a.code()))
                .orElse(null);
        if (name == null) {
            name = defaultAccount;
        }
        return Optional.ofNullable(accounts.get(name));
    }

    Optional<Account> named(String name) {
        return Optional.ofNullable(accounts.get(name));
    }
}
