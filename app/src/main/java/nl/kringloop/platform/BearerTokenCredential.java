package nl.kringloop.platform;

import jakarta.security.enterprise.credential.Credential;

/** The token of an {@code Authorization: Bearer} header, handed to {@link DatabaseIdentityStore}. */
public record BearerTokenCredential(String token) implements Credential {
}
