package org.rapporteur.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ForkTest {

    @Test
    void workNoHelperHasBegunIsDoneByTheThreadThatWaitsForIt() throws Exception {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            Fork<Boolean> busy = Fork.of(() -> await(release), helper);
            Fork<String> queued = Fork.of(() -> Thread.currentThread().getName(), helper);

            assertThat(queued.join()).isEqualTo(Thread.currentThread().getName());
            release.countDown();
            assertThat(busy.join()).isTrue();
        } finally {
            release.countDown();
            helper.shutdownNow();
        }
    }

    @Test
    void workAHelperBeganIsWaitedForAndDoneOnce() throws Exception {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        List<String> ranOn = new ArrayList<>();
        try {
            Fork<Integer> fork = Fork.of(() -> {
                started.countDown();
                synchronized (ranOn) {
                    ranOn.add(Thread.currentThread().getName());
                }
                return 42;
            }, helper);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(fork.join()).isEqualTo(42);
            assertThat(fork.join()).isEqualTo(42);
            assertThat(ranOn).hasSize(1).doesNotContain(Thread.currentThread().getName());
        } finally {
            helper.shutdownNow();
        }
    }

    @Test
    void withoutHelpersTheWorkRunsAtOnceInTheOrderForked() {
        List<String> order = new ArrayList<>();
        Fork<Void> first = Fork.of(() -> run(order, "first"), Runnable::run);
        Fork<Void> second = Fork.of(() -> run(order, "second"), Runnable::run);
        assertThat(order).containsExactly("first", "second");
        second.join();
        first.join();
        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void helpersThatTakeNoMoreWorkLeaveItToTheWaitingThread() {
        Fork<String> fork = Fork.of(() -> "done here", task -> {
            throw new RejectedExecutionException("shut down");
        });
        assertThat(fork.join()).isEqualTo("done here");
    }

    @Test
    void whatTheWorkThrowsIsThrownAsIsByJoin() {
        ExecutorService helper = Executors.newSingleThreadExecutor();
        try {
            Fork<String> failing = Fork.of(() -> {
                throw new IllegalArgumentException("no such speaker");
            }, helper);
            assertThatThrownBy(failing::join).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no such speaker");
            Fork<String> outOfMemory = Fork.of(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, helper);
            assertThatThrownBy(outOfMemory::join).isInstanceOf(OutOfMemoryError.class);
        } finally {
            helper.shutdownNow();
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Void run(List<String> order, String name) {
        order.add(name);
        return null;
    }
}
