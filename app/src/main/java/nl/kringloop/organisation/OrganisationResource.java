package nl.kringloop.organisation;

import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.PageLinks;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Preconditions;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /api/organisations}: organisations and the people authorised to submit their data (guideline §3.3
 * condition 5). The governance administrator creates both; a person manages their own tokens.
 */
@Path("organisations")
@RequestScoped
@Tag(name = "organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Schema(name = "Organisation")
    public record OrganisationView(String id, @Schema(example = "Voorbeeld Computers B.V.") String name,
                                   @Schema(example = "KvK 12345678") String identifier, Instant createdAt) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id(), o.name(), o.identifier(), o.createdAt());
        }
    }

    @Schema(name = "Person", description = "a person of an organisation; roles: submitter, calculator")
    public record PersonView(String id, String name, String email, String organisationId,
                             @Schema(example = "[\"submitter\"]") Set<String> roles, boolean active, Instant createdAt) {
        static PersonView of(Person a) {
            return new PersonView(a.id(), a.name(), a.email(), a.organisationId(), a.roles(), a.active(), a.createdAt());
        }
    }

    @Schema(name = "TokenInfo", description = "an API token without its secret")
    public record TokenView(String id, String label, @Schema(example = "kl_Xy3b") String prefix, Instant createdAt,
                            Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.label(), t.prefix(), t.createdAt(), t.revokedAt());
        }
    }

    @Schema(name = "IssuedToken", description = "a new API token; 'token' is shown only in this answer")
    public record IssuedToken(PersonView person, TokenView info,
                              @Schema(description = "the secret; store it, it is never shown again") String token) {
    }

    /** the optional body of a token request, {"label": "…"} (at most 200 characters): its label, or null */
    static String tokenLabel(String body) {
        return body == null || body.isBlank() ? null
                : text(JsonInput.object(JsonInput.parse(body), ""), "label", 200, false);
    }

    @Inject
    OrganisationService organisations;

    @Inject
    PageLinks links;

    @Inject
    Preconditions preconditions;

    @Inject
    Caller caller;


    @GET
    @PermitAll
    @Operation(summary = "List organisations", description = "Public: the register shows who supplies its data (condition 18).")
    @APIResponse(responseCode = "200", description = "every organisation, by name", content = @Content(
            schema = @Schema(implementation = OrganisationView.class, type = SchemaType.ARRAY)))
    public List<OrganisationView> list(@QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                       @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        links.page(page, organisations.count());
        return organisations.list(page).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Show an organisation")
    @APIResponse(responseCode = "200", description = "the organisation", content = @Content(
            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "no such organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationView show(@PathParam("id") String id) {
        return OrganisationView.of(organisations.organisation(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create an organisation (governance administrator)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationBodies.OrganisationRequest.class)))
    @APIResponse(responseCode = "201", description = "created", content = @Content(
            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "missing or bad name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(String body) {
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String name = text(o, "name", 200, true);
        String identifier = text(o, "identifier", 100, false);
        Organisation org = organisations.create(caller, name, identifier);
        return Response.created(URI.create("organisations/" + org.id())).entity(OrganisationView.of(org)).build();
    }

    @GET
    @Path("{id}/submitters")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List the people of an organisation",
            description = "For the administrator and for the organisation's own submitters.")
    @APIResponse(responseCode = "200", description = "the organisation's people, by name", content = @Content(
            schema = @Schema(implementation = PersonView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "a submitter of another organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PersonView> people(@PathParam("id") String id,
                                   @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                   @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        organisations.organisation(id);
        requireActFor(id);
        links.page(page, organisations.countPeople(id));
        return organisations.people(id, page).stream().map(PersonView::of).toList();
    }

    @GET
    @Path("{id}/submitters/{person}")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read a person of an organisation (the Location of an authorisation)",
            description = "For the administrator and for the organisation's own submitters.")
    @APIResponse(responseCode = "200", description = "the person", content = @Content(
            schema = @Schema(implementation = PersonView.class)))
    public PersonView showPerson(@PathParam("id") String id, @PathParam("person") String personId) {
        requireActFor(id);
        Person a = organisations.person(new PersonRef(id, personId));
        preconditions.current(personTag(a));
        return PersonView.of(a);
    }

    /** a person has no version column: the tag is a digest of the roles and the authorisation a write changes */
    static String personTag(Person a) {
        return Preconditions.tagOfState("person", new TreeSet<>(a.roles()) + "|" + a.active());
    }

    @POST
    @Path("{id}/submitters")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Authorise a person of the organisation (governance administrator)",
            description = "Creates the person with roles (default: submitter; calculator may be granted too) and a"
                    + " first personal API token, shown only in this answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationBodies.PersonRequest.class)))
    @APIResponse(responseCode = "201", description = "created, with the token", content = @Content(
            schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "400", description = "missing name or a role other than submitter, calculator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response authorise(@PathParam("id") String id, String body) {
        organisations.organisation(id);
        JsonObject o = JsonInput.object(JsonInput.parse(body), "");
        String name = text(o, "name", 200, true);
        String email = text(o, "email", 200, false);
        Set<String> roles = roles(o, Set.of(Roles.SUBMITTER));
        IssuedToken issued = organisations.authorise(caller, id, name, email, roles);
        return Response.created(URI.create("organisations/" + id + "/submitters/" + issued.person().id()))
                .entity(issued).build();
    }

    @PUT
    @Path("{id}/submitters/{person}/roles")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set a person's roles (governance administrator), e.g. grant calculator")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationBodies.RolesRequest.class)))
    @APIResponse(responseCode = "200", description = "the person with the new roles", content = @Content(
            schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", description = "no such person in the organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, ref = "IfMatch")
    public PersonView setRoles(@PathParam("id") String id, @PathParam("person") String personId, String body) {
        PersonRef person = new PersonRef(id, personId);
        organisations.person(person);
        Set<String> roles = roles(JsonInput.object(JsonInput.parse(body), ""), null);
        Person a = organisations.setRoles(caller, person, roles, locked -> preconditions.check(personTag(locked)));
        preconditions.current(personTag(a));
        return PersonView.of(a);
    }

    @DELETE
    @Path("{id}/submitters/{person}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw a person's authorisation (governance administrator); revokes every token")
    @APIResponse(responseCode = "204", description = "withdrawn")
    @APIResponse(responseCode = "401", description = "no valid token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such person in the organisation", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") String id, @PathParam("person") String personId) {
        organisations.withdraw(caller, new PersonRef(id, personId));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/submitters/{person}/tokens")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List a person's tokens (without secrets)", description = "For the person and the administrator.")
    @APIResponse(responseCode = "200", description = "the tokens, oldest first", content = @Content(
            schema = @Schema(implementation = TokenView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "neither the person nor the administrator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TokenView> listTokens(@PathParam("id") String id, @PathParam("person") String personId,
                                      @QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                      @QueryParam("limit") Integer limit) {
        Paging page = Paging.of(offset, limit);
        Person a = organisations.person(new PersonRef(id, personId));
        requireSelfOrAdmin(a);
        List<ApiToken> all = organisations.tokens(a);
        links.page(page, all.size());
        return page.apply(all).stream().map(TokenView::of).toList();
    }

    @POST
    @Path("{id}/submitters/{person}/tokens")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a new personal token, shown once", description = "For the person and the administrator."
            + " Optional body {\"label\": \"…\"}.")
    @APIResponse(responseCode = "201", description = "the token", content = @Content(
            schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "409", description = "the person's authorisation was withdrawn", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = false, description = "optional: a label for the token", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationBodies.TokenRequest.class)))
    public Response newToken(@PathParam("id") String id, @PathParam("person") String personId, String body) {
        PersonRef person = new PersonRef(id, personId);
        requireSelfOrAdmin(organisations.person(person));
        IssuedToken issued = organisations.newToken(caller, person, tokenLabel(body));
        return Response.created(URI.create("organisations/" + id + "/submitters/" + personId + "/tokens/"
                + issued.info().id())).entity(issued).build();
    }

    @GET
    @Path("{id}/submitters/{person}/tokens/{token}")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Read one of a person's tokens, without its secret (the Location of a new token)",
            description = "For the person and the administrator.")
    @APIResponse(responseCode = "200", description = "the token", content = @Content(
            schema = @Schema(implementation = TokenView.class)))
    public TokenView showToken(@PathParam("id") String id, @PathParam("person") String personId,
                               @PathParam("token") String tokenId) {
        return TokenView.of(tokenOf(id, personId, tokenId));
    }

    /** a token of the person, for the person and the administrator */
    private ApiToken tokenOf(String orgId, String personId, String tokenId) {
        Person a = organisations.person(new PersonRef(orgId, personId));
        requireSelfOrAdmin(a);
        return organisations.token(a, tokenId);
    }

    @DELETE
    @Path("{id}/submitters/{person}/tokens/{token}")
    @RolesAllowed({Roles.ADMIN, Roles.SUBMITTER, Roles.CALCULATOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke a token", description = "For the person and the administrator; takes effect at once.")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "403", description = "neither the person nor the administrator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such token of the person", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("id") String id, @PathParam("person") String personId,
                           @PathParam("token") String tokenId) {
        PersonRef person = new PersonRef(id, personId);
        requireSelfOrAdmin(organisations.person(person));
        organisations.revoke(caller, person, tokenId);
        return Response.noContent().build();
    }

    private void requireActFor(String orgId) {
        if (!caller.mayActFor(orgId)) {
            throw DomainException.forbidden("You may act only for your own organisation");
        }
    }

    private void requireSelfOrAdmin(Person a) {
        if (!caller.isAdmin() && !caller.actorId().equals(a.id())) {
            throw DomainException.forbidden("Only the person and the administrator manage a person's tokens");
        }
    }

    private static Set<String> roles(JsonObject o, Set<String> absent) {
        var v = JsonInput.optional(o, "roles");
        if (v.isEmpty()) {
            if (absent == null) {
                throw DomainException.invalid("roles", "roles: required");
            }
            return absent;
        }
        Set<String> roles = new LinkedHashSet<>();
        var arr = JsonInput.array(v.get(), "roles");
        for (int i = 0; i < arr.size(); i++) {
            String r = JsonInput.string(arr.get(i), JsonInput.index("roles", i));
            // the administrator role is not granted to people of organisations: governance stays independent (condition 16)
            if (!Roles.SUBMITTER.equals(r) && !Roles.CALCULATOR.equals(r)) {
                throw DomainException.invalid(JsonInput.index("roles", i),
                        "roles[" + i + "]: '" + r + "' is not a role of an organisation's person (submitter, calculator)");
            }
            roles.add(r);
        }
        return roles;
    }

    static String text(JsonObject o, String name, int maxLength, boolean required) {
        JsonValue v = required ? JsonInput.required(o, name, "") : JsonInput.optional(o, name).orElse(null);
        if (v == null) {
            return null;
        }
        String s = JsonInput.string(v, name).trim();
        if (required && s.isEmpty()) {
            throw DomainException.invalid(name, name + ": must not be empty");
        }
        if (s.length() > maxLength) {
            throw DomainException.invalid(name, name + ": at most " + maxLength + " characters");
        }
        return s;
    }
}
