package org.motcua.queue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.motcua.documents.Forms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a printed ticket carries: its QR code (the public live page {@code <base>/so/<token>}) and the
 * ticket as an 80 mm PDF for printers driven by a PDF viewer. The kiosk page prints itself with print CSS.
 */
@Component
public class TicketPrints {

    private final Forms forms;
    private final String baseUrl;

    TicketPrints(Forms forms, @Value("${motcua.public-base-url}") String baseUrl) {
        this.forms = forms;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The ticket's public live page. */
    public String liveUrl(Ticket ticket) {
        return baseUrl + "/so/" + ticket.token();
    }

    /** A booking's code as the kiosk scans it. */
    public String bookingUrl(Booking booking) {
        return baseUrl + "/lay-so/lich-hen/" + booking.code();
    }

    public String qr(String text) {
        try {
            var matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            200,
                            200,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("text does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf(TicketPosition position, String centerName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ticket", position.ticket());
        variables.put("group", position.group());
        variables.put("ahead", position.ahead());
        variables.put("estimate", position.estimatedWaitMinutes());
        variables.put("centerName", centerName);
        variables.put("issuedAt", position.ticket().issuedAt().format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
        String url = liveUrl(position.ticket());
        variables.put("url", url);
        variables.put("qr", qr(url));
        return forms.report("queue-ticket", variables);
    }
}
