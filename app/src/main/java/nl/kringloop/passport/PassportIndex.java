package nl.kringloop.passport;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

/**
 * The register's search index, in memory: for each search field, its terms in order, each with the sorted numbers
 * of the passports that have it (an inverted index). A filter is the union of its terms' postings as a bit set —
 * one term, or every term starting with a word — and filters combine by AND over bit sets, so a search over
 * 100,000 passports costs its postings, not a scan of rows. Free text and manufacturer are words (letters and
 * digits, lower case, accents folded) matched by prefix; product group and the lists are whole entries.
 * Thread-safe: searches share a read lock, updates take the write lock.
 */
final class PassportIndex {

    enum Field { TEXT, MANUFACTURER, GROUP, MATERIAL, CRM, ZZS }

    /** the term every passport with a non-empty list has, for "any" (real terms are never empty) */
    static final String ANY = "";

    /** what one published passport's search columns say (PassportService writes them at publication) */
    record Row(String id, Instant publishedAt, String text, String manufacturer, String group, String materials,
               String crm, String zzs) {
    }

    /** one condition of a search: the field's term, or with {@code prefix} every term that starts with it */
    record Condition(Field field, String term, boolean prefix) {
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<TreeMap<String, Postings>> terms = new ArrayList<>();
    private final Map<String, Integer> numberOf = new HashMap<>();
    private final BitSet live = new BitSet();
    private String[] ids = new String[1024];
    /** publication time in nanoseconds since the epoch, for "newest first" */
    private long[] publishedNanos = new long[1024];
    /** per passport number, its terms per field: what an update removes */
    private String[][][] termsOf = new String[1024][][];
    private int size;

    PassportIndex() {
        for (int i = 0; i < Field.values().length; i++) {
            terms.add(new TreeMap<>());
        }
    }

