package io.fascia.directory.taxonomy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "condition")
public class Condition extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** Where the client feels it. */
    @ElementCollection
    @CollectionTable(name = "condition_symptom_region", joinColumns = @JoinColumn(name = "condition_code"))
    @Column(name = "region_code")
    public List<String> symptomRegions = new ArrayList<>();

    /** Where the cause often is; shown as "a thorough therapist will also assess". */
    @ElementCollection
    @CollectionTable(name = "condition_assessed_region", joinColumns = @JoinColumn(name = "condition_code"))
    public List<AssessedRegion> assessedRegions = new ArrayList<>();

    /** Techniques that suit the condition. */
    @ElementCollection
    @CollectionTable(name = "condition_technique", joinColumns = @JoinColumn(name = "condition_code"))
    @Column(name = "technique_code")
    public List<String> suitedTechniques = new ArrayList<>();

    @Embeddable
    public static class AssessedRegion {
        @Column(name = "region_code", nullable = false)
        public String regionCode;

        @Column(nullable = false)
        public String reason;
    }
}
