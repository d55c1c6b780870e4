package nl.kringloop.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Making and hashing API tokens: 32 random bytes from SecureRandom, URL-safe Base64, prefixed {@code kl_}. */
public final class Tokens {

    public static final String PREFIX = "kl_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new token; 32 bytes make guessing hopeless (2^256), so no rate limiting is needed against it. */
    public static String newToken() {
        byte[] b = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(b);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Hex SHA-256 of the token's UTF-8 bytes: what is stored and what a presented token is looked up by. */
    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first characters of a token, safe to show (the random part leaks 5 of 43 characters at most). */
    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(8, token.length()));
    }
}