    /** Lower case, accents folded, split at anything but a letter or digit; each word once, in order. */
    static List<String> words(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** the whole value as one term: folded like a word, inner spaces kept */
    static String whole(String s) {
        return String.join(" ", words(s));
    }

    /** the entries of a "|a|b|…|" list column; an entry cut off at the column's length is no entry */
    static List<String> entries(String list) {
        if (list == null || list.length() < 2) {
            return List.of();
        }
        int end = list.endsWith("|") ? list.length() - 1 : list.lastIndexOf('|');
        List<String> out = new ArrayList<>();
        for (String e : list.substring(1, Math.max(1, end)).split("\\|")) {
            if (!e.isEmpty() && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Adds the passports, or replaces what was indexed for them (a newer version was published). */
    void putAll(List<Row> rows) {
        lock.writeLock().lock();
        try {
            rows.forEach(this::put);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(Row r) {
        Integer known = numberOf.get(r.id());
        int n;
        if (known != null) {
            n = known;
            String[][] old = termsOf[n];
            for (int f = 0; f < old.length; f++) {
                for (String t : old[f]) {
                    TreeMap<String, Postings> m = terms.get(f);
                    Postings p = m.get(t);
                    if (p.remove(n)) {
                        m.remove(t);
                    }
                }
            }
        } else {
            n = size++;
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                publishedNanos = Arrays.copyOf(publishedNanos, n * 2);
                termsOf = Arrays.copyOf(termsOf, n * 2);
            }
            ids[n] = r.id();
            numberOf.put(r.id(), n);
        }
        Instant at = r.publishedAt() == null ? Instant.EPOCH : r.publishedAt();
        publishedNanos[n] = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        String group = whole(r.group());
        String[][] t = {
                words(r.text()).toArray(String[]::new),
                words(r.manufacturer()).toArray(String[]::new),
                group.isEmpty() ? new String[0] : new String[]{group},
                entries(r.materials()).toArray(String[]::new),
                withAny(entries(r.crm())),
                withAny(entries(r.zzs()))};
        for (int f = 0; f < t.length; f++) {
            for (String term : t[f]) {
                terms.get(f).computeIfAbsent(term, k -> new Postings()).add(n);
            }
        }
        termsOf[n] = t;
        live.set(n);
    }

    private static String[] withAny(List<String> entries) {
        if (entries.isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>(entries);
        out.add(ANY);
        return out.toArray(String[]::new);
    }

    /** One page of ids and the number of passports that pass, from one evaluation of the conditions. */
    record Page(List<String> ids, long total) {
    }

    /** how many passports pass every condition */
    long count(List<Condition> conditions) {
        return find(conditions, 0, 0).total();
    }

    /** the ids of one page of the passports that pass every condition, newest publication first, then by id */
    List<String> page(List<Condition> conditions, int offset, int limit) {
        return find(conditions, offset, limit).ids();
    }

    /**
     * One page of the passports that pass every condition, newest publication first, then by id, with their number:
     * both under one read lock, so the total is that of the same index state as the page.
     */
    Page find(List<Condition> conditions, int offset, int limit) {
        lock.readLock().lock();
        try {
            BitSet m = matching(conditions);
            long total = m.cardinality();
            long wanted = Math.min((long) offset + limit, total);
            if (offset >= wanted) {
                return new Page(List.of(), total);
            }
            int k = (int) wanted;
            Comparator<Integer> newestFirst = (a, b) -> publishedNanos[a] != publishedNanos[b]
                    ? Long.compare(publishedNanos[b], publishedNanos[a]) : ids[a].compareTo(ids[b]);
            // the k first in order, kept in a heap whose head is the last of them
            PriorityQueue<Integer> heap = new PriorityQueue<>(k, newestFirst.reversed());
            for (int n = m.nextSetBit(0); n >= 0; n = m.nextSetBit(n + 1)) {
                if (heap.size() < k) {
                    heap.add(n);
                } else if (newestFirst.compare(n, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(n);
                }
            }
            List<Integer> first = new ArrayList<>(heap);
            first.sort(newestFirst);
            return new Page(first.subList(offset, k).stream().map(n -> ids[n]).toList(), total);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The passports that pass every condition. The rarest condition (fewest postings) is built as a bit set; each
     * further one is tested on the passports found so far by their own terms when they are few, else ANDed as a bit
     * set — so "bench product 93999" costs the one passport of 93999, not two bit sets of the whole register.
     */
    private BitSet matching(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return (BitSet) live.clone();
        }
        List<Condition> bySize = new ArrayList<>(conditions);
        Map<Condition, Long> sizes = new HashMap<>();
        bySize.forEach(c -> sizes.put(c, postings(c).stream().mapToLong(p -> p.size).sum()));
        bySize.sort(Comparator.comparing(sizes::get));
        BitSet result = bitSet(bySize.get(0));
        for (Condition c : bySize.subList(1, bySize.size())) {
            int found = result.cardinality();
            if (found == 0) {
                break;
            }
            if (found * 32L < sizes.get(c)) {
                for (int n = result.nextSetBit(0); n >= 0; n = result.nextSetBit(n + 1)) {
                    if (!has(n, c)) {
                        result.clear(n);
                    }
                }
            } else {
                result.and(bitSet(c));
            }
        }
        return result;
    }

    private List<Postings> postings(Condition c) {
        TreeMap<String, Postings> m = terms.get(c.field().ordinal());
        if (c.prefix()) {
            return List.copyOf(m.subMap(c.term(), true, c.term() + Character.MAX_VALUE, false).values());
        }
        Postings p = m.get(c.term());
        return p == null ? List.of() : List.of(p);
    }

    private BitSet bitSet(Condition c) {
        BitSet b = new BitSet(size);
        postings(c).forEach(p -> p.into(b));
        return b;
    }

    /** whether passport n has the condition's term (or a term starting with it) */
    private boolean has(int n, Condition c) {
        for (String t : termsOf[n][c.field().ordinal()]) {
            if (c.prefix() ? t.startsWith(c.term()) : t.equals(c.term())) {
                return true;
            }
        }
        return false;
    }

    /** the sorted numbers of the passports that have one term */
    private static final class Postings {
        private int[] numbers = new int[2];
        private int size;

        void add(int n) {
            int at = size == 0 || numbers[size - 1] < n ? size : Arrays.binarySearch(numbers, 0, size, n);
            if (at < 0) {
                at = -at - 1;
            } else if (at < size) {
                return; // already there
            }
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            System.arraycopy(numbers, at, numbers, at + 1, size - at);
            numbers[at] = n;
            size++;
        }

        /** @return true when no number is left */
        boolean remove(int n) {
            int at = Arrays.binarySearch(numbers, 0, size, n);
            if (at >= 0) {
                System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
                size--;
            }
            return size == 0;
        }

        void into(BitSet b) {
            for (int i = 0; i < size; i++) {
                b.set(numbers[i]);
            }
        }
    }
}
