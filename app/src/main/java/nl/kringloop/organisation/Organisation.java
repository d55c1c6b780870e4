package nl.kringloop.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An organisation (manufacturer, supplier) whose people submit data on its behalf (guideline §3.3 condition 5). */
@Entity
@Table(name = "KL_ORGANISATION")
public class Organisation {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    /** e.g. a chamber-of-commerce number or GLN; free form, optional */
    @Column(length = 100)
    private String identifier;

    @Column(nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String id, String name, String identifier, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.identifier = identifier;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String identifier() {
        return identifier;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
