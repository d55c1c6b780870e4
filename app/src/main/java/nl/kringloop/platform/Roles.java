package nl.kringloop.platform;

import java.util.Set;

/**
 * The role names of the register (SPEC §6). The identity store returns them as groups; with no role binding
 * in the application, Liberty maps a Jakarta Security group to the declared role of the same name
 * ({@code @DeclareRoles} on the application), so {@code @RolesAllowed} uses them as is (SecurityIT proves it).
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
