package dev.procoresync.testkit.procore.internal;

import dev.procoresync.testkit.http.Reply;

/** One served Procore operation: a method, a path template with {param} placeholders, a handler. */
final class Route {
  final String method;
  final String template;
  final Handler handler;
  final boolean companyHeaderRequired;

  Route(String method, String template, Handler handler, boolean companyHeaderRequired) {
    this.method = method;
    this.template = template;
    this.handler = handler;
    this.companyHeaderRequired = companyHeaderRequired;
  }

  /**
   * The template for the engine: a placeholder whose name ends in {@code id} matches digits only
   * (Procore's ids are numbers, so {@code /vendors/sync} never reaches {@code /vendors/{id}}).
   */
  String engineTemplate() {
    return template.replaceAll("\\{([A-Za-z_]*id)\\}", "{$1:\\\\d+}");
  }

  /** The handler of a route. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Exchange exchange);
  }
}
