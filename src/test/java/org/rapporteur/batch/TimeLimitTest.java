package org.rapporteur.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void workPastTheLimitIsStoppedAndReported() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        TimeLimit limit = new TimeLimit(Duration.ofMillis(200));

        assertThatThrownBy(() -> limit.run("endless", () -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        })).isInstanceOf(TimeLimit.Exceeded.class).hasMessageContaining("time limit");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void errorsAndExceptionsOfTheWorkReachTheCallerAsTheyAre() {
        TimeLimit limit = new TimeLimit(Duration.ofMinutes(1));

        assertThatThrownBy(() -> limit.run("oom", () -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
        assertThatThrownBy(() -> limit.run("bad", () -> {
            throw new IllegalStateException("defect");
        })).isInstanceOf(IllegalStateException.class).hasMessage("defect");
    }

    @Test
    void workWithinTheLimitGivesItsResult() throws Exception {
        assertThat(new TimeLimit(Duration.ofMinutes(1)).run("quick", () -> 42)).isEqualTo(42);
        assertThat(TimeLimit.describe(Duration.ofMinutes(10))).isEqualTo("10 min");
    }
}
