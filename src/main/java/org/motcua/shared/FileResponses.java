package org.motcua.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file as an HTTP answer, the same for the API and the pages: its type (as stored, never sniffed by the
 * browser), its size when known, and its name in UTF-8 (RFC 6266), to show in the browser or to save.
 */
public final class FileResponses {

    /** An Excel workbook (.xlsx). */
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    /** Comma-separated values in UTF-8. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private FileResponses() {}

    /** A file made for this answer (a report, an export), shown inline or saved under {@code fileName}. */
    public static ResponseEntity<byte[]> bytes(byte[] body, MediaType type, String fileName, boolean inline) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName, inline))
                .body(body);
    }

    /** The {@code Content-Disposition} value naming {@code fileName}: shown inline or saved. */
    public static String disposition(String fileName, boolean inline) {
        return (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    /**
     * Starts the answer as a file to save under {@code fileName} and gives the stream to write it to, for a
     * file written while it is sent (an export of any size) by the request's own thread.
     */
    public static OutputStream download(HttpServletResponse response, MediaType type, String fileName)
            throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName, false));
        response.setHeader("X-Content-Type-Options", "nosniff");
        return response.getOutputStream();
    }

    /** A stored file streamed from {@code content}; {@code size} null when not known. */
    public static ResponseEntity<InputStreamResource> stream(
            InputStream content, String contentType, Long size, String fileName, boolean inline) {
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType == null ? "application/octet-stream" : contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName, inline))
                .header("X-Content-Type-Options", "nosniff");
        if (size != null) {
            response.contentLength(size);
        }
        return response.body(new InputStreamResource(content));
    }
}
