package org.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

/** Every scheduled job of the application runs on one node at a time: it carries a lock of its own. */
class SchedulerLockTests {

    @Test
    void everyScheduledMethodHasALockOfItsOwnAndReturnsNothing() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                (reader, factory) -> reader.getAnnotationMetadata().hasAnnotatedMethods(Scheduled.class.getName()));
        List<String> jobs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.motcua")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            if (type.getName().contains("Tests")) {
                continue; // the tests' own jobs
            }
            for (Method method : type.getDeclaredMethods()) {
                if (MergedAnnotations.from(method).isPresent(Scheduled.class)) {
                    jobs.add(type.getSimpleName() + "." + method.getName());
                    SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                    assertThat(lock).as("@SchedulerLock on " + method).isNotNull();
                    assertThat(lock.name()).as(method.toString()).matches("[a-z]+\\.[a-z-]+");
                    assertThat(method.getReturnType()).as(method.toString()).isEqualTo(void.class);
                    names.add(lock.name());
                }
            }
        }
        assertThat(jobs).contains("DossierDeadlineWatch.run", "PendingForms.sweep", "OrphanedFiles.cleanNightly");
        assertThat(names).doesNotHaveDuplicates();
    }
}
