package org.rapporteur.batch;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.nlp.Quality;
import org.rapporteur.report.IndexWriter;
import org.rapporteur.report.ReportJson;
import org.rapporteur.report.ReportWriter;
import org.rapporteur.report.TemplateRenderer;
import org.rapporteur.store.ResultStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job: one partitioned step, a partition per session folder, run by {@code rapporteur.threads}
 * worker threads. Each partition reads, annotates, analyses, renders and stores one session.
 */
@Configuration
public class ReportJobConfiguration {

    static final String JOB = "reportJob";

    @Bean
    Job reportJob(JobRepository jobRepository, Step sessions) {
        return new JobBuilder(JOB, jobRepository).start(sessions).build();
    }

    @Bean
    Step sessions(JobRepository jobRepository, Step session, SessionPartitioner partitioner,
                  @Value("${rapporteur.threads}") int threads) {
        SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("session-");
        workers.setConcurrencyLimit(threads);
        return new StepBuilder("sessions", jobRepository)
                .partitioner("session", partitioner)
                .step(session)
                .taskExecutor(workers)
                .gridSize(threads)
                .build();
    }

    @Bean
    Step session(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                 SessionReporting reporting) {
        return new StepBuilder("session", jobRepository)
                .tasklet(new SessionTasklet(reporting), transactionManager)
                .build();
    }

    @Bean
    SessionPartitioner partitioner() {
        return new SessionPartitioner();
    }

    @Bean
    SessionFolders sessionFolders(SessionReader reader) {
        return new SessionFolders(reader::hasRecognisedInput);
    }

    @Bean
    SessionReader sessionReader() {
        return new SessionReader();
    }

    @Bean
    ResultStore resultStore(DataSource dataSource) {
        return new ResultStore(dataSource);
    }

    @Bean
    TemplateRenderer templateRenderer(@Value("${rapporteur.templates}") String templates) {
        return new TemplateRenderer(Path.of(templates));
    }

    @Bean
    ReportJson reportJson() {
        return new ReportJson();
    }

    @Bean
    ReportWriter reportWriter(ReportJson json, TemplateRenderer renderer) {
        return new ReportWriter(json, renderer);
    }

    @Bean
    IndexWriter indexWriter(ReportJson json, TemplateRenderer renderer) {
        return new IndexWriter(json, renderer);
    }

    @Bean
    SessionReporting sessionReporting(SessionReader reader, ReportWriter writer, ResultStore store,
                                      Console console, @Value("${rapporteur.quality:FAST}") Quality quality,
                                      @Value("${rapporteur.session-time-limit:PT10M}") Duration timeLimit) {
        return new SessionReporting(reader, quality, new SessionAnalyzer(), writer, store, console.out(),
                new TimeLimit(timeLimit));
    }
}
