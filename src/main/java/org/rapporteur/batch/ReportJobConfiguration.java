package org.rapporteur.batch;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.rapporteur.analysis.SessionAnalyzer;
import org.rapporteur.ingest.SessionReader;
import org.rapporteur.nlp.Quality;
import org.rapporteur.report.CrossSessionWriter;
import org.rapporteur.report.IndexWriter;
import org.rapporteur.report.MessagesWriter;
import org.rapporteur.report.ReportJson;
import org.rapporteur.report.ReportWriter;
import org.rapporteur.report.TemplateRenderer;
import org.rapporteur.store.ResultStore;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The report job and what every way of running it shares: one partitioned step, a partition per session folder.
 * Each partition reads, annotates, analyses, renders and stores one session. Where the partitions run is the
 * choice of one of three configurations: {@link LocalPartitioningConfiguration} (threads of this process, the
 * default), or a {@link ManagerConfiguration} and any number of {@link WorkerConfiguration}s sharing PostgreSQL.
 */
@Configuration
public class ReportJobConfiguration {

    static final String JOB = "reportJob";
    /** The partitioned step, and the step each partition runs: the names a restart and the workers look for. */
    static final String SESSIONS = "sessions";
    static final String SESSION = "session";

    @Bean
    @Profile("!worker")
    Job reportJob(JobRepository jobRepository, Step sessions) {
        return new JobBuilder(JOB, jobRepository).start(sessions).build();
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

    /**
     * The threads that annotate turns, shared by every session of the process: one session alone still keeps all
     * of them busy, and many sessions together queue their turns without using more threads than asked for.
     */
    @Bean
    ThreadPoolTaskExecutor annotators(@Value("${rapporteur.threads}") int threads) {
        ThreadPoolTaskExecutor annotators = new ThreadPoolTaskExecutor();
        annotators.setCorePoolSize(threads);
        annotators.setMaxPoolSize(threads);
        annotators.setThreadNamePrefix("annotate-");
        annotators.setDaemon(true);
        return annotators;
    }

    @Bean
    CrossSessionWriter crossSessionWriter(ReportJson json, TemplateRenderer renderer) {
        return new CrossSessionWriter(new MessagesWriter(json, renderer));
    }

    @Bean
    Progress progress(Console console) {
        return new Progress(console.out(), Progress.isTerminal(console.out()));
    }

    @Bean
    SessionReporting sessionReporting(SessionReader reader, ReportWriter writer, ResultStore store,
                                      Progress progress, @Value("${rapporteur.quality:FAST}") Quality quality,
                                      @Value("${rapporteur.session-time-limit:PT10M}") Duration timeLimit,
                                      ThreadPoolTaskExecutor annotators) {
        return new SessionReporting(reader, quality, annotators, annotators.getMaxPoolSize(), new SessionAnalyzer(),
                writer, store, progress, new TimeLimit(timeLimit));
    }
}
