package dev.procoresync.bc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.procoresync.bc.internal.BcJson;
import dev.procoresync.testkit.bc.contract.BcContract;
import dev.procoresync.testkit.bc.contract.BcField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client's entity sets and record types agree with the custom-page contract the fake serves
 * ({@code docs/business-central/custom-api-contract.json}): same route defaults, every entity set
 * the client calls exists, every JSON field a record type reads or writes is a contract field.
 */
class ContractAgreementTest {
  private static final BcContract CONTRACT = BcContract.load();

  private static final List<BcEntitySet<?>> SETS =
      List.of(
          BcEntitySet.PROJECTS,
          BcEntitySet.SEGMENT_CODES,
          BcEntitySet.JOB_TASKS,
          BcEntitySet.JOB_PLANNING_LINES,
          BcEntitySet.PURCHASE_ORDERS,
          BcEntitySet.POSTED_PURCHASE_INVOICES,
          BcEntitySet.JOB_LEDGER_ENTRIES,
          BcEntitySet.CHANGE_ORDERS,
          BcEntitySet.CHANGE_ORDER_LINES,
          BcEntitySet.RESOURCES,
          BcEntitySet.ACCOUNTING_PERIODS,
          BcEntitySet.CREW_TIME_SHEET_ENTRIES);

  @Test
  void theDefaultRouteIsTheContracts() {
    BcCustomPages d = BcCustomPages.defaults();
    assertEquals(CONTRACT.customPublisher(), d.publisher());
    assertEquals(CONTRACT.customGroup(), d.group());
    assertEquals(CONTRACT.customVersion(), d.version());
  }

  @Test
  void everyFieldOfEveryRecordTypeIsAContractField() {
    ObjectMapper mapper = BcJson.mapper();
    List<String> wrong = new ArrayList<>();
    for (BcEntitySet<?> set : SETS) {
      var contract =
          CONTRACT.findEntitySet(dev.procoresync.testkit.bc.contract.BcApi.CUSTOM, set.name());
      if (contract.isEmpty()) {
        wrong.add(set + ": no such entity set in the contract");
        continue;
      }
      Set<String> fields =
          contract.get().fields().stream().map(BcField::name).collect(Collectors.toSet());
      Class<?> impl =
          set.type()
              .getAnnotation(com.fasterxml.jackson.databind.annotation.JsonSerialize.class)
              .as();
      JavaType type = mapper.constructType(impl);
      List<BeanPropertyDefinition> props =
          mapper.getSerializationConfig().introspect(type).findProperties();
      assertTrue(props.size() > 3, set + " has properties " + props);
      for (BeanPropertyDefinition p : props) {
        String name = p.getName();
        if (name.equals("@odata.etag") || set.parts().contains(name)) {
          continue;
        }
        if (!fields.contains(name)) {
          wrong.add(set + "." + name);
        }
      }
      for (String part : set.parts()) {
        assertTrue(
            CONTRACT
                .findEntitySet(dev.procoresync.testkit.bc.contract.BcApi.CUSTOM, part)
                .isPresent(),
            part);
      }
    }
    assertEquals(List.of(), wrong, "fields the contract does not have");
  }
}
