package io.cloudmart.sim.model.gateway;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The counter keys of one {@link CounterStore}, each (plugin scope, identifier) pair numbered by a dense
 * slot from 0, so that the store keeps its counts in arrays indexed by slot instead of a map per window.
 *
 * <p>A pair is numbered the first time a request carries it and keeps its slot while the store holds a
 * counter for it. Slots are given back only when every slot is taken: then the pairs without a counter
 * ({@code inUse} false) are dropped at once, and the slots grow (doubling) only if more than half of them
 * are still in use. A sweep costs one pass over the slots and is followed by at least half as many new
 * pairs, so numbering stays O(1) amortized, and the slots stay below four times the most pairs in use at
 * once: memory is bounded by the identifiers active in the current windows, not by the requests.
 *
 * <p>The lookup is an open-addressing table (linear probing, at most half full) of slots; the identifier
 * is compared by reference first, which is all a request from a long-lived {@link RequestIdentity} needs.
 * The strings' own cached hash codes make the lookup one table probe in the usual case. Not thread-safe.
 */
final class CounterKeys {
    private static final int INITIAL_SLOTS = 64;
    private static final int EMPTY = -1;

    private String[] identifiers = new String[INITIAL_SLOTS];
    private int[] scopes = new int[INITIAL_SLOTS];
    private int[] hashes = new int[INITIAL_SLOTS];
    /** Slot numbers by hash position; {@link #EMPTY} where none. */
    private int[] table = emptyTable(2 * INITIAL_SLOTS);
    /** Slots handed out so far (the high-water mark) and the freed ones below it, last freed first. */
    private int used;
    private int[] free = new int[INITIAL_SLOTS];
    private int freeCount;

    /** Slots there are room for; every slot number is below this. */
    int capacity() {
        return identifiers.length;
    }

    /** Pairs currently numbered. */
    int size() {
        return used - freeCount;
    }

    /** The slot of ({@code scope}, {@code identifier}), or -1 if the pair has none. */
    int find(int scope, String identifier) {
        int hash = hash(scope, identifier);
        int mask = table.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (matches(slot, scope, identifier, hash)) {
                return slot;
            }
        }
    }

    /**
     * The slot of ({@code scope}, {@code identifier}), numbering the pair if it has none. Numbering may first
     * drop every pair whose slot {@code inUse} rejects, so slots returned before are valid only until the
     * next call.
     */
    int slot(int scope, String identifier, IntPredicate inUse) {
        int hash = hash(scope, identifier);
        int mask = table.length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == EMPTY) {
                break;
            }
            if (matches(slot, scope, identifier, hash)) {
                return slot;
            }
        }
        if (freeCount == 0 && used == capacity()) {
            sweep(inUse);
            return add(scope, identifier, hash, probe(hash));
        }
        return add(scope, identifier, hash, i);
    }

    /** The identifier numbered {@code slot} (for checks). */
    String identifier(int slot) {
        return identifiers[slot];
    }

    private boolean matches(int slot, int scope, String identifier, int hash) {
        String held = identifiers[slot];
        return scopes[slot] == scope && (held == identifier || (hashes[slot] == hash && held.equals(identifier)));
    }

    private int add(int scope, String identifier, int hash, int position) {
        int slot = freeCount > 0 ? free[--freeCount] : used++;
        identifiers[slot] = identifier;
        scopes[slot] = scope;
        hashes[slot] = hash;
        table[position] = slot;
        return slot;
    }

    /** The first empty table position for {@code hash}. */
    private int probe(int hash) {
        int mask = table.length - 1;
        int i = hash & mask;
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Frees the slots not in use, grows when more than half are, and rebuilds the table. */
    private void sweep(IntPredicate inUse) {
        freeCount = 0;
        for (int slot = used - 1; slot >= 0; slot--) {
            if (!inUse.test(slot)) {
                identifiers[slot] = null;
                free[freeCount++] = slot;
            }
        }
        if (2 * freeCount < used) {
            grow();
        }
        table = emptyTable(2 * capacity());
        for (int slot = 0; slot < used; slot++) {
            if (identifiers[slot] != null) {
                table[probe(hashes[slot])] = slot;
            }
        }
    }

    private void grow() {
        int n = 2 * capacity();
        identifiers = Arrays.copyOf(identifiers, n);
        scopes = Arrays.copyOf(scopes, n);
        hashes = Arrays.copyOf(hashes, n);
        free = Arrays.copyOf(free, n);
    }

    private static int[] emptyTable(int size) {
        int[] t = new int[size];
        Arrays.fill(t, EMPTY);
        return t;
    }

    /** Spreads the string's hash and the scope over the table's low bits (the Murmur3 finalizer). */
    private static int hash(int scope, String identifier) {
        int h = identifier.hashCode() * 31 + scope;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
