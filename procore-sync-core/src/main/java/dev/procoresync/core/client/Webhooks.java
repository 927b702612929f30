package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.WebhooksApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.WebhookDelivery;
import dev.procoresync.core.model.WebhookHook;
import dev.procoresync.core.model.WebhookHookUpdate;
import dev.procoresync.core.model.WebhookTrigger;
import java.util.Objects;

/**
 * The company's webhooks (REST v1.0): hooks (where Procore posts events), triggers (which resources
 * and events fire them) and deliveries (what became of each post). Parse the posted events with
 * {@code dev.procoresync.core.webhook.WebhookInbox}.
 *
 * <pre>{@code
 * Webhooks webhooks = client.forCompany(42L).webhooks();
 * WebhookHook hook = webhooks.createHook(WebhookHookUpdate.builder()
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
   * Lists the company's hooks, lazily.
   *
   * @return the hooks
   */
  public PagedIterable<WebhookHook> listHooks() {
    return scope.transport().list(api.hooks(scope.companyId()), WebhookHook.class, Envelope.NONE);
  }

  /**
   * Creates a hook.
   *
   * @param hook the hook ({@code namespace} and {@code destination_url} are required)
   * @return the created hook (its headers masked by Procore)
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public WebhookHook createHook(WebhookHookUpdate hook) {
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
  public WebhookHook updateHook(String id, WebhookHookUpdate hook) {
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
   * Lists a hook's triggers, lazily.
   *
   * @param hookId the hook
   * @return the triggers
   */
  public PagedIterable<WebhookTrigger> listTriggers(String hookId) {
    Objects.requireNonNull(hookId, "hookId");
    return scope
        .transport()
        .list(api.triggers(hookId, scope.companyId()), WebhookTrigger.class, Envelope.NONE);
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
   * Lists all of a hook's deliveries, lazily.
   *
   * @param hookId the hook
   * @return the deliveries
   */
  public PagedIterable<WebhookDelivery> listDeliveries(String hookId) {
    return listDeliveries(hookId, ListOptions.none());
  }

  /**
   * Lists a hook's deliveries, lazily: watch for {@code discarded} ones, the gaps a reconciliation
   * sync must close.
   *
   * @param hookId the hook
   * @param options such as {@code withParam("filter[status]", "discarded")}
   * @return the deliveries
   */
  public PagedIterable<WebhookDelivery> listDeliveries(String hookId, ListOptions options) {
    Objects.requireNonNull(hookId, "hookId");
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.deliveries(
                hookId, scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            WebhookDelivery.class,
            Envelope.NONE);
  }

  @Override
  public String toString() {
    return "Webhooks{" + scope + "}";
  }
}
