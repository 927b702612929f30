package dev.procoresync.core.webhook;

/** What a {@link WebhookInbox} decided about a received event. */
public enum WebhookVerdict {
  /** First delivery of an event someone else caused: process it. */
  ACCEPTED,
  /** A redelivery of an event already accepted: acknowledge it and do nothing. */
  DUPLICATE,
  /** The echo of a write made by this application: acknowledge it and do nothing. */
  OWN_APPLICATION
}
