package org.rapporteur.batch;

import java.nio.file.Path;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The work of one partition: report the session whose folder the partition names. */
final class SessionTasklet implements Tasklet {

    private final SessionReporting reporting;

    SessionTasklet(SessionReporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext partition = contribution.getStepExecution().getExecutionContext();
        String out = contribution.getStepExecution().getJobParameters().getString(ReportRun.OUT);
        reporting.report(partition.getString(SessionPartitioner.SESSION_ID),
                Path.of(partition.getString(SessionPartitioner.FOLDER)), Path.of(out));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
