package io.fascia.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import io.fascia.web.common.IncomingRequest;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Sends the signed-in user's access token (kept server-side in the encrypted session) as a bearer
 * token; anonymous visitors call the public API without one. The request id travels along, so a
 * page's API calls share the gateway's log id, and name the browser for the gateway's rate limits.
 */
class SessionToken implements ClientRequestFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    IncomingRequest incoming;

    @Override
    public void filter(ClientRequestContext request) {
        if (!identity.isAnonymous()) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token != null) {
                request.getHeaders().putSingle("Authorization", "Bearer " + token.getToken());
            }
        }
        String id = incoming.current();
        if (id != null) {
            request.getHeaders().putSingle(IncomingRequest.HEADER, id);
        }
        String browser = incoming.forwardedFor();
        if (browser != null) {
            request.getHeaders().putSingle(IncomingRequest.FORWARDED_FOR, browser);
        }
    }
}
