package org.motcua.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.motcua.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * The legal forms of the one-stop process as PDF (A4, national motto header, the form number of the
 * dossier's circular, a QR code of the public tracking address) and the tracking book as PDF and Excel.
 * Issued forms are stored content-addressed and never rendered again: a reprint is the stored bytes.
 */
@Service
public class Forms {

    private static final String GENERIC_RESULT = "KẾT QUẢ GIẢI QUYẾT HỒ SƠ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** A procedure code names a template file only when it cannot step out of {@code forms/results/}. */
    private static final Pattern PROCEDURE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final PdfRenderer renderer;
    private final FileStore files;
    private final String publicBaseUrl;

    Forms(PdfRenderer renderer, FileStore files, @Value("${motcua.public-base-url}") String publicBaseUrl) {
        this.renderer = renderer;
        this.files = files;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** A stored form: which kind, the number it carries (null where none is prescribed), the file. */
    public record IssuedForm(FormKind kind, String number, String sha256, long size) {}

    /** The public page where anyone with the code (and the applicant's ID number) follows the dossier. */
    public String trackingUrl(String code) {
        return publicBaseUrl + "/tra-cuu/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
    }

    public byte[] render(DossierForm form) {
        if (form.kind() == FormKind.TRACKING_BOOK) {
            throw DomainException.invalid(
                    "document.not_a_dossier_form",
                    java.util.List.of(),
                    form.kind().path());
        }
        Map<String, Object> variables = common(form.kind(), form.circular(), form.issuer());
        variables.put("form", form);
        variables.put("code", form.code());
        variables.put("issuedAt", form.issuedAt());
        if (form.code() != null) {
            variables.put("trackingUrl", trackingUrl(form.code()));
            variables.put("qr", QrCodes.dataUri(trackingUrl(form.code())));
        }
        return renderer.render(form.kind().template(), variables);
    }

    /** Renders and stores a dossier's form; the caller keeps the reference with the dossier. */
    public IssuedForm issue(DossierForm form) {
        byte[] pdf = render(form);
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(pdf));
        return new IssuedForm(
                form.kind(), form.kind().number(form.circular()).orElse(null), stored.sha256(), stored.size());
    }

    /**
     * Renders and stores a result produced from a template: the procedure's own layout when there is one
     * ({@code forms/results/<procedure code>.html}), the generic result otherwise.
     */
    public FileStore.StoredFile issue(ResultDocument result) {
        return files.store(new ByteArrayInputStream(render(result)));
    }

    public byte[] render(ResultDocument result) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                "title",
                result.resultName() == null || result.resultName().isBlank()
                        ? GENERIC_RESULT
                        : result.resultName().toUpperCase(VIETNAMESE));
        variables.put("number", null);
        variables.put("issuer", result.issuer());
        variables.put("result", result);
        variables.put("code", result.code());
        variables.put("issuedAt", result.decidedAt());
        variables.put("trackingUrl", trackingUrl(result.code()));
        variables.put("qr", QrCodes.dataUri(trackingUrl(result.code())));
        String own = "results/" + result.procedureCode();
        boolean hasOwn = result.procedureCode() != null
                && PROCEDURE_CODE.matcher(result.procedureCode()).matches()
                && renderer.hasTemplate(own);
        return renderer.render(hasOwn ? own : "result", variables);
    }

    /** The tracking book on landscape A4 pages, the column header repeated on every page. */
    public byte[] render(TrackingBook book) {
        Map<String, Object> variables = common(FormKind.TRACKING_BOOK, book.circular(), book.issuer());
        variables.put("book", book);
        variables.put("issuedAt", book.issuedAt());
        variables.put("code", null);
        return renderer.render(FormKind.TRACKING_BOOK.template(), variables);
    }

    /**
     * A report of another module (statistics) printed from its template {@code forms/<template>.html} with
     * the same fonts and page rules as the forms; {@code f} formats dates and money as the forms do.
     */
    public byte[] report(String template, Map<String, Object> variables) {
        return renderer.render(template, new java.util.HashMap<>(variables));
    }

    /** The tracking book as an .xlsx workbook with the printed book's columns. */
    public byte[] workbook(TrackingBook book) {
        return TrackingBookWorkbook.write(book);
    }

    private static Map<String, Object> common(FormKind kind, Circular circular, DossierForm.Issuer issuer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", kind.title());
        variables.put("number", kind.number(circular).orElse(null));
        variables.put("issuer", issuer);
        variables.put("qr", null);
        variables.put("trackingUrl", null);
        return variables;
    }
}
