package dev.procoresync.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TimeRequestBodiesTest {

  @Test
  void personAndUserBodiesWriteSnakeCaseAndOnlyWhatIsSet() {
    PersonUpdate person =
        PersonUpdate.builder()
            .firstName("Bo")
            .lastName("Lin")
            .isEmployee(true)
            .employeeId("E-105")
            .build();
    CompanyUserUpdate user =
        CompanyUserUpdate.builder()
            .emailAddress("bo@example.com")
            .lastName("Lin")
            .vendorId(7001L)
            .originId("bc:employee:E-105")
            .build();

    JsonNode personTree = Json.tree(person);
    JsonNode userTree = Json.tree(user);

    assertEquals(4, personTree.size());
    assertEquals(true, personTree.get("is_employee").asBoolean());
    assertEquals("bo@example.com", userTree.get("email_address").asText());
    assertEquals(7001L, userTree.get("vendor_id").asLong());
    assertEquals(person, Json.roundTrip(person, PersonUpdate.class));
    assertEquals(user, Json.roundTrip(user, CompanyUserUpdate.class));
  }

  @Test
  void crewBodyListsItsMembersOnlyWhenThereAreSome() {
    CrewUpdate renamed = CrewUpdate.builder().name("Framing B").build();
    CrewUpdate staffed = CrewUpdate.builder().leadPartyId(77L).addPartyIds(77L, 78L).build();

    assertFalse(Json.tree(renamed).has("party_ids"));
    assertEquals(78L, Json.tree(staffed).get("party_ids").get(1).asLong());
    assertEquals(77L, Json.tree(staffed).get("lead_party_id").asLong());
  }

  @Test
  void timesheetApprovalNeedsBothFields() {
    TimesheetApproval approval =
        TimesheetApproval.builder().id(7001).status(TimesheetStatus.APPROVED).build();

    assertEquals("approved", Json.tree(approval).get("status").asText());
    assertEquals(approval, Json.roundTrip(approval, TimesheetApproval.class));
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> TimesheetApproval.builder().id(1).build());
    assertEquals(true, missing.getMessage().contains("status"));
  }

  @Test
  void workClassificationBody() {
    WorkClassificationUpdate body =
        WorkClassificationUpdate.builder().name("Journeyman Carpenter").abbreviation("JC").build();

    assertEquals("JC", Json.tree(body).get("abbreviation").asText());
  }
}
