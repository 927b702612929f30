package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.WebhooksApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.WebhookDelivery;
import dev.procoresync.core.model.WebhookHook;
import dev.procoresync.core.model.WebhookTrigger;
import java.util.List;
import java.util.Objects;

/**
 * The company's webhooks (REST v1.0): hooks (where Procore posts events), triggers (which resources
 * and events fire them) and deliveries (what became of each post). Parse the posted events with
 * {@code dev.procoresync.core.webhook.WebhookInbox}.
 *
 * <pre>{@code
 * Webhooks webhooks = client.forCompany(42L).webhooks();
 * WebhookHook hook = webhooks.createHook(WebhookHook.builder()
 *     .apiVersion("v2").namespace("procore-sync")
 *     .destinationUrl("https://hooks.example.com/procore")
 *     .putDestinationHeader("Authorization", "Bearer ...").build());
 * webhooks.createTrigger(hook.id().orElseThrow(), "v2", WebhookTrigger.builder()
 *     .resourceName("Timecard Entries").eventType("update").build());
 * }</pre>
 */
public final class Webhooks {
  private final Scope scope;
  private final WebhooksApi api;

  Webhooks(Scope scope) {
    this.scope = scope;
    this.api = scope.service(WebhooksApi.class);
  }

  /**
   * Lists the company's hooks.
   *
   * @return the hooks
   */
  public List<WebhookHook> hooks() {
    return listOf(scope.transport().execute(api.hooks(scope.companyId())), WebhookHook.class);
  }

  /**
   * Creates a hook.
   *
   * @param hook the hook ({@code namespace} and {@code destination_url} are required)
   * @return the created hook (its headers masked by Procore)
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public WebhookHook createHook(WebhookHook hook) {
    Objects.requireNonNull(hook, "hook");
    if (hook.namespace().isEmpty() || hook.destinationUrl().isEmpty()) {
      throw new IllegalArgumentException(
          "hook.namespace and hook.destinationUrl are required to create a hook");
    }
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.set("hook", scope.tree(hook));
    return scope.createSafely(headers -> api.createHook(body, headers), WebhookHook.class, null);
  }

  /**
   * Updates a hook.
   *
   * @param id the hook
   * @param hook the attributes to change (only those set are sent)
   * @return the updated hook
   */
  public WebhookHook updateHook(String id, WebhookHook hook) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hook, "hook");
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.set("hook", scope.tree(hook));
    return scope.transport().execute(api.updateHook(id, body), WebhookHook.class, Envelope.NONE);
  }

  /**
   * Deletes a hook and its triggers.
   *
   * @param id the hook
   */
  public void deleteHook(String id) {
    Objects.requireNonNull(id, "id");
    scope.transport().executeDiscarding(api.deleteHook(id, scope.companyId()));
  }

  /**
   * Lists a hook's triggers.
   *
   * @param hookId the hook
   * @return the triggers
   */
  public List<WebhookTrigger> triggers(String hookId) {
    Objects.requireNonNull(hookId, "hookId");
    return listOf(
        scope.transport().execute(api.triggers(hookId, scope.companyId())), WebhookTrigger.class);
  }

  /**
   * Creates a trigger on a hook.
   *
   * @param hookId the hook
   * @param apiVersion the hook's payload version, such as {@code v2}
   * @param trigger the resource and event ({@code resource_name} and {@code event_type} are
   *     required)
   * @return the created trigger
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public WebhookTrigger createTrigger(String hookId, String apiVersion, WebhookTrigger trigger) {
    Objects.requireNonNull(hookId, "hookId");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(trigger, "trigger");
    if (trigger.resourceName().isEmpty() || trigger.eventType().isEmpty()) {
      throw new IllegalArgumentException(
          "trigger.resourceName and trigger.eventType are required to create a trigger");
    }
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.put("api_version", apiVersion);
    body.set("trigger", scope.tree(trigger));
    return scope.createSafely(
        headers -> api.createTrigger(hookId, body, headers), WebhookTrigger.class, null);
  }

  /**
   * Deletes a trigger.
   *
   * @param hookId the hook
   * @param triggerId the trigger
   */
  public void deleteTrigger(String hookId, String triggerId) {
    Objects.requireNonNull(hookId, "hookId");
    Objects.requireNonNull(triggerId, "triggerId");
    scope.transport().executeDiscarding(api.deleteTrigger(hookId, triggerId, scope.companyId()));
  }

  /**
   * Lists a hook's deliveries, lazily: watch for {@code discarded} ones, the gaps a reconciliation
   * sync must close.
   *
   * @param hookId the hook
   * @param options such as {@code withParam("filter[status]", "discarded")}
   * @return the deliveries
   */
  public PagedIterable<WebhookDelivery> deliveries(String hookId, ListOptions options) {
    Objects.requireNonNull(hookId, "hookId");
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.deliveries(hookId, scope.companyId(), Scope.V1_PAGE_SIZE, options.query()),
            WebhookDelivery.class,
            Envelope.NONE);
  }

  private <T> List<T> listOf(JsonNode answer, Class<T> type) {
    if (!answer.isArray()) {
      return List.of();
    }
    JavaType listType =
        scope.transport().mapper().getTypeFactory().constructCollectionType(List.class, type);
    return scope.transport().mapper().convertValue(answer, listType);
  }

  @Override
  public String toString() {
    return "Webhooks{" + scope + "}";
  }
}
