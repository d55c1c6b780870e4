package nl.kringloop.passport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.kringloop.platform.Caller;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.Roles;

/**
 * Who may see and change a passport (guideline §3.3 conditions 5, 14 and 16): published versions are public; drafts,
 * feedback and the audit trail are for the organisation and the administrator; writes are for the organisation's own
 * submitters only.
 */
@RequestScoped
public class PassportAccess {

    @Inject
    Caller caller;

    /** drafts, feedback, audit: the organisation and the administrator; 401 for anonymous, 403 for others */
    public void requireInsider(Passport p) {
        caller.require();
        if (!caller.mayActFor(p.organisationId())) {
            throw DomainException.forbidden("This passport belongs to another organisation");
        }
    }

    /** writes: only the organisation's own submitters; the administrator does not submit (independence, condition 16) */
    public void requireSubmitterOf(Passport p) {
        if (!caller.isMemberWithRole(p.organisationId(), Roles.SUBMITTER)) {
            throw DomainException.forbidden("Only submitters of the passport's organisation may change it");
        }
    }

    /** whether the caller sees the passport's working draft beside its published versions */
    public boolean seesDraft(Passport p) {
        return p.hasDraft() && caller.mayActFor(p.organisationId());
    }
}
