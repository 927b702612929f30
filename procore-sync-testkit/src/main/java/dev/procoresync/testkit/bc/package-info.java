/**
 * A stateful fake of Business Central online with the ProjectPro custom API pages, on real HTTP on
 * loopback, for testing code that talks to Business Central: {@link
 * dev.procoresync.testkit.bc.FakeBusinessCentral}, its JUnit 5 extension {@link
 * dev.procoresync.testkit.bc.FakeBusinessCentralExtension} and annotation {@link
 * dev.procoresync.testkit.bc.FakeBusinessCentralTest}, company fixtures ({@link
 * dev.procoresync.testkit.bc.BcCompanyFixture}), generated entity sets ({@link
 * dev.procoresync.testkit.bc.GeneratedRows}) and the contract of the custom API pages ({@link
 * dev.procoresync.testkit.bc.contract.BcContract}, from {@code
 * docs/business-central/custom-api-contract.json}).
 *
 * <pre>{@code
 * @FakeBusinessCentralTest
 * class JobTaskReadTest {
 *   @Test
 *   void reads(FakeBusinessCentral bc) {
 *     bc.given(BcCompanyFixture.builder().jobTask("JOB1", "1000", "Concrete").build());
 *     // GET bc.entitySetUrl(BcApi.CUSTOM, "jobTasks") with "Authorization: Bearer " + bc.accessToken()
 *   }
 * }
 * }</pre>
 */
@org.jspecify.annotations.NullMarked
package dev.procoresync.testkit.bc;
