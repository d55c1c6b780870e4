package nl.kringloop.passport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.kringloop.platform.DomainException;
import nl.kringloop.organisation.OrganisationService;
import nl.kringloop.platform.Preconditions;

/**
 * Assembles the passport views of the API from a passport, one of its versions and the register's derivation, and
 * names the entity tag the answer carries. The resource converts and delegates; what a view holds is decided here.
 */
@RequestScoped
public class PassportViewAssembler {

    @Inject
    PassportService service;

    @Inject
    PassportAccess access;

    @Inject
    OrganisationService organisations;

    @Inject
    Preconditions preconditions;

    /** a published version, read again from its stored document */
    public PassportViews.PassportView published(Passport p, PassportVersion v) {
        return published(p, v, service.reread(v.documentJson()));
    }

    /** a published version from the document it was prepared from (just published: nothing read twice) */
    public PassportViews.PassportView published(Passport p, PassportVersion v, PassportService.Prepared prepared) {
        preconditions.current(PassportService.entityTag(p));
        PassportDerivation.Result d = prepared.derived();
        return new PassportViews.PassportView(p.id(), p.organisationId(), organisationName(p), v.number(), "published",
                p.latestVersion(), access.seesDraft(p) ? p.draftVersion() : null, v.publishedAt(),
                v.publishedByName(), null, v.sha256(), prepared.json(), d, d.findings());
    }

    /**
     * A published version as {@code /versions/{n}} shows it: only what the version fixes (its document, derivation,
     * hash, publication and its organisation, whose name does not change), so the same bytes serve every reader for
     * ever. The newest version and the working draft are the passport's, not the version's: they are left out.
     */
    public PassportViews.PassportView immutable(Passport p, PassportVersion v) {
        PassportService.Prepared prepared = service.reread(v.documentJson());
        PassportDerivation.Result d = prepared.derived();
        return new PassportViews.PassportView(p.id(), p.organisationId(), organisationName(p), v.number(), "published",
                null, null, v.publishedAt(), v.publishedByName(), null, v.sha256(), prepared.json(), d, d.findings());
    }

    public PassportViews.PassportView published(PassportService.Published published) {
        return published(published.passport(), published.version(), published.prepared());
    }

    public PassportViews.PassportView draft(Passport p) {
        preconditions.current(PassportService.entityTag(p));
        PassportService.Prepared prepared = service.reread(p.draftJson());
        PassportDerivation.Result d = prepared.derived();
        return new PassportViews.PassportView(p.id(), p.organisationId(), organisationName(p), p.draftVersion(), "draft",
                p.latestVersion(), p.draftVersion(), null, null, p.draftUpdatedAt(), null, prepared.json(), d,
                d.findings());
    }

    /** published version {@code version} of the passport, the newest when null: what the exports show */
    public PassportViews.PassportView exported(Passport p, Integer version) {
        int n = version == null ? p.latestVersion() : version;
        if (n < 1 || n > p.latestVersion()) {
            throw DomainException.unknown("Published version", p.id() + "/" + n);
        }
        return published(p, service.version(p.id(), n).orElseThrow());
    }

    private String organisationName(Passport p) {
        return organisations.name(p.organisationId()).orElse(null);
    }
}
