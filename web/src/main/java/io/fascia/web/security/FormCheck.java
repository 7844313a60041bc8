package io.fascia.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** Every handler of a form that changes something starts with {@link #require}: no valid session token, no action. */
@RequestScoped
public class FormCheck {

    @Inject
    SecurityIdentity identity;

    @Inject
    FormTokens tokens;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    /** The token from the form's hidden field, or from the header htmx sends with every request. */
    public void require(String sent) {
        String token = sent != null && !sent.isBlank() ? sent : request.getHeader(FormTokens.HEADER);
        if (!tokens.matches(identity, token)) {
            throw new StaleForm();
        }
    }

    /** The form did not carry this session's token: sent from elsewhere, or from a session that ended. */
    public static class StaleForm extends RuntimeException {
        StaleForm() {
            super("The form's token does not belong to this session", null, false, false);
        }
    }
}
