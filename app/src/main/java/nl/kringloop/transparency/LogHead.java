package nl.kringloop.transparency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that says where the log ends. Every append locks it first (SELECT … FOR UPDATE), so appends from any
 * number of servers on one database get consecutive sequence numbers and a chain without forks.
 */
@Entity
@Table(name = "KL_LOG_HEAD")
public class LogHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long sequence;

    @Column(nullable = false, length = 64)
    private String entryHash;

    protected LogHead() {
    }

    long sequence() {
        return sequence;
    }

    String entryHash() {
        return entryHash;
    }

    void advance(long sequence, String entryHash) {
        this.sequence = sequence;
        this.entryHash = entryHash;
    }
}
