package org.rapporteur.parallel;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * A piece of work handed to helper threads that the thread waiting for it does itself when no helper has begun it,
 * so waiting never leaves a core idle and a busy pool only means the work is done on the caller's thread, in the
 * order asked. On {@code Runnable::run} every fork runs at once, on the calling thread.
 *
 * @param <T> what the work gives
 */
public final class Fork<T> {

    private final FutureTask<T> task;

    private Fork(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Starts {@code work} on {@code helpers}. */
    public static <T> Fork<T> of(Supplier<T> work, Executor helpers) {
        Fork<T> fork = new Fork<>(work);
        try {
            helpers.execute(fork.task);
        } catch (RejectedExecutionException e) {
            // helpers shutting down: the waiting thread does the work at join
        }
        return fork;
    }

    /**
     * What the work gave, doing it here if no helper has started it (a started task's second run does nothing). An
     * exception or error of the work is thrown as is, on this thread.
     */
    public T join() {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw new CancellationException("stopped while waiting for a helper");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
