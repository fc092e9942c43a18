package org.diktyo.network.web;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.network.domain.JoinForm;
import org.diktyo.network.domain.JoinTheNetwork;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/join}: a municipality asks to join, without an account; limited per client address. */
@RestController
@Tag(name = "accessions")
class JoinApi {

    private final JoinTheNetwork joins;

    JoinApi(JoinTheNetwork joins) {
        this.joins = joins;
    }

    /** The same answer whether the address is known or not. */
    record JoinAccepted(String state) {
    }

    @PostMapping("/api/v1/join")
    @Operation(summary = "Ask to join the network (public): a confirmation link goes to the e-mail given; "
            + "429 over the limit per client address; 409 while a request of the same municipality and e-mail waits")
    ResponseEntity<JoinAccepted> join(@RequestBody JoinForm form, HttpServletRequest request) {
        joins.admit(request.getRemoteAddr());
        joins.request(form);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new JoinAccepted("PENDING_CONFIRMATION"));
    }
}
