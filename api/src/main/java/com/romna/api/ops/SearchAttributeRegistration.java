package com.romna.api.ops;

import com.romna.workflows.PlanSearchAttributes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plans start with ROMNA's search attributes, which the namespace must know. Before any plan
 * starts (and before the worker polls), registers those it lacks: the embedded and test servers
 * start empty, and `temporal server start-dev` too. Where the caller may not register them (e.g.
 * Temporal Cloud), says what to run instead.
 */
@Component
class SearchAttributeRegistration implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SearchAttributeRegistration.class);

  private final WorkflowServiceStubs stubs;
  private final String namespace;

  SearchAttributeRegistration(
      WorkflowServiceStubs stubs, @Value("${spring.temporal.namespace:default}") String namespace) {
    this.stubs = stubs;
    this.namespace = namespace;
  }

  @Override
  public void afterSingletonsInstantiated() {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder(stubs.getOptions()).validateAndBuildWithDefaults());
    try {
      Map<String, IndexedValueType> missing = missing(operator);
      if (!missing.isEmpty()) {
        operator.blockingStub()
            .addSearchAttributes(
                AddSearchAttributesRequest.newBuilder()
                    .setNamespace(namespace)
                    .putAllSearchAttributes(missing)
                    .build());
        log.info("registered search attributes {} in namespace {}", missing.keySet(), namespace);
      }
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        log.error(
            "could not register search attributes {} in namespace {} ({}); plans cannot start until"
                + " they exist: temporal operator search-attribute create --namespace {} --name"
                + " RomnaUserId --type Keyword (likewise RomnaIntent, RomnaPlanStatus: Keyword;"
                + " RomnaScheduledFor: Datetime)",
            PlanSearchAttributes.indexedTypes().keySet(), namespace, e.getStatus(), namespace);
      }
    } finally {
      operator.shutdown();
    }
  }

  private Map<String, IndexedValueType> missing(OperatorServiceStubs operator) {
    Map<String, IndexedValueType> missing = new LinkedHashMap<>(PlanSearchAttributes.indexedTypes());
    try {
      missing.keySet()
          .removeAll(
              operator.blockingStub()
                  .listSearchAttributes(
                      ListSearchAttributesRequest.newBuilder().setNamespace(namespace).build())
                  .getCustomAttributesMap()
                  .keySet());
    } catch (StatusRuntimeException e) {
      // Temporal's Java test server cannot list them; it answers ALREADY_EXISTS to a repeat.
      if (e.getStatus().getCode() != Status.Code.UNIMPLEMENTED) {
        throw e;
      }
    }
    return missing;
  }
}
