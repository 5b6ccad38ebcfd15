package org.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.motcua.catalog.DocumentForm;
import org.motcua.catalog.ProcedureView;
import org.motcua.catalog.RequiredDocumentView;
import org.motcua.dossier.DossierCommands.DocumentInput;
import org.motcua.dossier.SubmittedDocument;
import org.motcua.shared.FieldError;
import org.motcua.shared.Text;

/** The papers handed in, checked against the procedure's published list. */
final class Papers {

    private Papers() {}

    /**
     * The papers as they will be kept, and every problem with them added to {@code problems}. A new
     * dossier must include every mandatory paper ({@code complete}); a supplement adds only what was asked.
     */
    static List<SubmittedDocument> check(
            List<DocumentInput> inputs, ProcedureView procedure, List<FieldError> problems, boolean complete) {
        List<DocumentInput> given = inputs == null ? List.of() : inputs;
        List<SubmittedDocument> documents = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            DocumentInput in = given.get(i);
            String at = "documents[" + i + "]";
            if (in == null) {
                problems.add(new FieldError(at, "NotNull", null));
                continue;
            }
            String name = Text.clean(in.name());
            if (in.requiredOrder() != null) {
                Optional<RequiredDocumentView> required = procedure.documents().stream()
                        .filter(r -> r.order() == in.requiredOrder())
                        .findFirst();
                if (required.isEmpty()) {
                    problems.add(new FieldError(at + ".requiredOrder", "UnknownDocument", null));
                    continue;
                }
                name = name == null ? required.get().name() : name;
            }
            if (name == null) {
                problems.add(new FieldError(at + ".name", "NotBlank", null));
                continue;
            }
            if (name.length() > 500) {
                problems.add(new FieldError(at + ".name", "Size", null));
            }
            if (in.form() == DocumentForm.ORIGINAL_OR_COPY) {
                // What a procedure may ask for, not what a paper is: the desk says which one it got.
                problems.add(new FieldError(at + ".form", "PaperForm", null));
            }
            int quantity = in.quantity() == null ? 1 : in.quantity();
            if (quantity < 1 || quantity > 1000) {
                problems.add(new FieldError(at + ".quantity", "Range", null));
            }
            documents.add(new SubmittedDocument(
                    in.requiredOrder(), name, in.form(), quantity, in.origin(), null, null, null, null));
        }
        // Never ask for papers beyond the published list, but every mandatory one must be there.
        for (RequiredDocumentView required : complete ? procedure.documents() : List.<RequiredDocumentView>of()) {
            if (required.mandatory()
                    && documents.stream()
                            .noneMatch(d -> Integer.valueOf(required.order()).equals(d.requiredOrder()))) {
                problems.add(new FieldError("documents", "MissingDocument", null));
                break;
            }
        }
        return documents;
    }
}
