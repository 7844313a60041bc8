package io.fascia.directory.taxonomy;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

import io.fascia.platform.problem.ProblemException;

/** The public, read-only vocabulary: techniques, body regions and conditions. */
@Tag(name = "Taxonomy",
        description = "The public, read-only vocabulary of techniques, body regions and conditions that listings and search use.")
@Path("/api/v1/directory/taxonomy")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    @Inject
    Taxonomy taxonomy;

    @Operation(summary = "The whole taxonomy",
            description = "Techniques, body regions and conditions in one answer; cached for an hour.")
    @GET
    @Cache(maxAge = 3600)
    public TaxonomyViews.TaxonomyView all() {
        return new TaxonomyViews.TaxonomyView(List.copyOf(taxonomy.techniques()), List.copyOf(taxonomy.regions()),
                List.copyOf(taxonomy.conditions()));
    }

    @Operation(summary = "Techniques", description = "Massage techniques, and which of them use tools.")
    @APIResponse(responseCode = "200", description = "The techniques.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TaxonomyViews.TechniqueView.class,
                    maxItems = TaxonomyViews.ENTRIES_MAX)))
    @GET
    @Path("/techniques")
    @Cache(maxAge = 3600)
    public List<TaxonomyViews.TechniqueView> techniques() {
        return List.copyOf(taxonomy.techniques());
    }

    @Operation(summary = "Body regions", description = "The body regions conditions and findings refer to.")
    @APIResponse(responseCode = "200", description = "The regions.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TaxonomyViews.RegionView.class,
                    maxItems = TaxonomyViews.ENTRIES_MAX)))
    @GET
    @Path("/regions")
    @Cache(maxAge = 3600)
    public List<TaxonomyViews.RegionView> regions() {
        return List.copyOf(taxonomy.regions());
    }

    @Operation(summary = "Conditions", description = "Conditions therapists treat, with their regions and what to watch for.")
    @APIResponse(responseCode = "200", description = "The conditions.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TaxonomyViews.ConditionView.class,
                    maxItems = TaxonomyViews.ENTRIES_MAX)))
    @GET
    @Path("/conditions")
    @Cache(maxAge = 3600)
    public List<TaxonomyViews.ConditionView> conditions() {
        return List.copyOf(taxonomy.conditions());
    }

    @Operation(summary = "One condition", description = "A condition by its code, with guidance for clients.")
    @GET
    @Path("/conditions/{code}")
    @Cache(maxAge = 3600)
    public TaxonomyViews.ConditionView condition(@PathParam("code")
            @Parameter(description = "The condition's code, such as upper-back-pain.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[a-z0-9-]+$")) String code) {
        return taxonomy.condition(code)
                .orElseThrow(() -> ProblemException.notFound("There is no condition with code '" + code + "'."));
    }
}
