package nl.kringloop.mki.report;

import java.util.Objects;

/**
 * An entry of a register of an MKI project ({@code /api/mki/projects/{id}/registers/{register}/{entry}}): the
 * project's id, the register's name ({@code scope-changes}, RWS-MKI 4.0 chapter 4) and the entry's id in it
 * ({@code SC-1}) — three strings that a call would otherwise pass side by side.
 */
public record EntryRef(String project, String register, String entry) {

    public EntryRef {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(entry, "entry");
    }
}
