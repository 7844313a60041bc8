package io.fascia.directory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "technique")
public class Technique extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String definition;

    @Column(name = "uses_tools", nullable = false)
    public boolean usesTools;

    @Column(nullable = false)
    public boolean medical;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
