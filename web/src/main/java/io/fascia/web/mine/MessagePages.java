package io.fascia.web.mine;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.fascia.web.api.Api;
import io.fascia.web.api.ApiProblem;
import io.fascia.web.api.Models;
import io.fascia.web.practice.Zones;
import io.fascia.web.security.FormCheck;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Which e-mails a person gets (any signed-in person: clients, therapists, admins), and the page
 * every unsubscribe link in an optional e-mail opens.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MessagePages {

    @Inject
    Api api;

    @Inject
    FormCheck formCheck;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(Models.MessagePreferences preferences, Map<String, String> errors,
                String notice, java.util.List<String> zones);

        static native TemplateInstance unsubscribe(String token, Models.Subscription subscription, boolean done);
    }

    @GET
    @Path("my/notifications")
    @Authenticated
    public TemplateInstance preferences(@QueryParam("notice") String notice) {
        return Templates.preferences(api.call(c -> c.messagePreferences()), Map.of(),
                "saved".equals(notice) ? "Saved. Your e-mails follow these choices from now on." : null, Zones.ALL);
    }

    @POST
    @Path("my/notifications")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm("_csrf") String csrf, @RestForm String reminders, @RestForm String prompts,
            @RestForm String timeZone) {
        formCheck.require(csrf);
        Models.MessagePreferences wanted = new Models.MessagePreferences("on".equals(reminders), "on".equals(prompts),
                timeZone == null || timeZone.isBlank() ? null : timeZone.strip());
        try {
            api.call(c -> c.changeMessagePreferences(wanted));
            return Response.seeOther(URI.create("/my/notifications?notice=saved")).build();
        } catch (ApiProblem problem) {
            if (!problem.refusesTheRequest()) {
                throw problem;
            }
            Map<String, String> errors = problem.fieldErrors().isEmpty() ? Map.of("", problem.message()) : problem.fieldErrors();
            return Response.status(422).entity(Templates.preferences(wanted, errors, null, Zones.ALL)).build();
        }
    }

    /** What the link stops, with a button: opening a link (a mail scanner does) changes nothing. */
    @GET
    @Path("unsubscribe/{token}")
    @PermitAll
    public TemplateInstance confirmUnsubscribe(@PathParam("token") String token) {
        return Templates.unsubscribe(token, api.call(c -> c.subscription(token)), false);
    }

    /**
     * Stops the topic. Also the target of RFC 8058 one-click unsubscribe, which a mail provider
     * POSTs without any session: the secret token in the path is the only authority needed, and all
     * it can do is stop one kind of e-mail to one person, so there is no form token to check.
     */
    @POST
    @Path("unsubscribe/{token}")
    @PermitAll
    public TemplateInstance unsubscribe(@PathParam("token") String token) {
        return Templates.unsubscribe(token, api.call(c -> c.unsubscribe(token)), true);
    }
}
