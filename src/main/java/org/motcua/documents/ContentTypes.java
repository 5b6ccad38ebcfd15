package org.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.InputStreamSource;

/**
 * What a file is, judged by its first bytes, never by what the client claims. Only the kinds a dossier
 * needs are accepted: scans and photos (PDF, JPEG, PNG, TIFF) and office documents (DOCX, XLSX, ODT …,
 * which are ZIP containers). {@link #disguised} then reads the whole file for a second kind hidden in it
 * (a polyglot): a PDF or an image that a ZIP reader or a PDF reader also opens, an office document that
 * carries programs or macros.
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

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    /** PDF readers look for their header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** A ZIP's end-of-central-directory record: 22 bytes and a comment of at most 65,535. */
    private static final int ZIP_END_WINDOW = 22 + 65_535;

    private static final Set<String> PROGRAM_EXTENSIONS = Set.of(
            "exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf", "hta", "jar",
            "sh", "elf", "bin", "lnk", "apk");

    /**
     * Why a file of this kind is refused after all, or empty: a second format hidden in it. Reads the whole
     * content (once, twice for an office document).
     *
     * <ul>
     *   <li>any kind but an office document: a ZIP readable from its end (a valid end-of-central-directory
     *       record whose directory lies where it says), as ZIP and JAR readers open it;
     *   <li>any kind but PDF: a PDF header in the first kilobyte, where PDF readers look for one;
     *   <li>an office document: no {@code [Content_Types].xml} (OOXML) or {@code mimetype} (OpenDocument)
     *       entry, or an entry that is a program ({@code .exe}, {@code .js}, {@code .jar} …) or macros
     *       ({@code vbaProject.bin}).
     * </ul>
     */
    public Optional<String> disguised(InputStreamSource content) {
        byte[] head = new byte[PDF_HEADER_WINDOW];
        byte[] tail = new byte[ZIP_END_WINDOW];
        int headLength = 0;
        long total = 0;
        try (InputStream in = content.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (headLength < head.length) {
                    int copy = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                // keep the last ZIP_END_WINDOW bytes
                if (n >= tail.length) {
                    System.arraycopy(buffer, n - tail.length, tail, 0, tail.length);
                } else {
                    System.arraycopy(tail, n, tail, 0, tail.length - n);
                    System.arraycopy(buffer, 0, tail, tail.length - n, n);
                }
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tailLength = (int) Math.min(total, tail.length);
        byte[] end = Arrays.copyOfRange(tail, tail.length - tailLength, tail.length);
        if (this != OFFICE_ZIP && zipReadableFromEnd(end, total)) {
            return Optional.of("a ZIP archive is appended");
        }
        if (this != PDF && indexOf(Arrays.copyOf(head, headLength), PDF_MAGIC) >= 0) {
            return Optional.of("a PDF header in the first kilobyte");
        }
        return this == OFFICE_ZIP ? officeProblem(content) : Optional.empty();
    }

    /** An end-of-central-directory record in {@code end} (the file's last bytes) that points inside the file. */
    static boolean zipReadableFromEnd(byte[] end, long fileLength) {
        for (int i = end.length - 22; i >= 0; i--) {
            if (end[i] == 'P' && end[i + 1] == 'K' && end[i + 2] == 5 && end[i + 3] == 6) {
                long directorySize = u32(end, i + 12);
                long directoryOffset = u32(end, i + 16);
                int commentLength = u16(end, i + 20);
                long recordAt = fileLength - end.length + i;
                boolean commentFits = i + 22 + commentLength <= end.length;
                if (!commentFits || directorySize == 0 || directoryOffset + directorySize > recordAt) {
                    continue;
                }
                // Readers find the directory just before the record (offsets may be shifted by what precedes
                // the archive, as in a polyglot): it starts with a central directory header.
                long directoryAt = i - directorySize;
                if (directoryAt < 0) {
                    return true; // a directory longer than the window: too much of a ZIP to be chance
                }
                int d = (int) directoryAt;
                if (end[d] == 'P' && end[d + 1] == 'K' && end[d + 2] == 1 && end[d + 3] == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> officeProblem(InputStreamSource content) {
        boolean described = false;
        try (ZipInputStream zip = new ZipInputStream(content.getInputStream())) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                String base = lower.substring(lower.lastIndexOf('/') + 1);
                if (name.equals("[Content_Types].xml") || name.equals("mimetype")) {
                    described = true;
                }
                if (base.equals("vbaproject.bin") || base.endsWith(".vba")) {
                    return Optional.of("macros (" + name + ")");
                }
                int dot = base.lastIndexOf('.');
                if (dot >= 0 && PROGRAM_EXTENSIONS.contains(base.substring(dot + 1))) {
                    return Optional.of("a program (" + name + ")");
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.of("not a readable ZIP archive");
        }
        return described
                ? Optional.empty()
                : Optional.of("not an office document (no [Content_Types].xml or mimetype)");
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
