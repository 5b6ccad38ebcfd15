package org.motcua.nationalportal;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Demo mode: what the fake national portal holds, for its page; empty outside demo mode. */
@Service
public class FakePortal {

    /** One dossier as the fake portal holds it: its latest status and every progress entry, newest first. */
    public record PortalDossier(
            String code, Integer status, String applicant, String procedure, List<Entry> progress) {}

    /** One progress entry: when ({@code yyyyMMddHHmmss}), the status, what was done, by whom. */
    public record Entry(String at, Integer status, String content, String by) {}

    /** A dossier "submitted on the portal", waiting to be fetched or already fetched. */
    public record Offer(String code, String applicant, boolean fetched) {}

    private final ObjectProvider<DemoNationalPortal> demo;

    FakePortal(ObjectProvider<DemoNationalPortal> demo) {
        this.demo = demo;
    }

    public boolean present() {
        return demo.getIfAvailable() != null;
    }

    public List<PortalDossier> dossiers(int limit) {
        return Optional.ofNullable(demo.getIfAvailable())
                .map(d -> d.dossiers(limit))
                .orElse(List.of());
    }

    public List<Offer> offers() {
        return Optional.ofNullable(demo.getIfAvailable())
                .map(DemoNationalPortal::offerList)
                .orElse(List.of());
    }

    /** Puts one more dossier up on the fake portal; its code. */
    public Optional<String> offerAnother() {
        return Optional.ofNullable(demo.getIfAvailable()).map(DemoNationalPortal::offerAnother);
    }
}
