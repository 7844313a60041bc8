package io.fascia.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.fascia.web.api.Api;
import io.fascia.web.api.Models;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** What is waiting for admins, and how long the oldest has waited. */
@Path("/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminOverview {

    @Inject
    Api api;

    @CheckedTemplate(basePath = "AdminPages")
    static class Templates {
        static native TemplateInstance overview(Models.CredentialQueue credentials, Models.Paged<Models.PendingText> texts);
    }

    @GET
    public TemplateInstance overview() {
        Models.CredentialQueue credentials = api.call(c -> c.credentialQueue("SUBMITTED", null, 0, 1));
        Models.Paged<Models.PendingText> texts = api.call(c -> c.moderationQueue(null, 0, 1));
        return Templates.overview(credentials, texts);
    }
}
