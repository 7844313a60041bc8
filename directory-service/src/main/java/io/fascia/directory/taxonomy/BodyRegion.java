package io.fascia.directory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "body_region")
public class BodyRegion extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** The area of the body the region belongs to, such as "Head and neck". */
    @Column(nullable = false)
    public String area;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
