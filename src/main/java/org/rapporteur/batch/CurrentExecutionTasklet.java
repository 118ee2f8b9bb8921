package org.rapporteur.batch;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * On a worker: runs a partition only while its job execution runs. A request still queued from a manager that was
 * killed belongs to an execution that the resumed manager has marked failed and replaced with its own requests;
 * running it as well would report the session twice.
 */
final class CurrentExecutionTasklet implements Tasklet {

    private final Tasklet session;

    CurrentExecutionTasklet(Tasklet session) {
        this.session = session;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        if (!job.isRunning()) {
            throw new IllegalStateException("a request of execution " + job.getId() + ", which is " + job.getStatus()
                    + " and was replaced by a resumed run: not run");
        }
        return session.execute(contribution, chunkContext);
    }
}
