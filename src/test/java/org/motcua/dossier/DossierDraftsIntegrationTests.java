package org.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motcua.catalog.Catalog;
import org.motcua.catalog.Channel;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureView;
import org.motcua.documents.FileReferences;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.DossierCommands.Submit;
import org.motcua.dossier.DossierCommands.Upload;
import org.motcua.identity.CurrentUser;
import org.motcua.identity.Role;
import org.motcua.identity.Users;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;

/** Online drafts: what is typed and uploaded is kept per account and procedure, and submits once. */
@SpringBootTest(properties = "motcua.demo=true")
class DossierDraftsIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    DossierDrafts drafts;

    @Autowired
    Users users;

    @Autowired
    Catalog catalog;

    @Autowired
    List<FileReferences> references;

    static Upload upload(int order, String name, byte[] bytes) {
        return new Upload(order, name, "application/pdf", bytes.length, new ByteArrayResource(bytes));
    }

    @Test
    void keepsWhatWasTypedAndUploadedAndSubmitsOnlyOnce() {
        ProcedureView procedure =
                catalog.procedureByCode("1.004253.000.00.19.H41").orElseThrow();
        UUID center = catalog.agencyByCode("000.00.01.H41").orElseThrow().id();
        CurrentUser citizen = users.create(
                "nhap-" + UUID.randomUUID().toString().substring(0, 8),
                "mật-khẩu",
                "Lê Thị Thu",
                Set.of(Role.APPLICANT));

        DossierDrafts.Draft draft = drafts.open(citizen, procedure.id(), Map.of("name", "Lê Thị Thu"));
        drafts.save(citizen, procedure.id(), Map.of("idNumber", "12345"));
        assertThat(drafts.find(citizen, procedure.id()).orElseThrow().fields())
                .containsEntry("name", "Lê Thị Thu")
                .containsEntry("idNumber", "12345");
        // Opening again keeps the draft and its submission key.
        assertThat(drafts.open(citizen, procedure.id(), Map.of()).submissionKey())
                .isEqualTo(draft.submissionKey());

        // A file that is not what it claims to be: refused, nothing kept.
        byte[] text = "không phải PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> drafts.attach(
                        citizen, procedure.id(), List.of(upload(1, "don.pdf", PDF), upload(2, "gp.pdf", text))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors())
                        .anySatisfy(f -> assertThat(f.field()).isEqualTo("documents[2].file")));
        assertThat(drafts.find(citizen, procedure.id()).orElseThrow().files()).isEmpty();

        var stored = drafts.attach(citizen, procedure.id(), List.of(upload(1, "don.pdf", PDF)))
                .files()
                .get(1);
        assertThat(stored.fileName()).isEqualTo("don.pdf");
        assertThat(references)
                .anySatisfy(r -> assertThat(r.isReferenced(stored.sha256())).isTrue());

        Submit application = new Submit(
                procedure.id(),
                Channel.ONLINE,
                center,
                new Applicant(
                        Applicant.ApplicantType.CITIZEN,
                        "Lê Thị Thu",
                        Applicant.IdType.CCCD,
                        "040090003333",
                        null,
                        null,
                        null,
                        null,
                        "Phường Hồng Sơn"),
                null,
                DeliveryMethod.COUNTER,
                null,
                List.of(new DocumentInput(1, null, DocumentForm.ORIGINAL, 1, DocumentOrigin.UPLOADED)));
        DossierView first = drafts.submit(citizen, procedure.id(), application);
        assertThat(first.status()).isEqualTo(DossierStatus.NEW);
        assertThat(first.documents()).singleElement().satisfies(d -> {
            assertThat(d.fileSha256()).isEqualTo(stored.sha256());
            assertThat(d.fileName()).isEqualTo("don.pdf");
        });
        assertThat(drafts.submit(citizen, procedure.id(), application).id()).isEqualTo(first.id());
        assertThat(drafts.find(citizen, procedure.id()).orElseThrow().dossierId())
                .isEqualTo(first.id());

        drafts.discard(citizen, procedure.id());
        assertThat(drafts.find(citizen, procedure.id())).isEmpty();
    }
}
