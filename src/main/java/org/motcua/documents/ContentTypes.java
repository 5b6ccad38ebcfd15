package org.motcua.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, judged by its first bytes, never by what the client claims. Only the kinds a dossier
 * needs are accepted: scans and photos (PDF, JPEG, PNG, TIFF) and office documents (DOCX, XLSX, ODT …,
 * which are ZIP containers).
 */
public enum ContentTypes {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    TIFF_LE("image/tiff", new byte[] {'I', 'I', 42, 0}),
    TIFF_BE("image/tiff", new byte[] {'M', 'M', 0, 42}),
    /** DOCX, XLSX, ODT and the like; the extension tells which. */
    OFFICE_ZIP("application/zip", new byte[] {'P', 'K', 3, 4});

    private final String mediaType;
    private final byte[] magic;

    ContentTypes(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The accepted kind these bytes start with, if any. */
    public static Optional<ContentTypes> sniff(byte[] head) {
        return Arrays.stream(values())
                .filter(t ->
                        head.length >= t.magic.length && Arrays.equals(Arrays.copyOf(head, t.magic.length), t.magic))
                .findFirst();
    }

    /**
     * Whether a file name and a claimed media type agree with the sniffed kind: a "report.pdf" whose bytes
     * are a PNG does not.
     */
    public boolean matches(String fileName, String claimedMediaType) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        boolean nameFits = switch (this) {
            case PDF -> name.endsWith(".pdf");
            case JPEG -> name.endsWith(".jpg") || name.endsWith(".jpeg");
            case PNG -> name.endsWith(".png");
            case TIFF_LE, TIFF_BE -> name.endsWith(".tif") || name.endsWith(".tiff");
            case OFFICE_ZIP ->
                name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".odt") || name.endsWith(".ods");
        };
        boolean claimFits = claimedMediaType == null
                || claimedMediaType.isBlank()
                || claimedMediaType.equals("application/octet-stream")
                || claimedMediaType.equals(mediaType)
                || (this == OFFICE_ZIP
                        && (claimedMediaType.startsWith("application/vnd.openxmlformats")
                                || claimedMediaType.startsWith("application/vnd.oasis.opendocument")));
        return nameFits && claimFits;
    }
}
