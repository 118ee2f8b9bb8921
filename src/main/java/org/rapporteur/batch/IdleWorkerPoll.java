package org.rapporteur.batch;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Has a worker with an idle thread look for requests every few seconds. A new request is announced by a
 * PostgreSQL notification; a request given back by a worker that died (its transaction rolled back when its
 * connection dropped) is announced by nothing, and would otherwise wait for the next new request.
 */
final class IdleWorkerPoll implements SmartLifecycle {

    private final PostgresSubscribableChannel requests;
    private final ThreadPoolTaskExecutor threads;
    private final TaskScheduler scheduler;
    private final Duration every;
    private volatile ScheduledFuture<?> polling;

    IdleWorkerPoll(PostgresSubscribableChannel requests, ThreadPoolTaskExecutor threads, TaskScheduler scheduler,
                   Duration every) {
        this.requests = requests;
        this.threads = threads;
        this.scheduler = scheduler;
        this.every = every;
    }

    private void poll() {
        if (threads.getActiveCount() < threads.getMaxPoolSize()) {
            requests.notifyUpdate();
        }
    }

    @Override
    public void start() {
        polling = scheduler.scheduleWithFixedDelay(this::poll, every);
    }

    @Override
    public void stop() {
        polling.cancel(false);
        polling = null;
    }

    @Override
    public boolean isRunning() {
        return polling != null;
    }
}
