package org.motcua.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The event registry's writes, less one: the registry marks each publication "processing" in a transaction
 * of its own before the listener runs, then "completed" in another after it. The first mark serves only
 * Spring Modulith's staleness monitor (which motcua does not enable): {@link EventRetries} hands over again
 * whatever is incomplete, processing or not. Skipping it saves an update and a commit per publication, a
 * third of the registry's transactions (docs/benchmarks.md, "The registry's own writes"). Every other write
 * (the publication with its event, completion, failure, resubmission) goes to the repository unchanged.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationWrites {

    @Bean
    static BeanPostProcessor withoutProcessingMark() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof EventPublicationRepository repository && !(bean instanceof WithoutProcessingMark)
                        ? new WithoutProcessingMark(repository)
                        : bean;
            }
        };
    }

    /** The repository, with {@link #markProcessing(UUID)} a no-op. */
    record WithoutProcessingMark(EventPublicationRepository delegate) implements EventPublicationRepository {

        @Override
        public void markProcessing(UUID identifier) {
            // deliberately not written: see the class comment
        }

        @Override
        public TargetEventPublication create(TargetEventPublication publication) {
            return delegate.create(publication);
        }

        @Override
        public void markCompleted(TargetEventPublication publication, Instant completionDate) {
            delegate.markCompleted(publication, completionDate);
        }

        @Override
        public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
            delegate.markCompleted(event, identifier, completionDate);
        }

        @Override
        public void markCompleted(UUID identifier, Instant completionDate) {
            delegate.markCompleted(identifier, completionDate);
        }

        @Override
        public void markFailed(UUID identifier) {
            delegate.markFailed(identifier);
        }

        @Override
        public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
            return delegate.markResubmitted(identifier, resubmissionDate);
        }

        @Override
        public List<TargetEventPublication> findIncompletePublications() {
            return delegate.findIncompletePublications();
        }

        @Override
        public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
            return delegate.findIncompletePublicationsPublishedBefore(instant);
        }

        @Override
        public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(
                Object event, PublicationTargetIdentifier targetIdentifier) {
            return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
        }

        @Override
        public List<TargetEventPublication> findCompletedPublications() {
            return delegate.findCompletedPublications();
        }

        @Override
        public void deletePublications(List<UUID> identifiers) {
            delegate.deletePublications(identifiers);
        }

        @Override
        public void deleteCompletedPublications() {
            delegate.deleteCompletedPublications();
        }

        @Override
        public void deleteCompletedPublicationsBefore(Instant instant) {
            delegate.deleteCompletedPublicationsBefore(instant);
        }

        @Override
        public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
            return delegate.findFailedPublications(criteria);
        }

        @Override
        public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
            return delegate.findByStatus(status);
        }

        @Override
        public int countByStatus(EventPublication.Status status) {
            return delegate.countByStatus(status);
        }
    }
}
