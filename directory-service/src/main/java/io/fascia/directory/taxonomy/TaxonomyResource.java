package io.fascia.directory.taxonomy;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.Cache;

import io.fascia.platform.problem.ProblemException;

/** The public, read-only vocabulary: techniques, body regions and conditions. */
@Path("/api/v1/directory/taxonomy")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    @Inject
    Taxonomy taxonomy;

    @GET
    @Cache(maxAge = 3600)
    public TaxonomyViews.TaxonomyView all() {
        return new TaxonomyViews.TaxonomyView(List.copyOf(taxonomy.techniques()), List.copyOf(taxonomy.regions()),
                List.copyOf(taxonomy.conditions()));
    }

    @GET
    @Path("/techniques")
    @Cache(maxAge = 3600)
    public List<TaxonomyViews.TechniqueView> techniques() {
        return List.copyOf(taxonomy.techniques());
    }

    @GET
    @Path("/regions")
    @Cache(maxAge = 3600)
    public List<TaxonomyViews.RegionView> regions() {
        return List.copyOf(taxonomy.regions());
    }

    @GET
    @Path("/conditions")
    @Cache(maxAge = 3600)
    public List<TaxonomyViews.ConditionView> conditions() {
        return List.copyOf(taxonomy.conditions());
    }

    @GET
    @Path("/conditions/{code}")
    @Cache(maxAge = 3600)
    public TaxonomyViews.ConditionView condition(@PathParam("code") String code) {
        return taxonomy.condition(code)
                .orElseThrow(() -> ProblemException.notFound("There is no condition with code '" + code + "'."));
    }
}
