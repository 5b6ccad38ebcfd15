package org.motcua.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * HTML templates ({@code classpath:forms/*.html}, Thymeleaf in XML mode so the output is the XHTML
 * openhtmltopdf parses) to PDF. The serif font is Liberation Serif (metric-compatible with Times New
 * Roman, which the official templates use), loaded from the classpath once: no system font is needed and
 * every machine prints the same pages.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "Times";

    private final SpringTemplateEngine templates;
    private final Map<FontStyle, byte[]> regular;
    private final Map<FontStyle, byte[]> bold;

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
        this.regular = Map.of(
                FontStyle.NORMAL, font("LiberationSerif-Regular.ttf"),
                FontStyle.ITALIC, font("LiberationSerif-Italic.ttf"));
        this.bold = Map.of(
                FontStyle.NORMAL, font("LiberationSerif-Bold.ttf"),
                FontStyle.ITALIC, font("LiberationSerif-BoldItalic.ttf"));
    }

    byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("f", FormFormat.INSTANCE);
        // Decomposed Vietnamese (a base letter plus combining marks) would print as loose accents: the font
        // has glyphs for the composed letters only.
        String xhtml = Normalizer.normalize(templates.process(template, context), Normalizer.Form.NFC);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("motcua");
        builder.withHtmlContent(xhtml, null);
        regular.forEach((style, bytes) ->
                builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, 400, style, true));
        bold.forEach((style, bytes) ->
                builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, 700, style, true));
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("form not rendered: " + template, e);
        }
        return out.toByteArray();
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
