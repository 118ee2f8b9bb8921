package org.rapporteur.batch;

import javax.sql.DataSource;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.messaging.MessageChannel;

/**
 * {@code --manager}: partitions the sessions and sends one request per session to the workers through PostgreSQL;
 * then follows the partitions through the job repository until every one has finished. The manager annotates
 * nothing itself, and loads no models.
 */
@Configuration
@Profile("manager")
@EnableBatchIntegration
class ManagerConfiguration {

    /** How often the manager reads the partitions' status from the job repository. */
    private static final long POLL_MILLIS = 500;

    @Bean
    JdbcChannelMessageStore sessionRequestStore(DataSource dataSource) {
        return SessionRequests.store(dataSource);
    }

    /** Sending only: a request is a row in the store, whose trigger notifies the listening workers. */
    @Bean
    MessageChannel sessionRequests(JdbcChannelMessageStore sessionRequestStore) {
        return new QueueChannel(new MessageGroupQueue(sessionRequestStore, SessionRequests.GROUP));
    }

    /** No reply channel: completion is read from the job repository, which also outlives any worker. */
    @Bean
    Step sessions(RemotePartitioningManagerStepBuilderFactory steps, JobRepository jobRepository,
                  SessionPartitioner partitioner, MessageChannel sessionRequests) {
        return steps.get(ReportJobConfiguration.SESSIONS)
                .partitioner(ReportJobConfiguration.SESSION, partitioner)
                .splitter(LargestFirst.sessions(jobRepository, partitioner))
                .outputChannel(sessionRequests)
                .pollInterval(POLL_MILLIS)
                .build();
    }
}
