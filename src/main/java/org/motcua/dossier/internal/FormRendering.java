package org.motcua.dossier.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thread that renders captured forms after their action commits ({@link PendingForms}). */
@Configuration(proxyBeanMethods = false)
public class FormRendering {

    public static final String RENDERER = "formRenderer";

    /**
     * One thread: forms are rendered in the order they were issued, and rendering never takes more than
     * one core from the requests. A full queue drops work that the sweep or a reader picks up later; on
     * shutdown what is queued stays pending in the database and is rendered after the next start.
     */
    @Bean(name = RENDERER, destroyMethod = "shutdownNow")
    ExecutorService formRenderer() {
        return new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(10_000),
                r -> {
                    Thread t = new Thread(r, "form-renderer");
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.DiscardPolicy());
    }
}
