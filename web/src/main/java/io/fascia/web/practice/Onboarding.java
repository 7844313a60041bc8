package io.fascia.web.practice;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.security.FormCheck;
import io.fascia.web.security.Viewer;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * "Offer medical massage on Fascia": any signed-in person starts a draft listing and gets the
 * therapist role. The role is in the next token only, so the local session is dropped and the
 * sign-in runs again at once; Keycloak's session is still there, so nobody types anything twice.
 */
@Path("/practice/start")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class Onboarding {

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @Inject
    Viewer viewer;

    @Inject
    OidcSession session;

    @CheckedTemplate(basePath = "PracticePages")
    static class Templates {
        static native TemplateInstance start(String displayName, String timeZone, java.util.Map<String, String> errors,
                String message, java.util.List<String> zones);
    }

    @GET
    public Object form() {
        if (viewer.therapist()) {
            return Response.seeOther(URI.create("/practice")).build();
        }
        return Templates.start(viewer.name() == null ? "" : viewer.name(), "", java.util.Map.of(), null, Zones.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm("_csrf") String csrf, @RestForm String displayName, @RestForm String timeZone) {
        formCheck.require(csrf);
        String name = displayName == null ? "" : displayName.strip();
        String zone = timeZone == null ? "" : timeZone.strip();
        try {
            api.call(c -> c.onboard(new Models.OnboardingRequest(name, zone)));
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(Templates.start(name, zone, problem.fieldErrors(), problem.fieldErrors().isEmpty()
                            ? problem.message() : null, Zones.ALL))
                    .build();
        }
        // The role is granted in Keycloak; a fresh sign-in (silent, Keycloak's session lives on) carries it.
        session.logout().await().indefinitely();
        return Response.seeOther(URI.create("/signin?next=%2Fpractice%2Flisting%3Fwelcome%3D1")).build();
    }
}
