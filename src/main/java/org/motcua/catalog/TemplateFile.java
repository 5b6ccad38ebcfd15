package org.motcua.catalog;

import java.io.InputStream;
import java.util.Locale;

/** The blank form of a required document, ready to download; the caller closes {@link #content()}. */
public record TemplateFile(String fileName, InputStream content) {

    /** By extension: the bytes were checked against it on upload. */
    public String mediaType() {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        if (name.endsWith(".ods")) {
            return "application/vnd.oasis.opendocument.spreadsheet";
        }
        return "application/octet-stream";
    }
}
