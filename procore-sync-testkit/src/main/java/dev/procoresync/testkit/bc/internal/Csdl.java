package dev.procoresync.testkit.bc.internal;

import dev.procoresync.testkit.bc.contract.BcApi;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcEntitySet;
import dev.procoresync.testkit.bc.contract.BcField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the {@code $metadata} (CSDL XML, OData 4.0) of one API root from the contract: enum types,
 * entity types with key, properties and line navigations, bound actions, and an entity container.
 */
public final class Csdl {
  private Csdl() {}

  /**
   * Writes the document.
   *
   * @param contract the contract
   * @param api the API root
   * @return the XML
   */
  public static String write(BcContract contract, BcApi api) {
    List<BcEntitySet> sets = contract.entitySets(api);
    StringBuilder x = new StringBuilder(16_384);
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append(
            "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n")
        .append("  <edmx:DataServices>\n")
        .append(
            "    <Schema Namespace=\"Microsoft.NAV\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\n");
    Set<String> enums = new LinkedHashSet<>();
    for (BcEntitySet s : sets) {
      s.fields().forEach(f -> f.enumName().ifPresent(enums::add));
    }
    for (String e : enums) {
      x.append("      <EnumType Name=\"").append(esc(e)).append("\">\n");
      List<String> members = contract.enumMembers(e);
      for (int i = 0; i < members.size(); i++) {
        x.append("        <Member Name=\"")
            .append(esc(members.get(i)))
            .append("\" Value=\"")
            .append(i)
            .append("\"/>\n");
      }
      x.append("      </EnumType>\n");
    }
    for (BcEntitySet s : sets) {
      x.append("      <EntityType Name=\"").append(esc(s.entityType())).append("\">\n");
      x.append("        <Key><PropertyRef Name=\"").append(esc(s.key())).append("\"/></Key>\n");
      for (BcField f : s.fields()) {
        x.append("        <Property Name=\"")
            .append(esc(f.name()))
            .append("\" Type=\"")
            .append(esc(f.enumName().map(e -> "Microsoft.NAV." + e).orElse(f.type().edmName())))
            .append("\" Nullable=\"false\"");
        if (f.maxLength().isPresent()) {
          x.append(" MaxLength=\"").append(f.maxLength().getAsInt()).append('"');
        }
        if (f.type() == dev.procoresync.testkit.bc.contract.BcFieldType.DECIMAL) {
          x.append(" Scale=\"Variable\"");
        }
        x.append("/>\n");
      }
      for (BcEntitySet child : sets) {
        child
            .parent()
            .filter(p -> p.entitySet().equals(s.name()))
            .ifPresent(
                p ->
                    x.append("        <NavigationProperty Name=\"")
                        .append(esc(p.navigation()))
                        .append("\" Type=\"Collection(Microsoft.NAV.")
                        .append(esc(child.entityType()))
                        .append(")\" ContainsTarget=\"true\"/>\n"));
      }
      x.append("      </EntityType>\n");
    }
    for (BcEntitySet s : sets) {
      for (BcEntitySet.Action a : s.actions()) {
        x.append("      <Action Name=\"")
            .append(esc(a.name()))
            .append("\" IsBound=\"true\">\n")
            .append("        <Parameter Name=\"bindingParameter\" Type=\"Microsoft.NAV.")
            .append(esc(s.entityType()))
            .append("\"/>\n")
            .append("      </Action>\n");
      }
    }
    x.append("      <EntityContainer Name=\"NAV\">\n");
    for (BcEntitySet s : sets) {
      x.append("        <EntitySet Name=\"")
          .append(esc(s.name()))
          .append("\" EntityType=\"Microsoft.NAV.")
          .append(esc(s.entityType()))
          .append("\"/>\n");
    }
    x.append("      </EntityContainer>\n")
        .append("    </Schema>\n")
        .append("  </edmx:DataServices>\n")
        .append("</edmx:Edmx>\n");
    return x.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
