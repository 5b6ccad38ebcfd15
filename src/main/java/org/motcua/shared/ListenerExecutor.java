package org.motcua.shared;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the modules' event listeners ({@code @ApplicationModuleListener} is asynchronous):
 * a few, with a queue, instead of one virtual thread per event. Unbounded, a busy hour had as many listener
 * transactions as events in flight, all taking connections from the officers' requests and all updating the
 * same daily figures rows; a few threads do the same work with less CPU and no row-lock queues. Nothing is
 * lost by queueing here: every publication is in the event registry until its listener completes, so an
 * event refused by a full queue, or queued when the application stops, is handed over again by {@link
 * EventRetries} or at the next start.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutor implements AsyncConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ListenerExecutor.class);

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ListenerExecutor(
            @Value("${motcua.events.listener-threads:4}") int threads,
            @Value("${motcua.events.listener-queue:100000}") int queue) {
        executor.setThreadNamePrefix("event-listener-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler((task, pool) -> log.warn(
                "event listener queue full ({} waiting): the publication stays in the registry and is retried", queue));
        // On shutdown finish what is running; what is still queued waits in the registry for the next start.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return new SimpleAsyncUncaughtExceptionHandler();
    }

    /** Not a bean of its own: stopped with the context, so a closed context's listeners stop too. */
    @Override
    public void destroy() {
        executor.shutdown();
    }
}
