package org.motcua.postal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code motcua.postal.*}: carrier accounts, which center uses which, the tariff and the unit list.
 *
 * @param accounts carrier accounts by a name of the operator's choice ({@code motcua.postal.accounts.vnpost-hl.*})
 * @param centers which account a center posts with, by the center's agency code ({@code
 *     motcua.postal.centers.000.00.01.H41=vnpost-hl}); a center not listed uses {@code defaultAccount}
 * @param defaultAccount the account of centers not listed; empty = none outside demo mode (the counter
 *     then types the tracking number of a parcel posted by hand), {@code demo} in demo mode
 * @param units the province's unit list (CSV in the official list's shape)
 * @param tariff the postage shown when the carrier gives no quote
 * @param weightGrams the weight declared for an envelope of results or papers
 * @param pollEvery how often open orders are polled for news
 */
@ConfigurationProperties("motcua.postal")
record PostalSettings(
        Map<String, Account> accounts,
        Map<String, String> centers,
        @DefaultValue("") String defaultAccount,
        @DefaultValue("classpath:postal/units-hong-lam.csv") String units,
        @DefaultValue Tariff tariff,
        @DefaultValue("300") int weightGrams,
        @DefaultValue("10m") Duration pollEvery) {

    PostalSettings {
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        centers = centers == null ? Map.of() : Map.copyOf(centers);
    }

    /**
     * One carrier account.
     *
     * @param baseUrl the API's base address (VNPost {@code https://connect-my.vnpost.vn/customer-partner},
     *     ViettelPost {@code https://partner.viettelpost.vn/v2})
     * @param username the login (VNPost partner user, ViettelPost {@code USERNAME})
     * @param password its password
     * @param customerCode VNPost {@code customerCode}; ViettelPost {@code CUS_ID}
     * @param contractCode VNPost {@code contractCode}; ViettelPost {@code GROUPADDRESS_ID}
     * @param serviceCode VNPost {@code serviceCode}; ViettelPost {@code ORDER_SERVICE} when the price list
     *     names none
     * @param callbackToken the shared secret the carrier sends with its status callbacks (ViettelPost
     *     {@code TOKEN})
     * @param timeout how long a call may take before the order is parked for a retry
     */
    record Account(
            Carrier carrier,
            @DefaultValue("") String baseUrl,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String customerCode,
            @DefaultValue("") String contractCode,
            @DefaultValue("") String serviceCode,
            @DefaultValue("") String callbackToken,
            @DefaultValue("15s") Duration timeout) {}

    /**
     * A flat postage: {@code base} for the first {@code baseGrams}, {@code perStep} for each further
     * {@code stepGrams} or part of it. Whole đồng.
     */
    record Tariff(
            @DefaultValue("22000") long base,
            @DefaultValue("500") int baseGrams,
            @DefaultValue("4000") long perStep,
            @DefaultValue("500") int stepGrams) {

        long postage(int grams) {
            if (grams <= baseGrams) {
                return base;
            }
            long steps = (grams - baseGrams + stepGrams - 1) / stepGrams;
            return base + steps * perStep;
        }
    }
}
