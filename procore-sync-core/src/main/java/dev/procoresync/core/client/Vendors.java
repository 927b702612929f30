package dev.procoresync.core.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.procoresync.core.client.internal.Envelope;
import dev.procoresync.core.client.internal.VendorsApi;
import dev.procoresync.core.http.PagedIterable;
import dev.procoresync.core.model.Vendor;
import dev.procoresync.core.model.VendorUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The company's vendors (directory companies): list, show, create, update and batch sync.
 *
 * <pre>{@code
 * Vendors vendors = client.forCompany(42L).vendors();
 * Vendor p = vendors.create(VendorUpdate.builder().name("Acme Concrete").originId("bc:vendor:V42").build());
 * SyncResult<Vendor> r = vendors.sync(updates);
 * }</pre>
 */
public final class Vendors {
  private final Scope scope;
  private final VendorsApi api;

  Vendors(Scope scope) {
    this.scope = scope;
    this.api = scope.service(VendorsApi.class);
  }

  /**
   * Lists the company's vendors (directory companies), lazily.
   *
   * @return the vendors
   */
  public PagedIterable<Vendor> list() {
    return list(ListOptions.none());
  }

  /**
   * Lists the company's vendors matching the options, lazily.
   *
   * @param options filters such as {@code withUpdatedBetween} or {@code withOriginId}
   * @return the vendors
   */
  public PagedIterable<Vendor> list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return scope
        .transport()
        .list(
            api.list(scope.companyId(), options.perPageOr(Scope.V1_PAGE_SIZE), options.query()),
            Vendor.class,
            Envelope.NONE);
  }

  /**
   * Finds the vendor carrying an origin id.
   *
   * @param originId the other system's key
   * @return the vendor, if one has it
   */
  public Optional<Vendor> findByOriginId(String originId) {
    Objects.requireNonNull(originId, "originId");
    List<Vendor> found =
        StreamSupport.stream(list(ListOptions.none().withOriginId(originId)).spliterator(), false)
            .filter(p -> p.originId().filter(originId::equals).isPresent())
            .collect(Collectors.toList());
    return found.stream().findFirst();
  }

  /**
   * Shows a vendor.
   *
   * @param id the vendor id
   * @return the vendor
   * @throws dev.procoresync.core.error.ProcoreNotFoundException when it does not exist
   */
  public Vendor get(long id) {
    return scope.transport().execute(api.get(id, scope.companyId()), Vendor.class, Envelope.NONE);
  }

  /**
   * Creates a vendor. When the outcome of the POST is unknown (timeout, 5xx) and the vendor has an
   * origin id, the client looks it up by origin id before sending it again, so it is never created
   * twice.
   *
   * @param vendor the attributes ({@code name} is required)
   * @return the created vendor
   * @throws IllegalArgumentException when {@code name} is missing
   */
  public Vendor create(VendorUpdate vendor) {
    Objects.requireNonNull(vendor, "vendor");
    if (vendor.name().isEmpty()) {
      throw new IllegalArgumentException("vendor.name is required to create a vendor");
    }
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.set("vendor", scope.tree(vendor));
    return scope.createSafely(
        headers -> api.create(body, headers),
        Vendor.class,
        vendor.originId().isPresent() ? () -> findByOriginId(vendor.originId().get()) : null);
  }

  /**
   * Updates a vendor.
   *
   * @param id the vendor id
   * @param vendor the attributes to change (only those set are sent)
   * @return the updated vendor
   */
  public Vendor update(long id, VendorUpdate vendor) {
    Objects.requireNonNull(vendor, "vendor");
    ObjectNode body = scope.object();
    body.put("company_id", scope.companyId());
    body.set("vendor", scope.tree(vendor));
    return scope.transport().execute(api.update(id, body), Vendor.class, Envelope.NONE);
  }

  /**
   * Creates or updates many vendors through {@code PATCH /rest/v1.0/vendors/sync}, in chunks of up
   * to 1,000. Items are matched by {@code id} and/or {@code origin_id}.
   *
   * @param updates the items
   * @return the stored vendors and the per-item failures
   */
  public SyncResult<Vendor> sync(List<VendorUpdate> updates) {
    return scope.sync(
        updates,
        array -> {
          ObjectNode body = scope.object();
          body.put("company_id", scope.companyId());
          body.set("updates", array);
          return api.sync(body);
        },
        Vendor.class);
  }

  @Override
  public String toString() {
    return "Vendors{" + scope + "}";
  }
}
