package io.fascia.web.practice;

import java.util.List;

import io.fascia.web.api.Models;

/**
 * What stands between a therapist's listing and search, step by step, each with where to fix it.
 * Whether the listing is visible is the directory's verdict ({@code publiclyVisible} and its
 * reasons); this list only orders the steps a new therapist takes to get there.
 */
public record Readiness(List<Step> steps, boolean visible, List<String> reasons) {

    public record Step(String name, boolean done, String detail, String href) {
    }

    public static Readiness of(Models.ManagedListing listing, List<Models.Credential> credentials, boolean availabilitySet) {
        Models.Listing l = listing.listing();
        // Whether a licence counts is the directory's rule; its verdict is the LICENSED badge.
        boolean licence = l.badges() != null && l.badges().contains("LICENSED");
        boolean licenceWaiting = credentials.stream().anyMatch(c -> "LICENSE".equals(c.type()) && "SUBMITTED".equals(c.state()));
        boolean profile = l.conditions() != null && !l.conditions().isEmpty() && l.techniques() != null
                && !l.techniques().isEmpty() && l.location() != null;
        boolean offering = l.offerings() != null && !l.offerings().isEmpty();
        boolean published = "PUBLISHED".equals(listing.ownerStatus());
        return new Readiness(List.of(
                new Step("Profile: conditions you treat, techniques and location", profile,
                        profile ? "Clients can find you by condition and distance."
                                : "Search matches clients by condition, technique and distance.",
                        "/practice/listing"),
                new Step("A verified massage licence", licence,
                        licence ? "Verified." : licenceWaiting ? "Submitted: an admin is checking it."
                                : "Upload your licence; an admin checks it against the document.",
                        "/practice/credentials"),
                new Step("At least one offering", offering,
                        offering ? l.offerings().size() + (l.offerings().size() == 1 ? " offering." : " offerings.")
                                : "Add the sessions you offer, with length and price.",
                        "/practice/listing#offerings"),
                new Step("Weekly hours", availabilitySet,
                        availabilitySet ? "Set." : "Without hours, clients see no open times.", "/practice/availability"),
                new Step("Published", published,
                        published ? "Published." : "Publish when the steps above are done.", "/practice#publish")),
                listing.publiclyVisible(), listing.notVisibleBecause() == null ? List.of() : listing.notVisibleBecause());
    }

    public long done() {
        return steps.stream().filter(Step::done).count();
    }
}
