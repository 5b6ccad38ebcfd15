package org.motcua.postal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.motcua.identity.CurrentUser;
import org.motcua.shared.FileResponses;
import org.motcua.shared.ProblemResponse;
import org.motcua.shared.Vnd;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The postal module's API: the province's communes, postage, sending a result by post, its label and state. */
@RestController
@Tag(name = "Postal", description = "Postal return of results and pickup of papers")
class PostalController {

    private final Postal postal;

    PostalController(Postal postal) {
        this.postal = postal;
    }

    /** An address as typed: province code, commune code, street and house number. */
    record AddressInput(String province, String commune, String street) {}

    /** The postage to an address, and the address as it will be printed. */
    record PostageView(String carrier, String carrierName, Vnd amount, boolean quoted, String address) {}

    @GetMapping("/api/v1/public/postal/province")
    @ProblemResponse(status = 404, codes = "request.not_found")
    @Operation(summary = "The province served and its communes (official list's shape, after the 2025 reform)")
    Province province() {
        return postal.province();
    }

    @PostMapping("/api/v1/postal/postage")
    @ProblemResponse(status = 422, codes = "postal.outside_province")
    @Operation(summary = "Check an address in the province and quote the postage from a center")
    PostageView postage(@RequestParam UUID centerId, @RequestBody AddressInput input, CurrentUser user) {
        PostalAddress address = postal.address(input.province(), input.commune(), input.street());
        Postage p = postal.postage(centerId, address);
        return new PostageView(
                p.carrier() == null ? null : p.carrier().name(),
                p.carrier() == null ? null : p.carrier().displayName(),
                p.amount(),
                p.quoted(),
                address.text());
    }

    @PostMapping("/api/v1/postal/dossiers/{code}/return")
    @ProblemResponse(status = 403, codes = "postal.desk_only")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @ProblemResponse(
            status = 409,
            codes = {
                "postal.not_ready",
                "postal.carrier_unavailable",
                "postal.order_in_progress",
                "dossier.concurrent_update"
            })
    @ProblemResponse(
            status = 422,
            codes = {
                "postal.not_postal",
                "postal.outside_province",
                "postal.carrier_refused",
                "postal.no_carrier",
                "postal.address_unstructured",
                "dossier.fees_unpaid"
            })
    @Operation(
            summary =
                    "Send the result by post: create the carrier order and record the return with its tracking number")
    Shipment sendResult(
            @PathVariable String code, @RequestBody(required = false) AddressInput input, CurrentUser user) {
        PostalAddress to = input == null || (input.commune() == null && input.street() == null)
                ? null
                : postal.address(input.province(), input.commune(), input.street());
        return postal.sendResult(code, to, user);
    }

    @GetMapping("/api/v1/postal/refused-callbacks")
    @ProblemResponse(status = 403, codes = "auth.forbidden")
    @Operation(
            summary =
                    "Carrier callbacks refused lately (bad token, unknown order, unreadable body), for administrators")
    List<Postal.RefusedCallback> refusedCallbacks(CurrentUser user) {
        return postal.refusedCallbacks(user);
    }

    @GetMapping("/api/v1/postal/dossiers/{code}")
    @ProblemResponse(status = 404, codes = "dossier.not_found")
    @Operation(summary = "The dossier's postal orders (return and pickup) with their delivery states")
    List<Shipment> shipments(@PathVariable String code, CurrentUser user) {
        return postal.shipments(code, user);
    }

    @GetMapping(path = "/api/v1/postal/dossiers/{code}/label", produces = MediaType.APPLICATION_PDF_VALUE)
    @ProblemResponse(
            status = 404,
            codes = {"dossier.not_found", "postal.no_label"})
    @ApiResponse(
            responseCode = "200",
            description = "The label, A6 PDF",
            content = @Content(mediaType = "application/pdf"))
    @Operation(summary = "The postal label (A6 PDF) with the tracking number as barcode and QR code")
    ResponseEntity<byte[]> label(@PathVariable String code, CurrentUser user) {
        return FileResponses.bytes(
                postal.label(code, user), MediaType.APPLICATION_PDF, "nhan-buu-gui-" + code + ".pdf", true);
    }
}
