package nl.kringloop.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.platform.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * The register's Ed25519 signing key (JDK, no library): a file outside the database and never in the repository
 * ({@code kringloop.log.keyFile}), made at first start. Servers that share one database share this file too
 * (docs/operations.md); when two start at once on a new file, one writes it and the other reads it.
 */
@ApplicationScoped
public class LogKey {

    private static final Logger LOG = Logger.getLogger(LogKey.class.getName());

    @Inject
    @ConfigProperty(name = "kringloop.log.keyFile")
    String keyFile;

    private volatile KeyPair pair;

    /** @return Base64 of the public key's X.509 (SubjectPublicKeyInfo) encoding */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys().getPublic().getEncoded());
    }

    /** @return hex SHA-256 of the public key's X.509 encoding: names the key in checkpoints */
    public String keyId() {
        return keyId(keys().getPublic());
    }

    static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(Tokens.sha256(key.getEncoded()));
    }

    /** @return Base64 of the Ed25519 signature of the text's UTF-8 bytes */
    public String sign(String text) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys().getPrivate());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private KeyPair keys() {
        KeyPair p = pair;
        if (p == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = loadOrCreate(Path.of(keyFile).toAbsolutePath().normalize());
                }
                p = pair;
            }
        }
        return p;
    }

    static KeyPair loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            KeyFactory f = KeyFactory.getInstance("Ed25519");
            PrivateKey priv = f.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(value(lines, "private"))));
            PublicKey pub = f.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(value(lines, "public"))));
            return new KeyPair(pub, priv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the log signing key " + file + " is not an Ed25519 key file", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair p = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String text = "# Kringloop transparency-log signing key (Ed25519). Keep it secret, back it up, never commit it.\n"
                + "public=" + Base64.getEncoder().encodeToString(p.getPublic().getEncoded()) + "\n"
                + "private=" + Base64.getEncoder().encodeToString(p.getPrivate().getEncoded()) + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".log-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            // a hard link fails when the file exists: of two servers creating it at once, exactly one wins
            Files.createLink(file, tmp);
            LOG.warning("Generated the transparency-log signing key " + file + " (key id " + keyId(p.getPublic())
                    + "); back it up with the database");
        } catch (FileAlreadyExistsException e) {
            // another server made it first: use that one
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String value(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1).trim())
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + name + "= line"));
    }

}
