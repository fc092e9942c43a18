package org.diktyo.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in pages: password or one-time link. Opening a link shows a button that signs in
 * (a POST), so that mail scanners which follow links do not use up the token.
 */
@Controller
class SignInPages {

    static final String SIGN_IN = "accounts/signin";
    static final String LINK_SENT = "accounts/link-sent";
    static final String LINK = "accounts/link";

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String linkInvalid,
            @RequestParam(required = false) String throttled, Model model) {
        model.addAttribute("view", new SignInView(error != null, linkInvalid != null, waitSeconds(throttled)));
        return SIGN_IN;
    }

    /** The wait the throttle put in the address; a minute if it is not a sensible number. */
    static long waitSeconds(String throttled) {
        if (throttled == null) {
            return 0;
        }
        try {
            long seconds = Long.parseLong(throttled.trim());
            return seconds >= 1 && seconds <= 3600 ? seconds : 60;
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    @GetMapping("/signin/link/sent")
    String linkSent() {
        return LINK_SENT;
    }

    @GetMapping("/signin/link")
    String link(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return LINK;
    }
}
