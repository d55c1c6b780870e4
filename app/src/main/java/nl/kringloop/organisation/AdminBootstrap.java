package nl.kringloop.organisation;

import nl.kringloop.platform.Audit;
import nl.kringloop.platform.Roles;
import nl.kringloop.platform.Startup;
import nl.kringloop.platform.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Creates the governance administrator at first start (docs/passport-register.md: bootstrapped from configuration, never a default
 * password). The token comes from the server.xml variable {@code kringloop.admin.token} (environment
 * {@code KRINGLOOP_ADMIN_TOKEN}). A configured token is registered if no token of that hash exists yet, so an
 * operator can also add an administrator token later by restarting with a new value. With no token configured
 * and no administrator in the database, a random token is generated and logged once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN_PERSON_ID = "governance-admin";
    private static final String FROM_CONFIGURATION = "from configuration";
    private static final String GENERATED = "generated at first start";

    @Inject
    @ConfigProperty(name = "kringloop.admin.token")
    Optional<String> configuredToken;

    @PersistenceContext(unitName = "kringloop")
    EntityManager em;

    @Inject
    Audit audit;

    @Transactional
    void onStart(@Observes Startup ignored) {
        Person admin = em.find(Person.class, ADMIN_PERSON_ID);
        Optional<String> token = configuredToken.map(String::trim).filter(t -> !t.isEmpty());
        if (admin != null && token.isEmpty()) {
            return;
        }
        if (admin == null) {
            admin = new Person(ADMIN_PERSON_ID, "Governance administrator", null, null, Set.of(Roles.ADMIN),
                    Instant.now());
            em.persist(admin);
            audit.record("system", "start-up", "create-account", "account", admin.id(), "governance administrator");
        }
        if (token.isPresent()) {
            if (token.get().length() < 32) {
                LOG.severe("kringloop.admin.token is shorter than 32 characters and was NOT registered;"
                        + " use at least 32 random characters");
                return;
            }
            String hash = Tokens.sha256Hex(token.get());
            if (em.createQuery("select count(t) from ApiToken t where t.sha256 = :h", Long.class)
                    .setParameter("h", hash).getSingleResult() == 0) {
                // a changed configured token replaces the previous one, and the generated one, instead of adding a
                // second way in (the log of the first start said setting it replaces the generated token)
                em.createQuery("select t from ApiToken t where t.personId = :a and t.label in :l"
                                + " and t.revokedAt is null", ApiToken.class)
                        .setParameter("a", admin.id()).setParameter("l", List.of(FROM_CONFIGURATION, GENERATED))
                        .getResultList().forEach(t -> t.revoke(Instant.now()));
                em.persist(new ApiToken(UUID.randomUUID().toString(), admin.id(), hash, FROM_CONFIGURATION,
                        Tokens.displayPrefix(token.get()), Instant.now()));
                LOG.info("Registered the governance administrator's token from kringloop.admin.token");
            }
            return;
        }
        String generated = Tokens.newToken();
        em.persist(new ApiToken(UUID.randomUUID().toString(), admin.id(), Tokens.sha256Hex(generated), GENERATED,
                Tokens.displayPrefix(generated), Instant.now()));
        LOG.warning("\n*** Kringloop: no kringloop.admin.token (KRINGLOOP_ADMIN_TOKEN) was configured, so a governance"
                + " administrator token was generated.\n*** It is shown ONCE, now; store it safely:\n***   " + generated
                + "\n*** Only its SHA-256 is kept. To replace it, set KRINGLOOP_ADMIN_TOKEN and restart.");
    }
}
