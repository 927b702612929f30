package dev.procoresync.core.client.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Every method and path template the client can call, read from the Retrofit interfaces'
 * annotations, as {@code "GET /rest/v1.0/vendors"}.
 */
public final class EndpointCatalogue {

  /** Every Retrofit interface of the client; a new family must be added here. */
  public static final List<Class<?>> APIS =
      List.of(
          OAuthApi.class,
          CompaniesApi.class,
          ProjectsApi.class,
          VendorsApi.class,
          CompanyUsersApi.class,
          CostCodesApi.class,
          LineItemTypesApi.class,
          SubJobsApi.class,
          TimecardEntriesApi.class,
          PeopleApi.class,
          TimecardTimeTypesApi.class,
          TimesheetsApi.class,
          CrewsApi.class,
          WorkClassificationsApi.class,
          TimesheetRoundingApi.class,
          BudgetApi.class,
          CommitmentsApi.class,
          DirectCostsApi.class,
          ContractPaymentsApi.class,
          RequisitionsApi.class,
          ChangeManagementApi.class,
          WorkBreakdownStructureApi.class,
          WebhooksApi.class);

  private EndpointCatalogue() {}

  /**
   * Returns the endpoints of every interface in {@link #APIS}.
   *
   * @return sorted {@code "METHOD /path/{param}"} strings
   */
  public static Set<String> endpoints() {
    Set<String> out = new TreeSet<>();
    for (Class<?> api : APIS) {
      out.addAll(endpoints(api));
    }
    return out;
  }

  /**
   * Returns the endpoints of one Retrofit interface.
   *
   * @param api the interface
   * @return sorted {@code "METHOD /path/{param}"} strings
   */
  public static Set<String> endpoints(Class<?> api) {
    Set<String> out = new TreeSet<>();
    for (Method m : api.getDeclaredMethods()) {
      for (Annotation a : m.getAnnotations()) {
        String verb = null;
        String path = null;
        if (a instanceof GET) {
          verb = "GET";
          path = ((GET) a).value();
        } else if (a instanceof POST) {
          verb = "POST";
          path = ((POST) a).value();
        } else if (a instanceof PATCH) {
          verb = "PATCH";
          path = ((PATCH) a).value();
        } else if (a instanceof PUT) {
          verb = "PUT";
          path = ((PUT) a).value();
        } else if (a instanceof DELETE) {
          verb = "DELETE";
          path = ((DELETE) a).value();
        } else if (a instanceof HEAD) {
          verb = "HEAD";
          path = ((HEAD) a).value();
        }
        if (verb != null && path != null) {
          if (path.isEmpty()) {
            throw new IllegalStateException(
                api.getSimpleName() + "." + m.getName() + " uses @Url: not allowed in the client");
          }
          String p = path.startsWith("/") ? path : "/" + path;
          int q = p.indexOf('?');
          out.add(verb + " " + (q < 0 ? p : p.substring(0, q)));
        }
      }
    }
    return out;
  }
}
