package org.rapporteur.batch;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one session's work on a thread of its own and waits at most the limit for it. Past the limit the work is
 * interrupted (the annotation stops at its next sentence) and abandoned: its result, if it ever comes, is never
 * used, so the session can be failed at once and the worker goes on to the next session.
 */
final class TimeLimit {

    private final Duration limit;

    TimeLimit(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /** The work did not finish in time. */
    static final class Exceeded extends Exception {

        Exceeded(Duration limit) {
            super("still running after the session time limit of " + describe(limit) + "; stopped");
        }
    }

    /**
     * The work's result; its own exception or error (an {@link OutOfMemoryError} too) is rethrown as is, on this
     * thread, so the caller reports it for the session it belongs to.
     */
    <T> T run(String name, Callable<T> work) throws Exceeded, Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new Exceeded(limit);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw (Error) e.getCause();
        } catch (InterruptedException | CancellationException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String describe(Duration d) {
        long s = d.toSeconds();
        return s % 60 == 0 ? s / 60 + " min" : s + " s";
    }
}
