package dev.newsflow.enrich;

/**
 * A hash map from primitive longs to objects (open addressing, linear probing), for the
 * similarity bands of {@link ClaimIndex}: a long paragraph has 8 of them, and as {@code
 * HashMap<Long, V>} each cost a boxed key and an entry object besides its slot, about three times
 * the memory of the index's other parts per paragraph. Not thread-safe.
 */
final class LongKeyedMap<V> {

    private static final long EMPTY = 0;
    private static final float LOAD = 0.6f;

    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;
    /** Key 0 marks an empty slot, so its value is kept apart. */
    private Object zeroValue;

    int size() {
        return size + (zeroValue == null ? 0 : 1);
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        if (key == EMPTY) {
            return (V) zeroValue;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** Sets the value of a key; null removes it. */
    void put(long key, V value) {
        if (value == null) {
            remove(key);
            return;
        }
        if (key == EMPTY) {
            zeroValue = value;
            return;
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size > keys.length * LOAD) {
            grow();
        }
    }

    void remove(long key) {
        if (key == EMPTY) {
            zeroValue = null;
            return;
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != key) {
            if (keys[i] == EMPTY) {
                return;
            }
            i = (i + 1) & mask;
        }
        size--;
        // shift back the entries after it that would no longer be found past the gap
        int gap = i;
        for (int j = (i + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = EMPTY;
        values[gap] = null;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
