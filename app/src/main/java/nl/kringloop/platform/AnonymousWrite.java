package nl.kringloop.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that changes the server's state for anonymous callers on purpose (passport feedback):
 * {@link AnonymousWriteLimit} limits how often one address may call it. Said explicitly, not inferred from
 * {@code @PermitAll} and {@code @Transactional}: the transaction moved into a service once, and the limit silently
 * stopped applying.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnonymousWrite {
}
