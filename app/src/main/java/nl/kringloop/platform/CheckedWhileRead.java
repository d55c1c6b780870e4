package nl.kringloop.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method that reads its whole JSON body through {@link InputLimits#limited}: the body is checked
 * against the JSON limits while it is read, not parsed once more before (docs/api-errors.md, "Input limits").
 * The size, encoding and request-line limits are checked before as for every request.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CheckedWhileRead {
}
