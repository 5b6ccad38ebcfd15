package org.motcua.web;

import java.util.Locale;
import org.motcua.identity.CurrentUser;
import org.motcua.postal.Postal;
import org.motcua.postal.PostalAddress;
import org.motcua.shared.DomainException;
import org.motcua.shared.FileResponses;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The return counter's postal actions: create the carrier order (the dossier then records the return with
 * the tracking number), print the label, and deal with a failed delivery (send again, or note it collected).
 */
@Controller
@RequestMapping("/can-bo/tra-ket-qua/{code}")
class PostalCounter {

    private final Postal postal;
    private final MessageSource messages;

    PostalCounter(Postal postal, MessageSource messages) {
        this.postal = postal;
        this.messages = messages;
    }

    @PostMapping("/buu-chinh")
    String send(
            @PathVariable String code,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String street,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Desk.require(user);
        try {
            PostalAddress to = commune == null && street == null
                    ? null
                    : postal.address(postal.province().code(), commune, street);
            postal.sendResult(code, to, user);
            redirect.addFlashAttribute("postalDone", "send");
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Rejections.banner(redirect, messages, e, locale);
            redirect.addFlashAttribute("typedCommune", commune);
            redirect.addFlashAttribute("typedStreet", street);
        }
        return "redirect:/can-bo/tra-ket-qua/" + code;
    }

    @PostMapping("/buu-chinh/xu-ly")
    String close(
            @PathVariable String code,
            @RequestParam(required = false) String note,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Desk.require(user);
        try {
            postal.closeFailed(code, note, user);
            redirect.addFlashAttribute("postalDone", "close");
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            Rejections.banner(redirect, messages, e, locale);
        }
        return "redirect:/can-bo/tra-ket-qua/" + code;
    }

    @GetMapping("/nhan-buu-gui")
    ResponseEntity<byte[]> label(@PathVariable String code, CurrentUser user) {
        Desk.require(user);
        return FileResponses.bytes(
                postal.label(code, user), MediaType.APPLICATION_PDF, "nhan-buu-gui-" + code + ".pdf", true);
    }
}
