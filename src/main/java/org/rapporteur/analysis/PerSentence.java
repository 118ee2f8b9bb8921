package org.rapporteur.analysis;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * A value for each sentence of a session, computed when first asked and kept. The finders that share it may run
 * on several threads at once: a value is published whole, and one two threads compute together is the same value
 * (the computation is a pure function of the sentence), so either may be kept.
 *
 * @param <T> the value; never null
 */
final class PerSentence<T> {

    private final AtomicReferenceArray<T> values;
    private final IntFunction<T> compute;

    PerSentence(int sentences, IntFunction<T> compute) {
        this.values = new AtomicReferenceArray<>(sentences);
        this.compute = compute;
    }

    T get(int i) {
        T value = values.get(i);
        if (value == null) {
            value = compute.apply(i);
            values.set(i, value);
        }
        return value;
    }
}
