package nl.kringloop.platform;

import java.util.Set;

/**
 * The role names of the register (docs/passport-register.md), stored on the person; {@link BearerAuthentication} gives the caller
 * exactly these roles and {@link RoleGuard} checks them against {@code @RolesAllowed} (SecurityIT and
 * AuthorizationMatrixIT prove it).
 */
public final class Roles {

    /** The governance administrator: organisations, reference lists, guideline versions (conditions 16, 17). */
    public static final String ADMIN = "admin";
    /** A person authorised by an organisation to submit that organisation's passports (condition 5). */
    public static final String SUBMITTER = "submitter";
    /** May write MKI projects; granted by the administrator. */
    public static final String CALCULATOR = "calculator";

    public static final Set<String> ALL = Set.of(ADMIN, SUBMITTER, CALCULATOR);

    private Roles() {
    }
}
