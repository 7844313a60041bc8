package io.fascia.web.api;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way pages reach the API. Timeouts are the REST client's (application.properties); a
 * gateway that cannot be reached becomes {@link ApiUnavailable}, an error answer {@link ApiProblem}.
 */
@ApplicationScoped
public class Api {

    @RestClient
    GatewayClient gateway;

    public <T> T call(Function<GatewayClient, T> request) {
        try {
            return request.apply(gateway);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof ApiProblem problem) {
                throw problem;
            }
            throw new ApiUnavailable(e);
        }
    }

    public void run(java.util.function.Consumer<GatewayClient> request) {
        call(client -> {
            request.accept(client);
            return null;
        });
    }
}
