package org.rapporteur.batch;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** The default: the sessions' partitions run on {@code rapporteur.threads} threads of this process. */
@Configuration
@Profile("!manager & !worker")
class LocalPartitioningConfiguration {

    @Bean
    Step sessions(JobRepository jobRepository, Step session, SessionPartitioner partitioner,
                  @Value("${rapporteur.threads}") int threads) {
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("session-");
        workers.setConcurrencyLimit(threads);
        return new StepBuilder(ReportJobConfiguration.SESSIONS, jobRepository)
                .partitioner(ReportJobConfiguration.SESSION, partitioner)
                .splitter(LargestFirst.sessions(jobRepository, partitioner))
                .step(session)
                .taskExecutor(workers)
                .gridSize(threads)
                .build();
    }

    @Bean
    Step session(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                 SessionReporting reporting) {
        return new StepBuilder(ReportJobConfiguration.SESSION, jobRepository)
                .tasklet(new SessionTasklet(reporting), transactionManager)
                .build();
    }
}
