package nl.kringloop.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A person with roles; authenticates with personal API tokens ({@link ApiToken}). Stored in the table of its older
 * name, account, as the audit trail's actor ids and subject types still say (docs/architecture.md, "Names").
 */
@Entity
@Table(name = "KL_ACCOUNT")
public class Person {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String email;

    /** null only for the governance administrator, who belongs to no submitting organisation */
    @Column(length = 36)
    private String organisationId;

    /** role names separated by spaces; a handful at most, so no join table */
    @Column(nullable = false, length = 200)
    private String roles;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private Instant createdAt;

    protected Person() {
    }

    public Person(String id, String name, String email, String organisationId, Set<String> roles, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.organisationId = organisationId;
        this.roles = String.join(" ", new TreeSet<>(roles));
        this.active = true;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisationId() {
        return organisationId;
    }

    public Set<String> roles() {
        return roles.isBlank() ? Set.of()
                : Arrays.stream(roles.split(" ")).collect(Collectors.toCollection(TreeSet::new));
    }

    public void roles(Set<String> newRoles) {
        this.roles = String.join(" ", new TreeSet<>(newRoles));
    }

    public boolean active() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
