package org.rapporteur.batch;

import java.sql.DriverManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.jdbc.PgConnection;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.jdbc.channel.PostgresChannelMessageTableSubscriber;
import org.springframework.integration.jdbc.channel.PostgresSubscribableChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code --worker}: takes session requests from PostgreSQL until stopped, {@code rapporteur.threads} at a time,
 * and reports each session as its partition of the manager's job. A request is taken in a transaction of its own
 * that ends only when the session is done: if the worker dies, PostgreSQL rolls it back and the request is back in
 * the queue for another worker, so no session is lost, and none is reported twice.
 */
@Configuration
@Profile("worker")
@EnableBatchIntegration
class WorkerConfiguration {

    /** How often a worker with an idle thread looks for requests that no notification announced. */
    private static final Duration IDLE_POLL = Duration.ofSeconds(3);

    /**
     * The connections that take requests and hold them until their session is done: apart from the job's own
     * pool, so that a session's job repository updates commit as they happen instead of joining the long
     * transaction that holds its request. One connection per transaction: a worker holds as many as it runs
     * sessions, for minutes each.
     */
    record RequestConnections(DataSource dataSource) {
    }

    @Bean
    RequestConnections requestConnections(@Value("${spring.datasource.url}") String url) {
        return new RequestConnections(new SimpleDriverDataSource(new org.postgresql.Driver(), url));
    }

    @Bean
    JdbcChannelMessageStore sessionRequestStore(RequestConnections connections) {
        return SessionRequests.store(connections.dataSource());
    }

    /** Listens for PostgreSQL's notification of new requests, on a connection of its own. */
    @Bean
    PostgresChannelMessageTableSubscriber sessionRequestSubscriber(@Value("${spring.datasource.url}") String url) {
        return new PostgresChannelMessageTableSubscriber(
                () -> DriverManager.getConnection(url).unwrap(PgConnection.class));
    }

    /** The threads that run sessions; a worker that is stopped lets its running sessions finish. */
    @Bean
    ThreadPoolTaskExecutor sessionThreads(@Value("${rapporteur.threads}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("session-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds((int) Duration.ofHours(1).toSeconds());
        return executor;
    }

    @Bean
    PostgresSubscribableChannel sessionRequests(JdbcChannelMessageStore sessionRequestStore,
                                                PostgresChannelMessageTableSubscriber sessionRequestSubscriber,
                                                ThreadPoolTaskExecutor sessionThreads,
                                                RequestConnections connections) {
        PostgresSubscribableChannel channel = new PostgresSubscribableChannel(sessionRequestStore,
                SessionRequests.GROUP, sessionRequestSubscriber);
        channel.setDispatcherExecutor(sessionThreads);
        // Taking a request and running its session are one transaction on the store's connections.
        channel.setTransactionManager(new DataSourceTransactionManager(connections.dataSource()));
        return channel;
    }

    @Bean
    IdleWorkerPoll idleWorkerPoll(PostgresSubscribableChannel sessionRequests, ThreadPoolTaskExecutor sessionThreads,
                                  TaskScheduler taskScheduler) {
        return new IdleWorkerPoll(sessionRequests, sessionThreads, taskScheduler, IDLE_POLL);
    }

    @Bean
    Step session(RemotePartitioningWorkerStepBuilderFactory steps, PostgresSubscribableChannel sessionRequests,
                 PlatformTransactionManager transactionManager, SessionReporting reporting) {
        return steps.get(ReportJobConfiguration.SESSION)
                .inputChannel(sessionRequests)
                .tasklet(new CurrentExecutionTasklet(new SessionTasklet(reporting)), transactionManager)
                .build();
    }
}
