package org.motcua.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * HTML templates ({@code classpath:forms/*.html}, Thymeleaf in XML mode so the output is the XHTML
 * openhtmltopdf parses) to PDF. The serif font is Liberation Serif (metric-compatible with Times New
 * Roman, which the official templates use), read from the classpath and parsed once per concurrent render:
 * no system font is needed and every machine prints the same pages.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "Times";

    private static final Map<String, Face> FACES = Map.of(
            "LiberationSerif-Regular.ttf", new Face(400, FontStyle.NORMAL),
            "LiberationSerif-Italic.ttf", new Face(400, FontStyle.ITALIC),
            "LiberationSerif-Bold.ttf", new Face(700, FontStyle.NORMAL),
            "LiberationSerif-BoldItalic.ttf", new Face(700, FontStyle.ITALIC));

    private record Face(int weight, FontStyle style) {}

    private final SpringTemplateEngine templates;
    private final Map<String, byte[]> fontFiles;
    /**
     * Parsed faces, one set per render in progress. Parsing the four TrueType files took a fifth of a
     * receipt's time; a parsed font is read while a document is subset, so a set is lent to one render at a
     * time rather than shared.
     */
    private final Queue<Map<Face, TrueTypeFont>> idleFonts = new ConcurrentLinkedQueue<>();

    static {
        // openhtmltopdf logs every font load and layout pass at INFO through java.util.logging.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("forms/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        Map<String, byte[]> files = new HashMap<>();
        FACES.keySet().forEach(file -> files.put(file, font(file)));
        this.fontFiles = Map.copyOf(files);
    }

    byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("f", FormFormat.INSTANCE);
        // Decomposed Vietnamese (a base letter plus combining marks) would print as loose accents: the font
        // has glyphs for the composed letters only.
        String xhtml = Normalizer.normalize(templates.process(template, context), Normalizer.Form.NFC);
        Map<Face, TrueTypeFont> fonts = borrowFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("motcua");
            builder.usePDDocument(document);
            builder.withHtmlContent(xhtml, null);
            fonts.forEach((face, font) ->
                    builder.useFont(embedded(document, font), FONT_FAMILY, face.weight(), face.style(), true));
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("form not rendered: " + template, e);
        } finally {
            idleFonts.offer(fonts);
        }
        return out.toByteArray();
    }

    boolean hasTemplate(String template) {
        return PdfRenderer.class.getResource("/forms/" + template + ".html") != null;
    }

    private Map<Face, TrueTypeFont> borrowFonts() {
        Map<Face, TrueTypeFont> fonts = idleFonts.poll();
        if (fonts != null) {
            return fonts;
        }
        Map<Face, TrueTypeFont> parsed = new HashMap<>();
        fontFiles.forEach((file, bytes) -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                // The forms are NFC text in a Latin face: glyph substitution (ligatures, mark composition) adds
                // nothing to them, and PDFBox rebuilds its substitution patterns for every run of text, which
                // took 40 % of a receipt's time.
                font.setEnableGsub(false);
                parsed.put(FACES.get(file), font);
            } catch (IOException e) {
                throw new UncheckedIOException("font not readable: " + file, e);
            }
        });
        return parsed;
    }

    /** Embeds the face (subset to the glyphs used) only when the document actually uses it. */
    private static PDFontSupplier embedded(PDDocument document, TrueTypeFont font) {
        return new PDFontSupplier(null) {
            private PDFont loaded;

            @Override
            public PDFont supply() {
                if (loaded == null) {
                    try {
                        loaded = PDType0Font.load(document, font, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded;
            }
        };
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
            return Objects.requireNonNull(in, "font missing from the classpath: " + file)
                    .readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
